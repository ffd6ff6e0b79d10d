// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "overridewriter.h"

#include "overridenaming.h"
#include "policydocument.h"
#include "profileflags.h"
#include "profilemode.h"
#include "profilename.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>

#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
using Code = HelperError::Code;

HelperError fromStatus(ConfinedDir::Status status, const QString &detail)
{
    switch (status) {
    case ConfinedDir::Status::Ok:
        return {};
    case ConfinedDir::Status::Missing:
        return {Code::NotFound, detail};
    case ConfinedDir::Status::Refused:
        return {Code::PathRefused, detail};
    case ConfinedDir::Status::TooLarge:
        return {Code::TooLarge, detail};
    case ConfinedDir::Status::Error:
        break;
    }
    return {Code::IoError, detail};
}

// The directory must belong to root or to us and be writable by nobody else: otherwise another
// user could swap files under the helper.
bool isTrusted(const ConfinedDir &dir)
{
    struct stat st{};
    if (::fstat(dir.fd(), &st) != 0)
        return false;
    return (st.st_uid == 0 || st.st_uid == ::geteuid()) && (st.st_mode & (S_IWGRP | S_IWOTH)) == 0;
}

// Holds an exclusive flock on the journal directory for one change.
class ChangeLock
{
public:
    explicit ChangeLock(int fd)
        : m_fd(fd)
    {
        while (::flock(m_fd, LOCK_EX) != 0 && errno == EINTR) { }
    }
    ~ChangeLock() { ::flock(m_fd, LOCK_UN); }
    ChangeLock(const ChangeLock &) = delete;
    ChangeLock &operator=(const ChangeLock &) = delete;

private:
    int m_fd;
};
} // namespace

OverrideWriter::OverrideWriter(const SystemRoot &root, const ParserRunner &parser)
    : m_root(root)
    , m_parser(parser)
{
}

HelperError OverrideWriter::open()
{
    ConfinedDir::Status status = m_profileDir.open(m_root.profileDir());
    if (status != ConfinedDir::Status::Ok)
        return fromStatus(status, m_profileDir.errorString());
    status = m_localDir.openSub(m_profileDir, u"local"_s, true);
    if (status != ConfinedDir::Status::Ok)
        return fromStatus(status, m_localDir.errorString());
    if (!isTrusted(m_profileDir) || !isTrusted(m_localDir))
        return {Code::PathRefused, m_root.profileDir() + u": writable by other users"_s};
    status = m_disableDir.openSub(m_profileDir, u"disable"_s, true);
    if (status != ConfinedDir::Status::Ok)
        m_disableError = fromStatus(status, m_disableDir.errorString());
    else if (!isTrusted(m_disableDir))
        m_disableError = {Code::PathRefused, m_disableDir.path() + u": writable by other users"_s};
    if (m_disableError)
        m_disableDir = ConfinedDir();
    QString error;
    if (!m_journal.open(m_root.path(u"/var/lib/armorer"_s), &error))
        return {Code::IoError, error};
    recover();
    return {};
}

