// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "changejournal.h"
#include "confineddir.h"
#include "helpererror.h"
#include "overridenaming.h"
#include "parserrunner.h"
#include "systemroot.h"

#include <QByteArray>
#include <QString>

#include <optional>

// Every change the helper makes to the profile tree, with its guarantees: arguments checked
// (profile name pattern, size cap, no NUL), files reached only through ConfinedDir, the new
// text validated by apparmor_parser before anything is replaced, the previous bytes kept in the
// ChangeJournal, an atomic replace, a reload, and on a failed reload the previous file put back
// and reloaded; when putting it back fails too, the journal keeps the entry and its backup.
// Changes are serialized (one thread, plus an flock for other instances).
class OverrideWriter
{
public:
    static constexpr qsizetype MaxTextSize = OverrideNaming::MaxTextSize;

    struct Outcome
    {
        HelperError error;
        QString changeId; // empty when nothing needed to change
        QString hash; // sha256 of the file's new content ("" when it no longer exists)
        ParserRunner::Result parser; // the last parser run
        // Milliseconds per step ("compile", "journal", "write", "load"), for the helper's log
        // and the round-trip benchmark.
        QList<std::pair<const char *, qint64>> steps;
        QString stepsText() const;
    };
    struct Content
    {
        HelperError error;
        QByteArray bytes;
        QString hash; // "" when the file does not exist
    };

    OverrideWriter(const SystemRoot &root, const ParserRunner &parser);

    // Opens the profile directory, local/ and the journal (under /var/lib/armorer of the root).
    HelperError open();

    Content readOverride(const QString &profile) const;
    Outcome writeOverride(const QString &profile, const QString &text, const QString &expectedHash, qint64 uid);
    // What one allow needs, as one change set with one compile and one load: ensures
    // "include if exists <local/NAME>" in the block of the hat or child profile `child`
    // ("" for the first top-level profile; "a//b" for nested children) and writes local/NAME,
    // where NAME is OverrideNaming::name(profile, child). changeId is the override's change.
    Outcome applyOverride(
        const QString &profile, const QString &child, const QString &text, const QString &expectedHash, qint64 uid);
    // mode: one of modes(), edited into the top-level profiles' flags as aa-enforce and
    // aa-complain do.
    Outcome setMode(const QString &profile, const QString &mode, qint64 uid);
    static QStringList modes();
    Outcome unload(const QString &profile);
    Outcome undo(const QString &changeId, qint64 uid);
    QList<ChangeJournal::Entry> history() const { return m_journal.history(); }
    std::optional<ChangeJournal::Entry> entry(const QString &changeId) const { return m_journal.entry(changeId); }

    // Size, NUL and UTF-8 checks on text a caller sent.
    static HelperError checkText(const QString &text);
    // The profile text with "include if exists <local/NAME>" before the first top-level
    // profile's closing brace, or nullopt when it already includes it (or has no profile).
    // With children (a hat or child path below a top-level profile), the include goes before
    // the closing brace of that block instead; nullopt when there is no such block.
    static std::optional<QString> withLocalInclude(
        const QString &text, const QString &includeName, const QStringList &children = {});

private:
    enum class Target { Profile, Local };
    struct FileChange
    {
        Target target = Target::Local;
        QString name; // in its directory: the profile's file, or the override's
        std::optional<QByteArray> bytes; // nullopt removes the file
        std::optional<QString> expectedHash; // nullopt: whatever is there
        QString action;
        QString undoes;
    };
    // Replaces (or removes) the files of one profile, with every guarantee above: the profile
    // as it will be is compiled once, and that binary is what gets loaded.
    Outcome apply(const QString &profile, const QList<FileChange> &changes, qint64 uid);
    Outcome apply(Target target, const QString &profile, const std::optional<QByteArray> &bytes,
        const std::optional<QString> &expectedHash, const QString &action, qint64 uid,
        const QString &undoes = QString());
    HelperError checkProfile(const QString &profile) const;
    // A killed writer's leftovers: its temporary files, and its pending journal entries made
    // true (the file holds the change) or dropped (it does not).
    void recover();
    static std::optional<FileChange> fileOf(const ChangeJournal::Entry &entry);
    ConfinedDir &dirFor(Target target) { return target == Target::Profile ? m_profileDir : m_localDir; }
    QString profilePath(const QString &profile) const { return m_profileDir.path() + u'/' + profile; }

    SystemRoot m_root;
    ParserRunner m_parser;
    ConfinedDir m_profileDir;
    ConfinedDir m_localDir;
    ChangeJournal m_journal;
};
