// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "changejournal.h"
#include "confineddir.h"
#include "helpererror.h"
#include "overridenaming.h"
#include "parserrunner.h"
#include "parsersandbox.h"
#include "policydocument.h"
#include "systemroot.h"

#include <QByteArray>
#include <QString>

#include <QTemporaryDir>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

// Every change the helper makes to the profile tree, with its guarantees: arguments checked
// (profile name pattern, size cap, no NUL), files reached only through ConfinedDir, the new
// text validated by apparmor_parser before anything is replaced, the previous bytes kept in the
// ChangeJournal, an atomic replace, a reload, and on a failed reload the previous file put back
// and reloaded; when putting it back fails too, the journal keeps the entry and its backup.
// Disabling a profile file is a change of the same kind, to disable/<file> (a symbolic link to
// the file, as aa-disable makes it, which keeps the file from loading at boot): the link is
// made and the file's profiles unloaded, or the link removed and the file loaded again.
// Changes are serialized (one thread, plus an flock for other instances).
//
// A change runs in three steps, so the helper can compile while polkit decides: stage*() (on
// the writer's thread: the files as they are, the new bytes in a private overlay), compile()
// (on any thread: apparmor_parser in a ParserSandbox child, which writes the binary to its
// stdout), commit() (on the writer's thread, under the lock: the files are checked to be still
// what was staged, then journal, atomic write, load of that binary, journal commit). Nothing is
// written before commit(); a staged change that is dropped leaves no trace. The one-call methods
// (writeOverride() ...) run the three in a row.
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
        // ApplyOverride: the override written (in local/).
        QString overrideName;
        // commit(): a file changed since it was staged; nothing was written, stage again.
        bool stale = false;
    };

private:
    enum class Target { Profile, Local, Disable };
    struct FileChange
    {
        Target target = Target::Local;
        QString name; // in its directory: the profile's file, or the override's
        std::optional<QByteArray> bytes; // nullopt removes the file (Disable: the link's target)
        std::optional<QString> expectedHash; // nullopt: whatever is there
        QString action;
        QString undoes;
    };
    struct Pending
    {
        FileChange change;
        bool existed = false;
        QByteArray current;
        QString currentHash;
        QString id;
    };

public:
    // A change made ready to compile and commit. Only the writer reads its parts.
    class Staged
    {
    public:
        // Set to cancel the compile (a refused call): its parser is killed.
        std::atomic_bool cancel = false;
        // True when there is nothing to compile: outcome is the answer (an error found while
        // staging, or nothing to change).
        bool done() const { return m_done; }
        const Outcome &outcome() const { return m_outcome; }
        qint64 compileMs() const { return m_compileMs; }

    private:
        friend class OverrideWriter;
        bool m_done = false;
        Outcome m_outcome;
        QString m_profile;
        QString m_profileHash; // the profile's file when staged
        QList<Pending> m_pending;
        std::unique_ptr<QTemporaryDir> m_overlay;
        QString m_overlayPath;
        QString m_fileToCheck;
        ParserRunner::Result m_compiled;
        // The change disables the file: nothing is compiled, its profiles (named in compile())
        // are removed from the kernel.
        bool m_unload = false;
        QStringList m_names;
        // The change touches disable/: a failed load is rolled back to the other state.
        bool m_toggles = false;
        bool m_disabled = false; // the file is disabled (and stays so): checked, not loaded
        qint64 m_stageMs = 0;
        qint64 m_compileMs = 0;
    };
    using StagedPtr = std::shared_ptr<Staged>;
    struct Content
    {
        HelperError error;
        QByteArray bytes;
        QString hash; // "" when the file does not exist
    };

    OverrideWriter(const SystemRoot &root, const ParserRunner &parser);

    // How the compile child runs (Off unless set: the helper sets Unprivileged).
    void setSandbox(const ParserSandbox &sandbox) { m_sandbox = sandbox; }
    const ParserSandbox &sandbox() const { return m_sandbox; }

    // Opens the profile directory, local/ and the journal (under /var/lib/armorer of the root).
    HelperError open();

    Content readOverride(const QString &profile) const;

    // The changes below, staged (see the class comment).
    StagedPtr stageWriteOverride(const QString &profile, const QString &text, const QString &expectedHash);
    StagedPtr stageApplyOverride(
        const QString &profile, const QString &profilePath, const QString &text, const QString &expectedHash);
    StagedPtr stageSetMode(const QString &profile, const QString &mode);
    // disable/<profile> made (a link to ../<profile>) and the file's profiles unloaded, or the
    // link removed and the file loaded; refused when it is disabled already, or not disabled.
    StagedPtr stageDisable(const QString &profile);
    StagedPtr stageEnable(const QString &profile);
    StagedPtr stageUndo(const QString &changeId);
    // Runs the parser on a staged change, in the sandbox; safe on any thread (it reads only the
    // writer's settings, which do not change once open() returned).
    void compile(Staged &staged) const;
    // Makes a compiled change, or answers its error (a staging or compile error); stale when a
    // file changed since it was staged.
    Outcome commit(Staged &staged, qint64 uid);

    Outcome writeOverride(const QString &profile, const QString &text, const QString &expectedHash, qint64 uid);
    // What one allow needs, as one change set with one compile and one load: writes the
    // override of profilePath (its full name, "" for the file's first profile; an older
    // client's "hat" or "child//x" relative to the first profile is understood too), as
    // OverrideNaming::targetFor chooses it, and adds its "include if exists" inside that
    // profile's block when it is new. changeId is the override's change, and overrideName
    // its name.
    Outcome applyOverride(const QString &profile, const QString &profilePath, const QString &text,
        const QString &expectedHash, qint64 uid);
    // The full name of the profile an ApplyOverride argument means, or "" when the file has none.
    static QString resolveProfilePath(const PolicyDocument &doc, const QString &profilePath);
    // mode: one of modes(), edited into the top-level profiles' flags as aa-enforce and
    // aa-complain do.
    Outcome setMode(const QString &profile, const QString &mode, qint64 uid);
    static QStringList modes();
    Outcome unload(const QString &profile);
    Outcome disable(const QString &profile, qint64 uid);
    Outcome enable(const QString &profile, qint64 uid);
    // Whether disable/<profile> exists (a link, whatever its target).
    bool isDisabled(const QString &profile) const;
    // What disable/<profile> points at: the file, relative, so the link resolves in a system
    // root too.
    static QByteArray disableLinkTarget(const QString &profile) { return "../" + profile.toUtf8(); }
    Outcome undo(const QString &changeId, qint64 uid);
    QList<ChangeJournal::Entry> history() const { return m_journal.history(); }
    std::optional<ChangeJournal::Entry> entry(const QString &changeId) const { return m_journal.entry(changeId); }

    // Size, NUL and UTF-8 checks on text a caller sent.
    static HelperError checkText(const QString &text);

