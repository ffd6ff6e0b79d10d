// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "editorpage.h"
#include "diagnosticsmodel.h"
#include "diffpreviewdialog.h"
#include "draftwriter.h"
#include "featureset.h"
#include "findreplacebar.h"
#include "noticebar.h"
#include "profileeditor.h"
#include "profileindex.h"
#include "profiletreemodel.h"
#include "profilewriter.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

EditorPage::EditorPage(const SystemRoot &root, ProfileWriter *writer, QWidget *parent)
    : QWidget(parent)
    , m_root(root)
    , m_writer(writer)
    , m_document(new EditorDocument(root.profileDir(), this))
    , m_tree(new ProfileTreeModel(this))
    , m_treeView(new QTreeView(this))
    , m_editor(new ProfileEditor(this))
    , m_problems(new DiagnosticsModel(this))
    , m_problemsView(new QTableView(this))
    , m_fileNotice(new NoticeBar(this))
    , m_changeNotice(new NoticeBar(this))
    , m_findBar(new FindReplaceBar(m_editor, this))
    , m_toolBar(new QToolBar(this))
    , m_menu(new QMenu(tr("&Editor"), this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_draftTimer(new QTimer(this))
{
    setObjectName(u"editorPage"_s);
    m_fileNotice->setObjectName(u"fileNotice"_s);
    m_changeNotice->setObjectName(u"changeNotice"_s);
    m_catalog.build(root.profileDir());
    m_editor->setCatalog(&m_catalog);
    m_editor->setIncludeDirs({root.profileDir()});
    m_editor->setReadOnly(true);
    m_problems->setProfileDir(root.profileDir());
    m_tree->setProfileDir(root.profileDir());

    createActions();
    createLayout();
    connectDocument();

    m_document->setKernelFeatures(FeatureSet::fromDirectory(root.securityfsDir() + u"/features"_s));
    m_document->setPrompts({
        [this](const QString &title, const QString &question) {
            return QMessageBox::question(this, title, question) == QMessageBox::Yes;
        },
        [this](const QString &file, const QString &before, const QString &after) {
            DiffPreviewDialog dialog(
                m_document->relativePath(file), before, after, DiffPreviewDialog::Mode::ConfirmWrite, this);
            return dialog.exec() == QDialog::Accepted;
        },
        [this](const QString &file) {
            const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                tr("%1 has changes that are not written yet.").arg(m_document->relativePath(file)),
                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
            return answer == QMessageBox::Save   ? int(Save)
                : answer == QMessageBox::Discard ? int(Discard)
                                                 : int(Cancel);
        },
    });
    updateState();
}

EditorPage::~EditorPage() = default;

QAction *EditorPage::addPageAction(const QString &icon, const QString &text, const QString &toolTip,
    const QKeySequence &shortcut, const std::function<void()> &slot)
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, this);
    connect(action, &QAction::triggered, this, slot);
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    }
    // The tooltip says what the action does and its key, also where the toolbar shows icons only.
    action->setToolTip(
        shortcut.isEmpty() ? toolTip : tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText)));
    addAction(action);
    m_menu->addAction(action);
    return action;
}