void OverrideWriter::recover()
{
    // Under the lock: no other writer is in the middle of a change, so every temporary file
    // and every pending entry was left by one that was killed.
    const ChangeLock lock(m_journal.lockFd());
    for (ConfinedDir *dir : {&m_profileDir, &m_localDir, &m_disableDir}) {
        for (const QString &name : ConfinedDir::temporaryFiles(*dir)) {
            if (dir->remove(name) == ConfinedDir::Status::Refused)
                dir->removeLink(name);
        }
    }
    m_journal.removeTemporaryFiles();
    for (const ChangeJournal::Entry &entry : m_journal.pending()) {
        const std::optional<FileChange> target = fileOf(entry);
        QByteArray current;
        const ConfinedDir::Status status
            = target ? readFile(target->target, target->name, &current) : ConfinedDir::Status::Error;
        const QString currentHash = status == ConfinedDir::Status::Ok ? ChangeRecord::hash(current) : QString();
        if (status != ConfinedDir::Status::Ok && status != ConfinedDir::Status::Missing) {
            m_journal.markRollbackFailed(entry.id, u"the helper stopped during this change"_s);
        } else if (currentHash == entry.afterHash) {
            // Written before the helper stopped: true, and loaded now so the kernel agrees.
            m_journal.commit(entry.id, nullptr);
            if (target->target == Target::Disable && !entry.afterHash.isEmpty())
                unloadFromDisk(entry.profile);
            else
                reloadFromDisk(entry.profile);
        } else if (currentHash == entry.beforeHash) {
            m_journal.discard(entry.id);
        } else {
            // Changed since by someone else: whether this change was made is unknown, so its
            // backup is kept.
            m_journal.markRollbackFailed(entry.id, u"the helper stopped during this change"_s);
        }
    }
}

std::optional<OverrideWriter::FileChange> OverrideWriter::fileOf(const ChangeJournal::Entry &entry)
{
    // local/NAME (the profile's override, or a hat's or child's), disable/PROFILE, or the
    // profile itself.
    FileChange change;
    if (entry.file.startsWith(u"local/"_s) && ProfileName::isValid(entry.file.mid(6))) {
        change.target = Target::Local;
        change.name = entry.file.mid(6);
    } else if (entry.file == u"disable/"_s + entry.profile && ProfileName::isValid(entry.profile)) {
        change.target = Target::Disable;
        change.name = entry.profile;
    } else if (entry.file == entry.profile && ProfileName::isValid(entry.profile)) {
        change.target = Target::Profile;
        change.name = entry.profile;
    } else {
        return std::nullopt;
    }
    return change;
}

QString OverrideWriter::fileName(Target target, const QString &name)
{
    switch (target) {
    case Target::Local:
        return u"local/"_s + name;
    case Target::Disable:
        return u"disable/"_s + name;
    case Target::Profile:
        break;
    }
    return name;
}

ConfinedDir::Status OverrideWriter::readFile(Target target, const QString &name, QByteArray *out)
{
    ConfinedDir &dir = dirFor(target);
    return target == Target::Disable ? dir.readLink(name, out) : dir.read(name, out);
}

ConfinedDir::Status OverrideWriter::writeFile(
    Target target, const QString &name, const std::optional<QByteArray> &bytes)
{
    ConfinedDir &dir = dirFor(target);
    if (target == Target::Disable)
        return bytes ? dir.writeLinkAtomic(name, *bytes) : dir.removeLink(name);
    return bytes ? dir.writeAtomic(name, *bytes) : dir.remove(name);
}

HelperError OverrideWriter::checkText(const QString &text)
{
    if (text.contains(QChar(0)))
        return {Code::InvalidArgument, u"text contains a NUL character"_s};
    // UTF-16 length bounds the UTF-8 size to three times; check the real size.
    if (text.size() > MaxTextSize || text.toUtf8().size() > MaxTextSize)
        return {Code::TooLarge, u"text is larger than %1 bytes"_s.arg(MaxTextSize)};
    if (QString::fromUtf8(text.toUtf8()) != text)
        return {Code::InvalidArgument, u"text is not valid Unicode"_s};
    return {};
}

HelperError OverrideWriter::checkProfile(const QString &profile) const
{
    if (!ProfileName::isValid(profile))
        return {Code::InvalidProfileName, u"not a profile file name: "_s + profile.left(ProfileName::MaxLength)};
    if (!m_profileDir.isOpen())
        return {Code::IoError, u"profile directory not open"_s};
    QByteArray bytes;
    const ConfinedDir::Status status = m_profileDir.read(profile, &bytes);
    if (status != ConfinedDir::Status::Ok)
        return fromStatus(status, m_profileDir.errorString());
    return {};
}

