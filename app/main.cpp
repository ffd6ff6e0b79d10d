// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "abstractionindex.h"
#include "allowdialog.h"
#include "allowflow.h"
#include "config.h"
#include "demoroot.h"
#include "denialdetailsview.h"
#include "denialmonitor.h"
#include "denialsview.h"
#include "denialtray.h"
#include "desktopnotifier.h"
#include "editorpage.h"
#include "existingrules.h"
#include "firstrundialog.h"
#include "helperclient.h"
#include "helperoverrideapplier.h"
#include "helperprofilewriter.h"
#include "loadedprofilesmodel.h"
#include "localoverridewriter.h"
#include "mainwindow.h"
#include "privatehelper.h"
#include "profilesview.h"
#include "sandboxprofilewriter.h"
#include "screenshot.h"
#include "setupcheck.h"
#include "sourceselector.h"
#include "statuswatcher.h"
#include "systemroot.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPalette>
#include <QProcess>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QApplication app(argc, argv);
    app.setApplicationName(u"armorer"_s);
    app.setApplicationDisplayName(u"Armorer"_s);
    app.setApplicationVersion(QStringLiteral(ARMORER_VERSION));
    app.setOrganizationDomain(u"armorer.github.io"_s);
    app.setDesktopFileName(u"io.github.armorer"_s);

    // Qt's own strings, then Armorer's (embedded under :/i18n by CMake).
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"armorer"_s, u"_"_s, u":/i18n"_s))
        app.installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "AppArmor profiles, denials and rules."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption rootOption(u"root"_s,
        QApplication::translate("main",
            "Show the system root in <dir> (holding "
            "etc/apparmor.d, sys/kernel/security/apparmor "
            "and proc) instead of this system."),
        u"dir"_s);
    const QCommandLineOption demoOption(u"demo"_s,
        QApplication::translate("main",
            "Show a demo on a sandboxed "
            "system root built from the "
            "profiles this system ships."));
    const QCommandLineOption screenshotOption(u"screenshot"_s,
        QApplication::translate("main", "Save a screenshot to <file> once the data is shown, then quit."), u"file"_s);
    const QCommandLineOption firstPaintOption(u"report-first-paint"_s,
        QApplication::translate("main",
            "Print when the window is first painted "
            "with data, then quit (benchmarks)."));
    const QCommandLineOption trayOption(u"tray"_s,
        QApplication::translate("main",
            "Run only the denial notifier "
            "in the system tray."));
    const QCommandLineOption sourceOption(u"source"_s,
        QApplication::translate("main",
            "Read denials from <source>: auto, journal, "
            "audit, kern, syslog, messages or a file."),
        u"source"_s, u"auto"_s);
    const QCommandLineOption pageOption(
        u"page"_s, QApplication::translate("main", "Open on <page>: profiles or denials."), u"page"_s);
    const QCommandLineOption editOption(u"edit"_s,
        QApplication::translate("main",
            "Open <file> (in the profile directory) in "
            "the profile editor."),
        u"file"_s);
    const QCommandLineOption colorSchemeOption(u"color-scheme"_s,
        QApplication::translate("main", "Force a light or dark palette (screenshots)."), u"light|dark"_s);
    const QCommandLineOption setupCheckOption(u"setup-check"_s,
        QApplication::translate("main", "Show what this system lacks for Armorer and how to fix it."));
    const QCommandLineOption exportOption(u"export-profile"_s,
        QApplication::translate("main", "Open the export for containers and Kubernetes of the profile <name>."),
        u"name"_s);
    parser.addOptions({rootOption, demoOption, screenshotOption, firstPaintOption, trayOption, sourceOption, pageOption,
        editOption, colorSchemeOption, setupCheckOption, exportOption});
    parser.process(app);
    if (parser.isSet(colorSchemeOption)) {
        // Fusion with an explicit palette: the same look on every platform plugin.
        app.setStyle(QStyleFactory::create(u"Fusion"_s));
        QPalette palette = app.style()->standardPalette();
        if (parser.value(colorSchemeOption) == u"dark") {
            palette.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
            palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
            palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
            palette.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
            palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
            palette.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
            palette.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
            palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
            palette.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
            palette.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
            palette.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
            palette.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
            for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
                palette.setColor(QPalette::Disabled, role, QColor(0x6e, 0x75, 0x7b));
        }
        app.setPalette(palette);
    }

    SystemRoot root = SystemRoot::system();
    QString banner;
    QTemporaryDir demoDir(QDir::tempPath() + u"/armorer-demo-XXXXXX"_s);
    if (parser.isSet(demoOption)) {
        QString error;
        if (!demoDir.isValid() || !DemoRoot::create(demoDir.path(), SystemRoot::system().profileDir(), &error)) {
            QTextStream(stderr) << QApplication::translate("main", "armorer: cannot set up the demo: %1").arg(error)
                                << '\n';
            return 1;
        }
        root = SystemRoot::fromDirectory(demoDir.path());
        banner = QApplication::translate("main",
            "Demo: this kernel has no AppArmor. Showing the profiles this "
            "system ships, on a sandboxed system root.");
    } else if (parser.isSet(rootOption)) {
        root = SystemRoot::fromDirectory(parser.value(rootOption));
    }

    // Root actions go through armorer-helper: the system one (D-Bus activated, polkit), or in
    // the demo a private, unprivileged one over the sandbox that checks instead of loading.
    std::unique_ptr<PrivateHelper> privateHelper;
    std::unique_ptr<HelperClient> helperClient;
    if (parser.isSet(demoOption)) {
        privateHelper = std::make_unique<PrivateHelper>();
        QString error;
        if (privateHelper->start(root.rootDir(), &error)) {
            helperClient = std::make_unique<HelperClient>(privateHelper->connection());
            banner += u' '
                + QApplication::translate("main",
                    "Changes go through a private helper on the sandbox: "
                    "profiles are checked with apparmor_parser -QK, "
                    "never loaded.");
        } else {
            banner += u' ' + QApplication::translate("main", "(No helper for changes: %1)").arg(error);
        }
    } else if (!root.isSandbox()) {
        helperClient = std::make_unique<HelperClient>(QDBusConnection::systemBus());
    }

    // "Allow…" writes through the helper; a sandbox root given with --root (no helper) is
    // written directly, and validated with the real parser before anything is kept.
    std::unique_ptr<OverrideApplier> applier;
    HelperOverrideApplier *helperApplier = nullptr;
    if (helperClient) {
        auto viaHelper = std::make_unique<HelperOverrideApplier>(helperClient.get(), root);
        helperApplier = viaHelper.get();
        applier = std::move(viaHelper);
    } else if (root.isSandbox()) {
        applier = std::make_unique<LocalOverrideWriter>(root.profileDir(), QStringLiteral(ARMORER_APPARMOR_PARSER));
    }

    // Denials: the history reaches back a week; the notifier only looks forward.
    const bool trayOnly = parser.isSet(trayOption);
    DenialMonitor monitor;
    const SourceSelector::Choice choice = SourceSelector(root).choose(parser.value(sourceOption));
    monitor.setSource(SourceSelector::create(choice),
        trayOnly ? DenialStart::end()
                 : DenialStart::since(QDateTime::currentMSecsSinceEpoch() - 7LL * 24 * 3600 * 1000));
    DenialTray tray(monitor.throttle(), trayOnly);
    DesktopNotifier notifier(&tray);
    QObject::connect(monitor.throttle(), &NotificationThrottle::popupRequested, &notifier, &DesktopNotifier::show);
    QObject::connect(&notifier, &DesktopNotifier::muteRequested, monitor.throttle(), &NotificationThrottle::mute);
    if (QSystemTrayIcon::isSystemTrayAvailable())
        tray.show();

    std::function<void()> afterAllow; // set once the main window exists: refresh it
    const auto openAllow = [&](const Denial &denial) {
        if (!applier) {
            QMessageBox::information(nullptr, QApplication::translate("main", "Allow"),
                QApplication::translate("main",
                    "Changes to the system's profiles go through armorer-helper, which is not "
                    "available here."));
            return;
        }
        ProfileIndex index;
        index.build(root.profileDir());
        if (helperApplier)
            helperApplier->setIndex(index);
        auto *flow = new AllowFlow(denial, applier.get());
        QList<Denial> recent;
        for (int row = 0; row < monitor.model()->rowCount(); ++row)
            recent.append(monitor.model()->group(row).latest);
        flow->setRecentDenials(recent);
        // What the profile already allows: its own file and its local override.
        QString rules;
        const ProfileIndex::Source source = index.sourceOf(denial.profile);
        if (source.isValid()) {
            QFile file(source.file);
            if (file.open(QIODevice::ReadOnly))
                rules = QString::fromUtf8(file.read(4 * 1024 * 1024));
        }
        rules += u'\n' + applier->currentOverride(denial.profile);
        flow->setProfileRules(ExistingRules::fromText(rules));
        flow->setAbstractions(AbstractionIndex::load(root.profileDir()));
        auto *dialog = new AllowDialog(flow);
        flow->setParent(dialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(flow, &AllowFlow::applied, dialog, [&afterAllow](bool ok) {
            if (ok && afterAllow)
                afterAllow();
        });
        dialog->show();
        dialog->raise();
        dialog->activateWindow();
    };

    if (trayOnly) {
        app.setQuitOnLastWindowClosed(false);
        std::unique_ptr<DenialDetailsView> details;
        const auto showDetails = [&details, &monitor](const Denial &denial) {
            if (!details) {
                details = std::make_unique<DenialDetailsView>();
                details->setWindowTitle(QApplication::translate("main", "AppArmor denial"));
                details->resize(560, 520);
                QObject::connect(
                    details.get(), &DenialDetailsView::muteRequested, monitor.throttle(), &NotificationThrottle::mute);
            }
            const int row = monitor.model()->rowOfKey(DenialGroup::keyOf(denial));
            details->setGroup(row >= 0
                    ? monitor.model()->group(row)
                    : DenialGroup{DenialGroup::keyOf(denial), denial, 1, denial.epochMs, denial.epochMs});
            details->show();
            details->raise();
            details->activateWindow();
        };
        QObject::connect(&notifier, &DesktopNotifier::detailsRequested, &app, showDetails);
        QObject::connect(&notifier, &DesktopNotifier::allowRequested, &app, openAllow);
        QObject::connect(&tray, &DenialTray::showHistoryRequested, &app, [&] {
            monitor.throttle()->markAllSeen();
            QStringList args{u"--page"_s, u"denials"_s};
            if (parser.isSet(rootOption))
                args << u"--root"_s << parser.value(rootOption);
            QProcess::startDetached(QApplication::applicationFilePath(), args);
        });
        return app.exec();
    }

    LoadedProfilesModel model;
    StatusWatcher watcher(root);
    MainWindow window(&model);
    window.setBanner(banner);
    if (root.isSandbox())
        window.setRootDescription(QApplication::translate("main", "System root: %1").arg(root.rootDir()));
    // The GUI never writes the real profile directory itself. Overrides go through the helper
    // (the system's, or the demo's private one); a sandbox root's other files are written
    // directly, inside the sandbox only.
    std::unique_ptr<ProfileWriter> sandboxWriter;
    if (root.isSandbox())
        sandboxWriter = std::make_unique<SandboxProfileWriter>(root);
    std::unique_ptr<ProfileWriter> helperWriter;
    if (helperClient)
        helperWriter = std::make_unique<HelperProfileWriter>(helperClient.get(), root, sandboxWriter.get());
    ProfileWriter *writer = helperWriter ? helperWriter.get() : sandboxWriter.get();
    auto *editor = new EditorPage(root, writer, window.pages());
    window.pages()->addTab(editor, QIcon::fromTheme(u"document-edit"_s), QApplication::translate("main", "&Editor"));
    window.installEventFilter(editor);
    QObject::connect(window.profilesView(), &ProfilesView::openSourceRequested, editor,
        [&window, editor](const QString &file, int line) {
            if (editor->openFile(file, line))
                window.pages()->setCurrentWidget(editor);
        });
    QObject::connect(&watcher, &StatusWatcher::statusChanged, editor, [editor](const StatusSnapshot &status) {
        QSet<QString> names;
        for (const LoadedProfile &p : status.profiles)
            names.insert(p.name);
        editor->setLoadedProfiles(names);
    });
    if (parser.isSet(editOption)) {
        const QString file = parser.value(editOption);
        if (editor->openFile(QDir::isAbsolutePath(file) ? file : root.profileDir() + u'/' + file))
            window.pages()->setCurrentWidget(editor);
    }
    QObject::connect(&watcher, &StatusWatcher::statusChanged, &model, &LoadedProfilesModel::setStatus);
    QObject::connect(&window, &MainWindow::refreshRequested, &watcher, &StatusWatcher::refresh);
    auto *denials = new DenialsView(&monitor, window.pages());
    window.pages()->addTab(denials, QIcon::fromTheme(u"dialog-warning"_s), QApplication::translate("main", "&Denials"));
    if (parser.value(pageOption) == u"denials")
        window.pages()->setCurrentWidget(denials);
    const auto showDenial = [&window, denials, &monitor](const Denial &denial) {
        window.pages()->setCurrentWidget(denials);
        denials->showDenial(denial);
        monitor.throttle()->markAllSeen();
        window.show();
        window.raise();
        window.activateWindow();
    };
    QObject::connect(&notifier, &DesktopNotifier::detailsRequested, &window, showDenial);
    QObject::connect(&notifier, &DesktopNotifier::allowRequested, &window, openAllow);
    QObject::connect(denials, &DenialsView::allowRequested, &window, openAllow);
    afterAllow = [&watcher] {
        watcher.refresh();
    };
    QObject::connect(&tray, &DenialTray::showHistoryRequested, &window, [showDenial] {
        showDenial(Denial{});
    });
    QObject::connect(window.pages(), &QTabWidget::currentChanged, &window, [&window, denials, &monitor] {
        if (window.pages()->currentWidget() == denials)
            monitor.throttle()->markAllSeen();
    });
    if (helperClient) {
        // Only root can read securityfs: other users see the profiles through the helper.
        QObject::connect(&watcher, &StatusWatcher::statusChanged, &model,
            [&model, &watcher, client = helperClient.get()](const StatusSnapshot &status) {
                if (status.state != StatusSnapshot::State::NoPermission)
                    return;
                client->listProfiles([&model, &watcher](const HelperClient::Profiles &profiles) {
                    if (!profiles.error)
                        model.setStatus(profiles.snapshot, watcher.index());
                });
            });
    }
    if (parser.isSet(demoOption)) {
        // Open the demo on the busiest profile, so its processes are on show.
        QObject::connect(
            &watcher, &StatusWatcher::statusChanged, &window,
            [&window, &model] {
                QString busiest;
                int most = 0;
                for (int row = 0; row < model.rowCount(); ++row) {
                    const QModelIndex index = model.index(row, 0);
                    if (index.data(LoadedProfilesModel::ProcessCountRole).toInt() > most) {
                        most = index.data(LoadedProfilesModel::ProcessCountRole).toInt();
                        busiest = index.data(LoadedProfilesModel::NameRole).toString();
                    }
                }
                window.profilesView()->selectProfile(busiest);
            },
            Qt::SingleShotConnection);
    }

    if (parser.isSet(exportOption)) {
        QObject::connect(
            &watcher, &StatusWatcher::statusChanged, &window,
            [&window, name = parser.value(exportOption)] {
                window.profilesView()->selectProfile(name);
                if (auto *action = window.findChild<QAction *>(u"exportProfile"_s); action && action->isEnabled())
                    action->trigger();
            },
            Qt::SingleShotConnection);
    }
    auto showSetupCheck = [&window, &root](bool always) {
        const QList<SetupCheck::Finding> findings = SetupCheck::run(root);
        if (!always && !FirstRunDialog::shouldShow(findings))
            return;
        auto *dialog = new FirstRunDialog(findings, &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    };
    QObject::connect(&window, &MainWindow::setupCheckRequested, &window, [showSetupCheck] {
        showSetupCheck(true);
    });

    if (parser.isSet(screenshotOption))
        Screenshot::takeWhenReady(&window, &watcher, parser.value(screenshotOption));
    if (parser.isSet(firstPaintOption))
        Screenshot::reportFirstPaint(&window, &watcher, sinceStart);

    window.resize(1280, 800);
    window.show();
    watcher.start();
    // The first-run screen, on the real system only: a demo or sandbox root says nothing about it.
    if (parser.isSet(setupCheckOption))
        showSetupCheck(true);
    else if (!root.isSandbox() && !parser.isSet(screenshotOption) && !parser.isSet(firstPaintOption))
        showSetupCheck(false);
    return app.exec();
}