void EditorPage::createActions()
{
    m_backAction = addPageAction(
        u"go-previous"_s, tr("&Back"), tr("Back to where you came from"), QKeySequence(Qt::ALT | Qt::Key_Left), [this] {
            goBack();
        });
    m_forwardAction = addPageAction(
        u"go-next"_s, tr("&Forward"), tr("Forward again"), QKeySequence(Qt::ALT | Qt::Key_Right), [this] {
            goForward();
        });
    m_menu->addSeparator();
    m_saveAction = addPageAction(
        u"document-save"_s, tr("&Save…"), tr("Review the changes and write them"), QKeySequence::Save, [this] {
            save();
        });
    m_reloadAction = addPageAction(u"view-refresh"_s, tr("Re&load"), tr("Read the file again from disk"), {}, [this] {
        reloadFromDisk();
    });
    m_menu->addSeparator();
    m_overrideAction = addPageAction(u"document-new"_s, tr("Edit &Local Override"),
        tr("Put your changes in local/NAME, which package updates keep"), {}, [this] {
            editLocalOverride();
        });
    m_editShippedAction = addPageAction(u"document-edit"_s, tr("Edit This File…"),
        tr("Edit the shipped file itself (a package update would replace it)"), {}, [this] {
            editShippedFile();
        });
    m_menu->addSeparator();
    QAction *check
        = addPageAction(u"tools-check-spelling"_s, tr("&Check"), tr("Check with apparmor_parser now"), {}, [this] {
              m_document->checkNow();
          });
    QAction *find = addPageAction(u"edit-find"_s, tr("Find"), tr("Find (Ctrl+F); replace: Ctrl+H"), {}, [this] {
        m_findBar->showFind();
    });
    QAction *goToLine = addPageAction(
        u"go-jump"_s, tr("&Go to Line…"), tr("Go to a line"), QKeySequence(Qt::CTRL | Qt::Key_G), [this] {
            goToLineDialog();
        });
    // The toolbar labels its main actions (KDE's text beside icon) and shows the rest as icons
    // with their tooltips.
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *a : {m_backAction, m_forwardAction, m_reloadAction, m_editShippedAction, check, find, goToLine})
        a->setPriority(QAction::LowPriority);
    m_toolBar->addActions({m_backAction, m_forwardAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_saveAction, m_reloadAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({m_overrideAction, m_editShippedAction});
    m_toolBar->addSeparator();
    m_toolBar->addActions({check, find, goToLine});
}

void EditorPage::createLayout()
{
    m_treeView->setModel(m_tree);
    m_treeView->setUniformRowHeights(true);
    m_treeView->header()->setSectionResizeMode(ProfileTreeModel::NameColumn, QHeaderView::ResizeToContents);
    m_treeView->setAlternatingRowColors(true);
    connect(m_treeView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(ProfileTreeModel::KindRole).toInt() != ProfileTreeModel::Directory)
            openFile(index.data(ProfileTreeModel::PathRole).toString());
    });

    m_problemsView->setModel(m_problems);
    m_problemsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemsView->verticalHeader()->hide();
    m_problemsView->horizontalHeader()->setSectionResizeMode(DiagnosticsModel::MessageColumn, QHeaderView::Stretch);
    m_problemsView->horizontalHeader()->setSectionResizeMode(DiagnosticsModel::MeaningColumn, QHeaderView::Stretch);
    m_problemsView->setWordWrap(false);
    connect(m_problemsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const ParserDiagnostic d = m_problems->diagnostic(index.row());
        if (d.file.isEmpty() || d.file == currentFile())
            m_editor->goToLine(d.line);
        else
            jumpTo(d.file, d.line);
    });

    connect(m_editor, &ProfileEditor::findRequested, m_findBar, &FindReplaceBar::showFind);
    connect(m_editor, &ProfileEditor::replaceRequested, m_findBar, &FindReplaceBar::showReplace);
    connect(m_editor, &ProfileEditor::goToLineRequested, this, &EditorPage::goToLineDialog);
    connect(m_editor, &ProfileEditor::includeActivated, this, [this](const QString &path) {
        jumpTo(path, 0);
    });

    // Tree | (title and toolbar, notices, editor, find bar, status) over problems.
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(2);
    editorLayout->addWidget(m_title);
    editorLayout->addWidget(m_toolBar);
    editorLayout->addWidget(m_fileNotice);
    editorLayout->addWidget(m_changeNotice);
    editorLayout->addWidget(m_editor, 1);
    editorLayout->addWidget(m_findBar);
    editorLayout->addWidget(m_status);
    auto *vsplit = new QSplitter(Qt::Vertical, this);
    vsplit->addWidget(editorPane);
    vsplit->addWidget(m_problemsView);
    vsplit->setStretchFactor(0, 4);
    vsplit->setStretchFactor(1, 1);
    auto *hsplit = new QSplitter(Qt::Horizontal, this);
    hsplit->addWidget(m_treeView);
    hsplit->addWidget(vsplit);
    hsplit->setStretchFactor(1, 3);
    hsplit->setSizes({320, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(hsplit);
}

void EditorPage::connectDocument()
{
    if (m_writer) {
        m_document->setWriter(
            [this](const QString &relativePath, const QByteArray &content, const std::optional<QByteArray> &loaded,
                std::function<void(const EditorDocument::WriteReply &)> done) {
                m_pendingWrites.insert(m_writer->write(relativePath, content, loaded), std::move(done));
            });
        connect(m_writer, &ProfileWriter::conflicted, this, [this](int id, const QString &currentText) {
            if (m_pendingWrites.contains(id))
                m_conflicts.insert(id, currentText);
        });
        connect(m_writer, &ProfileWriter::finished, this, [this](int id, bool ok, const QString &error) {
            const std::optional<QString> conflict
                = m_conflicts.contains(id) ? std::optional<QString>(m_conflicts.take(id)) : std::nullopt;
            if (auto handler = m_pendingWrites.take(id))
                handler({ok, error, conflict});
        });
    }
    m_document->setTextSource([editor = QPointer<ProfileEditor>(m_editor)] {
        return editor ? editor->plainTextSnapshot() : QString();
    });
    connect(m_document->drafts(), &DraftWriter::saveFailed, this, [this](const QString &, const QString &error) {
        m_status->setText(tr("Cannot save a draft: %1").arg(error));
    });
    connect(m_document, &EditorDocument::loaded, this, &EditorPage::onLoaded);
    connect(m_document, &EditorDocument::stateChanged, this, &EditorPage::updateState);
    connect(m_document, &EditorDocument::changedOnDisk, this, &EditorPage::onChangedOnDisk);
    connect(m_document, &EditorDocument::checkStarted, this, [this] {
        m_status->setText(tr("Checking…"));
    });
    connect(m_document, &EditorDocument::checked, this, &EditorPage::onChecked);
    connect(m_document, &EditorDocument::openFailed, this, [this](const QString &message) {
        m_changeNotice->showNotice(NoticeBar::Kind::Error, message);
    });
    connect(m_document, &EditorDocument::warning, this, [this](const QString &message) {
        m_changeNotice->showNotice(NoticeBar::Kind::Warning, message);
    });
    connect(m_document, &EditorDocument::writing, this, [this](const QString &path) {
        m_status->setText(tr("Writing %1…").arg(m_document->relativePath(path)));
    });
    connect(m_document, &EditorDocument::written, this, [this](const QString &path) {
        m_status->setText(m_document->isDisabled(path)
                ? tr("Wrote %1. The file is disabled, so nothing was loaded.").arg(m_document->relativePath(path))
                : tr("Wrote %1.").arg(m_document->relativePath(path)));
        Q_EMIT fileWritten(path);
    });
    connect(m_document, &EditorDocument::writeFailed, this, [this](const QString &path, const QString &error) {
        m_changeNotice->showNotice(
            NoticeBar::Kind::Error, tr("%1 was not written: %2").arg(m_document->relativePath(path), error));
        Q_EMIT writeFailed(path, error);
    });
    connect(m_document, &EditorDocument::writeConflict, this, &EditorPage::onWriteConflict);
    connect(m_document, &EditorDocument::treeChanged, this, [this] {
        m_tree->setProfileDir(m_root.profileDir());
        followInTree();
    });

    // Checks and drafts follow the text.
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(1500);
    connect(m_draftTimer, &QTimer::timeout, m_document, &EditorDocument::saveDraft);
    connect(m_editor, &ProfileEditor::textEdited, this, [this] {
        if (m_loading || !m_document->isOpen())
            return;
        m_document->scheduleCheck();
        if (m_editor->document()->isModified())
            m_draftTimer->start();
    });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, [this](bool modified) {
        if (!m_loading)
            m_document->setModified(modified);
    });
}

