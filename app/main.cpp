// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "config.h"
#include "demoroot.h"
#include "firstrundialog.h"
#include "loadedprofilesmodel.h"
#include "mainwindow.h"
#include "profilesview.h"
#include "screenshot.h"
#include "setupcheck.h"
#include "statuswatcher.h"
#include "systemroot.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTranslator>

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
    const QCommandLineOption setupCheckOption(u"setup-check"_s,
        QApplication::translate("main", "Show what this system lacks for Armorer and how to fix it."));
    const QCommandLineOption exportOption(u"export-profile"_s,
        QApplication::translate("main", "Open the export for containers and Kubernetes of the profile <name>."),
        u"name"_s);
    parser.addOptions({rootOption, demoOption, screenshotOption, firstPaintOption, setupCheckOption, exportOption});
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

    LoadedProfilesModel model;
    StatusWatcher watcher(root);
    MainWindow window(&model);
    window.setBanner(banner);
    if (root.isSandbox())
        window.setRootDescription(QApplication::translate("main", "System root: %1").arg(root.rootDir()));
    QObject::connect(&watcher, &StatusWatcher::statusChanged, &model, &LoadedProfilesModel::setStatus);
    QObject::connect(&window, &MainWindow::refreshRequested, &watcher, &StatusWatcher::refresh);
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
