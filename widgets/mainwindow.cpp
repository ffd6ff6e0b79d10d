// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "mainwindow.h"
#include "profilesview.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(LoadedProfilesModel *profiles, QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Armorer"));
    setWindowIcon(QIcon(u":/icons/armorer.svg"_s));

    m_banner = new QLabel(this);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(u"QLabel { background: #f6c343; color: #3b2a00; font-weight: bold; padding: 6px; }"_s);
    m_banner->hide();

    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
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
    statusBar()->addPermanentWidget(m_rootLabel);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh = view->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    QAction *find = view->addAction(QIcon::fromTheme(u"edit-find"_s), tr("&Find Profile"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_pages->setCurrentWidget(m_profilesView);
        m_profilesView->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_profilesView->searchField()->selectAll();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Armorer"));
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