OverrideWriter::Content OverrideWriter::readOverride(const QString &profile) const
{
    Content content;
    // Any override name: a profile's own override is named for the profile, not for its file.
    if (!ProfileName::isValid(profile)) {
        content.error
            = {Code::InvalidProfileName, u"not an override file name: "_s + profile.left(ProfileName::MaxLength)};
        return content;
    }
    if (!m_localDir.isOpen()) {
        content.error = {Code::IoError, u"local/ not open"_s};
        return content;
    }
    const ConfinedDir::Status status = m_localDir.read(profile, &content.bytes);
    if (status == ConfinedDir::Status::Missing)
        return content;
    if (status != ConfinedDir::Status::Ok) {
        content.error = fromStatus(status, m_localDir.errorString());
        return content;
    }
    content.hash = ChangeRecord::hash(content.bytes);
    return content;
}

QString OverrideWriter::Outcome::stepsText() const
{
    QStringList parts;
    for (const auto &[name, ms] : steps)
        parts.append(QString::fromLatin1(name) + u' ' + QString::number(ms) + u" ms"_s);
    return parts.join(u", "_s);
}

OverrideWriter::StagedPtr OverrideWriter::failed(const HelperError &error)
{
    auto staged = std::make_shared<Staged>();
    staged->m_done = true;
    staged->m_outcome.error = error;
    return staged;
}

OverrideWriter::StagedPtr OverrideWriter::stage(const QString &profile, const QList<FileChange> &changes)
{
    QElapsedTimer timer;
    timer.start();
    if (const HelperError error = checkProfile(profile))
        return failed(error);
    auto staged = std::make_shared<Staged>();
    staged->m_profile = profile;
    Outcome &outcome = staged->m_outcome;
    QByteArray profileBytes;
    m_profileDir.read(profile, &profileBytes);
    staged->m_profileHash = ChangeRecord::hash(profileBytes);

    // What each file holds now; the changes that change something.
    for (const FileChange &change : changes) {
        ConfinedDir &dir = dirFor(change.target);
        if (change.target == Target::Disable && m_disableError)
            return failed(m_disableError);
        Pending p{change, false, {}, {}, {}};
        const ConfinedDir::Status status = readFile(change.target, change.name, &p.current);
        p.existed = status == ConfinedDir::Status::Ok;
        if (!p.existed && status != ConfinedDir::Status::Missing)
            return failed(fromStatus(status, dir.errorString()));
        p.currentHash = p.existed ? ChangeRecord::hash(p.current) : QString();
        if (change.expectedHash && *change.expectedHash != p.currentHash)
            return failed({Code::Conflict, dir.path() + u'/' + change.name + u" changed since it was read"_s});
        outcome.hash = p.currentHash;
        if ((change.bytes && p.existed && *change.bytes == p.current) || (!change.bytes && !p.existed))
            continue;
        staged->m_pending.append(p);
    }
    if (staged->m_pending.isEmpty()) {
        staged->m_done = true;
        return staged;
    }
    for (const Pending &p : std::as_const(staged->m_pending)) {
        if (p.change.target == Target::Disable) {
            staged->m_toggles = true;
            staged->m_unload = p.change.bytes.has_value();
        }
    }
    if (staged->m_unload) {
        staged->m_stageMs = timer.elapsed();
        return staged; // nothing to compile: the file's profiles go
    }
    // A disabled file is checked and written, and not loaded: the kernel does not hold it,
    // and the next boot would not load it either.
    staged->m_disabled = !staged->m_toggles && isDisabled(profile);

    // The profile as it will be, in a private overlay searched before the profile directory:
    // nothing in the real tree changes until the parser accepts it. The overlay is readable by
    // all (the sandboxed parser runs as nobody) and writable by its owner only; it holds only
    // what the tree will hold after the change.
    staged->m_overlay = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/armorer-validate-XXXXXX"_s);
    if (!staged->m_overlay->isValid())
        return failed({Code::IoError, u"cannot create a validation directory"_s});
    constexpr auto Readable = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther;
    constexpr auto Listable = Readable | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther;
    staged->m_overlayPath = QDir(staged->m_overlay->path()).canonicalPath();
    QFile::setPermissions(staged->m_overlayPath, Listable);
    staged->m_fileToCheck = profilePath(profile);
    for (const Pending &p : std::as_const(staged->m_pending)) {
        if (p.change.target == Target::Disable)
            continue; // an enable checks the file as it is (the runner reads past its disable/ link)
        const bool local = p.change.target == Target::Local;
        if (local && QDir(staged->m_overlayPath).mkpath(u"local"_s))
            QFile::setPermissions(staged->m_overlayPath + u"/local"_s, Listable);
        QFile file(staged->m_overlayPath + (local ? u"/local/"_s : u"/"_s) + p.change.name);
        // A removed "include if exists" file reads like an empty one.
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(Readable)
            || file.write(p.change.bytes.value_or(QByteArray())) < 0 || !file.flush())
            return failed({Code::IoError, u"cannot write the validation copy"_s});
        if (!local)
            staged->m_fileToCheck = file.fileName();
    }
    staged->m_stageMs = timer.elapsed();
    return staged;
}

