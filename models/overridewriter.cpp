// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "overridewriter.h"

#include "profileflags.h"
#include "profilename.h"

#include <QDir>
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
    return {};
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
    content.hash = ChangeJournal::hash(content.bytes);
    return content;
}

OverrideWriter::Outcome OverrideWriter::apply(Target target, const QString &profile,
    const std::optional<QByteArray> &bytes, const std::optional<QString> &expectedHash, const QString &action,
    qint64 uid, const QString &undoes)
{
    Outcome outcome;
    if ((outcome.error = checkProfile(profile)))
        return outcome;
    ConfinedDir &dir = dirFor(target);
    const ChangeLock lock(m_journal.lockFd());
    if (!m_profileDir.stillAt() || !dir.stillAt()) {
        outcome.error = {Code::PathRefused, dir.path() + u": the directory was replaced"_s};
        return outcome;
    }

    QByteArray current;
    const ConfinedDir::Status status = dir.read(profile, &current);
    const bool exists = status == ConfinedDir::Status::Ok;
    if (!exists && status != ConfinedDir::Status::Missing) {
        outcome.error = fromStatus(status, dir.errorString());
        return outcome;
    }
    const QString currentHash = exists ? ChangeJournal::hash(current) : QString();
    if (expectedHash && *expectedHash != currentHash) {
        outcome.error = {Code::Conflict, dir.path() + u'/' + profile + u" changed since it was read"_s};
        return outcome;
    }
    if ((bytes && exists && *bytes == current) || (!bytes && !exists)) {
        outcome.hash = currentHash;
        return outcome;
    }

    // Validate the profile as it will be, from a private overlay searched before the profile
    // directory: nothing in the real tree changes until the parser accepts it.
    QTemporaryDir overlay(QDir::tempPath() + u"/armorer-validate-XXXXXX"_s);
    if (!overlay.isValid()) {
        outcome.error = {Code::IoError, u"cannot create a validation directory"_s};
        return outcome;
    }
    const QString overlayPath = QDir(overlay.path()).canonicalPath();
    QString fileToCheck = profilePath(profile);
    {
        const QString relative = target == Target::Local ? u"local/"_s + profile : profile;
        if (target == Target::Local)
            QDir(overlayPath).mkdir(u"local"_s);
        QFile file(overlayPath + u'/' + relative);
        // A removed "include if exists" file reads like an empty one.
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes.value_or(QByteArray())) < 0 || !file.flush()) {
            outcome.error = {Code::IoError, u"cannot write the validation copy"_s};
            return outcome;
        }
        if (target == Target::Profile)
            fileToCheck = overlayPath + u'/' + profile;
    }
    outcome.parser = m_parser.validate(m_profileDir.path(), fileToCheck, {overlayPath});
    if (!outcome.parser.ok) {
        QString message = outcome.parser.summary();
        message.replace(overlayPath, m_profileDir.path());
        outcome.error = {Code::ParserRejected, message};
        return outcome;
    }

    ChangeJournal::Entry entry;
    entry.uid = uid;
    entry.action = action;
    entry.profile = profile;
    entry.file = target == Target::Local ? u"local/"_s + profile : profile;
    entry.existedBefore = exists;
    entry.beforeHash = currentHash;
    entry.afterHash = bytes ? ChangeJournal::hash(*bytes) : QString();
    entry.undoes = undoes;
    if (target == Target::Local)
        entry.setRules(current, bytes.value_or(QByteArray()));
    QString journalError;
    const QString id = m_journal.record(entry, current, &journalError);
    if (id.isEmpty()) {
        outcome.error = {Code::IoError, journalError};
        return outcome;
    }

    const ConfinedDir::Status written = bytes ? dir.writeAtomic(profile, *bytes) : dir.remove(profile);
    if (written != ConfinedDir::Status::Ok) {
        m_journal.discard(id);
        outcome.error = fromStatus(written, dir.errorString());
        return outcome;
    }

    outcome.parser = m_parser.reload(m_profileDir.path(), profilePath(profile));
    if (!outcome.parser.ok) {
        // Put the previous file back and load it again, so the kernel and the tree agree.
        if (exists)
            dir.writeAtomic(profile, current);
        else
            dir.remove(profile);
        m_parser.reload(m_profileDir.path(), profilePath(profile));
        m_journal.discard(id);
        outcome.error = {Code::ReloadFailed, outcome.parser.summary()};
        return outcome;
    }
    outcome.changeId = id;
    outcome.hash = entry.afterHash;
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