void EditorPage::setDraftDelay(int ms)
{
    m_draftTimer->setInterval(ms);
}

void EditorPage::setLoadedProfiles(const QSet<QString> &names)
{
    m_tree->setLoadedProfiles(names);
}

bool EditorPage::isReadOnly() const
{
    return m_editor->isReadOnly();
}

int EditorPage::cursorLine() const
{
    return m_editor->textCursor().blockNumber() + 1;
}

bool EditorPage::openProfile(const QString &profileName)
{
    ProfileIndex index;
    index.build(m_root.profileDir());
    // Children and hats live in their parent's file.
    QString name = profileName;
    ProfileIndex::Source source = index.sourceOf(name);
    while (!source.isValid() && name.contains(u"//"_s)) {
        name = name.left(name.lastIndexOf(u"//"_s));
        source = index.sourceOf(name);
    }
    if (!source.isValid())
        return false;
    return openFile(source.file, source.line);
}

bool EditorPage::openFile(const QString &path, int line)
{
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (clean == currentFile()) {
        if (line > 0)
            m_editor->goToLine(line);
        return true;
    }
    return m_document->open(clean, line);
}

bool EditorPage::jumpTo(const QString &path, int line)
{
    const NavigationHistory::Place from{currentFile(), cursorLine()};
    if (!openFile(path, line))
        return false;
    if (!from.file.isEmpty() && from.file != currentFile())
        m_history.jumped(from);
    updateState();
    return true;
}

