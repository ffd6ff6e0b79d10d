// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "editorpage.h"
#include "boundedfile.h"
#include "featureset.h"
#include "diagnosticsmodel.h"
#include "diffpreviewdialog.h"
#include "findreplacebar.h"
#include "localoverride.h"
#include "noticebar.h"
#include "profileeditor.h"
#include "profileindex.h"
#include "profiletreemodel.h"
#include "profilewriter.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

static constexpr qint64 MaxFileSize = 4 * 1024 * 1024;

EditorPage::EditorPage(const SystemRoot &root, ProfileWriter *writer, QWidget *parent)
    : QWidget(parent)
    , m_root(root)
    , m_kernelFeatures(FeatureSet::fromDirectory(root.securityfsDir() + u"/features"_s))
    , m_writer(writer)
    , m_tree(new ProfileTreeModel(this))
    , m_treeView(new QTreeView(this))
    , m_editor(new ProfileEditor(this))
    , m_validator(new ProfileValidator(root.profileDir(), this))
    , m_problems(new DiagnosticsModel(this))
    , m_problemsView(new QTableView(this))
    , m_fileNotice(new NoticeBar(this))
    , m_changeNotice(new NoticeBar(this))
    , m_findBar(new FindReplaceBar(m_editor, this))
    , m_toolBar(new QToolBar(this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_draftTimer(new QTimer(this))
    , m_watcher(new QFileSystemWatcher(this))
{
    setObjectName(u"editorPage"_s);
    m_drafts = new DraftWriter(DraftStore(), this);
    connect(m_drafts, &DraftWriter::saveFailed, this, [this](const QString &, const QString &error) {
        m_status->setText(tr("Cannot save a draft: %1").arg(error));
    });
    m_fileNotice->setObjectName(u"fileNotice"_s);
    m_changeNotice->setObjectName(u"changeNotice"_s);
    m_catalog.build(root.profileDir());
    m_editor->setCatalog(&m_catalog);
    m_editor->setIncludeDirs({root.profileDir()});
    m_editor->setReadOnly(true);
    m_problems->setProfileDir(root.profileDir());

    m_tree->setProfileDir(root.profileDir());
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
    m_problemsView->setWordWrap(false);
    connect(m_problemsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const ParserDiagnostic d = m_problems->diagnostic(index.row());
        if (d.file.isEmpty() || d.file == m_path)
            m_editor->goToLine(d.line);
        else
            openFile(d.file, d.line);
    });

    // Actions.
    m_saveAction = m_toolBar->addAction(QIcon::fromTheme(u"document-save"_s), tr("&Save…"), this, [this] {
        save();
    });
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveAction->setToolTip(tr("Review the changes and write them"));
    m_reloadAction
        = m_toolBar->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("Re&load"), this, &EditorPage::reloadFromDisk);
    m_toolBar->addSeparator();
    m_overrideAction = m_toolBar->addAction(
        QIcon::fromTheme(u"document-new"_s), tr("Edit &Local Override"), this, &EditorPage::editLocalOverride);
    m_overrideAction->setToolTip(tr("Put your changes in local/NAME, which package updates keep"));
    m_editShippedAction = m_toolBar->addAction(
        QIcon::fromTheme(u"document-edit"_s), tr("Edit This File…"), this, &EditorPage::editShippedFile);
    m_toolBar->addSeparator();
    QAction *validate = m_toolBar->addAction(QIcon::fromTheme(u"tools-check-spelling"_s), tr("&Check"), this, [this] {
        if (!m_path.isEmpty())
            m_validator->validate(m_path, m_editor->toPlainText());
    });
    validate->setToolTip(tr("Check with apparmor_parser now"));
    QAction *find
        = m_toolBar->addAction(QIcon::fromTheme(u"edit-find"_s), tr("Find"), m_findBar, &FindReplaceBar::showFind);
    find->setToolTip(tr("Find (Ctrl+F); replace: Ctrl+H; go to line: Ctrl+G"));
    for (QAction *a : {m_saveAction, m_reloadAction, m_overrideAction, m_editShippedAction, validate, find})
        addAction(a);
    connect(m_editor, &ProfileEditor::findRequested, m_findBar, &FindReplaceBar::showFind);
    connect(m_editor, &ProfileEditor::replaceRequested, m_findBar, &FindReplaceBar::showReplace);
    connect(m_editor, &ProfileEditor::goToLineRequested, this, &EditorPage::goToLineDialog);
    connect(m_editor, &ProfileEditor::includeActivated, this, [this](const QString &path) {
        openFile(path);
    });

    // Layout: tree | (title, notices, editor, find bar) over problems.
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(2);
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_toolBar);
    editorLayout->addLayout(header);
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

    // Validation and drafts follow the text.
    connect(m_validator, &ProfileValidator::finished, this, &EditorPage::onValidated);
    connect(m_validator, &ProfileValidator::started, this, [this] {
        m_status->setText(tr("Checking…"));
    });
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(1500);
    connect(m_draftTimer, &QTimer::timeout, this, &EditorPage::saveDraft);
    connect(m_editor, &ProfileEditor::textEdited, this, [this] {
        if (m_loading || m_path.isEmpty())
            return;
        if (kindOf(m_path) != FileKind::Outside && !m_path.contains(u"/abi/"_s))
            m_validator->schedule(m_path, [editor = QPointer<ProfileEditor>(m_editor)] {
                return editor ? editor->plainTextSnapshot() : QString();
            });
        if (m_editor->document()->isModified())
            m_draftTimer->start();
    });
    connect(m_editor->document(), &QTextDocument::modificationChanged, this, &EditorPage::updateState);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &EditorPage::onDiskChanged);
    if (m_writer) {
        connect(m_writer, &ProfileWriter::finished, this, [this](int id, bool ok, const QString &error) {
            if (auto handler = m_pendingWrites.take(id))
                handler(ok, error);
        });
    }

    m_prompts.confirm = [this](const QString &title, const QString &question) {
        return QMessageBox::question(this, title, question) == QMessageBox::Yes;
    };
    m_prompts.reviewWrite = [this](const QString &file, const QString &before, const QString &after) {
        DiffPreviewDialog dialog(relativePath(file), before, after, DiffPreviewDialog::Mode::ConfirmWrite, this);
        return dialog.exec() == QDialog::Accepted;
    };
    m_prompts.unsavedChanges = [this](const QString &file) {
        const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
            tr("%1 has changes that are not written yet.").arg(relativePath(file)),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        return answer == QMessageBox::Save ? int(Save) : answer == QMessageBox::Discard ? int(Discard) : int(Cancel);
    };
    updateState();
}

