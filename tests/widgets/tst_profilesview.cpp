// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "demoroot.h"
#include "disableprofiledialog.h"
#include "loadedprofilesmodel.h"
#include "mainwindow.h"
#include "profilefilterproxy.h"
#include "profilesview.h"
#include "statusreader.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestProfilesView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void searchFilters_data();
    void searchFilters();
    void modeButtonsFilter();
    void escapeClearsAndEmptyResultSays();
    void contextMenuActions();
    void disableConfirmationNamesEveryProfile();
    void selectionShowsProcessesAndSurvivesRefresh();
    void openSource();
    void stateBanner();

private:
    void writeProfile(const QString &file, const QByteArray &text);
    StatusSnapshot read() { return StatusReader(SystemRoot::fromDirectory(m_dir->path())).read(); }
    ProfileIndex index()
    {
        ProfileIndex i;
        i.build(m_dir->path() + u"/etc/apparmor.d"_s);
        return i;
    }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestProfilesView::writeProfile(const QString &file, const QByteArray &text)
{
    const QString path = m_dir->path() + u"/etc/apparmor.d/"_s + file;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

void TestProfilesView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    writeProfile(u"usr.sbin.cupsd"_s, "/usr/sbin/cupsd {\n}\n");
    writeProfile(u"firefox"_s, "# firefox\nprofile firefox /usr/lib/firefox/firefox {\n}\n");
    writeProfile(u"xorg"_s, "profile Xorg /usr/lib/xorg/Xorg flags=(complain) {\n}\n");
    QVERIFY(DemoRoot::writeProfiles(m_dir->path(),
        {{u"/usr/sbin/cupsd"_s, {}, u"/usr/sbin/cupsd"_s, ProfileMode::Enforce},
            {u"firefox"_s, {}, u"firefox"_s, ProfileMode::Enforce},
            {u"Xorg"_s, {}, u"Xorg"_s, ProfileMode::Complain}}));
    QVERIFY(DemoRoot::addProcess(m_dir->path(), 100, u"/usr/lib/firefox/firefox"_s, u"firefox (enforce)"_s));
    QVERIFY(DemoRoot::addProcess(m_dir->path(), 101, u"/usr/lib/firefox/firefox"_s, u"firefox (enforce)"_s));
    QVERIFY(DemoRoot::addProcess(m_dir->path(), 200, u"/usr/sbin/cupsd"_s, u"unconfined"_s));
    QVERIFY(DemoRoot::addProcess(m_dir->path(), 300, u"/usr/libexec/xwayland-run"_s, u"Xorg (complain)"_s));
}

void TestProfilesView::searchFilters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("rows");
    QTest::newRow("empty") << QString() << 3;
    QTest::newRow("name") << u"fire"_s << 1;
    QTest::newRow("source file") << u"usr.sbin"_s << 1;
    QTest::newRow("case") << u"XORG"_s << 1;
    QTest::newRow("none") << u"nothing-matches"_s << 0;
    QTest::newRow("attachment") << u"/usr/lib/xorg"_s << 1;
    QTest::newRow("executable of a confined process") << u"XWAYLAND-run"_s << 1;
}

void TestProfilesView::searchFilters()
{
    QFETCH(QString, text);
    LoadedProfilesModel model;
    model.setStatus(read(), index());
    ProfilesView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::keyClicks(view.searchField(), text);
    QTEST(view.table()->model()->rowCount(), "rows");
}

