// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QString>

// Where the system Armorer looks at lives: the profile directory, the AppArmor securityfs
// directory, /proc and the logs. Production uses the real paths; tests, benchmarks and the
// demo point it at a directory laid out like a real system (etc/apparmor.d,
// sys/kernel/security/apparmor, proc, var/log). No other code spells a system path.
class SystemRoot
{
public:
    // The running system. The securityfs mount point comes from libapparmor, as aa-status finds it.
    static SystemRoot system();
    // A directory laid out as a system root.
    static SystemRoot fromDirectory(const QString &dir);

    bool isSandbox() const { return m_sandbox; }
    // "/" for the system, the directory otherwise.
    QString rootDir() const { return m_root; }
    // etc/apparmor.d
    QString profileDir() const;
    // etc/apparmor.d/local
    QString localDir() const;
    // The AppArmor directory in securityfs (holds "profiles", ".load", "features", ...).
    QString securityfsDir() const { return m_securityfs; }
    QString profilesFile() const;
    // sys/module/apparmor: present whenever the kernel has AppArmor built in or loaded.
    QString moduleDir() const;
    QString procDir() const;
    // Maps an absolute system path (such as "/var/log/syslog") into this root.
    QString path(const QString &absolute) const;

private:
    QString m_root;
    QString m_securityfs;
    bool m_sandbox = false;
};