EditorPage::~EditorPage() = default;

void EditorPage::setDraftDelay(int ms)
{
    m_draftTimer->setInterval(ms);
}

void EditorPage::setLoadedProfiles(const QSet<QString> &names)
{
    m_tree->setLoadedProfiles(names);
}

QString EditorPage::relativePath(const QString &path) const
{
    const QString dir = m_root.profileDir() + u'/';
    return path.startsWith(dir) ? path.mid(dir.size()) : path;
}

EditorPage::FileKind EditorPage::kindOf(const QString &path) const
{
    const QString dir = m_root.profileDir() + u'/';
    if (!path.startsWith(dir))
        return FileKind::Outside;
    const QString rel = path.mid(dir.size());
    if (rel.startsWith(u"local/"_s))
        return FileKind::Local;
    if (!rel.contains(u'/'))
        return FileKind::Profile;
    return FileKind::Fragment;
}

bool EditorPage::isModified() const
{
    return m_editor->document()->isModified();
}

bool EditorPage::isReadOnly() const
{
    return m_editor->isReadOnly();
}

bool EditorPage::maybeClose()
{
    if (m_path.isEmpty() || !isModified())
        return true;
    switch (m_prompts.unsavedChanges(m_path)) {
    case Save:
        // Written asynchronously; the draft keeps the text until the write succeeds.
        // The write is asynchronous: the page stays open until it is done, the draft keeps
        // the text meanwhile.
        saveDraft();
        save();
        return false;
    case Discard:
        m_drafts->remove(m_path);
        m_editor->document()->setModified(false);
        return true;
    default:
        return false;
    }
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
    if (clean == m_path) {
        if (line > 0)
            m_editor->goToLine(line);
        return true;
    }
    if (!maybeClose())
        return false;
    const BoundedFile::Result f = BoundedFile::read(clean, MaxFileSize);
    if (!f.ok()) {
        m_changeNotice->showNotice(NoticeBar::Kind::Error, f.error);
        return false;
    }
    loadText(clean, QString::fromUtf8(f.data), line);
    return true;
}

