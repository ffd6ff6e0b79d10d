// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "setupcheck.h"
#include "statusreader.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDir>
#include <QFileInfo>

#include <systemd/sd-journal.h>

using namespace Qt::StringLiterals;

SetupCheck::Probes SetupCheck::systemProbes()
{
    Probes p;
    p.notificationServer = [] {
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        if (!bus)
            return false;
        const QString name = u"org.freedesktop.Notifications"_s;
        return bus->isServiceRegistered(name).value() || bus->activatableServiceNames().value().contains(name);
    };
    p.notificationCapabilities = [] {
        QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.Notifications"_s,
            u"/org/freedesktop/Notifications"_s, u"org.freedesktop.Notifications"_s, u"GetCapabilities"_s);
        const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 2000);
        return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()
            ? reply.arguments().constFirst().toStringList()
            : QStringList();
    };
    p.notificationServerName = [] {
        QDBusMessage call = QDBusMessage::createMethodCall(u"org.freedesktop.Notifications"_s,
            u"/org/freedesktop/Notifications"_s, u"org.freedesktop.Notifications"_s, u"GetServerInformation"_s);
        const QDBusMessage reply = QDBusConnection::sessionBus().call(call, QDBus::Block, 2000);
        return reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty()
            ? reply.arguments().constFirst().toString()
            : QString();
    };
    p.journalReadable = [] {
        // sd_journal opens only the files this user may read; system logs need membership of
        // systemd-journal or adm. A journal with no system entries counts as unreadable.
        sd_journal *journal = nullptr;
        if (sd_journal_open(&journal, SD_JOURNAL_LOCAL_ONLY | SD_JOURNAL_SYSTEM) < 0)
            return false;
        const bool readable = sd_journal_seek_head(journal) >= 0 && sd_journal_next(journal) > 0;
        sd_journal_close(journal);
        return readable;
    };
    return p;
}

QList<SetupCheck::Finding> SetupCheck::run(const SystemRoot &root, const Probes &probes)
{
    QList<Finding> findings;

    Finding kernel;
    kernel.item = Item::Kernel;
    kernel.title = tr("AppArmor in the kernel");
    const SystemRoot kernelRoot = probes.kernelRoot.value_or(root);
    const StatusSnapshot status = StatusReader(kernelRoot).read();
    switch (status.state) {
    case StatusSnapshot::State::Disabled:
        kernel.detail = tr("This kernel runs without AppArmor, so no profile is enforced.");
        kernel.fix = tr("Boot a kernel with AppArmor: Debian and Ubuntu kernels enable it by default. If it was "
                        "turned off, remove \"apparmor=0\" from the kernel command line (or add \"apparmor=1 "
                        "security=apparmor\" to GRUB_CMDLINE_LINUX in /etc/default/grub, run update-grub) and "
                        "reboot. Install the apparmor package for the parser and the boot-time loading.");
        break;
    case StatusSnapshot::State::NoControlFiles:
        kernel.detail = tr("AppArmor is enabled, but its control files are missing (securityfs is not mounted).");
        kernel.fix = tr("Mount securityfs: sudo mount -t securityfs securityfs /sys/kernel/security");
        break;
    default:
        kernel.ok = true;
        kernel.detail = tr("AppArmor is enabled.");
        break;
    }
    if (kernelRoot.rootDir() != root.rootDir())
        kernel.detail += u' '
            + tr("(This is this system's kernel. The window shows a sandboxed system root, %1, whose "
                 "AppArmor is simulated.)")
                  .arg(root.rootDir());
    findings.append(kernel);

    Finding logs;
    logs.item = Item::Logs;
    logs.title = tr("Access to the denial log");
    QStringList readable;
    for (const QString &file :
        {u"/var/log/audit/audit.log"_s, u"/var/log/kern.log"_s, u"/var/log/syslog"_s, u"/var/log/messages"_s}) {
        const QFileInfo info(root.path(file));
        if (info.isFile() && info.isReadable())
            readable.append(file);
    }
    const bool journal = probes.journalReadable && probes.journalReadable();
    if (journal)
        readable.prepend(tr("the systemd journal"));
    logs.ok = !readable.isEmpty();
    if (logs.ok) {
        logs.detail = tr("Denials are read from %1.").arg(readable.join(u", "_s));
    } else {
        logs.detail = tr("Neither the systemd journal's system log nor a log file with kernel messages "
                         "(audit.log, kern.log, syslog) is readable, so Armorer cannot show denials.");
        logs.fix = tr("Add your user to the groups that may read system logs, then log out and in again: "
                      "sudo usermod -aG systemd-journal,adm $USER");
    }
    findings.append(logs);

    Finding notifications;
    notifications.item = Item::Notifications;
    notifications.title = tr("Desktop notifications");
    notifications.ok = probes.notificationServer && probes.notificationServer();
    if (notifications.ok) {
        const QStringList capabilities
            = probes.notificationCapabilities ? probes.notificationCapabilities() : QStringList();
        const QString name = probes.notificationServerName ? probes.notificationServerName() : QString();
        const QString server
            = name.isEmpty() ? tr("A notification server") : tr("The notification server %1").arg(name);
        if (capabilities.contains(u"actions"_s))
            notifications.detail = tr("%1 is running and shows buttons: denials pop up with Allow… and Mute this "
                                      "profile, and a click opens the details.")
                                       .arg(server);
        else if (!capabilities.isEmpty())
            notifications.detail = tr("%1 is running but shows no buttons (it lacks the \"actions\" capability): "
                                      "denials pop up as plain messages, and Allow… is in the window and the tray.")
                                       .arg(server);
        else
            notifications.detail = tr("%1 is registered on the session bus; it did not say whether it shows "
                                      "buttons.")
                                       .arg(server);
    } else {
        notifications.detail = tr("No notification server answers on the session bus, so denials only show in the "
                                  "tray icon and the window.");
        notifications.fix = tr("Run a desktop that provides notifications (Plasma, GNOME, Xfce), or install and "
                               "start a notification daemon such as dunst or mako.");
    }
    findings.append(notifications);
    return findings;
}

bool SetupCheck::allOk(const QList<Finding> &findings)
{
    return std::all_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.ok;
    });
}
