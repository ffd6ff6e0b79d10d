// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "overridewriter.h"

#include "localoverride.h"
#include "overridenaming.h"
#include "profileflags.h"
#include "profilemode.h"
#include "profilename.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

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
    for (ConfinedDir *dir : {&m_profileDir, &m_localDir}) {
        for (const QString &name : ConfinedDir::temporaryFiles(*dir))
            dir->remove(name);
    }
    m_journal.removeTemporaryFiles();
    for (const ChangeJournal::Entry &entry : m_journal.pending()) {
        const std::optional<FileChange> target = fileOf(entry);
        QByteArray current;
        const ConfinedDir::Status status
            = target ? dirFor(target->target).read(target->name, &current) : ConfinedDir::Status::Error;
        const QString currentHash = status == ConfinedDir::Status::Ok ? ChangeRecord::hash(current) : QString();
        if (status != ConfinedDir::Status::Ok && status != ConfinedDir::Status::Missing) {
            m_journal.markRollbackFailed(entry.id, u"the helper stopped during this change"_s);
        } else if (currentHash == entry.afterHash) {
            // Written before the helper stopped: true, and loaded now so the kernel agrees.
            m_journal.commit(entry.id, nullptr);
            m_parser.reload(m_profileDir.path(), profilePath(entry.profile));
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
    // local/NAME (the profile's override, or a hat's or child's), or the profile itself.
    FileChange change;
    if (entry.file.startsWith(u"local/"_s) && ProfileName::isValid(entry.file.mid(6))) {
        change.target = Target::Local;
        change.name = entry.file.mid(6);
    } else if (entry.file == entry.profile && ProfileName::isValid(entry.profile)) {
        change.target = Target::Profile;
        change.name = entry.profile;
    } else {
        return std::nullopt;
    }
    return change;
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
    if ((content.error = checkProfile(profile)))
        return content;
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

OverrideWriter::Outcome OverrideWriter::apply(Target target, const QString &profile,
    const std::optional<QByteArray> &bytes, const std::optional<QString> &expectedHash, const QString &action,
    qint64 uid, const QString &undoes)
{
    return apply(profile, {FileChange{target, profile, bytes, expectedHash, action, undoes}}, uid);
}

OverrideWriter::Outcome OverrideWriter::apply(const QString &profile, const QList<FileChange> &changes, qint64 uid)
{
    Outcome outcome;
    if ((outcome.error = checkProfile(profile)))
        return outcome;
    const ChangeLock lock(m_journal.lockFd());
    if (!m_profileDir.stillAt() || !m_localDir.stillAt()) {
        outcome.error = {Code::PathRefused, m_profileDir.path() + u": the directory was replaced"_s};
        return outcome;
    }
    QElapsedTimer step;
    step.start();
    const auto lap = [&outcome, &step](const char *name) {
        outcome.steps.append({name, step.restart()});
    };

    // What each file holds now; the changes that change something.
    struct Pending
    {
        FileChange change;
        bool existed = false;
        QByteArray current;
        QString currentHash;
        QString id;
    };
    QList<Pending> pending;
    for (const FileChange &change : changes) {
        ConfinedDir &dir = dirFor(change.target);
        Pending p{change, false, {}, {}, {}};
        const ConfinedDir::Status status = dir.read(change.name, &p.current);
        p.existed = status == ConfinedDir::Status::Ok;
        if (!p.existed && status != ConfinedDir::Status::Missing) {
            outcome.error = fromStatus(status, dir.errorString());
            return outcome;
        }
        p.currentHash = p.existed ? ChangeRecord::hash(p.current) : QString();
        if (change.expectedHash && *change.expectedHash != p.currentHash) {
            outcome.error = {Code::Conflict, dir.path() + u'/' + change.name + u" changed since it was read"_s};
            return outcome;
        }
        outcome.hash = p.currentHash;
        if ((change.bytes && p.existed && *change.bytes == p.current) || (!change.bytes && !p.existed))
            continue;
        pending.append(p);
    }
    if (pending.isEmpty())
        return outcome;

    // Compile the profile as it will be, from a private overlay searched before the profile
    // directory: nothing in the real tree changes until the parser accepts it, and the binary
    // it writes there is exactly what is loaded below (one compile, no second parse).
    QTemporaryDir overlay(QDir::tempPath() + u"/armorer-validate-XXXXXX"_s);
    if (!overlay.isValid()) {
        outcome.error = {Code::IoError, u"cannot create a validation directory"_s};
        return outcome;
    }
    const QString overlayPath = QDir(overlay.path()).canonicalPath();
    QString fileToCheck = profilePath(profile);
    for (const Pending &p : std::as_const(pending)) {
        const bool local = p.change.target == Target::Local;
        if (local)
            QDir(overlayPath).mkpath(u"local"_s);
        QFile file(overlayPath + (local ? u"/local/"_s : u"/"_s) + p.change.name);
        // A removed "include if exists" file reads like an empty one.
        if (!file.open(QIODevice::WriteOnly) || file.write(p.change.bytes.value_or(QByteArray())) < 0
            || !file.flush()) {
            outcome.error = {Code::IoError, u"cannot write the validation copy"_s};
            return outcome;
        }
        if (!local)
            fileToCheck = file.fileName();
    }
    const QString binary = overlayPath + u"/policy.bin"_s;
    outcome.parser = m_parser.compile(m_profileDir.path(), fileToCheck, {overlayPath}, binary);
    lap("compile");
    if (!outcome.parser.ok) {
        QString message = outcome.parser.summary();
        message.replace(overlayPath, m_profileDir.path());
        outcome.error = {Code::ParserRejected, message};
        return outcome;
    }

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
        entry.file = p.change.target == Target::Local ? u"local/"_s + p.change.name : p.change.name;
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
            const ConfinedDir::Status status
                = p.existed ? dir.writeAtomic(p.change.name, p.current) : dir.remove(p.change.name);
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
        const ConfinedDir::Status status
            = p.change.bytes ? dir.writeAtomic(p.change.name, *p.change.bytes) : dir.remove(p.change.name);
        if (status != ConfinedDir::Status::Ok) {
            outcome.error = fromStatus(status, dir.errorString());
            rollBack(&outcome.error);
            return outcome;
        }
    }
    lap("write");

    outcome.parser = m_parser.loadBinary(binary);
    lap("load");
    if (!outcome.parser.ok) {
        // The kernel's refusal names the compiled file: name the profile instead.
        QString message = outcome.parser.summary();
        message.replace(binary, profilePath(profile));
        outcome.error = {Code::ReloadFailed, message};
        // Put the previous files back and load them again, so the kernel and the tree agree
        // (a file with several profiles may have been loaded in part).
        rollBack(&outcome.error);
        m_parser.reload(m_profileDir.path(), profilePath(profile));
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

OverrideWriter::Outcome OverrideWriter::writeOverride(
    const QString &profile, const QString &text, const QString &expectedHash, qint64 uid)
{
    Outcome outcome;
    if ((outcome.error = checkProfile(profile)) || (outcome.error = checkText(text)))
        return outcome;
    return apply(Target::Local, profile, text.toUtf8(), expectedHash, u"write-override"_s, uid);
}

namespace {
// The braces of a line outside comments and quoted strings ("#include" is no comment).
struct LineBraces
{
    int opens = 0;
    int closes = 0;
    qsizetype firstClose = -1;
};

LineBraces bracesOf(QStringView line)
{
    LineBraces b;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\') {
            ++i;
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == u'#' && !line.sliced(i).startsWith(u"#include")) {
            break;
        } else if (c == u'{') {
            ++b.opens;
        } else if (c == u'}') {
            ++b.closes;
            if (b.firstClose < 0)
                b.firstClose = i;
        }
    }
    return b;
}

// The profile or hat a block header names: "profile NAME ...", "hat NAME", "^NAME",
// "/attachment ..." (a top-level profile without the keyword); quoted names unquoted.
QString blockName(QStringView line)
{
    QStringView h = line.trimmed();
    if (h.startsWith(u'^')) {
        h = h.sliced(1);
    } else {
        for (const QStringView keyword : {u"profile", u"hat"}) {
            if (h.startsWith(keyword) && h.size() > keyword.size() && h.at(keyword.size()).isSpace()) {
                h = h.sliced(keyword.size()).trimmed();
                break;
            }
        }
    }
    if (h.startsWith(u'"')) {
        const qsizetype end = h.indexOf(u'"', 1);
        return end > 0 ? h.sliced(1, end - 1).toString() : QString();
    }
    qsizetype end = 0;
    while (end < h.size() && !h.at(end).isSpace() && h.at(end) != u'{')
        ++end;
    return h.left(end).toString();
}
} // namespace

std::optional<QString> OverrideWriter::withLocalInclude(
    const QString &text, const QString &includeName, const QStringList &children)
{
    const QRegularExpression existing(
        uR"(^\s*#?include\s+(if\s+exists\s+)?<local/)"_s + QRegularExpression::escape(includeName) + uR"(>)"_s,
        QRegularExpression::MultilineOption);
    if (existing.match(text).hasMatch())
        return std::nullopt;
    // Block nesting over lines, by each line's net braces (a glob's "{a,b}" nets zero): the
    // names of the open blocks, outermost first.
    QStringList lines = text.split(u'\n');
    QStringList open;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        // A copy: lines is modified below while the line is still read.
        const QString line = lines.at(n);
        const LineBraces braces = bracesOf(line);
        int net = braces.opens - braces.closes;
        if (net > 0) {
            open.append(blockName(line));
            while (--net > 0)
                open.append(QString());
            continue;
        }
        for (; net < 0 && !open.isEmpty(); ++net) {
            const bool target = children.isEmpty() ? open.size() == 1 : open.sliced(1) == children;
            if (!target) {
                open.removeLast();
                continue;
            }
            // Before the brace, indented like the block's rules.
            const QString include
                = QString(2 * open.size(), u' ') + u"include if exists <local/"_s + includeName + u'>';
            const QString before = braces.firstClose >= 0 ? line.left(braces.firstClose) : QString();
            if (before.trimmed().isEmpty()) {
                lines.insert(n, include);
            } else {
                lines[n] = before;
                lines.insert(n + 1, include);
                lines.insert(n + 2, line.sliced(braces.firstClose));
            }
            return lines.join(u'\n');
        }
    }
    return std::nullopt;
}

