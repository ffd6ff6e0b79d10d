// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "boundedfile.h"
#include "draftstore.h"
#include "featureset.h"
#include "profilevalidator.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class DraftWriter;
class QFileSystemWatcher;

// The file open in the profile editor, without its widgets: what kind of file it is (and so
// whether it opens read-only), its bytes on disk, the writes in flight, the disk watcher, the
// draft, the live check and the local-override flow. The view (EditorPage) shows the text,
// answers the prompts and reports edits; everything that decides lives here.
//
// A write of our own never looks like someone else's: each write remembers the hash of the
// bytes it sends, and a change on disk with those bytes is our write landing (the watcher
// often fires before the helper's reply arrives).
class EditorDocument : public QObject
{
    Q_OBJECT
public:
    enum class FileKind {
        None, // nothing open
        Profile, // a profile file the index reads (top level, not skipped)
        Local, // local/NAME: the user's own override
        Fragment, // abstractions, tunables, a skipped top-level file: shared or not loaded
        Outside, // not in the profile directory
    };
    Q_ENUM(FileKind)
    enum class DiskChange {
        Reloaded, // the file changed and nothing was edited: the new text is loaded
        Conflict, // the file changed under an edit: the view asks what to keep
        Removed,
    };
    Q_ENUM(DiskChange)
    enum UnsavedAnswer { Save, Discard, Cancel };

    // Questions the document asks; tests answer them without dialogs.
    struct Prompts
    {
        std::function<bool(const QString &title, const QString &question)> confirm;
        // Shows the diff of a write; true to write.
        std::function<bool(const QString &file, const QString &before, const QString &after)> reviewWrite;
        // Unsaved changes when the file is closed: Save, Discard or Cancel.
        std::function<int(const QString &file)> unsavedChanges;
    };
    // Starts writing content to a path relative to the profile directory (through the one
    // change channel: the helper, or a sandbox writer) and calls done once, later. loaded is
    // what was read when the file was loaded (nullopt: it did not exist), so that the writer
    // refuses the write when someone changed the file since.
    struct WriteReply
    {
        bool ok = false;
        QString error;
        // Refused because the file no longer held what was loaded: what it holds now.
        std::optional<QString> conflictText = std::nullopt;
    };
    using WriteFile = std::function<void(const QString &relativePath, const QByteArray &content,
        const std::optional<QByteArray> &loaded, std::function<void(const WriteReply &reply)> done)>;

    static constexpr qint64 MaxFileSize = 4 * 1024 * 1024;

    explicit EditorDocument(const QString &profileDir, QObject *parent = nullptr);
    ~EditorDocument() override;

    void setWriter(WriteFile write) { m_write = std::move(write); }
    bool canWrite() const { return bool(m_write); }
    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    const Prompts &prompts() const { return m_prompts; }
    // The editor's current text, read when the document needs it (a check, a draft, a save).
    void setTextSource(std::function<QString()> text) { m_text = std::move(text); }
    void setDraftStore(const DraftStore &store);
    // The running kernel's features: a check also marks the rules it would weaken.
    void setKernelFeatures(const FeatureSet &features) { m_kernelFeatures = features; }
    DraftWriter *drafts() const { return m_drafts; }
    ProfileValidator *validator() const { return m_validator; }

    QString profileDir() const { return m_profileDir; }
    FileKind kindOf(const QString &path) const;
    QString relativePath(const QString &path) const;

    // Opens a file (after asking about unsaved changes); false when the user cancelled or it
    // cannot be read (openFailed says why). loaded() hands the text to the view.
    bool open(const QString &path, int line = 0);
    // Reads the file again, dropping the edit (the view asks first).
    bool reload(int line = 0);
    // Asks about unsaved changes; true when the document may close.
    bool maybeClose();

