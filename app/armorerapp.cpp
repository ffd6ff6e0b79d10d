// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "armorerapp.h"

#include "allowlauncher.h"
#include "config.h"
#include "demoroot.h"
#include "denialdetailsview.h"
#include "denialgroup.h"
#include "deniallistmodel.h"
#include "denialsview.h"
#include "denialtray.h"
#include "desktopnotifier.h"
#include "editorpage.h"
#include "firstrundialog.h"
#include "grantedrulescontroller.h"
#include "helperchangehistory.h"
#include "helperclient.h"
#include "helperoverrideapplier.h"
#include "helperprofilewriter.h"
#include "loadedprofilesmodel.h"
#include "localoverridewriter.h"
#include "mainwindow.h"
#include "notificationthrottle.h"
#include "privatehelper.h"
#include "profilesview.h"
#include "sandboxprofilewriter.h"
#include "screenshot.h"
#include "setupcheck.h"
#include "sourceselector.h"
#include "statuswatcher.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QDateTime>
#include <QMessageBox>
#include <QProcess>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

ArmorerApp::ArmorerApp(const CommandLine &options, QElapsedTimer sinceStart)
    : m_options(options)
    , m_sinceStart(sinceStart)
    , m_root(SystemRoot::system())
{
}

ArmorerApp::~ArmorerApp() = default;

int ArmorerApp::run()
{
    if (!setUpRoot())
        return 1;
    setUpHelper();
    setUpDenials();
    return m_options.tray ? runTrayOnly() : runWindow();
}

bool ArmorerApp::setUpRoot()
{
    if (m_options.demo) {
        m_demoDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/armorer-demo-XXXXXX"_s);
        QString error;
        if (!m_demoDir->isValid() || !DemoRoot::create(m_demoDir->path(), SystemRoot::system().profileDir(), &error)) {
            QTextStream(stderr) << QCoreApplication::translate("main", "armorer: cannot set up the demo: %1").arg(error)
                                << '\n';
            return false;
        }
        m_root = SystemRoot::fromDirectory(m_demoDir->path());
        m_banner = QCoreApplication::translate("main",
            "Demo: this kernel has no AppArmor. Showing the profiles this "
            "system ships, on a sandboxed system root.");
    } else if (!m_options.root.isEmpty()) {
        m_root = SystemRoot::fromDirectory(m_options.root);
    }
    return true;
}

void ArmorerApp::setUpHelper()
{
    if (m_options.demo) {
        m_privateHelper = std::make_unique<PrivateHelper>();
        QString error;
        if (m_privateHelper->start(m_root.rootDir(), &error)) {
            m_helperClient = std::make_unique<HelperClient>(m_privateHelper->connection());
            m_banner += u' '
                + QCoreApplication::translate("main",
                    "Changes go through a private helper on the sandbox: "
                    "profiles are checked with apparmor_parser -QK, "
                    "never loaded.");
        } else {
            m_banner += u' ' + QCoreApplication::translate("main", "(No helper for changes: %1)").arg(error);
        }
    } else if (!m_root.isSandbox()) {
        m_helperClient = std::make_unique<HelperClient>(QDBusConnection::systemBus());
    }

    // "Allow…" writes through the helper; a sandbox root given with --root (no helper) is
    // written directly, and validated with the real parser before anything is kept.
    if (m_helperClient) {
        auto viaHelper = std::make_unique<HelperOverrideApplier>(m_helperClient.get(), m_root);
        m_helperApplier = viaHelper.get();
        m_applier = std::move(viaHelper);
    } else if (m_root.isSandbox()) {
        m_applier = std::make_unique<LocalOverrideWriter>(m_root.profileDir(), QStringLiteral(ARMORER_APPARMOR_PARSER));
    }
}

void ArmorerApp::setUpDenials()
{
    // The history reaches back a week; the notifier only looks forward.
    const SourceSelector::Choice choice = SourceSelector(m_root).choose(m_options.source);
    m_monitor.setSource(SourceSelector::create(choice),
        m_options.tray ? DenialStart::end()
                       : DenialStart::since(QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000));
    m_tray = std::make_unique<DenialTray>(m_monitor.throttle(), m_options.tray);
    m_notifier = std::make_unique<DesktopNotifier>(m_tray.get());
    connect(m_monitor.throttle(), &NotificationThrottle::popupRequested, m_notifier.get(), &DesktopNotifier::show);
    connect(m_notifier.get(), &DesktopNotifier::muteRequested, m_monitor.throttle(), &NotificationThrottle::mute);
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
    m_allow = std::make_unique<AllowLauncher>(m_root, m_applier.get(), m_helperApplier, m_monitor.model());
    connect(m_notifier.get(), &DesktopNotifier::allowRequested, m_allow.get(), &AllowLauncher::open);
}

