// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "armorerapp.h"

#include "allowlauncher.h"
#include "config.h"
#include "demoroot.h"
#include "denialdetailsview.h"
#include "denialexplainer.h"
#include "denialexplanationmodel.h"
#include "denialgroup.h"
#include "deniallistmodel.h"
#include "denialsview.h"
#include "denialtray.h"
#include "desktopnotifier.h"
#include "disabledprofiles.h"
#include "disableprofiledialog.h"
#include "editorpage.h"
#include "firstrundialog.h"
#include "grantedrulescontroller.h"
#include "helperchangechannel.h"
#include "helperchangehistory.h"
#include "helperclient.h"
#include "helperdenialsource.h"
#include "helperoverrideapplier.h"
#include "helperprofilewriter.h"
#include "loadedprofilesmodel.h"
#include "localoverridewriter.h"
#include "mainwindow.h"
#include "modechanger.h"
#include "notificationthrottle.h"
#include "privatehelper.h"
#include "profilemode.h"
#include "profilesview.h"
#include "quitonsignal.h"
#include "sandboxprofilewriter.h"
#include "screenshot.h"
#include "setupcheck.h"
#include "singleinstance.h"
#include "sourceselector.h"
#include "statuswatcher.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
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
    m_quitOnSignal = std::make_unique<QuitOnSignal>();
    // Screenshots and benchmarks run on their own; every other start joins the running armorer.
    if (m_options.screenshot.isEmpty() && !m_options.reportFirstPaint) {
        m_instance = std::make_unique<SingleInstance>(
            QDBusConnection::sessionBus(), SingleInstance::serviceNameFor(m_options.demo, m_options.root));
        if (m_instance->claim() == SingleInstance::Role::Secondary) {
            QString error;
            if (m_instance->forward(QCoreApplication::arguments().mid(1), &error))
                return 0;
            QTextStream(stderr) << QCoreApplication::translate(
                "main", "armorer: the running Armorer does not answer (%1); starting another one")
                                       .arg(error)
                                << '\n';
        }
        connect(m_instance.get(), &SingleInstance::activated, this, &ArmorerApp::activate);
    }
    if (!setUpRoot())
        return 1;
    setUpHelper();
    setUpDenials();
    if (m_options.tray) {
        // The notifier stays when its windows close.
        QApplication::setQuitOnLastWindowClosed(false);
    } else {
        ensureWindow();
        m_window->show();
        // The first-run screen, on the real system only: a demo or sandbox root says nothing about it.
        if (m_options.setupCheck)
            showSetupCheck(true);
        else if (!m_root.isSandbox() && m_options.screenshot.isEmpty() && !m_options.reportFirstPaint)
            showSetupCheck(false);
    }
    const int code = QApplication::exec();
    // The pages hold pointers into the writers and the monitor: close them first.
    m_details.reset();
    m_window.reset();
    return code;
}

void ArmorerApp::activate(const QStringList &arguments)
{
    const CommandLine options = CommandLine::fromArguments(arguments);
    if (options.tray && options.page.isEmpty())
        return; // the notifier is already here
    showWindow(options.page);
    if (!options.edit.isEmpty()) {
        const QString path
            = QDir::isAbsolutePath(options.edit) ? options.edit : m_root.profileDir() + u'/' + options.edit;
        if (m_editor->openFile(path))
            m_window->pages()->setCurrentWidget(m_editor);
    }
    if (options.setupCheck)
        showSetupCheck(true);
}

void ArmorerApp::showWindow(const QString &page)
{
    ensureWindow();
    if (page == u"denials") {
        m_window->pages()->setCurrentWidget(m_denials);
        m_monitor.throttle()->markAllSeen();
    } else if (page == u"profiles") {
        m_window->pages()->setCurrentWidget(m_window->profilesView());
    }
    m_window->show();
    m_window->raise();
    m_window->activateWindow();
}