void OverrideWriter::compile(Staged &staged) const
{
    if (staged.m_done)
        return;
    QElapsedTimer timer;
    timer.start();
    if (staged.m_unload) {
        staged.m_compiled = topLevelNames(staged.m_profile, &staged.m_names, &staged.cancel);
        staged.m_compileMs = timer.elapsed();
        return;
    }
    ParserRunner parser = m_parser;
    parser.setCancelFlag(&staged.cancel);
    parser.setChildSetup(
        m_sandbox.childSetup({m_profileDir.path(), staged.m_overlayPath, QFileInfo(parser.parserPath()).path()}));
    staged.m_compiled = parser.compile(m_profileDir.path(), staged.m_fileToCheck, {staged.m_overlayPath});
    staged.m_compileMs = timer.elapsed();
}

ParserRunner::Result OverrideWriter::reloadFromDisk(const QString &profile) const
{
    // The files are the system's own here, yet the parser still runs as nobody: the root
    // process never parses profile text, whoever wrote it.
    ParserRunner parser = m_parser;
    parser.setChildSetup(m_sandbox.childSetup({m_profileDir.path(), QFileInfo(parser.parserPath()).path()}));
    const ParserRunner::Result compiled = parser.compile(m_profileDir.path(), profilePath(profile), {});
    if (!compiled.ok)
        return compiled;
    return m_parser.loadBinary(compiled.binary);
}