int ArmorerApp::runTrayOnly()
{
    QApplication::setQuitOnLastWindowClosed(false);
    connect(m_notifier.get(), &DesktopNotifier::detailsRequested, this, &ArmorerApp::showDenialDetails);
    connect(m_tray.get(), &DenialTray::showHistoryRequested, this, [this] {
        m_monitor.throttle()->markAllSeen();
        QStringList args{u"--page"_s, u"denials"_s};
        if (!m_options.root.isEmpty())
            args << u"--root"_s << m_options.root;
        QProcess::startDetached(QCoreApplication::applicationFilePath(), args);
    });
    return QApplication::exec();
}

void ArmorerApp::showDenialDetails(const Denial &denial)
{
    if (!m_details) {
        m_details = std::make_unique<DenialDetailsView>();
        m_details->setWindowTitle(QCoreApplication::translate("main", "AppArmor denial"));
        m_details->resize(560, 520);
        connect(m_details.get(), &DenialDetailsView::muteRequested, m_monitor.throttle(), &NotificationThrottle::mute);
    }
    const int row = m_monitor.model()->rowOfKey(DenialGroup::keyOf(denial));
    m_details->setGroup(row >= 0 ? m_monitor.model()->group(row)
                                 : DenialGroup{DenialGroup::keyOf(denial), denial, 1, denial.epochMs, denial.epochMs});
    m_details->show();
    m_details->raise();
    m_details->activateWindow();
}

int ArmorerApp::runWindow()
{
    m_model = std::make_unique<LoadedProfilesModel>();
    m_watcher = std::make_unique<StatusWatcher>(m_root);
    // The GUI never writes the real profile directory itself. Overrides go through the helper
    // (the system's, or the demo's private one); a sandbox root's other files are written
    // directly, inside the sandbox only.
    if (m_root.isSandbox())
        m_sandboxWriter = std::make_unique<SandboxProfileWriter>(m_root);
    if (m_helperClient)
        m_helperWriter = std::make_unique<HelperProfileWriter>(m_helperClient.get(), m_root, m_sandboxWriter.get());
    m_window = std::make_unique<MainWindow>(m_model.get());
    m_window->setBanner(m_banner);
    if (m_root.isSandbox())
        m_window->setRootDescription(QCoreApplication::translate("main", "System root: %1").arg(m_root.rootDir()));

    connect(m_watcher.get(), &StatusWatcher::statusChanged, m_model.get(), &LoadedProfilesModel::setStatus);
    connect(m_window.get(), &MainWindow::refreshRequested, m_watcher.get(), &StatusWatcher::refresh);
    connect(m_allow.get(), &AllowLauncher::applied, m_watcher.get(), &StatusWatcher::refresh);
    if (m_helperClient) {
        // Only root can read securityfs: other users see the profiles through the helper.
        connect(m_watcher.get(), &StatusWatcher::statusChanged, m_model.get(), [this](const StatusSnapshot &status) {
            if (status.state != StatusSnapshot::State::NoPermission)
                return;
            m_helperClient->listProfiles([this](const HelperClient::Profiles &profiles) {
                if (!profiles.error)
                    m_model->setStatus(profiles.snapshot, m_watcher->index());
            });
        });
    }
    setUpEditor();
    setUpDenialsPage();
    setUpGrantedRules();

    if (m_options.demo) {
        // Open the demo on the busiest profile, so its processes are on show.
        connect(
            m_watcher.get(), &StatusWatcher::statusChanged, m_window.get(),
            [this] {
                QString busiest;
                int most = 0;
                for (int row = 0; row < m_model->rowCount(); ++row) {
                    const QModelIndex index = m_model->index(row, 0);
                    if (index.data(LoadedProfilesModel::ProcessCountRole).toInt() > most) {
                        most = index.data(LoadedProfilesModel::ProcessCountRole).toInt();
                        busiest = index.data(LoadedProfilesModel::NameRole).toString();
                    }
                }
                m_window->profilesView()->selectProfile(busiest);
            },
            Qt::SingleShotConnection);
    }
    if (!m_options.exportProfile.isEmpty()) {
        connect(
            m_watcher.get(), &StatusWatcher::statusChanged, m_window.get(),
            [this] {
                m_window->profilesView()->selectProfile(m_options.exportProfile);
                if (auto *action = m_window->findChild<QAction *>(u"exportProfile"_s); action && action->isEnabled())
                    action->trigger();
            },
            Qt::SingleShotConnection);
    }
    connect(m_window.get(), &MainWindow::setupCheckRequested, this, [this] {
        showSetupCheck(true);
    });

    if (!m_options.screenshot.isEmpty())
        Screenshot::takeWhenReady(m_window.get(), m_watcher.get(), m_options.screenshot);
    if (m_options.reportFirstPaint)
        Screenshot::reportFirstPaint(m_window.get(), m_watcher.get(), m_sinceStart);

    m_window->resize(1280, 800);
    m_window->show();
    m_watcher->start();
    // The first-run screen, on the real system only: a demo or sandbox root says nothing about it.
    if (m_options.setupCheck)
        showSetupCheck(true);
    else if (!m_root.isSandbox() && m_options.screenshot.isEmpty() && !m_options.reportFirstPaint)
        showSetupCheck(false);
    const int code = QApplication::exec();
    // The pages hold pointers into the writers and the monitor: close them first.
    m_window.reset();
    return code;
}