OverrideWriter::Outcome OverrideWriter::applyOverride(
    const QString &profile, const QString &child, const QString &text, const QString &expectedHash, qint64 uid)
{
    Outcome outcome;
    if ((outcome.error = checkProfile(profile)) || (outcome.error = checkText(text)))
        return outcome;
    const QString name = OverrideNaming::name(profile, child);
    if (name.isEmpty()) {
        outcome.error
            = {Code::InvalidArgument, u"not a hat or child profile name: "_s + child.left(ProfileName::MaxLength)};
        return outcome;
    }
    QByteArray current;
    m_profileDir.read(profile, &current);
    QList<FileChange> changes;
    const QStringList children = child.isEmpty() ? QStringList() : child.split(u"//"_s);
    if (const std::optional<QString> withInclude = withLocalInclude(QString::fromUtf8(current), name, children)) {
        changes.append(
            {Target::Profile, profile, withInclude->toUtf8(), ChangeRecord::hash(current), u"ensure-include"_s, {}});
    } else if (!LocalOverride::includesOverride(QString::fromUtf8(current), name)) {
        outcome.error = {Code::NotFound,
            child.isEmpty() ? QString(profile + u" has no top-level profile"_s)
                            : QString(profile + u" has no hat or child profile "_s + child)};
        return outcome;
    }
    changes.append({Target::Local, name, text.toUtf8(), expectedHash, u"write-override"_s, {}});
    return apply(profile, changes, uid);
}