OverrideWriter::Outcome OverrideWriter::commit(Staged &staged, qint64 uid)
{
    if (staged.m_done)
        return staged.m_outcome;
    Outcome outcome = staged.m_outcome;
    outcome.steps.append({"stage", staged.m_stageMs});
    outcome.steps.append({"compile", staged.m_compileMs});
    outcome.parser = staged.m_compiled;
    if (!outcome.parser.ok) {
        QString message = outcome.parser.cancelled ? u"the change was cancelled"_s : outcome.parser.summary();
        message.replace(staged.m_overlayPath, m_profileDir.path());
        outcome.error = {Code::ParserRejected, message};
        return outcome;
    }
    const QString &profile = staged.m_profile;
    QList<Pending> &pending = staged.m_pending;
    const ChangeLock lock(m_journal.lockFd());
    if (!m_profileDir.stillAt() || !m_localDir.stillAt() || (staged.m_toggles && !m_disableDir.stillAt())) {
        outcome.error = {Code::PathRefused, m_profileDir.path() + u": the directory was replaced"_s};
        return outcome;
    }
    QElapsedTimer step;
    step.start();
    const auto lap = [&outcome, &step](const char *name) {
        outcome.steps.append({name, step.restart()});
    };

    // What was compiled must still be what is there: another change (of this helper, while
    // polkit decided, or of another instance) makes it stale, and the caller stages again.
    QByteArray bytes;
    m_profileDir.read(profile, &bytes);
    bool stale = ChangeRecord::hash(bytes) != staged.m_profileHash;
    for (const Pending &p : std::as_const(pending)) {
        bytes.clear();
        const ConfinedDir::Status status = readFile(p.change.target, p.change.name, &bytes);
        stale = stale || (status == ConfinedDir::Status::Ok ? ChangeRecord::hash(bytes) : QString()) != p.currentHash
            || (status != ConfinedDir::Status::Ok && status != ConfinedDir::Status::Missing);
    }
    if (stale) {
        outcome.stale = true;
        outcome.error = {Code::Conflict, profile + u" changed while the change was being checked"_s};
        return outcome;
    }
    lap("check");

    const auto discardAll = [this, &pending] {
        for (const Pending &p : std::as_const(pending)) {
            if (!p.id.isEmpty())
                m_journal.discard(p.id);
        }
    };
    for (Pending &p : pending) {
        ChangeJournal::Entry entry;
        entry.uid = uid;
        entry.action = p.change.action;
        entry.profile = profile;
        entry.file = fileName(p.change.target, p.change.name);
        entry.existedBefore = p.existed;
        entry.beforeHash = p.currentHash;
        entry.afterHash = p.change.bytes ? ChangeRecord::hash(*p.change.bytes) : QString();
        entry.undoes = p.change.undoes;
        if (p.change.target == Target::Local)
            entry.setRules(p.current, p.change.bytes.value_or(QByteArray()));
        QString journalError;
        p.id = m_journal.record(entry, p.current, &journalError);
        if (p.id.isEmpty()) {
            discardAll();
            outcome.error = {Code::IoError, journalError};
            return outcome;
        }
    }
    lap("journal");

    // Puts back the files written so far (all of them after a failed load). A file that
    // cannot be put back keeps its journal entry and backup, and the caller is told.
    qsizetype written = 0;
    const auto rollBack = [this, &pending, &written, &discardAll](HelperError *error) {
        QStringList failed;
        for (qsizetype i = 0; i < written; ++i) {
            const Pending &p = pending.at(i);
            ConfinedDir &dir = dirFor(p.change.target);
            const ConfinedDir::Status status = writeFile(
                p.change.target, p.change.name, p.existed ? std::optional<QByteArray>(p.current) : std::nullopt);
            if (status != ConfinedDir::Status::Ok && !(status == ConfinedDir::Status::Missing && !p.existed)) {
                const QString why = dir.path() + u'/' + p.change.name + u": "_s + dir.errorString();
                m_journal.markRollbackFailed(p.id, why);
                failed.append(why);
            }
        }
        if (failed.isEmpty()) {
            discardAll();
            return;
        }
        for (const Pending &p : std::as_const(pending)) {
            if (!failed.isEmpty() && !p.id.isEmpty() && m_journal.entry(p.id)
                && m_journal.entry(p.id)->state == ChangeJournal::Entry::State::Pending)
                m_journal.discard(p.id); // not written, or put back
        }
        *error = {Code::RollbackFailed,
            error->detail + u"; putting the previous version back failed, so the files are not as they were ("_s
                + failed.join(u"; "_s) + u"); the backup is kept in the change history"_s};
    };
    for (; written < pending.size(); ++written) {
        const Pending &p = pending.at(written);
        ConfinedDir &dir = dirFor(p.change.target);
        const ConfinedDir::Status status = writeFile(p.change.target, p.change.name, p.change.bytes);
        if (status != ConfinedDir::Status::Ok) {
            outcome.error = fromStatus(status, dir.errorString());
            rollBack(&outcome.error);
            return outcome;
        }
    }
    lap("write");

    if (staged.m_disabled) {
        outcome.parser = staged.m_compiled;
        lap("load skipped (disabled)");
    } else {
        outcome.parser
            = staged.m_unload ? m_parser.remove(staged.m_names) : m_parser.loadBinary(staged.m_compiled.binary);
        lap(staged.m_unload ? "unload" : "load");
    }
    if (!outcome.parser.ok) {
        outcome.error = {Code::ReloadFailed, outcome.parser.summary()};
        // Put the previous files back and load them again (or, for an enable that failed,
        // unload them), so the kernel and the tree agree: a file with several profiles may
        // have been loaded or unloaded in part.
        rollBack(&outcome.error);
        if (staged.m_toggles && !staged.m_unload) {
            outcome.error.detail += u"; %1 is disabled again"_s.arg(profile);
            unloadFromDisk(profile);
        } else {
            if (staged.m_unload)
                outcome.error.detail += u"; %1 is enabled again"_s.arg(profile);
            reloadFromDisk(profile);
        }
        return outcome;
    }
    // Complete: only now do the entries say the change was made.
    for (const Pending &p : std::as_const(pending)) {
        QString journalError;
        if (!m_journal.commit(p.id, &journalError))
            qWarning("change %s made, its entry left pending: %s", qPrintable(p.id), qPrintable(journalError));
    }
    lap("commit");
    outcome.changeId = pending.last().id;
    outcome.hash = pending.last().change.bytes ? ChangeRecord::hash(*pending.last().change.bytes) : QString();
    return outcome;
}