void ArmorerApp::setUpEditor()
{
    ProfileWriter *writer = m_helperWriter ? m_helperWriter.get() : m_sandboxWriter.get();
    m_editor = new EditorPage(m_root, writer, m_window->pages());
    m_window->pages()->addTab(
        m_editor, QIcon::fromTheme(u"document-edit"_s), QCoreApplication::translate("main", "&Editor"));
    m_window->installEventFilter(m_editor);
    // The editor's actions in the menu bar too (before Help), while the editor is shown.
    const QList<QAction *> menus = m_window->menuBar()->actions();
    m_window->menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), m_editor->menu());
    m_editor->menu()->menuAction()->setVisible(false);
    connect(m_window->pages(), &QTabWidget::currentChanged, m_editor, [this] {
        m_editor->menu()->menuAction()->setVisible(m_window->pages()->currentWidget() == m_editor);
    });
    connect(
        m_window->profilesView(), &ProfilesView::openSourceRequested, m_editor, [this](const QString &file, int line) {
            if (m_editor->openFile(file, line))
                m_window->pages()->setCurrentWidget(m_editor);
        });
    connect(m_watcher.get(), &StatusWatcher::statusChanged, m_editor, [this](const StatusSnapshot &status) {
        QSet<QString> names;
        for (const LoadedProfile &p : status.profiles)
            names.insert(p.name);
        m_editor->setLoadedProfiles(names);
    });
    if (!m_options.edit.isEmpty()) {
        const QString file = m_options.edit;
        const QString path = QDir::isAbsolutePath(file) ? file : m_root.profileDir() + u'/' + file;
        if (m_editor->openFile(path))
            m_window->pages()->setCurrentWidget(m_editor);
        else
            QTextStream(stderr)
                << QCoreApplication::translate("main", "armorer: cannot open %1 in the editor").arg(path) << '\n';
    }
}

void ArmorerApp::setUpDenialsPage()
{
    m_denials = new DenialsView(&m_monitor, m_window->pages());
    m_window->pages()->addTab(
        m_denials, QIcon::fromTheme(u"dialog-warning"_s), QCoreApplication::translate("main", "&Denials"));
    if (m_options.page == u"denials")
        m_window->pages()->setCurrentWidget(m_denials);
    const auto showDenial = [this](const Denial &denial) {
        m_window->pages()->setCurrentWidget(m_denials);
        m_denials->showDenial(denial);
        m_monitor.throttle()->markAllSeen();
        m_window->show();
        m_window->raise();
        m_window->activateWindow();
    };
    connect(m_notifier.get(), &DesktopNotifier::detailsRequested, m_window.get(), showDenial);
    connect(m_denials, &DenialsView::allowRequested, m_allow.get(), &AllowLauncher::open);
    // A denial's profile opens in the editor, where its local override is one click away.
    connect(m_denials, &DenialsView::openProfileRequested, m_editor, [this](const QString &profile) {
        if (m_editor->openProfile(profile)) {
            m_window->pages()->setCurrentWidget(m_editor);
            return;
        }
        QMessageBox::information(m_window.get(), QCoreApplication::translate("main", "Open Profile"),
            QCoreApplication::translate("main", "No file in %1 defines the profile %2.")
                .arg(m_root.profileDir(), profile));
    });
    connect(m_tray.get(), &DenialTray::showHistoryRequested, m_window.get(), [showDenial] {
        showDenial(Denial{});
    });
    connect(m_window->pages(), &QTabWidget::currentChanged, m_window.get(), [this] {
        if (m_window->pages()->currentWidget() == m_denials)
            m_monitor.throttle()->markAllSeen();
    });
}

void ArmorerApp::setUpGrantedRules()
{
    if (!m_applier)
        return;
    if (m_helperClient)
        m_history = std::make_unique<HelperChangeHistory>(m_helperClient.get());
    m_granted = new GrantedRulesController(m_applier.get(), m_history.get(), m_window.get());
    // Overrides are named after the file that defines the profile: keep the applier's index
    // current, and look again when a new index names the selected profile's override differently.
    if (m_helperApplier) {
        m_helperApplier->setIndex(m_watcher->index());
        connect(m_watcher.get(), &StatusWatcher::statusChanged, m_granted, [this] {
            m_helperApplier->setIndex(m_watcher->index());
            m_granted->refreshIfRenamed();
        });
    }
    m_window->profilesView()->setGrantedRules(m_granted);
    connect(m_allow.get(), &AllowLauncher::applied, m_granted, &GrantedRulesController::refresh);
    connect(m_granted, &GrantedRulesController::applied, m_watcher.get(), &StatusWatcher::refresh);
}

void ArmorerApp::showSetupCheck(bool always)
{
    const QList<SetupCheck::Finding> findings = SetupCheck::run(m_root);
    if (!always && !FirstRunDialog::shouldShow(findings))
        return;
    auto *dialog = new FirstRunDialog(findings, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}
