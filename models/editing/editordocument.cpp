// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "editordocument.h"
#include "draftwriter.h"
#include "localoverride.h"
#include "losslessutf8.h"
#include "profileindex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace {
QByteArray hashOf(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}
} // namespace

EditorDocument::EditorDocument(const QString &profileDir, QObject *parent)
    : QObject(parent)
    , m_profileDir(QDir::cleanPath(QDir(profileDir).absolutePath()))
    , m_validator(new ProfileValidator(profileDir, this))
    , m_drafts(new DraftWriter(DraftStore(), this))
    , m_watcher(new QFileSystemWatcher(this))
{
    connect(m_validator, &ProfileValidator::started, this, &EditorDocument::checkStarted);
    connect(m_validator, &ProfileValidator::finished, this, &EditorDocument::onChecked);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &EditorDocument::diskChanged);
}

EditorDocument::~EditorDocument() = default;

void EditorDocument::setDraftStore(const DraftStore &store)
{
    m_drafts->setStore(store);
}

EditorDocument::FileKind EditorDocument::kindOf(const QString &path) const
{
    if (path.isEmpty())
        return FileKind::None;
    const QString dir = m_profileDir + u'/';
    if (!path.startsWith(dir))
        return FileKind::Outside;
    const QString rel = path.mid(dir.size());
    if (rel.startsWith(u"local/"_s))
        return FileKind::Local;
    // What the profile index reads as a profile file; the rest is shared or not loaded.
    if (ProfileIndex::isProfileFile(rel))
        return FileKind::Profile;
    return FileKind::Fragment;
}

QString EditorDocument::relativePath(const QString &path) const
{
    const QString dir = m_profileDir + u'/';
    return path.startsWith(dir) ? path.mid(dir.size()) : path;
}

bool EditorDocument::isReadOnly() const
{
    return kind() != FileKind::Local && !m_unlocked.contains(m_path);
}

bool EditorDocument::isChecked() const
{
    const FileKind k = kind();
    return k != FileKind::None && k != FileKind::Outside && !m_path.contains(u"/abi/"_s);
}

bool EditorDocument::isDisabled(const QString &path) const
{
    // kindOf(): a top-level file of the profile directory.
    return kindOf(path) == FileKind::Profile
        && QFileInfo(m_profileDir + u"/disable/"_s + QFileInfo(path).fileName()).isSymLink();
}

void EditorDocument::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT stateChanged();
}

BoundedFile::Result EditorDocument::readFile(const QString &path) const
{
    // Only regular files, and never more than the cap: a device or a FIFO never ends.
    return BoundedFile::read(path, MaxFileSize);
}

bool EditorDocument::open(const QString &path, int line)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (clean == m_path)
        return true;
    if (!maybeClose())
        return false;
    const BoundedFile::Result read = readFile(clean);
    if (!read.ok()) {
        Q_EMIT openFailed(read.error);
        return false;
    }
    adopt(clean, read.data, line);
    return true;
}

bool EditorDocument::reload(int line)
{
    if (m_path.isEmpty())
        return false;
    const BoundedFile::Result read = readFile(m_path);
    if (!read.ok()) {
        Q_EMIT openFailed(read.error);
        return false;
    }
    m_drafts->remove(m_path);
    adopt(m_path, read.data, line);
    return true;
}

void EditorDocument::adopt(const QString &path, const QByteArray &bytes, int line)
{
    m_validator->cancel();
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_path = path;
    m_diskBytes = bytes;
    m_diskText = LosslessUtf8::decode(bytes);
    m_undecodable = LosslessUtf8::escapedBytes(m_diskText);
    m_modified = false;
    m_here.clear();
    m_all.clear();
    m_summary.clear();
    watch(path);
    Q_EMIT loaded(m_diskText, line);
    Q_EMIT stateChanged();
    if (isChecked())
        m_validator->validate(path, m_diskText); // what was just loaded, not a copy of the view
}

void EditorDocument::watch(const QString &path)
{
    // A write replaces the file (rename): the watch follows the name, not the old inode.
    m_watcher->removePath(path);
    m_watcher->addPath(path);
}

bool EditorDocument::maybeClose()
{
    if (m_path.isEmpty() || !m_modified)
        return true;
    switch (m_prompts.unsavedChanges ? m_prompts.unsavedChanges(m_path) : Cancel) {
    case Save:
        // The write is asynchronous: the document stays open until it is done, and the draft
        // keeps the text meanwhile.
        saveDraft();
        save();
        return false;
    case Discard:
        m_drafts->remove(m_path);
        setModified(false);
        return true;
    default:
        return false;
    }
}