QStringList OverrideWriter::modes()
{
    // The parser decides whether this kernel has prompt mode: the compile refuses it otherwise.
    return {u"enforce"_s, u"complain"_s, u"kill"_s, u"unconfined"_s, u"prompt"_s};
}

OverrideWriter::Outcome OverrideWriter::setMode(const QString &profile, const QString &mode, qint64 uid)
{
    Outcome outcome;
    if ((outcome.error = checkProfile(profile)))
        return outcome;
    if (!modes().contains(mode)) {
        outcome.error = {Code::InvalidArgument, u"mode must be one of "_s + modes().join(u", "_s)};
        return outcome;
    }
    const ProfileMode target = ProfileModes::fromString(mode);
    QByteArray current;
    m_profileDir.read(profile, &current);
    const std::optional<QString> text = ProfileFlags::setMode(QString::fromUtf8(current), target);
    if (!text) {
        outcome.error
            = {Code::InvalidArgument, profile + u" has no top-level profile header with at most one flags=(...)"_s};
        return outcome;
    }
    return apply(Target::Profile, profile, text->toUtf8(), ChangeRecord::hash(current), u"set-mode"_s, uid);
}

OverrideWriter::Outcome OverrideWriter::unload(const QString &profile)
{
    Outcome outcome;
    if ((outcome.error = checkProfile(profile)))
        return outcome;
    const ChangeLock lock(m_journal.lockFd());
    outcome.parser = m_parser.unload(m_profileDir.path(), profilePath(profile));
    if (!outcome.parser.ok)
        outcome.error = {Code::ReloadFailed, outcome.parser.summary()};
    return outcome;
}

OverrideWriter::Outcome OverrideWriter::undo(const QString &changeId, qint64 uid)
{
    Outcome outcome;
    if (!ProfileName::isValidChangeId(changeId)) {
        outcome.error = {Code::InvalidArgument, u"not a change id"_s};
        return outcome;
    }
    const std::optional<ChangeJournal::Entry> entry = m_journal.entry(changeId);
    const std::optional<QByteArray> before = m_journal.before(changeId);
    if (!entry || !before) {
        outcome.error = {Code::NoSuchChange, changeId};
        return outcome;
    }
    if (entry->state == ChangeJournal::Entry::State::Pending) {
        outcome.error = {Code::NoSuchChange, changeId + u" is not complete"_s};
        return outcome;
    }
    const std::optional<FileChange> target = fileOf(*entry);
    if (!target) {
        outcome.error = {Code::PathRefused, entry->file};
        return outcome;
    }
    FileChange change = *target;
    // Only when the file is still what that change left: a later edit is never clobbered.
    change.bytes = entry->existedBefore ? std::optional<QByteArray>(*before) : std::nullopt;
    change.expectedHash = entry->afterHash;
    change.action = u"undo"_s;
    change.undoes = changeId;
    return apply(entry->profile, {change}, uid);
}
