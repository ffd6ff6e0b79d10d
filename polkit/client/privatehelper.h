// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QDBusConnection>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

// The demo's own helper: a private dbus-daemon on a socket in a 0700 directory and an
// armorer-helper with this user's rights over the sandbox root, with --validate-only (loads are
// replaced by apparmor_parser -QK) and same-user authorization instead of polkit. The
// HelperClient given connection() talks to it exactly as to the system one.
class PrivateHelper
{
public:
    PrivateHelper();
    ~PrivateHelper();
    PrivateHelper(const PrivateHelper &) = delete;
    PrivateHelper &operator=(const PrivateHelper &) = delete;

    bool start(const QString &rootDir, QString *error);
    QDBusConnection connection() const;
    QString address() const { return m_address; }

    // The installed helper (libexec), or the one next to this program in a build tree.
    static QString helperPath();

private:
    QTemporaryDir m_dir;
    QString m_address;
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<QProcess> m_helper;
};
