// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "demoroot.h"
#include "statuswatcher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestStatusWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void announcesOnlyChanges();
    void reindexesWhenProfileDirChanges();
};

void TestStatusWatcher::announcesOnlyChanges()
{
    QTemporaryDir dir;
    QVERIFY(DemoRoot::writeProfiles(dir.path(), {{u"a"_s, {}, u"a"_s, ProfileMode::Enforce}}));
    QDir().mkpath(dir.path() + u"/etc/apparmor.d"_s);
    StatusWatcher watcher(SystemRoot::fromDirectory(dir.path()));
    watcher.setInterval(50ms);
    QSignalSpy spy(&watcher, &StatusWatcher::statusChanged);
    watcher.start();
    QVERIFY(spy.wait());
    QCOMPARE(watcher.status().profiles.size(), 1);

    // Several timer rounds over an unchanged system: nothing is announced.
    QTest::qWait(300);
    QCOMPARE(spy.size(), 1);

    // A mode change and a new profile are.
    QVERIFY(DemoRoot::writeProfiles(
        dir.path(), {{u"a"_s, {}, u"a"_s, ProfileMode::Complain}, {u"b"_s, {}, u"b"_s, ProfileMode::Enforce}}));
    QVERIFY(spy.wait());
    QCOMPARE(spy.size(), 2);
    const auto status = spy.last().at(0).value<StatusSnapshot>();
    QCOMPARE(status.profiles.size(), 2);
    QCOMPARE(status.profiles[0].mode, ProfileMode::Complain);

    // The kernel losing AppArmor is a change too, with its explanation.
    QDir(dir.path() + u"/sys"_s).removeRecursively();
    QVERIFY(spy.wait());
    QCOMPARE(watcher.status().state, StatusSnapshot::State::Disabled);
}

void TestStatusWatcher::reindexesWhenProfileDirChanges()
{
    QTemporaryDir dir;
    QVERIFY(DemoRoot::writeProfiles(dir.path(), {{u"late"_s, {}, u"late"_s, ProfileMode::Enforce}}));
    const QString profileDir = dir.path() + u"/etc/apparmor.d"_s;
    QDir().mkpath(profileDir);
    StatusWatcher watcher(SystemRoot::fromDirectory(dir.path()));
    watcher.setInterval(1h); // only the directory watch may trigger the second read
    QSignalSpy spy(&watcher, &StatusWatcher::statusChanged);
    watcher.start();
    QVERIFY(spy.wait());
    QVERIFY(!watcher.index().sourceOf(u"late"_s).isValid());

    QFile f(profileDir + u"/late"_s);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("profile late {\n}\n");
    f.close();
    QVERIFY(spy.wait());
    QCOMPARE(watcher.index().sourceOf(u"late"_s).file, profileDir + u"/late"_s);
}

QTEST_GUILESS_MAIN(TestStatusWatcher)
#include "tst_statuswatcher.moc"
