// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "overrideapplier.h"
#include "privatehelper.h"

#include <QDir>
#include <QFile>
#include <QString>
#include <QTest>

#include <optional>

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

// Applies text as profile's override and waits for the helper's answer (a timeout is a failure).
inline OverrideApplier::Result applyAndWait(OverrideApplier &applier, const QString &profile, const QString &text)
{
    std::optional<OverrideApplier::Result> result;
    applier.apply(profile, text, [&result](const OverrideApplier::Result &r) {
        result = r;
    });
    if (!QTest::qWaitFor(
            [&result] {
                return result.has_value();
            },
            30000))
        return {false, QStringLiteral("timeout"), {}};
    return *result;
}
} // namespace PrivateHelperSandbox