void TestProfilesView::modeButtonsFilter()
{
    LoadedProfilesModel model;
    model.setStatus(read(), index());
    ProfilesView view(&model);
    QAbstractItemModelTester tester(view.table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QToolButton *enforce = view.modeButton(ProfileMode::Enforce);
    QToolButton *complain = view.modeButton(ProfileMode::Complain);
    QVERIFY(enforce && complain);
    QCOMPARE(enforce->text(), u"Enforce (2)"_s);
    // Nothing is filtered at first, and no chip looks selected.
    QCOMPARE(view.table()->model()->rowCount(), 3);
    QVERIFY(!enforce->isChecked());
    QVERIFY(!complain->isChecked());
    // A click shows only that mode, and the chip that filters is the one that looks selected.
    QTest::mouseClick(complain, Qt::LeftButton);
    QVERIFY(complain->isChecked());
    QVERIFY(!enforce->isChecked());
    QCOMPARE(view.table()->model()->rowCount(), 1);
    QCOMPARE(view.table()->model()->index(0, 0).data().toString(), u"Xorg"_s);
    // A second chip adds its mode.
    QTest::mouseClick(enforce, Qt::LeftButton);
    QCOMPARE(view.table()->model()->rowCount(), 3);
    QTest::mouseClick(complain, Qt::LeftButton);
    QCOMPARE(view.table()->model()->rowCount(), 2);
    QVERIFY(!complain->isChecked());
    // The last chip off shows everything again.
    QTest::mouseClick(enforce, Qt::LeftButton);
    QCOMPARE(view.table()->model()->rowCount(), 3);
    // A mode no profile has says so instead of an empty table.
    QTest::mouseClick(view.modeButton(ProfileMode::Kill), Qt::LeftButton);
    QCOMPARE(view.table()->model()->rowCount(), 0);
    QVERIFY(view.emptyLabel()->isVisible());
    QVERIFY2(view.emptyLabel()->text().contains(u"Kill"_s), qPrintable(view.emptyLabel()->text()));
}

void TestProfilesView::escapeClearsAndEmptyResultSays()
{
    LoadedProfilesModel model;
    model.setStatus(read(), index());
    ProfilesView view(&model);
    view.show();
    // Esc is a shortcut, which fires only in the active window.
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    QVERIFY(!view.emptyLabel()->isVisible());
    view.searchField()->setFocus();
    QTest::keyClicks(view.searchField(), u"nothing-here"_s);
    QCOMPARE(view.table()->model()->rowCount(), 0);
    QVERIFY(view.emptyLabel()->isVisible());
    QVERIFY2(view.emptyLabel()->text().contains(u"nothing-here"_s), qPrintable(view.emptyLabel()->text()));
    QTest::keyClick(view.searchField(), Qt::Key_Escape);
    QCOMPARE(view.searchField()->text(), QString());
    QCOMPARE(view.table()->model()->rowCount(), 3);
    QVERIFY(!view.emptyLabel()->isVisible());
}

void TestProfilesView::contextMenuActions()
{
    LoadedProfilesModel model;
    model.setStatus(read(), index());
    ProfilesView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy mode(&view, &ProfilesView::setModeRequested);
    QSignalSpy override(&view, &ProfilesView::editOverrideRequested);
    QSignalSpy open(&view, &ProfilesView::openSourceRequested);
    QSignalSpy unload(&view, &ProfilesView::unloadRequested);
    auto *unloadAction = view.findChild<QAction *>(u"unloadProfile"_s);
    QVERIFY(unloadAction);
    // Nothing selected: nothing to act on.
    QVERIFY(!view.modeAction(ProfileMode::Complain)->isEnabled());
    QVERIFY(!unloadAction->isEnabled());
    view.selectProfile(u"firefox"_s);
    // The mode the profile has is checked and cannot be set again; prompt needs the kernel's support.
    QVERIFY(view.modeAction(ProfileMode::Enforce)->isChecked());
    QVERIFY(!view.modeAction(ProfileMode::Enforce)->isEnabled());
    QVERIFY(!view.modeAction(ProfileMode::Prompt)->isVisible());
    view.setPromptAvailable(true);
    QVERIFY(view.modeAction(ProfileMode::Prompt)->isVisible());
    QVERIFY(view.modeAction(ProfileMode::Complain)->isEnabled());
    view.modeAction(ProfileMode::Complain)->trigger();
    QCOMPARE(mode.size(), 1);
    QCOMPARE(mode[0][0].toString(), u"firefox"_s);
    QCOMPARE(mode[0][1].value<ProfileMode>(), ProfileMode::Complain);
    // The check follows the kernel: the profile is still in enforce mode until it reloads.
    QVERIFY(view.modeAction(ProfileMode::Enforce)->isChecked());
    const QList<QAction *> menu = view.contextMenu()->actions();
    QVERIFY(menu.contains(view.profileActions().at(0)));
    // Unload sits next to the modes, in the context menu and the Profile menu's actions.
    QVERIFY(menu.contains(unloadAction));
    QVERIFY(view.profileActions().contains(unloadAction));
    QVERIFY(unloadAction->isEnabled());
    unloadAction->trigger();
    QCOMPARE(unload.size(), 1);
    QCOMPARE(unload[0][0].toString(), u"firefox"_s);
    // Disable sits next to Unload, in both menus, and asks the window (which confirms first).
    QSignalSpy disable(&view, &ProfilesView::disableRequested);
    auto *disableAction = view.findChild<QAction *>(u"disableProfile"_s);
    QVERIFY(disableAction);
    QVERIFY(menu.contains(disableAction));
    QCOMPARE(menu.indexOf(disableAction), menu.indexOf(unloadAction) + 1);
    QVERIFY(view.profileActions().contains(disableAction));
    QVERIFY(disableAction->isEnabled());
    QVERIFY(disableAction->text().endsWith(u"…"_s));
    disableAction->trigger();
    QCOMPARE(disable.size(), 1);
    QCOMPARE(disable[0][0].toString(), u"firefox"_s);
    QCOMPARE(unload.size(), 1);
    for (QAction *action : view.profileActions()) {
        if (action->objectName() == u"editOverride")
            action->trigger();
        if (action->objectName() == u"openProfile")
            action->trigger();
    }
    QCOMPARE(override.size(), 1);
    QCOMPARE(override[0][0].toString(), u"firefox"_s);
    QCOMPARE(open.size(), 1);
}

// The confirmation names the file and every profile in it, says it lasts across reboots, and
// does nothing unless Disable is chosen (Cancel is the default, and Escape).
void TestProfilesView::disableConfirmationNamesEveryProfile()
{
    {
        DisableProfileDialog dialog(u"usr.bin.two"_s, {u"one"_s, u"two"_s, QString(), u"one"_s});
        const QString text = dialog.text() + u'\n' + dialog.informativeText();
        QVERIFY2(text.contains(u"usr.bin.two"_s), qPrintable(text));
        QVERIFY2(text.contains(u"  one\n  two"_s), qPrintable(text));
        QCOMPARE(text.count(u"  one"_s), 1);
        QVERIFY2(text.contains(u"reboot"_s), qPrintable(text));
        QVERIFY2(text.contains(u"armorctl enable usr.bin.two"_s), qPrintable(text));
        QVERIFY(dialog.disableButton());
        QVERIFY(dialog.defaultButton() != dialog.disableButton());
        QCOMPARE(dialog.defaultButton(), dialog.button(QMessageBox::Cancel));
        QVERIFY(!dialog.confirmed());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.confirmed());
    }
    {
        DisableProfileDialog dialog(u"usr.bin.two"_s, {u"two"_s});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.disableButton(), Qt::LeftButton);
        QVERIFY(dialog.confirmed());
    }
}

