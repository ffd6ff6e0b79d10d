// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "demoroot.h"
#include "boundedfile.h"
#include "profileindex.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

static bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool DemoRoot::copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    if (!QDir().mkpath(to))
        return false;
    while (it.hasNext()) {
        const QFileInfo info = it.nextFileInfo();
        const QString target = to + u'/' + QDir(from).relativeFilePath(info.filePath());
        if (info.isSymLink())
            continue;
        if (info.isDir()) {
            QDir().mkpath(target);
        } else if (info.isFile()) {
            QFile::remove(target);
            if (!QFile::copy(info.filePath(), target))
                return false;
            // Shipped files are read-only for users; the sandbox copy must stay writable.
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        }
    }
    return true;
}

bool DemoRoot::writeProfiles(const QString &dir, const QList<LoadedProfile> &profiles)
{
    QByteArray data;
    for (const LoadedProfile &p : profiles)
        data += p.name.toUtf8() + " (" + ProfileModes::toString(p.mode).toUtf8() + ")\n";
    return writeFile(dir + u"/sys/kernel/security/apparmor/profiles"_s, data)
        && writeFile(dir + u"/sys/module/apparmor/parameters/enabled"_s, "Y\n");
}

bool DemoRoot::addProcess(const QString &dir, qint64 pid, const QString &exe, const QString &label)
{
    const QString base = dir + u"/proc/"_s + QString::number(pid);
    if (!writeFile(base + u"/attr/current"_s, label.toUtf8() + '\n'))
        return false;
    writeFile(base + u"/comm"_s, QFileInfo(exe).fileName().toUtf8() + '\n');
    QFile::remove(base + u"/exe"_s);
    return QFile::link(exe, base + u"/exe"_s);
}

// A kern.log with the records a desktop sees: denials of a few enforced profiles (a file, a
// capability retried in a loop, a socket), a complain-mode ALLOWED and a profile reload, in the
// last hour.
static void writeDemoLog(const QString &dir, const QList<LoadedProfile> &profiles, const QStringList &attachments)
{
    QStringList enforced;
    QString complained;
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (profiles[i].mode == ProfileMode::Enforce && attachments.at(i).startsWith(u'/') && enforced.size() < 3)
            enforced.append(profiles[i].name);
        if (profiles[i].mode == ProfileMode::Complain && complained.isEmpty())
            complained = profiles[i].name;
    }
    if (enforced.isEmpty())
        return;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QByteArray log;
    int serial = 400;
    const auto add = [&](qint64 ago, const QString &fields) {
        const QDateTime when = QDateTime::fromSecsSinceEpoch(now - ago);
        log += QLocale::c().toString(when, u"MMM d HH:mm:ss"_s).toUtf8() + " demo kernel: ["
            + QByteArray::number(4000 - ago) + ".123456] audit: type=1400 audit(" + QByteArray::number(now - ago)
            + ".123:" + QByteArray::number(serial++) + "): " + fields.toUtf8() + '\n';
    };
    const QString first = enforced.first();
    const QString quoted = u'"' + first + u'"';
    for (int i = 0; i < 3; ++i) {
        add(3000 - i * 600,
            u"apparmor=\"DENIED\" operation=\"open\" class=\"file\" profile=%1 name=\"/home/alice/Documents/"
            "report-%2.pdf\" pid=%3 comm=\"demo\" requested_mask=\"r\" denied_mask=\"r\" fsuid=1000 ouid=1000"_s
                .arg(quoted)
                .arg(i)
                .arg(2100 + i));
    }
    const QString second = u'"' + enforced.value(1, first) + u'"';
    // A flood, as a program retrying in a loop makes: one group with its count in the history.
    for (int i = 0; i < 14; ++i) {
        add(1500 - i * 9,
            u"apparmor=\"DENIED\" operation=\"capable\" class=\"cap\" profile=%1 pid=2201 comm=\"demo\" "
            "capability=12 capname=\"net_admin\""_s.arg(second));
    }
    const QString third = u'"' + enforced.value(2, first) + u'"';
    add(900,
        u"apparmor=\"DENIED\" operation=\"create\" class=\"net\" profile=%1 pid=2301 comm=\"demo\" "
        "family=\"inet\" sock_type=\"raw\" protocol=1 requested_mask=\"create\" denied_mask=\"create\""_s.arg(third));
    if (!complained.isEmpty()) {
        add(600,
            u"apparmor=\"ALLOWED\" operation=\"open\" class=\"file\" profile=\"%1\" name=\"/etc/demo.conf\" "
            "pid=2401 comm=\"demo\" requested_mask=\"r\" denied_mask=\"r\" fsuid=0 ouid=0"_s.arg(complained));
    }
    add(300,
        u"apparmor=\"STATUS\" operation=\"profile_replace\" info=\"same as current profile, skipping\" "
        "profile=\"unconfined\" name=%1 pid=2501 comm=\"apparmor_parser\""_s.arg(quoted));
    writeFile(dir + u"/var/log/kern.log"_s, log);
}

