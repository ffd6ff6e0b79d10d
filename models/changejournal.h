// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "confineddir.h"
#include "overriderules.h"

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
    struct Entry
    {
        QString id; // decimal, increasing
        QDateTime time;
        qint64 uid = -1; // the caller
        QString action; // "write-override", "ensure-include", "set-mode", "undo"
        QString profile;
        QString file; // relative to the profile directory: "local/NAME" or "NAME"
        bool existedBefore = false;
        QString beforeHash; // sha256 hex, empty when the file did not exist
        QString afterHash;
        QString undoes; // for "undo": the change it reverted
        // What became of the change. A change is recorded as Pending before its file is
        // touched and becomes Done only once it is complete, so an entry never names a change
        // that was not made. RollbackFailed: the change failed and putting the previous bytes
        // back failed too; the file is not as it was, and the entry and its backup are kept.
        enum class State { Done, Pending, RollbackFailed };
        State state = State::Done;
        QString stateDetail; // why the rollback failed
        // For a local override: the rules the change added and took out, so a view can say
        // which change granted a rule. Unknown for other files, for entries written before
        // the field existed, and when the lists would be too long to keep.
        bool rulesKnown = false;
        QList<OverrideRuleRef> rulesAdded;
        QList<OverrideRuleRef> rulesRemoved;

        // Fills the rule lists from the override's bytes before and after the change.
        void setRules(const QByteArray &before, const QByteArray &after);
    };

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

    static QString hash(const QByteArray &bytes);
    static QByteArray toJson(const QList<Entry> &entries);
    static QList<Entry> fromJson(const QByteArray &json);

private:
    bool rewrite(const Entry &entry, QString *error);

    ConfinedDir m_dir;
};