void EditorPage::goBack()
{
    if (!m_history.canGoBack())
        return;
    const NavigationHistory::Place place = m_history.back({currentFile(), cursorLine()});
    if (!openFile(place.file, place.line))
        m_history.forward(place); // stayed here: the history is as it was
    updateState();
}

void EditorPage::goForward()
{
    if (!m_history.canGoForward())
        return;
    const NavigationHistory::Place place = m_history.forward({currentFile(), cursorLine()});
    if (!openFile(place.file, place.line))
        m_history.back(place);
    updateState();
}

void EditorPage::onLoaded(const QString &text, int line)
{
    if (line < 0)
        line = cursorLine(); // reloaded in place
    const QString path = currentFile();
    m_draftTimer->stop();
    m_changeNotice->clear();
    m_loading = true;
    m_editor->setFilePath(path);
    m_editor->setDiagnostics({});
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    m_editor->setReadOnly(m_document->isReadOnly());
    m_loading = false;
    m_problems->setDiagnostics({});
    m_title->setToolTip(path);
    followInTree();
    if (line > 0)
        m_editor->goToLine(line);
    updateFileNotice();
    updateState();
    if (const qsizetype undecodable = m_document->undecodableBytes())
        m_changeNotice->showNotice(NoticeBar::Kind::Information,
            tr("This file is not UTF-8: %n byte(s) shown as unknown characters are written back unchanged.", nullptr,
                int(undecodable)));
    offerDraft();
    Q_EMIT fileOpened(path);
}

void EditorPage::followInTree()
{
    const QModelIndex treeIndex = m_tree->indexForPath(currentFile());
    if (!treeIndex.isValid())
        return;
    m_treeView->setCurrentIndex(treeIndex);
    m_treeView->scrollTo(treeIndex); // expands its folders
}

void EditorPage::updateFileNotice()
{
    m_fileNotice->clear();
    const EditorDocument::FileKind kind = m_document->kind();
    if (!m_document->isOpen() || !m_editor->isReadOnly())
        return;
    if (kind == EditorDocument::FileKind::Profile) {
        m_fileNotice->showNotice(NoticeBar::Kind::Information,
            tr("This profile is shipped by a package and opens read-only: an update would "
               "replace your changes. Put them in its local override, local/%1.")
                .arg(QFileInfo(currentFile()).fileName()));
        m_fileNotice->addButton(tr("Edit Local Override"), [this] {
            editLocalOverride();
        });
        m_fileNotice->addButton(tr("Edit the Profile Itself…"), [this] {
            editShippedFile();
        });
    } else if (kind == EditorDocument::FileKind::Fragment) {
        m_fileNotice->showNotice(
            NoticeBar::Kind::Information, tr("Shared by many profiles and shipped by a package: opened read-only."));
        m_fileNotice->addButton(tr("Edit Anyway…"), [this] {
            editShippedFile();
        });
    } else {
        m_fileNotice->showNotice(NoticeBar::Kind::Information, tr("Outside the profile directory: opened read-only."));
    }
}