bool EditorDocument::unlock(Ask ask)
{
    if (m_path.isEmpty() || !isReadOnly() || kind() == FileKind::Outside)
        return false;
    if (ask == Ask::First
        && !m_prompts.confirm(tr("Edit the shipped file?"),
            tr("%1 belongs to a package: the next update of that package will replace it and your "
               "changes with it (or leave a .dpkg-dist file beside it).\n\nA local override keeps "
               "your changes. Edit this file anyway?")
                .arg(relativePath(m_path))))
        return false;
    m_unlocked.insert(m_path);
    Q_EMIT stateChanged();
    return true;
}

QString EditorDocument::withFinalNewline(const QString &text)
{
    return text.isEmpty() || text.endsWith(u'\n') ? text : text + u'\n';
}

bool EditorDocument::writeReviewed(
    const QString &path, const QString &before, const QString &after, const std::function<void(bool ok)> &then)
{
    if (!m_write || !m_prompts.reviewWrite(path, before, after)) {
        then(false);
        return false;
    }
    const QByteArray bytes = LosslessUtf8::encode(after);
    const QByteArray hash = hashOf(bytes);
    m_inFlight[path].append(hash);
    // What was loaded, so the write is refused if someone changed the file since: the exact
    // bytes for the open file, the reviewed text for another one.
    std::optional<QByteArray> loaded;
    if (QFileInfo::exists(path))
        loaded = path == m_path ? m_diskBytes : LosslessUtf8::encode(before);
    Q_EMIT writing(path);
    m_write(relativePath(path), bytes, loaded,
        [self = QPointer<EditorDocument>(this), path, bytes, hash, then](const WriteReply &reply) {
            if (!self)
                return;
            const bool ok = reply.ok;
            QList<QByteArray> &inFlight = self->m_inFlight[path];
            inFlight.removeOne(hash);
            if (inFlight.isEmpty())
                self->m_inFlight.remove(path);
            if (ok) {
                if (path == self->m_path) {
                    self->m_diskBytes = bytes;
                    self->m_diskText = LosslessUtf8::decode(bytes);
                    self->watch(path);
                }
                Q_EMIT self->written(path);
            } else if (reply.conflictText && path == self->m_path) {
                // The draft keeps the edit meanwhile (a save removes it only once written).
                self->saveDraft();
                // The file's own bytes when it can be read here (exact, also when not UTF-8);
                // the writer's reading otherwise.
                const BoundedFile::Result now = self->readFile(path);
                Q_EMIT self->writeConflict(
                    path, now.ok() ? LosslessUtf8::decode(now.data) : *reply.conflictText, reply.error);
            } else {
                Q_EMIT self->writeFailed(path, reply.error);
            }
            then(ok);
        });
    return true;
}

bool EditorDocument::save()
{
    if (m_path.isEmpty() || isReadOnly() || !m_write)
        return false;
    const QString path = m_path;
    const QString text = currentText();
    const QString after = withFinalNewline(text);
    return writeReviewed(path, m_diskText, after, [this, path, text, after](bool ok) {
        if (!ok || path != m_path)
            return;
        m_drafts->remove(path);
        const QString now = currentText();
        if (now == after || now == text)
            setModified(false);
    });
}

QString EditorDocument::localOverridePath() const
{
    return m_profileDir + u'/' + LocalOverride::relativePathFor(QFileInfo(m_path).fileName());
}

