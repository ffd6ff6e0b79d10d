// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "demoroot.h"
#include "exportdialog.h"
#include "iconthemefollower.h"
#include "loadedprofilesmodel.h"
#include "mainwindow.h"
#include "profileindex.h"
#include "profilesview.h"
#include "shortcutsdialog.h"
#include "statusreader.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QMenuBar>
#include <QPainter>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyActionHasAUniqueShortcut();
    void shortcutEditorRefusesClashesAndPersists();
    void geometryAndSplittersRemembered();
    void darkPaletteTakesDarkIcons();
    void pageShortcuts();
    void exportActionOpensDialogForSelection();
    void trayIconsReadAt16px_data();
    void trayIconsReadAt16px();
};

void TestMainWindow::everyActionHasAUniqueShortcut()
{
    LoadedProfilesModel model;
    MainWindow window(&model);
    QHash<QString, QString> owner; // keys -> action
    int actions = 0;
    for (QAction *menu : window.menuBar()->actions())
        QVERIFY2(menu->text().contains(u'&'), qPrintable(menu->text())); // Alt mnemonic
    for (QAction *action : window.namedActions()) {
        ++actions;
        QVERIFY2(action->text().contains(u'&'), qPrintable(action->text()));
        for (const QKeySequence &sequence : action->shortcuts()) {
            const QString keys = sequence.toString();
            QVERIFY2(!owner.contains(keys),
                qPrintable(keys + u" is used by "_s + owner.value(keys) + u" and "_s + action->objectName()));
            owner.insert(keys, action->objectName());
        }
    }
    QVERIFY(actions >= 12);
    // The keys every KDE application gives the same meaning.
    QCOMPARE(owner.value(u"Shift+F1"_s), u"whatsThis"_s);
    QCOMPARE(owner.value(u"F1"_s), u"handbook"_s);
    QCOMPARE(owner.value(u"Ctrl+Alt+,"_s), u"configureShortcuts"_s);
    QCOMPARE(owner.value(u"Ctrl+Q"_s), u"quit"_s);
    QCOMPARE(owner.value(u"Ctrl+F"_s), u"find"_s);
    QVERIFY2(!owner.contains(u"Ctrl+Shift+S"_s), "Ctrl+Shift+S is Save As");
    QVERIFY2(!owner.contains(u"Ctrl+S"_s), "Ctrl+S is Save");
    // The profile actions, with the modes, are in the Profile menu.
    const QList<QAction *> named = window.namedActions();
    for (const QString &name : {u"openProfile"_s, u"editOverride"_s, u"setMode-enforce"_s, u"setMode-complain"_s,
             u"setMode-kill"_s, u"setMode-unconfined"_s, u"setMode-prompt"_s, u"exportProfile"_s})
        QVERIFY2(std::any_of(named.cbegin(), named.cend(),
                     [&](QAction *a) {
                         return a->objectName() == name;
                     }),
            qPrintable(name));
    QVERIFY(!window.pages()->accessibleName().isEmpty());
}