void EditorPage::loadText(const QString &path, const QString &text, int line)
{
    if (!m_path.isEmpty())
        m_watcher->removePath(m_path);
    m_validator->cancel();
    m_draftTimer->stop();
    m_changeNotice->clear();
    m_path = path;
    m_diskText = text;
    m_loading = true;
    m_editor->setFilePath(path);
    m_editor->setDiagnostics({});
    m_editor->setPlainText(text);
    m_editor->document()->setModified(false);
    m_editor->setReadOnly(kindOf(path) != FileKind::Local && !m_unlocked.contains(path));
    m_loading = false;
    m_problems->setDiagnostics({});
    m_watcher->addPath(path);
    m_title->setText(relativePath(path));
    m_title->setToolTip(path);
    const QModelIndex treeIndex = m_tree->indexForPath(path);
    if (treeIndex.isValid()) {
        m_treeView->setCurrentIndex(treeIndex);
        m_treeView->scrollTo(treeIndex);
    }
    if (line > 0)
        m_editor->goToLine(line);
    updateFileNotice();
    updateState();
    offerDraft();
    if (kindOf(path) != FileKind::Outside && !path.contains(u"/abi/"_s))
        m_validator->validate(path, text); // what was just loaded, not a copy of the document
    Q_EMIT fileOpened(path);
}