void ArmorerApp::openProfile(const QString &profile)
{
    ensureWindow();
    if (m_editor->openProfile(profile)) {
        m_window->pages()->setCurrentWidget(m_editor);
        showWindow({});
        return;
    }
    QMessageBox::information(m_window.get(), QCoreApplication::translate("main", "Open Profile"),
        QCoreApplication::translate("main", "No file in %1 defines the profile %2.").arg(m_root.profileDir(), profile));
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
        m_channel = std::make_unique<HelperChangeChannel>(m_helperClient.get());
        auto viaHelper = std::make_unique<HelperOverrideApplier>(m_channel.get(), m_root);
        m_helperApplier = viaHelper.get();
        m_applier = std::move(viaHelper);
    } else if (m_root.isSandbox()) {
        m_applier = std::make_unique<LocalOverrideWriter>(m_root.profileDir(), QStringLiteral(ARMORER_APPARMOR_PARSER));
    }
}

void ArmorerApp::setUpDenials()
{
    // The history reaches back a week; notifications only come for records logged from now on
    // (the monitor offers the throttle nothing older), so the tray can open the history too.
    const SourceSelector::Choice choice = SourceSelector(m_root).choose(m_options.source);
    m_monitor.setSource(SourceSelector::create(choice),
        DenialStart::since(QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000));
    m_tray = std::make_unique<DenialTray>(m_monitor.throttle(), m_options.tray);
    m_notifier = std::make_unique<DesktopNotifier>(m_tray.get());
    connect(m_monitor.throttle(), &NotificationThrottle::popupRequested, m_notifier.get(), &DesktopNotifier::show);
    connect(m_notifier.get(), &DesktopNotifier::muteRequested, m_monitor.throttle(), &NotificationThrottle::mute);
    connect(m_monitor.throttle(), &NotificationThrottle::unseenCountChanged, m_notifier.get(), [this](int unseen) {
        if (unseen == 0)
            m_notifier->closeAll();
    });
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
    m_allow = std::make_unique<AllowLauncher>(m_root, m_applier.get(), m_helperApplier, m_monitor.model());
    m_explainer = std::make_unique<DenialExplainer>(m_root);
    m_explanations = std::make_unique<DenialExplanationModel>(m_explainer.get());
    m_explanations->setSourceModel(m_monitor.model());
    m_allow->setExplainer(m_explainer.get());
    connect(m_notifier.get(), &DesktopNotifier::allowRequested, m_allow.get(), &AllowLauncher::open);
    connect(m_notifier.get(), &DesktopNotifier::detailsRequested, this, [this](const AppArmorEvent &denial) {
        if (!m_window) {
            showDenialDetails(denial);
            return;
        }
        showWindow(u"denials"_s);
        m_denials->showDenial(denial);
    });
    connect(m_tray.get(), &DenialTray::showHistoryRequested, this, [this] {
        showWindow(u"denials"_s);
    });
}

void ArmorerApp::showDenialDetails(const AppArmorEvent &denial)
{
    if (!m_details) {
        m_details = std::make_unique<DenialDetailsView>();
        m_details->setWindowTitle(QCoreApplication::translate("main", "AppArmor denial"));
        m_details->resize(560, 520);
        connect(m_details.get(), &DenialDetailsView::muteRequested, m_monitor.throttle(), &NotificationThrottle::mute);
        // The same actions as on the Denials page.
        connect(m_details.get(), &DenialDetailsView::allowRequested, m_allow.get(), &AllowLauncher::open);
        connect(m_details.get(), &DenialDetailsView::openProfileRequested, this, &ArmorerApp::openProfile);
    }
    const int row = m_monitor.model()->rowOfKey(DenialGroup::keyOf(denial));
    m_details->setGroup(row >= 0 ? m_monitor.model()->group(row)
                                 : DenialGroup{DenialGroup::keyOf(denial), denial, 1, denial.epochMs, denial.epochMs});
    m_details->setExplanation(row >= 0 ? m_explanations->explanation(row) : m_explainer->explain(denial));
    m_details->show();
    m_details->raise();
    m_details->activateWindow();
}