    QString path() const { return m_path; }
    FileKind kind() const { return kindOf(m_path); }
    bool isOpen() const { return !m_path.isEmpty(); }
    QString diskText() const { return m_diskText; }
    QByteArray diskBytes() const { return m_diskBytes; }
    // Bytes of the file that are not UTF-8, kept as they are.
    qsizetype undecodableBytes() const { return m_undecodable; }
    bool isReadOnly() const;
    // Makes a shipped file editable (after asking, unless the user already chose to, as by
    // restoring a draft); false when the user said no.
    enum class Ask { First, No };
    bool unlock(Ask ask = Ask::First);
    bool isModified() const { return m_modified; }
    void setModified(bool modified);
    // Whether apparmor_parser can check this file (a file of the profile directory, not abi/).
    bool isChecked() const;
    // A top-level profile file with a link in disable/ (aa-disable): a save checks and writes
    // it, and nothing is loaded.
    bool isDisabled(const QString &path) const;

    // The bytes a save writes for text: the text with a final newline, the bytes that were not
    // UTF-8 as they were.
    static QString withFinalNewline(const QString &text);
    // Starts writing the editor's text (review first); false when nothing was started.
    bool save();
    // Writes after (reviewed against before first) to path; then() gets the outcome.
    bool writeReviewed(
        const QString &path, const QString &before, const QString &after, const std::function<void(bool ok)> &then);
    // The override flow for the open profile: creates local/NAME when missing, offers to add
    // "include if exists <local/NAME>" to the profile, then opens the override.
    void editLocalOverride();
    // The path of the local override the flow opens for the open profile.
    QString localOverridePath() const;

    // Checks the editor's text once typing pauses, or now.
    void scheduleCheck();
    void checkNow();
    // The last check's problems in the open file, all of them (with included files), and a
    // line for the status bar. Both include the rules the kernel would weaken.
    QList<ParserDiagnostic> diagnosticsHere() const { return m_here; }
    QList<ParserDiagnostic> diagnostics() const { return m_all; }
    QString checkSummary() const { return m_summary; }

    // Drafts: saved after a pause in typing; offered back when the file opens.
    void saveDraft();
    std::optional<DraftStore::Draft> draftToOffer();
    void discardDraft();

    // After a Conflict: keep the edit, and review later writes against what is on disk now.
    void keepEditOver(const QString &diskText);
    // After a writeConflict: save the edit over diskText (reviewed against it first, and
    // refused again if the file changed once more); false when nothing was started.
    bool overwriteAfterConflict(const QString &diskText);

    // Feeds a change of the watched file; public so that a test can order it before a reply.
    void diskChanged();

Q_SIGNALS:
    void loaded(const QString &text, int line);
    void openFailed(const QString &message);
    void stateChanged(); // kind, read-only, modified
    void changedOnDisk(EditorDocument::DiskChange change, const QString &diskText);
    void checkStarted();
    void checked(const ProfileValidator::Result &result);
    void writing(const QString &path);
    void written(const QString &path);
    void writeFailed(const QString &path, const QString &error);
    // A save of the open file was refused because someone changed it since it was loaded;
    // nothing was written and the edit is kept. diskText is what the file holds now: the view
    // shows it against the edit, then overwriteAfterConflict() or reload().
    void writeConflict(const QString &path, const QString &diskText, const QString &error);
    void warning(const QString &message);
    void treeChanged(); // a file was created

private:
    BoundedFile::Result readFile(const QString &path) const;
    void adopt(const QString &path, const QByteArray &bytes, int line);
    void onChecked(const ProfileValidator::Result &result);
    void watch(const QString &path);
    QString currentText() const { return m_text ? m_text() : m_diskText; }

    QString m_profileDir;
    ProfileValidator *m_validator;
    DraftWriter *m_drafts;
    QFileSystemWatcher *m_watcher;
    WriteFile m_write;
    Prompts m_prompts;
    std::function<QString()> m_text;
    QString m_path;
    QByteArray m_diskBytes;
    QString m_diskText;
    qsizetype m_undecodable = 0;
    bool m_modified = false;
    QSet<QString> m_unlocked; // shipped files the user chose to edit
    // Hashes of the bytes of the writes in flight, by path.
    QHash<QString, QList<QByteArray>> m_inFlight;
    FeatureSet m_kernelFeatures;
    QList<ParserDiagnostic> m_here;
    QList<ParserDiagnostic> m_all;
    QString m_summary;
};