void TestProfilesView::selectionShowsProcessesAndSurvivesRefresh()
{
    LoadedProfilesModel model;
    model.setStatus(read(), index());
    ProfilesView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.selectProfile(u"firefox"_s);
    QCOMPARE(view.selectedProfile(), u"firefox"_s);
    QList<QTableView *> tables = view.findChildren<QTableView *>();
    QTableView *processTable = nullptr;
    for (QTableView *t : tables) {
        if (t != view.table())
            processTable = t;
    }
    QVERIFY(processTable);
    QCOMPARE(processTable->model()->rowCount(), 2);
    QCOMPARE(processTable->model()->index(0, 0).data().toLongLong(), 100);

    // Profiles appear before and after the selected one; a process goes away.
    QVERIFY(DemoRoot::writeProfiles(m_dir->path(),
        {{u"/aaa"_s, {}, u"/aaa"_s, ProfileMode::Enforce},
            {u"/usr/sbin/cupsd"_s, {}, u"/usr/sbin/cupsd"_s, ProfileMode::Enforce},
            {u"firefox"_s, {}, u"firefox"_s, ProfileMode::Complain}, {u"zzz"_s, {}, u"zzz"_s, ProfileMode::Enforce}}));
    QDir(m_dir->path() + u"/proc/101"_s).removeRecursively();
    model.setStatus(read(), index());
    QCOMPARE(view.selectedProfile(), u"firefox"_s);
    QCOMPARE(processTable->model()->rowCount(), 1);
    const QModelIndex current = view.table()->currentIndex();
    QCOMPARE(current.siblingAtColumn(LoadedProfilesModel::ModeColumn).data().toString(), u"complain"_s);
}

void TestProfilesView::openSource()
{
    LoadedProfilesModel model;
    model.setStatus(read(), index());
    ProfilesView view(&model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy spy(&view, &ProfilesView::openSourceRequested);
    view.selectProfile(u"firefox"_s);
    QToolButton *open = nullptr;
    for (QToolButton *b : view.findChildren<QToolButton *>()) {
        if (b->text() == u"Open source file")
            open = b;
    }
    QVERIFY(open);
    QVERIFY(open->isEnabled());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy[0][0].toString(), m_dir->path() + u"/etc/apparmor.d/firefox"_s);
    QCOMPARE(spy[0][1].toInt(), 2);
}

void TestProfilesView::stateBanner()
{
    QTemporaryDir empty;
    LoadedProfilesModel model;
    model.setStatus(StatusReader(SystemRoot::fromDirectory(empty.path())).read(), ProfileIndex());
    MainWindow window(&model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool found = false;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(u"not enabled"_s))
            found = true;
    }
    QVERIFY2(found, "a disabled kernel must be explained, not shown as an empty table");
    window.setBanner(u"Demo: this kernel has no AppArmor"_s);
    QCOMPARE(window.bannerText(), u"Demo: this kernel has no AppArmor"_s);
}

QTEST_MAIN(TestProfilesView)
#include "tst_profilesview.moc"
