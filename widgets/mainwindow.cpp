// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "mainwindow.h"
#include "boundedfile.h"
#include "exportdialog.h"
#include "loadedprofilesmodel.h"
#include "profilesview.h"
#include "shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>
#include <QWhatsThis>

#include <functional>

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
    m_profileMenu = profile;
    profile->addActions(m_profilesView->profileActions());
    profile->addSeparator();
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
    m_profilesView->addContextAction(exportAction);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QAction *shortcuts = settings->addAction(QIcon::fromTheme(u"configure-shortcuts"_s), tr("Configure S&hortcuts…"));
    shortcuts->setObjectName(u"configureShortcuts"_s);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Comma));
    connect(shortcuts, &QAction::triggered, this, &MainWindow::configureShortcuts);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *handbook = help->addAction(QIcon::fromTheme(u"help-contents"_s), tr("Armorer &Handbook"));
    handbook->setObjectName(u"handbook"_s);
    handbook->setShortcuts(keys(QKeySequence::HelpContents, QKeySequence(Qt::Key_F1)));
    handbook->setStatusTip(tr("Open the manual page armorer(1)"));
    connect(handbook, &QAction::triggered, this, [] {
        // The manual page, where a help browser shows man: pages (KHelpCenter, Yelp); else the README.
        if (!QDesktopServices::openUrl(QUrl(u"man:armorer(1)"_s)))
            QDesktopServices::openUrl(QUrl(u"https://github.com/armorer/armorer#readme"_s));
    });
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setObjectName(u"whatsThis"_s);
    whatsThis->setText(tr("What's &This?"));
    whatsThis->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F1));
    help->addAction(whatsThis);
    help->addSeparator();
    QAction *setup = help->addAction(QIcon::fromTheme(u"checkmark"_s), tr("&Setup Check…"));
    setup->setObjectName(u"setupCheck"_s);
    setup->setStatusTip(tr("Check what Armorer needs from this system and how to fix what is missing"));
    connect(setup, &QAction::triggered, this, &MainWindow::setupCheckRequested);
    QAction *about = help->addAction(QIcon::fromTheme(u"help-about"_s), tr("&About Armorer"));
    about->setObjectName(u"about"_s);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Armorer"),
            tr("<h3>Armorer %1</h3><p>AppArmor for workstation admins: loaded profiles, "
               "denials, a validating editor and one-click allow.</p>")
                .arg(QApplication::applicationVersion()));
    });

    m_profilesView->setWhatsThis(tr("The profiles the kernel has loaded, with their mode and the processes they "
                                    "confine. Click a mode to show only that mode; right-click a profile for its "
                                    "actions."));
    m_banner->setWhatsThis(tr("Says when the window shows a demo or another system root, not this system."));

    for (QAction *action : namedActions())
        m_defaultShortcuts.insert(action, action->shortcut());
}

QList<QAction *> MainWindow::namedActions() const
{
    QList<QAction *> out;
    std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu())
                collect(action->menu());
            else if (!action->isSeparator() && !action->objectName().isEmpty())
                out.append(action);
        }
    };
    for (QAction *top : menuBar()->actions()) {
        if (top->menu())
            collect(top->menu());
    }
    return out;
}

void MainWindow::configureShortcuts()
{
    auto *dialog = new ShortcutsDialog(namedActions(), m_defaultShortcuts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        QSettings settings;
        saveSettings(settings);
    });
    dialog->open();
}

void MainWindow::restoreSettings(QSettings &settings)
{
    settings.beginGroup(u"MainWindow"_s);
    if (settings.contains(u"geometry"_s))
        restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    restoreState(settings.value(u"state"_s).toByteArray());
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        const QString key = u"splitter/"_s + splitter->objectName();
        if (!splitter->objectName().isEmpty() && settings.contains(key))
            splitter->restoreState(settings.value(key).toByteArray());
    }
    settings.endGroup();
    settings.beginGroup(u"Shortcuts"_s);
    for (QAction *action : namedActions()) {
        if (settings.contains(action->objectName()))
            action->setShortcut(
                QKeySequence(settings.value(action->objectName()).toString(), QKeySequence::PortableText));
    }
    settings.endGroup();
}

void MainWindow::saveSettings(QSettings &settings) const
{
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    for (QSplitter *splitter : findChildren<QSplitter *>()) {
        if (!splitter->objectName().isEmpty())
            settings.setValue(u"splitter/"_s + splitter->objectName(), splitter->saveState());
    }
    settings.endGroup();
    // Only shortcuts the user changed are kept, so a later default still reaches everyone else.
    settings.beginGroup(u"Shortcuts"_s);
    for (QAction *action : namedActions()) {
        if (action->shortcut() == m_defaultShortcuts.value(action))
            settings.remove(action->objectName());
        else
            settings.setValue(action->objectName(), action->shortcut().toString(QKeySequence::PortableText));
    }
    settings.endGroup();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    saveSettings(settings);
    QMainWindow::closeEvent(event);
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
