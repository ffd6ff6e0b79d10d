// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "changerecord.h"
#include "confineddir.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The helper's record of every file it changed, kept under /var/lib/armorer/changes (from the
// system root): for change N, "N.json" says what changed and "N.before" holds the exact bytes
// the file had, so Undo can put them back. Written with the same atomic writes as profiles.
class ChangeJournal
{
public:
    using Entry = ChangeRecord;

    // Opens (creating, 0700) the journal directory at stateDir + "/changes".
    bool open(const QString &stateDir, QString *error);

    // Records a change before it is made, as Pending; returns its id, or an empty string on
    // failure.
    QString record(Entry entry, const QByteArray &before, QString *error);
    // The change is complete: its entry becomes Done.
    bool commit(const QString &id, QString *error);
    // The change failed and could not be undone: the entry (RollbackFailed, with why) and its
    // backup stay.
    bool markRollbackFailed(const QString &id, const QString &detail);
    // Drops a change that was not made after all (validation or reload failed, and the
    // previous bytes are back).
    void discard(const QString &id);
    // Removes temporary files a killed writer left in the journal directory.
    void removeTemporaryFiles();

    // Newest first, at most max entries.
    QList<Entry> history(int max = 200) const;
    // Every Pending entry, oldest first (left by a writer that was killed).
    QList<Entry> pending() const;
    std::optional<Entry> entry(const QString &id) const;
    std::optional<QByteArray> before(const QString &id) const;

    // The journal directory, which modifications flock to serialize with other helper instances.
    int lockFd() const { return m_dir.fd(); }

private:
    bool rewrite(const Entry &entry, QString *error);

    ConfinedDir m_dir;
};
