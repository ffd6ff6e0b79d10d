// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QObject>

#include <optional>

// Writes a file of the profile directory, asynchronously. The editor writes only through this:
// the GUI process never writes the real profile directory itself. Implementations:
//  - SandboxProfileWriter: a direct, atomic write inside a sandbox system root;
//  - HelperProfileWriter: through armorer-helper's one change channel, for the real system.
class ProfileWriter : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Starts writing content to relativePath ("local/usr.bin.foo", "usr.bin.foo": relative to
    // the profile directory) and returns a request id; finished() reports it. The writer must
    // replace the file atomically (no partial file after a failure). loaded is what the caller
    // read when it loaded the file (nullopt: it did not exist): a writer that can check
    // refuses the write as a conflict when the file no longer holds it, rather than overwrite
    // someone else's change.
    virtual int write(
        const QString &relativePath, const QByteArray &content, const std::optional<QByteArray> &loaded = std::nullopt)
        = 0;
    // The profile directory the relative paths are resolved in.
    virtual QString profileDir() const = 0;

Q_SIGNALS:
    // Always emitted once per request, never before write() returned.
    void finished(int requestId, bool ok, const QString &error);
    // Emitted just before a failed finished() when the write was refused because the file no
    // longer holds what the caller loaded; currentText is what it holds now (for a fresh diff).
    void conflicted(int requestId, const QString &currentText);
};