void EditorDocument::editLocalOverride()
{
    if (m_path.isEmpty() || kind() != FileKind::Profile || !m_write)
        return;
    const QString mainPath = m_path;
    const QString name = QFileInfo(mainPath).fileName();
    const QString localPath = localOverridePath();

    // Step 2: the profile must include the override, or it has no effect.
    auto ensureInclude = [this, mainPath, name, localPath] {
        const BoundedFile::Result read = readFile(mainPath);
        const QString mainText = read.ok() ? LosslessUtf8::decode(read.data) : QString();
        if (LocalOverride::includesOverride(mainText, name)) {
            open(localPath);
            return;
        }
        const QString withInclude = LocalOverride::withOverrideInclude(mainText, name);
        if (withInclude == mainText
            || !m_prompts.confirm(tr("Include the override?"),
                tr("%1 does not include local/%2, so the override would have no effect. Add "
                   "\"include if exists <local/%2>\" at the end of the profile?")
                    .arg(name, name))) {
            open(localPath);
            if (withInclude != mainText)
                Q_EMIT warning(tr("%1 does not include this override: it has no effect yet.").arg(name));
            return;
        }
        writeReviewed(mainPath, mainText, withInclude, [this, localPath](bool) {
            open(localPath);
        });
    };

    // Step 1: create local/NAME when it is missing.
    if (QFileInfo::exists(localPath)) {
        ensureInclude();
        return;
    }
    writeReviewed(localPath, QString(), LocalOverride::newOverrideText(name), [this, ensureInclude](bool ok) {
        if (ok) {
            Q_EMIT treeChanged();
            ensureInclude();
        }
    });
}

void EditorDocument::scheduleCheck()
{
    if (!isChecked())
        return;
    if (m_text)
        m_validator->schedule(m_path, m_text);
    else
        m_validator->schedule(m_path, m_diskText);
}

void EditorDocument::checkNow()
{
    if (isChecked())
        m_validator->validate(m_path, currentText());
}

void EditorDocument::onChecked(const ProfileValidator::Result &result)
{
    if (result.generation != m_validator->generation() || result.file != m_path)
        return; // stale
    m_here.clear();
    for (const ParserDiagnostic &d : result.diagnostics) {
        if (d.file == m_path)
            m_here.append(d);
    }
    // Rules this kernel (or the declared ABI) would weaken: the denial explainer's check.
    const QList<ParserDiagnostic> downgraded
        = FeatureSet::downgradedLines(currentText(), m_path, m_profileDir, m_kernelFeatures);
    m_here += downgraded;
    m_all = result.diagnostics + downgraded;
    if (result.valid)
        m_summary = tr("\u2714 Valid: apparmor_parser accepts it (%1 ms).").arg(result.elapsedMs);
    else if (result.parserFailed)
        m_summary = tr("Could not check: %1").arg(result.diagnostics.value(0).message);
    else
        m_summary = tr("%n problem(s) found by apparmor_parser.", nullptr, int(result.diagnostics.size()));
    Q_EMIT checked(result);
}

void EditorDocument::saveDraft()
{
    if (m_path.isEmpty() || !m_modified)
        return;
    m_drafts->save(m_path, currentText(), m_diskText);
}

std::optional<DraftStore::Draft> EditorDocument::draftToOffer()
{
    if (m_path.isEmpty())
        return std::nullopt;
    auto draft = m_drafts->store().draftFor(m_path);
    if (draft && draft->text == m_diskText) {
        m_drafts->remove(m_path);
        return std::nullopt;
    }
    return draft;
}

void EditorDocument::discardDraft()
{
    if (!m_path.isEmpty())
        m_drafts->remove(m_path);
}

void EditorDocument::keepEditOver(const QString &diskText)
{
    m_diskText = diskText;
    m_diskBytes = LosslessUtf8::encode(diskText);
}

bool EditorDocument::overwriteAfterConflict(const QString &diskText)
{
    keepEditOver(diskText);
    return save();
}

void EditorDocument::diskChanged()
{
    if (m_path.isEmpty())
        return;
    if (!m_watcher->files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher->addPath(m_path); // replaced by rename
    const BoundedFile::Result read = readFile(m_path);
    if (read.status == BoundedFile::Status::Missing) {
        Q_EMIT changedOnDisk(DiskChange::Removed, QString());
        return;
    }
    if (!read.ok()) {
        Q_EMIT warning(read.error + u' ' + tr("Your text is kept here."));
        return;
    }
    const QByteArray &bytes = read.data;
    if (bytes == m_diskBytes)
        return; // a touch, or our own write after its reply
    if (m_inFlight.value(m_path).contains(hashOf(bytes))) {
        // Our own write, landed before its reply: it is what is on disk now.
        m_diskBytes = bytes;
        m_diskText = LosslessUtf8::decode(bytes);
        return;
    }
    if (!m_modified) {
        adopt(m_path, bytes, -1);
        Q_EMIT changedOnDisk(DiskChange::Reloaded, m_diskText);
        return;
    }
    Q_EMIT changedOnDisk(DiskChange::Conflict, LosslessUtf8::decode(bytes));
}
