// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "privatehelper.h"

#include <QDir>
#include <QFile>
#include <QString>

// The sandbox the helper-writing tests share: a profile directory under root with one profile
// file (and an empty local/), and a private, unprivileged armorer-helper started over it.
namespace PrivateHelperSandbox {
inline bool start(
    const QString &root, const QString &profileFile, const QByteArray &text, PrivateHelper *helper, QString *error)
{
    const QString profileDir = root + QStringLiteral("/etc/apparmor.d");
    QFile f(profileDir + u'/' + profileFile);
    if (!QDir().mkpath(profileDir + QStringLiteral("/local")) || !f.open(QIODevice::WriteOnly)
        || f.write(text) != text.size()) {
        *error = QStringLiteral("cannot write %1").arg(f.fileName());
        return false;
    }
    f.close();
    return helper->start(root, error);
}
} // namespace PrivateHelperSandbox
