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

    // Records a change before it is made; returns its id, or an empty string on failure.
    QString record(Entry entry, const QByteArray &before, QString *error);
    // Drops a change that was not made after all (validation or reload failed).
    void discard(const QString &id);

    // Newest first, at most max entries.
    QList<Entry> history(int max = 200) const;
    std::optional<Entry> entry(const QString &id) const;
    std::optional<QByteArray> before(const QString &id) const;

    // The journal directory, which modifications flock to serialize with other helper instances.
    int lockFd() const { return m_dir.fd(); }

    static QString hash(const QByteArray &bytes);
    static QByteArray toJson(const QList<Entry> &entries);
    static QList<Entry> fromJson(const QByteArray &json);

private:
    ConfinedDir m_dir;
};
