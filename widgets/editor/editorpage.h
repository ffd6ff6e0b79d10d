// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "completioncatalog.h"
#include "draftwriter.h"
#include "featureset.h"
#include "profilevalidator.h"
#include "systemroot.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QTableView;
class QTimer;
class QToolBar;
class QTreeView;
class DiagnosticsModel;
class FindReplaceBar;
class NoticeBar;
class ProfileEditor;
class ProfileTreeModel;
class ProfileWriter;

// The profile editor page: the profile directory tree, the editor with live validation and a
// problems list. Shipped files open read-only; the recommended change is the local override
// (local/NAME, included by the profile), editing the profile itself is an explicit choice.
// Every write is reviewed as a diff first and goes through a ProfileWriter. Unsaved edits are
// autosaved as drafts and offered back after a crash.
class EditorPage : public QWidget
{
    Q_OBJECT
public:
    // Questions the page asks; tests answer them without dialogs.
    struct Prompts
    {
        std::function<bool(const QString &title, const QString &question)> confirm;
        // Shows the diff of a write; true to write.
        std::function<bool(const QString &file, const QString &before, const QString &after)> reviewWrite;
        // Unsaved changes when the file is closed: Save, Discard or Cancel.
        std::function<int(const QString &file)> unsavedChanges;
    };
    enum UnsavedAnswer { Save, Discard, Cancel };

    EditorPage(const SystemRoot &root, ProfileWriter *writer, QWidget *parent = nullptr);
    ~EditorPage() override;

    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }
    void setDraftStore(const DraftStore &store) { m_drafts->setStore(store); }
    void setDraftDelay(int ms);
    void setLoadedProfiles(const QSet<QString> &names);

    // Opens a file (after asking about unsaved changes); false when the user cancelled or it
    // cannot be read.
    bool openFile(const QString &path, int line = 0);
    // Opens the file that defines a profile (as named by the kernel or a denial).
    bool openProfile(const QString &profileName);
    // Asks about unsaved changes; true when the page may close.
    bool maybeClose();

    // Starts writing the editor's text (review first); false when nothing was started.
    bool save();
    // The override flow for the open profile: creates local/NAME when missing, offers to add
    // "include if exists <local/NAME>" to the profile, then opens the override.
    void editLocalOverride();
    // Makes the open shipped file editable (after asking).
    bool editShippedFile();
    void reloadFromDisk();

    QString currentFile() const { return m_path; }
    bool isModified() const;
    bool isReadOnly() const;
    QString diskText() const { return m_diskText; }

    ProfileEditor *editor() const { return m_editor; }
    ProfileValidator *validator() const { return m_validator; }
    DiagnosticsModel *problems() const { return m_problems; }
    QTableView *problemsView() const { return m_problemsView; }
    ProfileTreeModel *treeModel() const { return m_tree; }
    QTreeView *treeView() const { return m_treeView; }
    NoticeBar *fileNotice() const { return m_fileNotice; }
    NoticeBar *changeNotice() const { return m_changeNotice; }
    FindReplaceBar *findBar() const { return m_findBar; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *overrideAction() const { return m_overrideAction; }
    QLabel *statusLabel() const { return m_status; }

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void fileOpened(const QString &path);
    void fileWritten(const QString &path);
    void writeFailed(const QString &path, const QString &error);
    void validated(const ProfileValidator::Result &result);

private:
    enum class FileKind { Profile, Local, Fragment, Outside };
    FileKind kindOf(const QString &path) const;
    QString relativePath(const QString &path) const;
    void loadText(const QString &path, const QString &text, int line);
    void updateState();
    void updateFileNotice();
    void onValidated(const ProfileValidator::Result &result);
    void onDiskChanged();
    void saveDraft();
    void offerDraft();
    bool writeReviewed(
        const QString &path, const QString &before, const QString &after, const std::function<void(bool ok)> &then);
    void goToLineDialog();

    SystemRoot m_root;
    FeatureSet m_kernelFeatures;
    ProfileWriter *m_writer;
    DraftWriter *m_drafts = nullptr;
    CompletionCatalog m_catalog;
    Prompts m_prompts;
    QString m_path;
    QString m_diskText;
    QSet<QString> m_unlocked; // shipped files the user chose to edit
    QHash<int, std::function<void(bool, const QString &)>> m_pendingWrites;
    bool m_loading = false;

    ProfileTreeModel *m_tree;
    QTreeView *m_treeView;
    ProfileEditor *m_editor;
    ProfileValidator *m_validator;
    DiagnosticsModel *m_problems;
    QTableView *m_problemsView;
    NoticeBar *m_fileNotice;
    NoticeBar *m_changeNotice;
    FindReplaceBar *m_findBar;
    QToolBar *m_toolBar;
    QLabel *m_title;
    QLabel *m_status;
    QAction *m_saveAction;
    QAction *m_overrideAction;
    QAction *m_editShippedAction;
    QAction *m_reloadAction;
    QTimer *m_draftTimer;
    QFileSystemWatcher *m_watcher;
};