void EditorPage::updateFileNotice()
{
    m_fileNotice->clear();
    const FileKind kind = kindOf(m_path);
    if (m_path.isEmpty() || !m_editor->isReadOnly())
        return;
    if (kind == FileKind::Profile) {
        m_fileNotice->showNotice(NoticeBar::Kind::Information,
            tr("This profile is shipped by a package and opens read-only: an update would "
               "replace your changes. Put them in its local override, local/%1.")
                .arg(QFileInfo(m_path).fileName()));
        m_fileNotice->addButton(tr("Edit Local Override"), [this] {
            editLocalOverride();
        });
        m_fileNotice->addButton(tr("Edit the Profile Itself…"), [this] {
            editShippedFile();
        });
    } else if (kind == FileKind::Fragment) {
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
    const bool open = !m_path.isEmpty();
    const FileKind kind = kindOf(m_path);
    m_saveAction->setEnabled(open && m_writer && !m_editor->isReadOnly() && isModified());
    m_reloadAction->setEnabled(open);
    m_overrideAction->setEnabled(open && kind == FileKind::Profile && m_writer);
    m_editShippedAction->setEnabled(open && m_editor->isReadOnly() && kind != FileKind::Outside && m_writer);
    m_title->setText(open ? relativePath(m_path) + (isModified() ? u" *"_s : QString())
                + (m_editor->isReadOnly() ? tr(" (read-only)") : QString())
                          : tr("Choose a file in the profile directory"));
}

bool EditorPage::editShippedFile()
{
    if (m_path.isEmpty() || !m_editor->isReadOnly() || kindOf(m_path) == FileKind::Outside)
        return false;
    if (!m_prompts.confirm(tr("Edit the shipped file?"),
            tr("%1 belongs to a package: the next update of that package will replace it and your "
               "changes with it (or leave a .dpkg-dist file beside it).\n\nA local override keeps "
               "your changes. Edit this file anyway?")
                .arg(relativePath(m_path))))
        return false;
    m_unlocked.insert(m_path);
    m_editor->setReadOnly(false);
    updateFileNotice();
    updateState();
    return true;
}

bool EditorPage::writeReviewed(
    const QString &path, const QString &before, const QString &after, const std::function<void(bool ok)> &then)
{
    if (!m_writer || !m_prompts.reviewWrite(path, before, after)) {
        then(false);
        return false;
    }
    // What this editor loaded, so the write is refused if someone changed the file since.
    const int id = m_writer->write(relativePath(path), after.toUtf8(),
        QFileInfo::exists(path) ? std::optional<QByteArray>(before.toUtf8()) : std::nullopt);
    m_status->setText(tr("Writing %1…").arg(relativePath(path)));
    m_pendingWrites.insert(id, [this, path, then](bool ok, const QString &error) {
        if (ok) {
            m_status->setText(tr("Wrote %1.").arg(relativePath(path)));
            Q_EMIT fileWritten(path);
        } else {
            m_changeNotice->showNotice(
                NoticeBar::Kind::Error, tr("%1 was not written: %2").arg(relativePath(path), error));
            Q_EMIT writeFailed(path, error);
        }
        then(ok);
    });
    return true;
}

bool EditorPage::save()
{
    if (m_path.isEmpty() || m_editor->isReadOnly() || !m_writer)
        return false;
    const QString path = m_path;
    const QString text = m_editor->toPlainText();
    return writeReviewed(path, m_diskText, text, [this, path, text](bool ok) {
        if (!ok || path != m_path)
            return;
        m_diskText = text;
        m_drafts->remove(path);
        if (m_editor->toPlainText() == text)
            m_editor->document()->setModified(false);
        // The write replaced the file: watch the new one.
        m_watcher->removePath(path);
        m_watcher->addPath(path);
        updateState();
    });
}

void EditorPage::editLocalOverride()
{
    if (m_path.isEmpty() || kindOf(m_path) != FileKind::Profile || !m_writer)
        return;
    const QString mainPath = m_path;
    const QString name = QFileInfo(mainPath).fileName();
    const QString localPath = m_root.profileDir() + u'/' + LocalOverride::relativePathFor(name);

    // Step 2: the profile must include the override, or it has no effect.
    auto ensureInclude = [this, mainPath, name, localPath] {
        const QString mainText = QString::fromUtf8(BoundedFile::read(mainPath, MaxFileSize).data);
        if (LocalOverride::includesOverride(mainText, name)) {
            openFile(localPath);
            return;
        }
        const QString withInclude = LocalOverride::withOverrideInclude(mainText, name);
        if (withInclude == mainText
            || !m_prompts.confirm(tr("Include the override?"),
                tr("%1 does not include local/%2, so the override would have no effect. Add "
                   "\"include if exists <local/%2>\" at the end of the profile?")
                    .arg(name, name))) {
            openFile(localPath);
            if (withInclude != mainText)
                m_changeNotice->showNotice(
                    NoticeBar::Kind::Warning, tr("%1 does not include this override: it has no effect yet.").arg(name));
            return;
        }
        writeReviewed(mainPath, mainText, withInclude, [this, localPath, mainPath](bool) {
            if (m_path == mainPath)
                m_diskText = QString(); // reloaded below by the watcher or on open
            openFile(localPath);
        });
    };

    // Step 1: create local/NAME when it is missing.
    if (QFileInfo::exists(localPath)) {
        ensureInclude();
        return;
    }
    writeReviewed(localPath, QString(), LocalOverride::newOverrideText(name), [this, ensureInclude](bool ok) {
        if (ok) {
            m_tree->setProfileDir(m_root.profileDir());
            ensureInclude();
        }
    });
}

void EditorPage::reloadFromDisk()
{
    if (m_path.isEmpty())
        return;
    if (isModified() && !m_prompts.confirm(tr("Reload?"), tr("Discard your changes and reload the file from disk?")))
        return;
    const BoundedFile::Result f = BoundedFile::read(m_path, MaxFileSize);
    if (!f.ok()) {
        m_changeNotice->showNotice(NoticeBar::Kind::Error, f.error);
        return;
    }
    const int line = m_editor->textCursor().blockNumber() + 1;
    const QString path = m_path;
    m_drafts->remove(path);
    m_path.clear();
    loadText(path, QString::fromUtf8(f.data), line);
}

void EditorPage::onDiskChanged()
{
    if (m_path.isEmpty())
        return;
    if (!m_watcher->files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher->addPath(m_path); // replaced by rename
    const BoundedFile::Result f = BoundedFile::read(m_path, MaxFileSize);
    if (f.status == BoundedFile::Status::Missing) {
        m_changeNotice->showNotice(NoticeBar::Kind::Warning,
            tr("%1 was removed from disk. Your text is kept here.").arg(relativePath(m_path)));
        return;
    }
    if (!f.ok()) {
        m_changeNotice->showNotice(NoticeBar::Kind::Warning, f.error + u' ' + tr("Your text is kept here."));
        return;
    }
    const QString disk = QString::fromUtf8(f.data);
    if (disk == m_diskText)
        return; // our own write, or a touch
    if (!isModified()) {
        const int line = m_editor->textCursor().blockNumber() + 1;
        const QString path = m_path;
        m_path.clear();
        loadText(path, disk, line);
        m_changeNotice->showNotice(NoticeBar::Kind::Information, tr("Reloaded: the file changed on disk."));
        return;
    }
    m_changeNotice->showNotice(
        NoticeBar::Kind::Warning, tr("%1 changed on disk while you were editing it.").arg(relativePath(m_path)));
    m_changeNotice->addButton(tr("Reload from Disk"), [this] {
        const QString path = m_path;
        m_drafts->remove(path);
        m_editor->document()->setModified(false);
        reloadFromDisk();
    });
    m_changeNotice->addButton(tr("Keep My Edit"), [this, disk] {
        // Later writes are reviewed against what is on disk now.
        m_diskText = disk;
        m_changeNotice->clear();
    });
    m_changeNotice->addButton(tr("Show Differences"), [this, disk] {
        DiffPreviewDialog dialog(
            relativePath(m_path), disk, m_editor->toPlainText(), DiffPreviewDialog::Mode::ViewOnly, this);
        dialog.exec();
    });
}

void EditorPage::saveDraft()
{
    if (m_path.isEmpty() || !isModified())
        return;
    m_drafts->save(m_path, m_editor->plainTextSnapshot(), m_diskText);
}

void EditorPage::offerDraft()
{
    const auto draft = m_drafts->store().draftFor(m_path);
    if (!draft)
        return;
    if (draft->text == m_diskText) {
        m_drafts->remove(m_path);
        return;
    }
    const QString text = draft->text;
    const bool diskMoved = draft->baseText != m_diskText;
    m_changeNotice->showNotice(NoticeBar::Kind::Warning,
        diskMoved ? tr("Unsaved changes to this file from %1 were kept as a draft; the file "
                       "has changed on disk since.")
                        .arg(QLocale().toString(draft->saved.toLocalTime(), QLocale::ShortFormat))
                  : tr("Unsaved changes to this file from %1 were kept as a draft.")
                        .arg(QLocale().toString(draft->saved.toLocalTime(), QLocale::ShortFormat)));
    m_changeNotice->addButton(tr("Restore Draft"), [this, text] {
        if (m_editor->isReadOnly()) {
            m_unlocked.insert(m_path);
            m_editor->setReadOnly(false);
            updateFileNotice();
        }
        // One undo step back to the file's text.
        QTextCursor cursor(m_editor->document());
        cursor.select(QTextCursor::Document);
        cursor.insertText(text);
        m_changeNotice->clear();
        updateState();
    });
    m_changeNotice->addButton(tr("Show Differences"), [this, text] {
        DiffPreviewDialog dialog(relativePath(m_path), m_diskText, text, DiffPreviewDialog::Mode::ViewOnly, this);
        dialog.exec();
    });
    m_changeNotice->addButton(tr("Discard Draft"), [this] {
        m_drafts->remove(m_path);
        m_changeNotice->clear();
    });
}

void EditorPage::onValidated(const ProfileValidator::Result &result)
{
    if (result.generation != m_validator->generation() || result.file != m_path)
        return; // stale
    QList<ParserDiagnostic> here;
    for (const ParserDiagnostic &d : result.diagnostics) {
        if (d.file == m_path)
            here.append(d);
    }
    // Rules this kernel (or the declared ABI) would weaken: the denial explainer's check.
    const QList<ParserDiagnostic> downgraded
        = FeatureSet::downgradedLines(m_editor->toPlainText(), m_path, m_root.profileDir(), m_kernelFeatures);
    m_editor->setDiagnostics(here + downgraded);
    m_problems->setDiagnostics(result.diagnostics + downgraded);
    if (result.valid)
        m_status->setText(tr("\u2714 Valid: apparmor_parser accepts it (%1 ms).").arg(result.elapsedMs));
    else if (result.parserFailed)
        m_status->setText(tr("Could not check: %1").arg(result.diagnostics.value(0).message));
    else
        m_status->setText(tr("%n problem(s) found by apparmor_parser.", nullptr, int(result.diagnostics.size())));
    Q_EMIT validated(result);
}

void EditorPage::goToLineDialog()
{
    bool ok = false;
    const int line = QInputDialog::getInt(this, tr("Go to Line"), tr("Line:"), m_editor->textCursor().blockNumber() + 1,
        1, m_editor->blockCount(), 1, &ok);
    if (ok)
        m_editor->goToLine(line);
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