OverrideWriter::Outcome OverrideWriter::run(const std::function<StagedPtr()> &stage, qint64 uid)
{
    // A file that changes between staging and commit (another instance) is staged again; a
    // few tries, then the conflict is the answer.
    Outcome outcome;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const StagedPtr staged = stage();
        compile(*staged);
        outcome = commit(*staged, uid);
        if (!outcome.stale)
            break;
    }
    return outcome;
}

OverrideWriter::StagedPtr OverrideWriter::stageWriteOverride(
    const QString &profile, const QString &text, const QString &expectedHash)
{
    if (const HelperError error = checkProfile(profile); error)
        return failed(error);
    if (const HelperError error = checkText(text); error)
        return failed(error);
    return stage(profile, {FileChange{Target::Local, profile, text.toUtf8(), expectedHash, u"write-override"_s, {}}});
}

OverrideWriter::Outcome OverrideWriter::writeOverride(
    const QString &profile, const QString &text, const QString &expectedHash, qint64 uid)
{
    return run(
        [&] {
            return stageWriteOverride(profile, text, expectedHash);
        },
        uid);
}

OverrideWriter::StagedPtr OverrideWriter::stageApplyOverride(
    const QString &profile, const QString &profilePath, const QString &text, const QString &expectedHash)
{
    if (const HelperError error = checkProfile(profile); error)
        return failed(error);
    if (const HelperError error = checkText(text); error)
        return failed(error);
    QByteArray current;
    m_profileDir.read(profile, &current);
    const PolicyDocument doc = PolicyDocument::parse(QString::fromUtf8(current));
    const QString path = resolveProfilePath(doc, profilePath);
    if (path.isEmpty()) {
        return failed({Code::NotFound,
            profilePath.isEmpty()
                ? QString(profile + u" has no top-level profile"_s)
                : QString(profile + u" defines no profile "_s + profilePath.left(ProfileName::MaxLength))});
    }
    const OverrideNaming::Target target = OverrideNaming::targetFor(doc, profile, path);
    if (!target.isValid())
        return failed({Code::InvalidArgument, target.error.left(2 * ProfileName::MaxLength)});
    QList<FileChange> changes;
    if (target.addInclude) {
        const std::optional<QString> withInclude = doc.withIncludeIn(target.block, u"local/"_s + target.name);
        if (!withInclude)
            return failed({Code::NotFound,
                profile + u": the block of "_s + path + u" is not closed, or its last statement lacks its comma"_s});
        changes.append(
            {Target::Profile, profile, withInclude->toUtf8(), ChangeRecord::hash(current), u"ensure-include"_s, {}});
    }
    changes.append({Target::Local, target.name, text.toUtf8(), expectedHash, u"write-override"_s, {}});
    StagedPtr staged = stage(profile, changes);
    staged->m_outcome.overrideName = target.name;
    return staged;
}