bool DemoRoot::create(const QString &dir, const QString &shippedProfileDir, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QFileInfo(shippedProfileDir).isDir() || QDir(shippedProfileDir).isEmpty())
        return fail(QCoreApplication::translate("DemoRoot",
            "No shipped profiles in %1: install the apparmor "
            "and apparmor-profiles packages.")
                .arg(shippedProfileDir));
    const QString profileDir = dir + u"/etc/apparmor.d"_s;
    if (!copyTree(shippedProfileDir, profileDir))
        return fail(
            QCoreApplication::translate("DemoRoot", "Cannot copy %1 to %2.").arg(shippedProfileDir, profileDir));
    QDir().mkpath(profileDir + u"/local"_s);

    // Every profile the shipped files define, in the mode its flags ask for; a few are then
    // put in other modes so the demo shows all of them.
    QList<LoadedProfile> profiles;
    QStringList attachments;
    const QDir pd(profileDir);
    const auto files = pd.entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &info : files) {
        if (!ProfileIndex::isProfileFileName(info.fileName()))
            continue;
        const BoundedFile::Result file = BoundedFile::read(info.filePath(), 4 * 1024 * 1024);
        if (!file.ok())
            continue;
        for (const auto &header : ProfileIndex::parseHeaders(QString::fromUtf8(file.data))) {
            LoadedProfile p;
            p.name = p.localName = header.name;
            const QStringList flags = header.flags.split(QRegularExpression(u"[\\s,]+"_s), Qt::SkipEmptyParts);
            p.mode = ProfileMode::Enforce;
            for (const QString &flag : flags) {
                if (flag == u"complain" || flag == u"unconfined" || flag == u"kill" || flag == u"prompt")
                    p.mode = ProfileModes::fromString(flag);
            }
            profiles.append(p);
            attachments.append(header.attachment);
        }
    }
    if (profiles.isEmpty())
        return fail(QCoreApplication::translate("DemoRoot", "No profile headers found in %1.").arg(shippedProfileDir));

    // Debian ships most profiles in complain mode or unconfined (for user namespaces); an admin
    // enforces some, and one each shows the kill and prompt modes.
    int confinable = 0;
    for (LoadedProfile &p : profiles) {
        if (p.mode == ProfileMode::Unconfined)
            continue;
        ++confinable;
        if (confinable == 6)
            p.mode = ProfileMode::Kill;
        else if (confinable == 10)
            p.mode = ProfileMode::Prompt;
        else if (confinable % 3 != 0)
            p.mode = ProfileMode::Enforce;
    }
    if (!writeProfiles(dir, profiles))
        return fail(QCoreApplication::translate("DemoRoot", "Cannot write the demo profiles file in %1.").arg(dir));

    // A few processes: confined ones for profiles that attach to a plain path, one process
    // unconfined although its profile is loaded, and ordinary unconfined ones (not listed).
    qint64 pid = 1200;
    int confined = 0;
    for (qsizetype i = 0; i < profiles.size() && confined < 8; ++i) {
        const QString &exe = attachments.at(i);
        if (!exe.startsWith(u'/') || exe.contains(QRegularExpression(u"[*?{}\\[\\]@]"_s))
            || profiles[i].mode == ProfileMode::Unconfined)
            continue;
        const int count = confined % 3 == 0 ? 2 : 1;
        for (int k = 0; k < count; ++k) {
            addProcess(dir, pid, exe, profiles[i].name + u" ("_s + ProfileModes::toString(profiles[i].mode) + u')');
            pid += 37;
        }
        ++confined;
    }
    for (const LoadedProfile &p : std::as_const(profiles)) {
        if (p.name.startsWith(u'/') && !p.name.contains(QRegularExpression(u"[*?{}\\[\\]@]"_s))) {
            addProcess(dir, 4242, p.name, u"unconfined"_s);
            break;
        }
    }
    writeDemoLog(dir, profiles, attachments);
    addProcess(dir, 1, u"/usr/lib/systemd/systemd"_s, u"unconfined"_s);
    addProcess(dir, 2001, u"/usr/bin/bash"_s, u"unconfined"_s);
    return true;
}