std::optional<QString> OverrideWriter::withLocalInclude(const QString &text, const QString &profile)
{
    const QRegularExpression existing(
        uR"(^\s*#?include\s+(if\s+exists\s+)?<local/)"_s + QRegularExpression::escape(profile) + uR"(>)"_s,
        QRegularExpression::MultilineOption);
    if (existing.match(text).hasMatch())
        return std::nullopt;
    // The closing brace of the first top-level profile: brace depth over lines, comments and
    // quoted strings skipped.
    QStringList lines = text.split(u'\n');
    int depth = 0;
    bool opened = false;
    for (qsizetype n = 0; n < lines.size(); ++n) {
        // A copy: lines is modified below while the line is still read.
        const QString line = lines.at(n);
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == u'\\') {
                ++i;
            } else if (c == u'"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == u'#' && !QStringView(line).sliced(i).startsWith(u"#include")) {
                break;
            } else if (c == u'{') {
                ++depth;
                opened = true;
            } else if (c == u'}') {
                --depth;
                if (opened && depth == 0) {
                    // Before the brace, indented like the profile's rules.
                    const QString before = line.left(i);
                    const QString include = u"  include if exists <local/"_s + profile + u'>';
                    if (before.trimmed().isEmpty()) {
                        lines.insert(n, include);
                    } else {
                        lines[n] = before;
                        lines.insert(n + 1, include);
                        lines.insert(n + 2, line.sliced(i));
                    }
                    return lines.join(u'\n');
                }
            }
        }
    }
    return std::nullopt;
}

OverrideWriter::Outcome OverrideWriter::ensureLocalInclude(const QString &profile, qint64 uid)
{
    Outcome outcome;
    if ((outcome.error = checkProfile(profile)))
        return outcome;
    QByteArray current;
    m_profileDir.read(profile, &current);
    const std::optional<QString> text = withLocalInclude(QString::fromUtf8(current), profile);
    if (!text) {
        outcome.hash = ChangeJournal::hash(current);
        return outcome;
    }
    return apply(Target::Profile, profile, text->toUtf8(), ChangeJournal::hash(current), u"ensure-include"_s, uid);
}

OverrideWriter::Outcome OverrideWriter::setMode(const QString &profile, const QString &mode, qint64 uid)
{
    Outcome outcome;
    if ((outcome.error = checkProfile(profile)))
        return outcome;
    const ProfileMode target = mode == u"enforce" ? ProfileMode::Enforce
        : mode == u"complain"                     ? ProfileMode::Complain
                                                  : ProfileMode::Unknown;
    if (target == ProfileMode::Unknown) {
        outcome.error = {Code::InvalidArgument, u"mode must be enforce or complain"_s};
        return outcome;
    }
    QByteArray current;
    m_profileDir.read(profile, &current);
    const std::optional<QString> text = ProfileFlags::setMode(QString::fromUtf8(current), target);
    if (!text) {
        outcome.error
            = {Code::InvalidArgument, profile + u" has no top-level profile header with at most one flags=(...)"_s};
        return outcome;
    }
    return apply(Target::Profile, profile, text->toUtf8(), ChangeJournal::hash(current), u"set-mode"_s, uid);
}

OverrideWriter::Outcome OverrideWriter::reload(const QString &profile)
{
    Outcome outcome;
    if ((outcome.error = checkProfile(profile)))
        return outcome;
    const ChangeLock lock(m_journal.lockFd());
    outcome.parser = m_parser.reload(m_profileDir.path(), profilePath(profile));
    if (!outcome.parser.ok)
        outcome.error = {Code::ReloadFailed, outcome.parser.summary()};
    return outcome;
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
    Target target;
    if (entry->file == u"local/"_s + entry->profile)
        target = Target::Local;
    else if (entry->file == entry->profile)
        target = Target::Profile;
    else {
        outcome.error = {Code::PathRefused, entry->file};
        return outcome;
    }
    // Only when the file is still what that change left: a later edit is never clobbered.
    return apply(target, entry->profile, entry->existedBefore ? std::optional<QByteArray>(*before) : std::nullopt,
        entry->afterHash, u"undo"_s, uid, changeId);
}
