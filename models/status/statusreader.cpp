// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "statusreader.h"
#include "boundedfile.h"
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
    const bool disabledAtBoot = BoundedFile::read(moduleDir + u"/parameters/enabled"_s, 64).data.startsWith('N');

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

    // Read to its end (securityfs files report size 0), bounded: a sandbox root's profiles
    // file may be anything, /dev/zero included.
    const BoundedFile::Result file = BoundedFile::read(m_root.profilesFile(), MaxProfilesFile);
    if (!file.ok()) {
        if (file.status == BoundedFile::Status::NoPermission) {
            snapshot.state = StatusSnapshot::State::NoPermission;
            snapshot.message = QCoreApplication::translate(
                "StatusReader", "Reading the loaded profiles needs administrator rights (%1).")
                                   .arg(m_root.profilesFile());
        } else {
            snapshot.state = StatusSnapshot::State::NoControlFiles;
            snapshot.message = file.error;
        }
        return snapshot;
    }
    const QByteArray &data = file.data;

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