private:
    // Stages the replacement (or removal) of the files of one profile: the profile as it will
    // be is compiled once, and that binary is what gets loaded.
    StagedPtr stage(const QString &profile, const QList<FileChange> &changes);
    static StagedPtr failed(const HelperError &error);
    // stage, compile, commit, staging again when a file changed in between.
    Outcome run(const std::function<StagedPtr()> &stage, qint64 uid);
    HelperError checkProfile(const QString &profile) const;
    // Compiles the profile's file as it is on disk in the sandbox and loads the binary: after a
    // rollback, and for a change found complete after a restart.
    ParserRunner::Result reloadFromDisk(const QString &profile) const;
    // A killed writer's leftovers: its temporary files, and its pending journal entries made
    // true (the file holds the change) or dropped (it does not).
    void recover();
    static std::optional<FileChange> fileOf(const ChangeJournal::Entry &entry);
    ConfinedDir &dirFor(Target target)
    {
        return target == Target::Profile ? m_profileDir : target == Target::Local ? m_localDir : m_disableDir;
    }
    static QString fileName(Target target, const QString &name);
    // A file's bytes, or for disable/ a link's target.
    ConfinedDir::Status readFile(Target target, const QString &name, QByteArray *out);
    // Writes bytes (or the link), or removes the file (the link) when bytes is nullopt.
    ConfinedDir::Status writeFile(Target target, const QString &name, const std::optional<QByteArray> &bytes);
    // The top-level profiles the file defines, named by the parser in the sandbox (-N) with a
    // base that has no disable/, so a disabled file is read too (the parser skips a file named
    // in <base>/disable/).
    ParserRunner::Result topLevelNames(
        const QString &profile, QStringList *names, const std::atomic_bool *cancel = nullptr) const;
    // Removes the file's profiles from the kernel, as "apparmor_parser -R": named as above,
    // then removed in process (a name that is not loaded counts as removed).
    ParserRunner::Result unloadFromDisk(const QString &profile) const;
    QString profilePath(const QString &profile) const { return m_profileDir.path() + u'/' + profile; }

    SystemRoot m_root;
    ParserRunner m_parser;
    ParserSandbox m_sandbox;
    ConfinedDir m_profileDir;
    ConfinedDir m_localDir;
    // disable/, made when missing; when it cannot be opened, only disable and enable fail.
    ConfinedDir m_disableDir;
    HelperError m_disableError;
    ChangeJournal m_journal;
};
