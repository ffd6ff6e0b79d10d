// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "statusreader.h"
#include "processscanner.h"
#include "profilelistparser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

StatusReader::StatusReader(const SystemRoot &root)
    : m_root(root)
{
}

StatusSnapshot StatusReader::readProfiles() const
{
    StatusSnapshot snapshot;
    const QString moduleDir = m_root.moduleDir();
    const bool hasModule = QFileInfo(moduleDir).isDir();
    const bool hasSecurityfs = QFileInfo(m_root.securityfsDir()).isDir();

    // Booted with apparmor=0: the module directory exists but the parameter says N.
    QFile enabled(moduleDir + u"/parameters/enabled"_s);
    const bool disabledAtBoot = enabled.open(QIODevice::ReadOnly) && enabled.read(1) == "N";

    if ((!hasModule && !hasSecurityfs) || disabledAtBoot) {
        snapshot.state = StatusSnapshot::State::Disabled;
        snapshot.message = QCoreApplication::translate("StatusReader", "AppArmor is not enabled in this kernel.");
        return snapshot;
    }
    if (!hasSecurityfs) {
        snapshot.state = StatusSnapshot::State::NoControlFiles;
        snapshot.message = QCoreApplication::translate(
            "StatusReader", "The AppArmor control files are missing: securityfs is not mounted at %1.")
                               .arg(m_root.securityfsDir());
        return snapshot;
    }

    // open(2) directly, to tell "no permission" from "missing" by errno.
    const QByteArray path = QFile::encodeName(m_root.profilesFile());
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const int error = errno;
        if (error == EACCES || error == EPERM) {
            snapshot.state = StatusSnapshot::State::NoPermission;
            snapshot.message = QCoreApplication::translate(
                "StatusReader", "Reading the loaded profiles needs administrator rights (%1).")
                                   .arg(m_root.profilesFile());
        } else {
            snapshot.state = StatusSnapshot::State::NoControlFiles;
            snapshot.message = QCoreApplication::translate("StatusReader", "Cannot open %1: %2.")
                                   .arg(m_root.profilesFile(), QString::fromLocal8Bit(strerror(error)));
        }
        return snapshot;
    }
    QFile file;
    file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle);
    // securityfs files report size 0: read until EOF.
    const QByteArray data = file.readAll();

    auto parsed = ProfileListParser::parse(data);
    snapshot.profiles = std::move(parsed.profiles);
    snapshot.parseErrors = std::move(parsed.errors);
    std::sort(snapshot.profiles.begin(), snapshot.profiles.end(), [](const LoadedProfile &a, const LoadedProfile &b) {
        return a.name < b.name;
    });
    if (snapshot.profiles.isEmpty()) {
        snapshot.state = StatusSnapshot::State::NoPolicy;
        snapshot.message
            = QCoreApplication::translate("StatusReader", "AppArmor is enabled, but no profile is loaded.");
    }
    return snapshot;
}

StatusSnapshot StatusReader::read() const
{
    StatusSnapshot snapshot = readProfiles();
    if (snapshot.state != StatusSnapshot::State::Ok && snapshot.state != StatusSnapshot::State::NoPolicy)
        return snapshot;
    QSet<QString> names;
    names.reserve(snapshot.profiles.size());
    for (const LoadedProfile &p : std::as_const(snapshot.profiles))
        names.insert(p.name);
    snapshot.processes = ProcessScanner(m_root.procDir()).scan(names);
    return snapshot;
}