void TestMainWindow::shortcutEditorRefusesClashesAndPersists()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings settings;
    settings.clear();
    LoadedProfilesModel model;
    MainWindow window(&model);
    QAction *refresh = window.findChild<QAction *>(u"refresh"_s);
    QVERIFY(refresh);
    QList<QAction *> actions = window.namedActions();
    ShortcutsDialog dialog(actions, {}, &window);
    dialog.table()->setCurrentCell(int(actions.indexOf(refresh)), 0);
    // Ctrl+Q is Quit's: refused, and the dialog says whose it is.
    QVERIFY(!dialog.assign(QKeySequence(Qt::CTRL | Qt::Key_Q)));
    QVERIFY(dialog.conflictLabel()->text().contains(u"Quit"_s));
    QVERIFY(dialog.assign(QKeySequence(Qt::CTRL | Qt::Key_R)));
    dialog.accept();
    QCOMPARE(refresh->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    window.saveSettings(settings);

    MainWindow again(&model);
    again.restoreSettings(settings);
    QCOMPARE(again.findChild<QAction *>(u"refresh"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
    settings.clear();
}

void TestMainWindow::geometryAndSplittersRemembered()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings settings;
    settings.clear();
    LoadedProfilesModel model;
    QList<int> sizes;
    {
        MainWindow window(&model);
        window.resize(760, 540); // within the offscreen screen, which restoreGeometry() keeps to
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *splitter = window.findChild<QSplitter *>(u"profilesSplitter"_s);
        QVERIFY(splitter);
        splitter->setSizes({500, 240});
        sizes = splitter->sizes();
        window.close(); // closing saves
    }
    MainWindow window(&model);
    window.restoreSettings(settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.size(), QSize(760, 540));
    QCOMPARE(window.findChild<QSplitter *>(u"profilesSplitter"_s)->sizes(), sizes);
    settings.clear();
}

void TestMainWindow::darkPaletteTakesDarkIcons()
{
    QTemporaryDir icons;
    for (const QString &theme : {u"breeze"_s, u"breeze-dark"_s, u"lonely"_s}) {
        QVERIFY(QDir().mkpath(icons.filePath(theme)));
        QFile index(icons.filePath(theme + u"/index.theme"_s));
        QVERIFY(index.open(QIODevice::WriteOnly));
    }
    const QStringList paths{u"/nonexistent"_s, icons.path()};
    QCOMPARE(IconThemeFollower::themeFor(u"breeze"_s, true, paths), u"breeze-dark"_s);
    QCOMPARE(IconThemeFollower::themeFor(u"breeze-dark"_s, true, paths), u"breeze-dark"_s);
    QCOMPARE(IconThemeFollower::themeFor(u"breeze-dark"_s, false, paths), u"breeze"_s);
    QCOMPARE(IconThemeFollower::themeFor(u"lonely"_s, true, paths), u"lonely"_s); // no dark variant
    // The application follows a palette change.
    QIcon::setThemeSearchPaths(paths);
    QIcon::setThemeName(u"breeze"_s);
    IconThemeFollower follower;
    QPalette dark = QApplication::palette();
    dark.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    const QPalette before = QApplication::palette();
    QApplication::setPalette(dark);
    QCOMPARE(QIcon::themeName(), u"breeze-dark"_s);
    QApplication::setPalette(before);
    QCOMPARE(QIcon::themeName(), u"breeze"_s);
}

void TestMainWindow::pageShortcuts()
{
    LoadedProfilesModel model;
    MainWindow window(&model);
    window.pages()->addTab(new QWidget, u"Second"_s);
    window.show();
    // With no window manager (Xvfb), a shown window is active only once activated.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QCOMPARE(window.pages()->currentIndex(), 0);
    QTest::keyClick(&window, Qt::Key_2, Qt::AltModifier);
    QCOMPARE(window.pages()->currentIndex(), 1);
    QTest::keyClick(&window, Qt::Key_1, Qt::AltModifier);
    QCOMPARE(window.pages()->currentIndex(), 0);
}

void TestMainWindow::exportActionOpensDialogForSelection()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(u"etc/apparmor.d"_s)));
    QFile f(dir.filePath(u"etc/apparmor.d/web"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("profile web /usr/bin/web {\n  /srv/** r,\n  ^hat {\n  }\n}\n");
    f.close();
    QVERIFY(DemoRoot::writeProfiles(
        dir.path(), {{u"web"_s, {}, {}, ProfileMode::Enforce}, {u"web//hat"_s, {}, {}, ProfileMode::Enforce}}));
    LoadedProfilesModel model;
    MainWindow window(&model);
    ProfileIndex index;
    index.build(dir.filePath(u"etc/apparmor.d"_s));
    model.setStatus(StatusReader(SystemRoot::fromDirectory(dir.path())).read(), index);
    auto *action = window.findChild<QAction *>(u"exportProfile"_s);
    QVERIFY(action);
    QVERIFY(!action->isEnabled());
    window.profilesView()->selectProfile(u"web//hat"_s);
    QVERIFY(action->isEnabled());
    action->trigger();
    auto *dialog = window.findChild<ExportDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->currentExport().name(), u"web"_s); // a hat exports with its profile
    // SPO 1.0's v1 is the page shown first; v1alpha1 carries the profile's text.
    QVERIFY(dialog->currentText().contains(u"apiVersion: security-profiles-operator.x-k8s.io/v1\n"_s));
    QVERIFY(dialog->currentExport().spoV1Alpha1().contains(u"profile web /usr/bin/web {"_s));
}

void TestMainWindow::trayIconsReadAt16px_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("badge");
    QTest::newRow("normal") << u":/icons/armorer-tray.svg"_s << false;
    QTest::newRow("unseen denials") << u":/icons/armorer-tray-alert.svg"_s << true;
    QTest::newRow("application") << u":/icons/armorer.svg"_s << false;
}

void TestMainWindow::trayIconsReadAt16px()
{
    QFETCH(QString, file);
    QFETCH(bool, badge);
    QSvgRenderer renderer(file);
    QVERIFY(renderer.isValid());
    QImage image(16, 16, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    painter.end();
    int opaque = 0;
    int red = 0;
    for (int y = 0; y < 16; ++y) {
        for (int x = 0; x < 16; ++x) {
            const QColor c = image.pixelColor(x, y);
            opaque += c.alpha() > 200;
            if (x >= 8 && y >= 8 && c.alpha() > 200 && c.red() > 180 && c.green() < 110 && c.blue() < 120)
                ++red;
        }
    }
    // A tray icon fills most of its 16 px (no tiny glyph in a large canvas).
    QVERIFY2(opaque >= 110, qPrintable(QString::number(opaque)));
    // The unseen-denials state is told apart by a red badge in the lower right.
    QCOMPARE(red >= 12, badge);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