OverrideWriter::Outcome OverrideWriter::applyOverride(
    const QString &profile, const QString &profilePath, const QString &text, const QString &expectedHash, qint64 uid)
{
    return run(
        [&] {
            return stageApplyOverride(profile, profilePath, text, expectedHash);
        },
        uid);
}

QString OverrideWriter::resolveProfilePath(const PolicyDocument &doc, const QString &profilePath)
{
    const QList<int> top = doc.topLevelProfiles();
    if (profilePath.isEmpty())
        return top.isEmpty() ? QString() : doc.node(top.first()).fullName;
    if (doc.findProfile(profilePath) >= 0)
        return profilePath;
    // Older clients name a hat or child relative to the file's first profile.
    if (!top.isEmpty()) {
        const QString child = doc.node(top.first()).fullName + u"//"_s + profilePath;
        if (doc.findProfile(child) >= 0)
            return child;
    }
    return {};
}

QStringList OverrideWriter::modes()
{
    // The parser decides whether this kernel has prompt mode: the compile refuses it otherwise.
    return {u"enforce"_s, u"complain"_s, u"kill"_s, u"unconfined"_s, u"prompt"_s};
}

OverrideWriter::StagedPtr OverrideWriter::stageSetMode(const QString &profile, const QString &mode)
{
    if (const HelperError error = checkProfile(profile); error)
        return failed(error);
    if (!modes().contains(mode))
        return failed({Code::InvalidArgument, u"mode must be one of "_s + modes().join(u", "_s)});
    const ProfileMode target = ProfileModes::fromString(mode);
    QByteArray current;
    m_profileDir.read(profile, &current);
    const std::optional<QString> text = ProfileFlags::setMode(QString::fromUtf8(current), target);
    if (!text) {
        return failed(
            {Code::InvalidArgument, profile + u" has no top-level profile header with at most one flags=(...)"_s});
    }
    return stage(profile,
        {FileChange{Target::Profile, profile, text->toUtf8(), ChangeRecord::hash(current), u"set-mode"_s, {}}});
}

OverrideWriter::Outcome OverrideWriter::setMode(const QString &profile, const QString &mode, qint64 uid)
{
    return run(
        [&] {
            return stageSetMode(profile, mode);
        },
        uid);
}

OverrideWriter::Outcome OverrideWriter::unload(const QString &profile)
{
    Outcome outcome;
    if ((outcome.error = checkProfile(profile)))
        return outcome;
    const ChangeLock lock(m_journal.lockFd());
    // The names come from the parser as nobody (-N), so root parses no profile text; then the
    // kernel drops them, as "apparmor_parser -R" would.
    outcome.parser = unloadFromDisk(profile);
    if (!outcome.parser.ok)
        outcome.error = {Code::ReloadFailed, outcome.parser.summary()};
    return outcome;
}

ParserRunner::Result OverrideWriter::topLevelNames(
    const QString &profile, QStringList *names, const std::atomic_bool *cancel) const
{
    names->clear();
    // An empty base, readable by the sandboxed parser; the tree comes next in the search path.
    QTemporaryDir base(QDir::tempPath() + u"/armorer-names-XXXXXX"_s);
    if (!base.isValid()) {
        ParserRunner::Result result;
        result.output = u"cannot create a directory for the parser"_s;
        result.errorMessage = result.output;
        return result;
    }
    const QString basePath = QDir(base.path()).canonicalPath();
    QFile::setPermissions(basePath,
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther);
    ParserRunner parser = m_parser;
    parser.setCancelFlag(cancel);
    parser.setChildSetup(m_sandbox.childSetup({m_profileDir.path(), basePath, QFileInfo(parser.parserPath()).path()}));
    const ParserRunner::Result result = parser.names(basePath, profilePath(profile), {m_profileDir.path()});
    if (result.ok) {
        for (const QString &name : ParserRunner::namesOf(result)) {
            if (!name.contains(u"//"))
                names->append(name);
        }
    }
    return result;
}

