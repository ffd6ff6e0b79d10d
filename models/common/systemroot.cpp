// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "systemroot.h"

#include <QDir>

#include <sys/apparmor.h>

#include <cstdlib>

using namespace Qt::StringLiterals;

SystemRoot SystemRoot::system()
{
    SystemRoot root;
    root.m_root = u"/"_s;
    char *mountPoint = nullptr;
    // aa_find_mountpoint returns the securityfs "apparmor" directory; when AppArmor is off it
    // fails and we keep the conventional place, so the state reads as "no control files".
    if (aa_find_mountpoint(&mountPoint) == 0 && mountPoint) {
        root.m_securityfs = QString::fromLocal8Bit(mountPoint);
        std::free(mountPoint);
    } else {
        root.m_securityfs = u"/sys/kernel/security/apparmor"_s;
    }
    return root;
}

SystemRoot SystemRoot::fromDirectory(const QString &dir)
{
    SystemRoot root;
    root.m_root = QDir(dir).absolutePath();
    root.m_securityfs = root.path(u"/sys/kernel/security/apparmor"_s);
    root.m_sandbox = true;
    return root;
}

QString SystemRoot::path(const QString &absolute) const
{
    if (m_root == u"/")
        return absolute;
    return QDir::cleanPath(m_root + u'/' + absolute);
}

QString SystemRoot::profileDir() const
{
    return path(u"/etc/apparmor.d"_s);
}

QString SystemRoot::localDir() const
{
    return path(u"/etc/apparmor.d/local"_s);
}

QString SystemRoot::profilesFile() const
{
    return m_securityfs + u"/profiles"_s;
}

QString SystemRoot::moduleDir() const
{
    return path(u"/sys/module/apparmor"_s);
}

QString SystemRoot::procDir() const
{
    return path(u"/proc"_s);
}