void EditorPage::updateState()
{
    const bool open = m_document->isOpen();
    const EditorDocument::FileKind kind = m_document->kind();
    const bool readOnly = !open || m_document->isReadOnly();
    if (m_editor->isReadOnly() != readOnly) {
        m_editor->setReadOnly(readOnly);
        updateFileNotice();
    }
    if (m_editor->document()->isModified() != m_document->isModified()) {
        m_loading = true;
        m_editor->document()->setModified(m_document->isModified());
        m_loading = false;
    }
    const bool canWrite = m_document->canWrite();
    m_saveAction->setEnabled(open && canWrite && !readOnly && isModified());
    m_reloadAction->setEnabled(open);
    m_overrideAction->setEnabled(open && kind == EditorDocument::FileKind::Profile && canWrite);
    m_editShippedAction->setEnabled(open && readOnly && kind != EditorDocument::FileKind::Outside && canWrite);
    m_backAction->setEnabled(m_history.canGoBack());
    m_forwardAction->setEnabled(m_history.canGoForward());
    m_title->setText(open ? m_document->relativePath(currentFile()) + (isModified() ? u" *"_s : QString())
                + (readOnly ? tr(" (read-only)") : QString())
                          : tr("Choose a file in the profile directory"));
}

bool EditorPage::save()
{
    if (!m_document->isOpen() || m_editor->isReadOnly() || !m_writer)
        return false;
    // A saved file ends with a newline: added in the editor too, so both stay the same text.
    const QString text = m_editor->toPlainText();
    if (!text.isEmpty() && !text.endsWith(u'\n')) {
        QTextCursor cursor(m_editor->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(u"\n"_s);
    }
    return m_document->save();
}

void EditorPage::reloadFromDisk()
{
    if (!m_document->isOpen())
        return;
    if (isModified()
        && !m_document->prompts().confirm(tr("Reload?"), tr("Discard your changes and reload the file from disk?")))
        return;
    m_document->reload(cursorLine());
}

void EditorPage::onChangedOnDisk(EditorDocument::DiskChange change, const QString &diskText)
{
    const QString name = m_document->relativePath(currentFile());
    switch (change) {
    case EditorDocument::DiskChange::Removed:
        m_changeNotice->showNotice(
            NoticeBar::Kind::Warning, tr("%1 was removed from disk. Your text is kept here.").arg(name));
        return;
    case EditorDocument::DiskChange::Reloaded:
        m_changeNotice->showNotice(NoticeBar::Kind::Information, tr("Reloaded: the file changed on disk."));
        return;
    case EditorDocument::DiskChange::Conflict:
        break;
    }
    m_changeNotice->showNotice(NoticeBar::Kind::Warning, tr("%1 changed on disk while you were editing it.").arg(name));
    m_changeNotice->addButton(tr("Reload from Disk"), [this] {
        m_document->discardDraft();
        m_document->reload(cursorLine());
    });
    m_changeNotice->addButton(tr("Keep My Edit"), [this, diskText] {
        // Later writes are reviewed against what is on disk now.
        m_document->keepEditOver(diskText);
        m_changeNotice->clear();
    });
    m_changeNotice->addButton(tr("Show Differences"), [this, diskText] {
        DiffPreviewDialog dialog(m_document->relativePath(currentFile()), diskText, m_editor->toPlainText(),
            DiffPreviewDialog::Mode::ViewOnly, this);
        dialog.exec();
    });
}

void EditorPage::onWriteConflict(const QString &path, const QString &diskText, const QString &error)
{
    const QString name = m_document->relativePath(path);
    m_status->setText(tr("%1 was not written.").arg(name));
    m_changeNotice->showNotice(NoticeBar::Kind::Warning,
        tr("%1 was changed by someone else since you opened it, so nothing was written. Your text is kept "
           "here.")
            .arg(name));
    // The fresh diff: what the file holds now against the user's text.
    m_changeNotice->addButton(tr("Show Differences"), [this, name, diskText] {
        DiffPreviewDialog dialog(name, diskText, m_editor->toPlainText(), DiffPreviewDialog::Mode::ViewOnly, this);
        dialog.exec();
    });
    m_changeNotice->addButton(tr("Overwrite with My Text"), [this, diskText] {
        m_changeNotice->clear();
        m_document->overwriteAfterConflict(diskText);
    });
    m_changeNotice->addButton(tr("Reload from Disk"), [this] {
        if (!m_document->prompts().confirm(
                tr("Reload?"), tr("Discard your changes and load the file as it is on disk now?")))
            return;
        m_document->discardDraft();
        m_document->reload(cursorLine());
    });
    Q_EMIT writeFailed(path, error);
}

void EditorPage::offerDraft()
{
    const auto draft = m_document->draftToOffer();
    if (!draft)
        return;
    const QString text = draft->text;
    const QString saved = QLocale().toString(draft->saved.toLocalTime(), QLocale::ShortFormat);
    m_changeNotice->showNotice(NoticeBar::Kind::Warning,
        draft->baseText != m_document->diskText()
            ? tr("Unsaved changes to this file from %1 were kept as a draft; the file "
                 "has changed on disk since.")
                  .arg(saved)
            : tr("Unsaved changes to this file from %1 were kept as a draft.").arg(saved));
    m_changeNotice->addButton(tr("Restore Draft"), [this, text] {
        m_document->unlock(EditorDocument::Ask::No);
        // One undo step back to the file's text.
        QTextCursor cursor(m_editor->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(text);
        m_changeNotice->clear();
        updateState();
    });
    m_changeNotice->addButton(tr("Show Differences"), [this, text] {
        DiffPreviewDialog dialog(m_document->relativePath(currentFile()), m_document->diskText(), text,
            DiffPreviewDialog::Mode::ViewOnly, this);
        dialog.exec();
    });
    m_changeNotice->addButton(tr("Discard Draft"), [this] {
        m_document->discardDraft();
        m_changeNotice->clear();
    });
}

void EditorPage::onChecked(const ProfileValidator::Result &result)
{
    m_editor->setDiagnostics(m_document->diagnosticsHere());
    m_problems->setDiagnostics(m_document->diagnostics());
    m_status->setText(m_document->checkSummary());
    Q_EMIT validated(result);
}

void EditorPage::goToLineDialog()
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(u"goToLineDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Go to Line"));
    dialog->setLabelText(tr("Line (1–%1):").arg(m_editor->blockCount()));
    dialog->setInputMode(QInputDialog::IntInput);
    dialog->setIntRange(1, m_editor->blockCount());
    dialog->setIntValue(cursorLine());
    // A small dialog gets its title cut by the window manager: wide enough for the title, its
    // icon and the title bar's buttons. Set on the label: the dialog's layout constrains the
    // dialog's own minimum size to its contents.
    const int wide = dialog->fontMetrics().horizontalAdvance(dialog->windowTitle()) * 2 + 160;
    if (auto *label = dialog->findChild<QLabel *>())
        label->setMinimumWidth(wide);
    dialog->setMinimumWidth(wide);
    connect(dialog, &QInputDialog::intValueSelected, m_editor, &ProfileEditor::goToLine);
    dialog->open();
}

bool EditorPage::eventFilter(QObject *watched, QEvent *event)
{
    // Installed on the main window: closing it asks about unsaved changes first.
    if (event->type() == QEvent::Close && !maybeClose()) {
        event->ignore();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}
