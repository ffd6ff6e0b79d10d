// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "mainwindow.h"
#include "boundedfile.h"
#include "exportdialog.h"
#include "loadedprofilesmodel.h"
#include "profilesview.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QShortcut>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

// The platform's keys for a standard action, or the usual ones where the platform has none
// (minimal desktops, the offscreen platform).
static QList<QKeySequence> keys(QKeySequence::StandardKey key, const QKeySequence &fallback)
{
    const QList<QKeySequence> bound = QKeySequence::keyBindings(key);
    return bound.isEmpty() ? QList<QKeySequence>{fallback} : bound;
}

MainWindow::MainWindow(LoadedProfilesModel *profiles, QWidget *parent)
    : QMainWindow(parent)
    , m_model(profiles)
{
    setWindowTitle(tr("Armorer"));
    setWindowIcon(QIcon(u":/icons/armorer.svg"_s));

    m_banner = new QLabel(this);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #f6c343; color: #3b2a00; font-weight: bold; padding: 6px; }"_s);
    m_banner->setAccessibleName(tr("Notice"));
    m_banner->hide();

    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    m_pages->setAccessibleName(tr("Pages"));
    m_profilesView = new ProfilesView(profiles, m_pages);
    m_pages->addTab(m_profilesView, QIcon::fromTheme(u"security-high"_s), tr("&Loaded profiles"));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_rootLabel = new QLabel(this);
    m_rootLabel->setAccessibleName(tr("System root"));
    statusBar()->addPermanentWidget(m_rootLabel);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    quit->setObjectName(u"quit"_s);
    quit->setShortcuts(keys(QKeySequence::Quit, QKeySequence(Qt::CTRL | Qt::Key_Q)));
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"));
    refresh->setObjectName(u"refresh"_s);
    refresh->setShortcuts(keys(QKeySequence::Refresh, QKeySequence(Qt::Key_F5)));
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    QAction *find = view->addAction(QIcon::fromTheme(u"edit-find"_s), tr("&Find Profile"));
    find->setObjectName(u"find"_s);
    find->setShortcuts(keys(QKeySequence::Find, QKeySequence(Qt::CTRL | Qt::Key_F)));
    connect(find, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_profilesView);
        m_profilesView->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_profilesView->searchField()->selectAll();
    });

    // Alt+1 ... Alt+9 show the pages in order, whichever pages are added later.
    for (int i = 0; i < 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            if (i < m_pages->count())
                m_pages->setCurrentIndex(i);
        });
    }

    QMenu *profile = menuBar()->addMenu(tr("&Profile"));
    QAction *exportAction
        = profile->addAction(QIcon::fromTheme(u"document-export"_s), tr("&Export for Containers and Kubernetes…"));
    exportAction->setObjectName(u"exportProfile"_s);
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Export the selected profile as a Security Profiles Operator AppArmorProfile, a pod "
                                  "snippet, and docker and LXC lines"));
    exportAction->setEnabled(false);
    connect(exportAction, &QAction::triggered, this, &MainWindow::exportSelectedProfile);
    connect(m_profilesView->table()->selectionModel(), &QItemSelectionModel::selectionChanged, exportAction,
        [this, exportAction] {
            exportAction->setEnabled(!m_profilesView->selectedProfile().isEmpty());
        });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *setup = help->addAction(QIcon::fromTheme(u"checkmark"_s), tr("&Setup Check…"));
    setup->setObjectName(u"setupCheck"_s);
    setup->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    setup->setStatusTip(tr("Check what Armorer needs from this system and how to fix what is missing"));
    connect(setup, &QAction::triggered, this, &MainWindow::setupCheckRequested);
    QAction *about = help->addAction(QIcon::fromTheme(u"help-about"_s), tr("&About Armorer"));
    about->setObjectName(u"about"_s);
    about->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Armorer"),
            tr("<h3>Armorer %1</h3><p>AppArmor for workstation admins: loaded profiles, "
               "denials, a validating editor and one-click allow.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::setBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void MainWindow::setRootDescription(const QString &text)
{
    m_rootLabel->setText(text);
}

void MainWindow::exportSelectedProfile()
{
    const QString name = m_profilesView->selectedProfile();
    QString file;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (index.data(LoadedProfilesModel::NameRole).toString() == name)
            file = index.data(LoadedProfilesModel::SourceFileRole).toString();
    }
    const BoundedFile::Result in = file.isEmpty() ? BoundedFile::Result() : BoundedFile::read(file, 4 * 1024 * 1024);
    if (!in.ok()) {
        QMessageBox::information(this, tr("Export"),
            tr("No file in the profile directory defines the profile \"%1\", so there is "
               "no policy to export.")
                .arg(name));
        return;
    }
    // A child profile or hat is exported with its top-level profile.
    const QString topLevel = name.section(u"//"_s, 0, 0);
    auto *dialog = new ExportDialog(QString::fromUtf8(in.data), topLevel, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