ParserRunner::Result OverrideWriter::unloadFromDisk(const QString &profile) const
{
    QStringList names;
    const ParserRunner::Result named = topLevelNames(profile, &names);
    return named.ok ? m_parser.remove(names) : named;
}

bool OverrideWriter::isDisabled(const QString &profile) const
{
    QByteArray target;
    return ProfileName::isValid(profile) && m_disableDir.isOpen()
        && m_disableDir.readLink(profile, &target) == ConfinedDir::Status::Ok;
}

OverrideWriter::StagedPtr OverrideWriter::stageDisable(const QString &profile)
{
    if (const HelperError error = checkProfile(profile); error)
        return failed(error);
    if (m_disableError)
        return failed(m_disableError);
    if (isDisabled(profile))
        return failed({Code::InvalidArgument, profile + u" is disabled already"_s});
    return stage(
        profile, {FileChange{Target::Disable, profile, disableLinkTarget(profile), QString(), u"disable"_s, {}}});
}

OverrideWriter::StagedPtr OverrideWriter::stageEnable(const QString &profile)
{
    if (const HelperError error = checkProfile(profile); error)
        return failed(error);
    if (m_disableError)
        return failed(m_disableError);
    QByteArray target;
    const ConfinedDir::Status status = m_disableDir.readLink(profile, &target);
    if (status == ConfinedDir::Status::Missing)
        return failed({Code::InvalidArgument, profile + u" is not disabled"_s});
    if (status != ConfinedDir::Status::Ok)
        return failed(fromStatus(status, m_disableDir.errorString()));
    // Whatever the link points at (aa-disable makes it absolute): the name is what counts.
    return stage(
        profile, {FileChange{Target::Disable, profile, std::nullopt, ChangeRecord::hash(target), u"enable"_s, {}}});
}

OverrideWriter::Outcome OverrideWriter::disable(const QString &profile, qint64 uid)
{
    return run(
        [&] {
            return stageDisable(profile);
        },
        uid);
}

OverrideWriter::Outcome OverrideWriter::enable(const QString &profile, qint64 uid)
{
    return run(
        [&] {
            return stageEnable(profile);
        },
        uid);
}

OverrideWriter::StagedPtr OverrideWriter::stageUndo(const QString &changeId)
{
    if (!ProfileName::isValidChangeId(changeId))
        return failed({Code::InvalidArgument, u"not a change id"_s});
    const std::optional<ChangeJournal::Entry> entry = m_journal.entry(changeId);
    const std::optional<QByteArray> before = m_journal.before(changeId);
    if (!entry || !before)
        return failed({Code::NoSuchChange, changeId});
    if (entry->state == ChangeJournal::Entry::State::Pending)
        return failed({Code::NoSuchChange, changeId + u" is not complete"_s});
    const std::optional<FileChange> target = fileOf(*entry);
    if (!target)
        return failed({Code::PathRefused, entry->file});
    FileChange change = *target;
    // Only when the file is still what that change left: a later edit is never clobbered.
    change.bytes = entry->existedBefore ? std::optional<QByteArray>(*before) : std::nullopt;
    change.expectedHash = entry->afterHash;
    change.action = u"undo"_s;
    change.undoes = changeId;
    return stage(entry->profile, {change});
}

OverrideWriter::Outcome OverrideWriter::undo(const QString &changeId, qint64 uid)
{
    return run(
        [&] {
            return stageUndo(changeId);
        },
        uid);
}
