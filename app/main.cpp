// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "config.h"
#include "demoroot.h"
#include "helperclient.h"
#include "loadedprofilesmodel.h"
#include "mainwindow.h"
#include "privatehelper.h"
#include "profilesview.h"
#include "screenshot.h"
#include "statuswatcher.h"
#include "systemroot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

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
    parser.addOptions({rootOption, demoOption, screenshotOption, firstPaintOption});
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

    LoadedProfilesModel model;
    StatusWatcher watcher(root);
    MainWindow window(&model);
    window.setBanner(banner);
    if (root.isSandbox())
        window.setRootDescription(QApplication::translate("main", "System root: %1").arg(root.rootDir()));
    QObject::connect(&watcher, &StatusWatcher::statusChanged, &model, &LoadedProfilesModel::setStatus);
    QObject::connect(&window, &MainWindow::refreshRequested, &watcher, &StatusWatcher::refresh);
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

    if (parser.isSet(screenshotOption))
        Screenshot::takeWhenReady(&window, &watcher, parser.value(screenshotOption));
    if (parser.isSet(firstPaintOption))
        Screenshot::reportFirstPaint(&window, &watcher, sinceStart);

    window.resize(1280, 800);
    window.show();
    watcher.start();
    return app.exec();
}