void ArmorerApp::ensureWindow()
{
    if (m_window)
        return;
    m_model = std::make_unique<LoadedProfilesModel>();
    m_watcher = std::make_unique<StatusWatcher>(m_root);
    // The GUI never writes the real profile directory itself. Overrides go through the helper
    // (the system's, or the demo's private one); a sandbox root's other files are written
    // directly, inside the sandbox only.
    if (m_root.isSandbox())
        m_sandboxWriter = std::make_unique<SandboxProfileWriter>(m_root);
    if (m_helperClient)
        m_helperWriter = std::make_unique<HelperProfileWriter>(m_channel.get(), m_root, m_sandboxWriter.get());
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
    setUpModes();

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
    // Screenshots and benchmarks show the shipped layout, not the user's.
    if (m_options.screenshot.isEmpty() && !m_options.reportFirstPaint) {
        QSettings settings;
        m_window->restoreSettings(settings);
    }
    m_watcher->start();
}

void ArmorerApp::setUpModes()
{
    m_modes = std::make_unique<ModeChanger>(m_channel.get());
    ProfilesView *profiles = m_window->profilesView();
    // Prompt mode is offered where the kernel has it (its notification interface).
    profiles->setPromptAvailable(QFileInfo::exists(m_root.securityfsDir() + u"/features/policy/notify"_s));
    connect(profiles, &ProfilesView::setModeRequested, m_modes.get(), [this](const QString &name, ProfileMode mode) {
        const int row = m_model->rowOf(name);
        const auto from = row < 0
            ? ProfileMode::Unknown
            : static_cast<ProfileMode>(m_model->index(row, 0).data(LoadedProfilesModel::ModeRole).toInt());
        m_modes->setMode(profileFileOf(name), from, mode);
    });
    connect(profiles, &ProfilesView::unloadRequested, m_modes.get(), [this](const QString &name) {
        const QString file = profileFileOf(name);
        const auto answer = QMessageBox::question(m_window.get(), QCoreApplication::translate("main", "Unload Profile"),
            QCoreApplication::translate("main",
                "Remove the profiles of %1 from the kernel? The processes they confine are no longer "
                "confined by them. The file stays: the next reload or boot loads it again.")
                .arg(file),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            m_modes->unload(file);
    });
    connect(profiles, &ProfilesView::disableRequested, m_modes.get(), [this](const QString &name) {
        const QString file = profileFileOf(name);
        // Every profile the file defines, as the index read it from disk: they all go off.
        const int row = m_model->rowOf(name);
        const QString path
            = row < 0 ? QString() : m_model->index(row, 0).data(LoadedProfilesModel::SourceFileRole).toString();
        QStringList names;
        for (const QString &profile : m_watcher->index().profilesIn(path)) {
            if (!profile.contains(u"//"_s))
                names.append(profile);
        }
        if (names.isEmpty())
            names.append(name);
        DisableProfileDialog dialog(file, names, m_window.get());
        dialog.exec();
        if (dialog.confirmed())
            m_modes->disable(file);
    });
    QMenu *menu = m_window->profileMenu();
    // The files disabled (by Armorer or aa-disable): the kernel no longer lists them, so they
    // are offered here, read from disable/ when the menu opens.
    QMenu *enableMenu = menu->addMenu(QIcon::fromTheme(u"media-playback-start"_s),
        QCoreApplication::translate("main", "&Enable Disabled Profile File"));
    enableMenu->menuAction()->setObjectName(u"enableProfileMenu"_s);
    connect(enableMenu, &QMenu::aboutToShow, enableMenu, [this, enableMenu] {
        enableMenu->clear();
        const QStringList files = DisabledProfiles::files(m_root.profileDir());
        for (const QString &file : files) {
            QAction *action = enableMenu->addAction(file);
            connect(action, &QAction::triggered, m_modes.get(), [this, file] {
                m_modes->enable(file);
            });
        }
        if (files.isEmpty())
            enableMenu->addAction(QCoreApplication::translate("main", "No profile file is disabled"))
                ->setEnabled(false);
    });
    menu->addSeparator();
    auto *undo = menu->addAction(QIcon::fromTheme(u"edit-undo"_s), QString());
    undo->setObjectName(u"undoModeChange"_s);
    auto *redo = menu->addAction(QIcon::fromTheme(u"edit-redo"_s), QString());
    redo->setObjectName(u"redoModeChange"_s);
    connect(undo, &QAction::triggered, m_modes.get(), &ModeChanger::undo);
    connect(redo, &QAction::triggered, m_modes.get(), &ModeChanger::redo);
    const auto update = [this, undo, redo] {
        const QString change = m_modes->lastChangeText();
        undo->setText(change.isEmpty() ? QCoreApplication::translate("main", "&Undo Mode Change")
                                       : QCoreApplication::translate("main", "&Undo %1").arg(change));
        redo->setText(change.isEmpty() ? QCoreApplication::translate("main", "&Redo Mode Change")
                                       : QCoreApplication::translate("main", "&Redo %1").arg(change));
        undo->setEnabled(m_modes->canUndo());
        redo->setEnabled(m_modes->canRedo());
    };
    update();
    connect(m_modes.get(), &ModeChanger::stateChanged, m_window.get(), update);
    connect(m_modes.get(), &ModeChanger::finished, m_window.get(), [this](bool ok, const QString &message) {
        if (ok) {
            m_window->statusBar()->showMessage(message, 10000);
            m_watcher->refresh();
        } else {
            QMessageBox::warning(m_window.get(), QCoreApplication::translate("main", "Profile Not Changed"), message);
        }
    });
}

QString ArmorerApp::profileFileOf(const QString &profile) const
{
    const int row = m_model->rowOf(profile);
    const QString file
        = row < 0 ? QString() : m_model->index(row, 0).data(LoadedProfilesModel::SourceFileRole).toString();
    // Unknown: the name as it is, which the helper checks like any argument.
    return file.isEmpty() ? profile : QFileInfo(file).fileName();
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
    connect(m_window->profilesView(), &ProfilesView::editOverrideRequested, m_editor, [this](const QString &profile) {
        if (!m_editor->openProfile(profile))
            return;
        m_window->pages()->setCurrentWidget(m_editor);
        m_editor->editLocalOverride();
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
    m_denials->setExplanationModel(m_explanations.get());
    // A new status (profiles loaded, replaced, modes changed): explain again with the new policy.
    connect(m_watcher.get(), &StatusWatcher::statusChanged, m_explanations.get(), [this](const StatusSnapshot &status) {
        QHash<QString, ProfileMode> modes;
        for (const LoadedProfile &p : status.profiles)
            modes.insert(p.name, p.mode);
        m_explainer->setLoadedModes(modes);
        m_explainer->clear();
        m_explanations->refresh();
    });
    m_window->pages()->addTab(
        m_denials, QIcon::fromTheme(u"dialog-warning"_s), QCoreApplication::translate("main", "&Denials"));
    if (m_options.page == u"denials")
        m_window->pages()->setCurrentWidget(m_denials);
    connect(m_denials, &DenialsView::allowRequested, m_allow.get(), &AllowLauncher::open);
    // A denial's profile opens in the editor, where its local override is one click away.
    connect(m_denials, &DenialsView::openProfileRequested, this, &ArmorerApp::openProfile);
    // A log this user may not read: armorer-helper reads it instead, once per Refresh, if polkit
    // agrees (read-log: members of adm and systemd-journal without a password).
    m_denials->setHelperReadAvailable(m_helperClient != nullptr);
    connect(m_denials, &DenialsView::helperReadRequested, this, [this] {
        m_monitor.setSource(std::make_unique<HelperDenialSource>(m_helperClient.get()),
            DenialStart::since(QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000));
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
        m_history = std::make_unique<HelperChangeHistory>(m_channel.get());
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
    SetupCheck::Probes probes = SetupCheck::systemProbes();
    // The demo's sandbox only simulates AppArmor: the kernel that matters is this one.
    if (m_options.demo)
        probes.kernelRoot = SystemRoot::system();
    const QList<SetupCheck::Finding> findings = SetupCheck::run(m_root, probes);
    if (!always && !FirstRunDialog::shouldShow(findings))
        return;
    auto *dialog = new FirstRunDialog(findings, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}
