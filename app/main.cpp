// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "config.h"
#include "demoroot.h"
#include "editorpage.h"
#include "loadedprofilesmodel.h"
#include "mainwindow.h"
#include "profilesview.h"
#include "sandboxprofilewriter.h"
#include "screenshot.h"
#include "statuswatcher.h"
#include "systemroot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QTabWidget>
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
    const QCommandLineOption editOption(u"edit"_s,
                                        QApplication::translate("main", "Open <file> (in the profile directory) in "
                                                                        "the profile editor."),
                                        u"file"_s);
    const QCommandLineOption colorSchemeOption(
        u"color-scheme"_s, QApplication::translate("main", "Force a light or dark palette (screenshots)."),
        u"light|dark"_s);
    parser.addOptions({rootOption, demoOption, screenshotOption, firstPaintOption, editOption, colorSchemeOption});
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
        banner = QApplication::translate("main", "Demo: this kernel has no AppArmor. Showing the profiles this "
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
    // The GUI never writes the real profile directory itself: a sandbox root is written
    // directly, the system only through the privileged helper (not plugged in yet).
    std::unique_ptr<ProfileWriter> writer;
    if (root.isSandbox())
        writer = std::make_unique<SandboxProfileWriter>(root);
    auto *editor = new EditorPage(root, writer.get(), window.pages());
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
