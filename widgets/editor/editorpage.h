// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "completioncatalog.h"
#include "editordocument.h"
#include "navigationhistory.h"
#include "systemroot.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QMenu;
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

// The profile editor page, a view of an EditorDocument: the profile directory tree, the editor
// with live validation and a problems list. Shipped files open read-only; the recommended
// change is the local override (local/NAME, included by the profile), editing the profile
// itself is an explicit choice. Every write is reviewed as a diff first and goes through a
// ProfileWriter. Unsaved edits are autosaved as drafts and offered back after a crash.
class EditorPage : public QWidget
{
    Q_OBJECT
public:
    using Prompts = EditorDocument::Prompts;
    enum UnsavedAnswer {
        Save = EditorDocument::Save,
        Discard = EditorDocument::Discard,
        Cancel = EditorDocument::Cancel,
    };

    EditorPage(const SystemRoot &root, ProfileWriter *writer, QWidget *parent = nullptr);
    ~EditorPage() override;

    void setPrompts(const Prompts &prompts) { m_document->setPrompts(prompts); }
    void setDraftStore(const DraftStore &store) { m_document->setDraftStore(store); }
    void setDraftDelay(int ms);
    void setLoadedProfiles(const QSet<QString> &names);

    // Opens a file (after asking about unsaved changes); false when the user cancelled or it
    // cannot be read.
    bool openFile(const QString &path, int line = 0);
    // Opens the file that defines a profile (as named by the kernel or a denial).
    bool openProfile(const QString &profileName);
    // Asks about unsaved changes; true when the page may close.
    bool maybeClose() { return m_document->maybeClose(); }

    // Starts writing the editor's text (review first); false when nothing was started.
    bool save();
    void editLocalOverride() { m_document->editLocalOverride(); }
    // Makes the open shipped file editable (after asking).
    bool editShippedFile() { return m_document->unlock(); }
    void reloadFromDisk();
    // Back and Forward after following an include or a problem into another file.
    void goBack();
    void goForward();

    EditorDocument *document() const { return m_document; }
    QString currentFile() const { return m_document->path(); }
    bool isModified() const { return m_document->isModified(); }
    bool isReadOnly() const;
    QString diskText() const { return m_document->diskText(); }

    ProfileEditor *editor() const { return m_editor; }
    ProfileValidator *validator() const { return m_document->validator(); }
    DiagnosticsModel *problems() const { return m_problems; }
    QTableView *problemsView() const { return m_problemsView; }
    ProfileTreeModel *treeModel() const { return m_tree; }
    QTreeView *treeView() const { return m_treeView; }
    NoticeBar *fileNotice() const { return m_fileNotice; }
    NoticeBar *changeNotice() const { return m_changeNotice; }
    FindReplaceBar *findBar() const { return m_findBar; }
    QToolBar *toolBar() const { return m_toolBar; }
    // The page's actions as a menu, for the main window's menu bar.
    QMenu *menu() const { return m_menu; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *overrideAction() const { return m_overrideAction; }
    QAction *backAction() const { return m_backAction; }
    QAction *forwardAction() const { return m_forwardAction; }
    QLabel *statusLabel() const { return m_status; }

    bool eventFilter(QObject *watched, QEvent *event) override;

Q_SIGNALS:
    void fileOpened(const QString &path);
    void fileWritten(const QString &path);
    void writeFailed(const QString &path, const QString &error);
    void validated(const ProfileValidator::Result &result);

private:
    void createActions();
    void createLayout();
    void connectDocument();
    QAction *addPageAction(const QString &icon, const QString &text, const QString &toolTip,
        const QKeySequence &shortcut, const std::function<void()> &slot);
    bool jumpTo(const QString &path, int line);
    int cursorLine() const;
    void onLoaded(const QString &text, int line);
    void onChangedOnDisk(EditorDocument::DiskChange change, const QString &diskText);
    // A save refused as a conflict: the fresh diff, then overwrite or reload.
    void onWriteConflict(const QString &path, const QString &diskText, const QString &error);
    void onChecked(const ProfileValidator::Result &result);
    void followInTree();
    void updateState();
    void updateFileNotice();
    void offerDraft();
    void goToLineDialog();

    SystemRoot m_root;
    ProfileWriter *m_writer;
    EditorDocument *m_document;
    CompletionCatalog m_catalog;
    NavigationHistory m_history;
    QHash<int, std::function<void(const EditorDocument::WriteReply &)>> m_pendingWrites;
    QHash<int, QString> m_conflicts; // the writer's conflicted() text, until its finished()
    bool m_loading = false;

    ProfileTreeModel *m_tree;
    QTreeView *m_treeView;
    ProfileEditor *m_editor;
    DiagnosticsModel *m_problems;
    QTableView *m_problemsView;
    NoticeBar *m_fileNotice;
    NoticeBar *m_changeNotice;
    FindReplaceBar *m_findBar;
    QToolBar *m_toolBar;
    QMenu *m_menu;
    QLabel *m_title;
    QLabel *m_status;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_overrideAction = nullptr;
    QAction *m_editShippedAction = nullptr;
    QTimer *m_draftTimer;
};
