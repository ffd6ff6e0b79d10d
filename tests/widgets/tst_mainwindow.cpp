// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "demoroot.h"
#include "exportdialog.h"
#include "loadedprofilesmodel.h"
#include "mainwindow.h"
#include "profileindex.h"
#include "profilesview.h"
#include "statusreader.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMenuBar>
#include <QPainter>
#include <QSignalSpy>
#include <QSvgRenderer>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyActionHasAUniqueShortcut();
    void pageShortcuts();
    void exportActionOpensDialogForSelection();
    void trayIconsReadAt16px_data();
    void trayIconsReadAt16px();
};

void TestMainWindow::everyActionHasAUniqueShortcut()
{
    LoadedProfilesModel model;
    MainWindow window(&model);
    QSet<QString> seen;
    int actions = 0;
    for (QAction *menu : window.menuBar()->actions()) {
        QVERIFY2(menu->text().contains(u'&'), qPrintable(menu->text())); // Alt mnemonic
        for (QAction *action : menu->menu()->actions()) {
            if (action->isSeparator())
                continue;
            ++actions;
            const QString keys = action->shortcut().toString();
            QVERIFY2(!keys.isEmpty(), qPrintable(action->text() + u" has no shortcut"_s));
            QVERIFY2(!seen.contains(keys), qPrintable(keys + u" is used twice"_s));
            seen.insert(keys);
            QVERIFY2(action->text().contains(u'&'), qPrintable(action->text()));
        }
    }
    QVERIFY(actions >= 6);
    QVERIFY(!window.pages()->accessibleName().isEmpty());
}

void TestMainWindow::pageShortcuts()
{
    LoadedProfilesModel model;
    MainWindow window(&model);
    window.pages()->addTab(new QWidget, u"Second"_s);
    window.show();
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
    QVERIFY(dialog->currentText().contains(u"profile web /usr/bin/web {"_s));
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
