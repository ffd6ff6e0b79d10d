// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "config.h"
#include "demoroot.h"
#include "denialdetailsview.h"
#include "denialmonitor.h"
#include "denialsview.h"
#include "denialtray.h"
#include "desktopnotifier.h"
#include "loadedprofilesmodel.h"
#include "mainwindow.h"
#include "profilesview.h"
#include "screenshot.h"
#include "statuswatcher.h"
#include "sourceselector.h"
#include "systemroot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDateTime>
#include <QProcess>
#include <QTabWidget>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "AppArmor profiles, denials and rules."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption rootOption(u"root"_s,
                                        QApplication::translate("main", "Show the system root in <dir> (holding "
                                                                        "etc/apparmor.d, sys/kernel/security/apparmor "
                                                                        "and proc) instead of this system."),
                                        u"dir"_s);
    const QCommandLineOption demoOption(u"demo"_s, QApplication::translate("main", "Show a demo on a sandboxed "
                                                                                   "system root built from the "
                                                                                   "profiles this system ships."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s, QApplication::translate("main", "Save a screenshot to <file> once the data is shown, then quit."),
        u"file"_s);
    const QCommandLineOption firstPaintOption(u"report-first-paint"_s,
                                              QApplication::translate("main", "Print when the window is first painted "
                                                                              "with data, then quit (benchmarks)."));
    const QCommandLineOption trayOption(u"tray"_s, QApplication::translate("main", "Run only the denial notifier "
                                                                                   "in the system tray."));
    const QCommandLineOption sourceOption(u"source"_s,
                                          QApplication::translate("main", "Read denials from <source>: auto, journal, "
                                                                          "audit, kern, syslog, messages or a file."),
                                          u"source"_s, u"auto"_s);
    const QCommandLineOption pageOption(u"page"_s,
                                        QApplication::translate("main", "Open on <page>: profiles or denials."),
                                        u"page"_s);
    parser.addOptions(
        {rootOption, demoOption, screenshotOption, firstPaintOption, trayOption, sourceOption, pageOption});
    parser.process(app);

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
        banner = QApplication::translate("main", "Demo: this kernel has no AppArmor. Showing the profiles this "
                                                 "system ships, on a sandboxed system root.");
    } else if (parser.isSet(rootOption)) {
        root = SystemRoot::fromDirectory(parser.value(rootOption));
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

    if (trayOnly) {
        app.setQuitOnLastWindowClosed(false);
        // Until the allow dialog lands, Allow… shows the denial's details too.
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
        QObject::connect(&notifier, &DesktopNotifier::allowRequested, &app, showDetails);
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
    // The allow flow connects to DenialsView::allowRequested and DesktopNotifier::allowRequested;
    // until it lands, Allow… shows the denial.
    QObject::connect(&notifier, &DesktopNotifier::detailsRequested, &window, showDenial);
    QObject::connect(&notifier, &DesktopNotifier::allowRequested, &window, showDenial);
    QObject::connect(&tray, &DenialTray::showHistoryRequested, &window, [showDenial] {
        showDenial(Denial{});
    });
    QObject::connect(window.pages(), &QTabWidget::currentChanged, &window, [&window, denials, &monitor] {
        if (window.pages()->currentWidget() == denials)
            monitor.throttle()->markAllSeen();
    });
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

    if (parser.isSet(screenshotOption))
        Screenshot::takeWhenReady(&window, &watcher, parser.value(screenshotOption));
    if (parser.isSet(firstPaintOption))
        Screenshot::reportFirstPaint(&window, &watcher, sinceStart);

    window.resize(1280, 800);
    window.show();
    watcher.start();
    return app.exec();
}
