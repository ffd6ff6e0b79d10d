// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "loadedprofile.h"

#include <QList>
#include <QString>

// Lays out a sandboxed system root (see SystemRoot) for the demo, the benchmarks and tests:
// a profile directory, a securityfs profiles file and a small fake /proc.
class DemoRoot
{
public:
    // The demo: the profiles the system ships (the apparmor and apparmor-profiles packages'
    // /etc/apparmor.d) copied into dir, listed as loaded in mixed modes, with a few confined
    // processes. Returns false and sets error when the shipped profiles are missing.
    static bool create(const QString &dir, const QString &shippedProfileDir, QString *error);

    // Writes sys/kernel/security/apparmor/profiles and sys/module/apparmor under dir.
    static bool writeProfiles(const QString &dir, const QList<LoadedProfile> &profiles);
    // Adds proc/PID with attr/current (the label), an exe link and comm.
    static bool addProcess(const QString &dir, qint64 pid, const QString &exe, const QString &label);
    // Copies a directory tree (regular files and directories only).
    static bool copyTree(const QString &from, const QString &to);
};
