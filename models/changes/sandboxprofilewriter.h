// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "profilewriter.h"
#include "systemroot.h"

// Writes directly into a sandbox root's profile directory (the demo, tests): refuses the real
// system root, relative paths that climb out ("..", absolute) and symlinks, and writes through
// a temporary file renamed over the target (QSaveFile: fsync, rename).
class SandboxProfileWriter : public ProfileWriter
{
    Q_OBJECT
public:
    explicit SandboxProfileWriter(const SystemRoot &root, QObject *parent = nullptr);

    int write(const QString &relativePath, const QByteArray &content,
        const std::optional<QByteArray> &loaded = std::nullopt) override;
    QString profileDir() const override { return m_root.profileDir(); }

    // The same checks and write, synchronously; returns an error message or an empty string.
    QString writeNow(const QString &relativePath, const QByteArray &content) const;

private:
    SystemRoot m_root;
    int m_nextId = 1;
};
