// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "logorigin.h"

#include "localname.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

#include <optional>
#include <pwd.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
std::optional<uint> userId(const char *name)
{
    const passwd *pw = ::getpwnam(name);
    return pw ? std::optional<uint>(pw->pw_uid) : std::nullopt;
}

QByteArrayView nextToken(QByteArrayView &rest)
{
    const qsizetype space = rest.indexOf(' ');
    const QByteArrayView token = space < 0 ? rest : rest.first(space);
    rest = space < 0 ? QByteArrayView() : rest.sliced(space + 1);
    return token;
}
} // namespace

LogOrigin::FileKind LogOrigin::fileKind(const QString &path)
{
    static const QRegularExpression rotated(u"^(audit\\.log|kern\\.log|syslog|messages)(?:\\.[0-9]+|-[0-9]{8})?$"_s);
    const QRegularExpressionMatch m = rotated.match(QFileInfo(path).fileName());
    if (!m.hasMatch())
        return FileKind::Other;
    struct stat st{};
    if (::stat(LocalName::encode(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return FileKind::Other;
    static const std::optional<uint> syslogUser = userId("syslog");
    if ((st.st_uid != 0 && st.st_uid != syslogUser) || (st.st_mode & (S_IWGRP | S_IWOTH)))
        return FileKind::Other;
    const QString name = m.captured(1);
    if (name == u"audit.log")
        return FileKind::AuditLog;
    if (name == u"kern.log")
        return FileKind::KernelLog;
    return FileKind::Syslog;
}

bool LogOrigin::isKernelSyslogLine(QByteArrayView line)
{
    QByteArrayView rest = line;
    // The time: "Nov 22 10:00:00" (three tokens, the day padded with a space) or one RFC 3339 token.
    static constexpr qsizetype BsdStampLength = 15;
    if (rest.size() > BsdStampLength && rest[3] == ' ' && rest[6] == ' ' && rest[9] == ':' && rest[12] == ':'
        && rest[BsdStampLength] == ' ') {
        rest = rest.sliced(BsdStampLength + 1);
    } else if (!rest.isEmpty() && rest.front() >= '0' && rest.front() <= '9') {
        nextToken(rest);
    } else {
        return false;
    }
    nextToken(rest); // the host
    return nextToken(rest) == "kernel:";
}

AppArmorEvent::Origin LogOrigin::originOfLine(FileKind kind, QByteArrayView line)
{
    switch (kind) {
    case FileKind::AuditLog:
        return AppArmorEvent::Origin::Audit;
    case FileKind::KernelLog:
        return AppArmorEvent::Origin::Kernel;
    case FileKind::Syslog:
        return isKernelSyslogLine(line) ? AppArmorEvent::Origin::Kernel : AppArmorEvent::Origin::OtherProcess;
    case FileKind::Other:
        break;
    }
    return AppArmorEvent::Origin::OtherFile;
}

AppArmorEvent::Origin LogOrigin::originOfHelperLine(QByteArrayView line)
{
    if (isKernelSyslogLine(line))
        return AppArmorEvent::Origin::Kernel;
    if (line.startsWith("type="))
        return AppArmorEvent::Origin::Audit;
    return AppArmorEvent::Origin::OtherProcess;
}

bool LogOrigin::isBusUser(uint uid)
{
    static const std::optional<uint> messagebus = userId("messagebus");
    static const std::optional<uint> dbus = userId("dbus");
    return uid == messagebus || uid == dbus;
}

AppArmorEvent::Origin LogOrigin::originOfJournalEntry(QByteArrayView transport, QByteArrayView comm, QByteArrayView uid)
{
    // Fields that begin with '_' are set by journald from the sender's credentials; a client
    // cannot set them. _COMM alone is the process's own choice (prctl): _UID pins it down.
    if (transport == "kernel")
        return AppArmorEvent::Origin::Kernel;
    if (transport == "audit")
        return AppArmorEvent::Origin::Audit;
    bool ok = false;
    const uint id = uid.toUInt(&ok);
    if (comm == "dbus-daemon" && ok && isBusUser(id))
        return AppArmorEvent::Origin::BusDaemon;
    return AppArmorEvent::Origin::OtherProcess;
}

QString LogOrigin::unverifiedReason(const AppArmorEvent &d)
{
    switch (d.origin) {
    case AppArmorEvent::Origin::Kernel:
    case AppArmorEvent::Origin::Audit:
    case AppArmorEvent::Origin::BusDaemon:
        return {};
    case AppArmorEvent::Origin::Unknown:
        return QCoreApplication::translate("LogOrigin",
            "This record was handed over directly (a pasted line, standard input or JSON), not read from a system "
            "log: anyone could have written it.");
    case AppArmorEvent::Origin::OtherProcess:
        return QCoreApplication::translate("LogOrigin",
            "This record was written to the log by an ordinary process, not by the kernel, auditd or the bus "
            "daemon: any local user can write such a line (with logger, for example).");
    case AppArmorEvent::Origin::OtherFile:
        return QCoreApplication::translate("LogOrigin",
            "This record comes from a file that is not a system log (audit.log, kern.log, syslog, messages, owned "
            "by root and writable by no one else): anyone who can write that file could have written it.");
    }
    return {};
}
