// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "demoroot.h"
#include "processscanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProcessScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scan_data();
    void scan();
    void prefersApparmorAttrDirectory();
    void missingProcDir();
};

static void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

void TestProcessScanner::scan_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("exe");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<int>("mode");

    QTest::newRow("enforce") << u"/usr/sbin/cupsd (enforce)"_s << u"/usr/sbin/cupsd"_s << true << u"/usr/sbin/cupsd"_s
                             << int(ProfileMode::Enforce);
    QTest::newRow("complain, named profile") << u"firefox (complain)"_s << u"/usr/lib/firefox/firefox"_s << true
                                             << u"firefox"_s << int(ProfileMode::Complain);
    QTest::newRow("kill") << u"nosy (kill)"_s << u"/bin/nosy"_s << true << u"nosy"_s << int(ProfileMode::Kill);
    QTest::newRow("child profile") << u"dnsmasq//libvirt_leaseshelper (enforce)"_s << u"/usr/lib/helper"_s << true
                                   << u"dnsmasq//libvirt_leaseshelper"_s << int(ProfileMode::Enforce);
    QTest::newRow("stack, mixed") << u"a//&b (mixed)"_s << u"/bin/a"_s << true << u"a//&b"_s << int(ProfileMode::Mixed);
    QTest::newRow("unconfined, profile loaded for exe")
        << u"unconfined"_s << u"/usr/bin/man"_s << true << u"/usr/bin/man"_s << int(ProfileMode::Unconfined);
    QTest::newRow("unconfined, no profile") << u"unconfined"_s << u"/usr/bin/bash"_s << false << QString() << 0;
    QTest::newRow("empty label") << u""_s << u"/usr/bin/x"_s << false << QString() << 0;
    QTest::newRow("garbage label") << u"\x01\x02 nonsense"_s << u"/usr/bin/x"_s << false << QString() << 0;
}

void TestProcessScanner::scan()
{
    QFETCH(QString, label);
    QFETCH(QString, exe);
    QFETCH(bool, listed);
    QTemporaryDir root;
    QVERIFY(DemoRoot::addProcess(root.path(), 321, exe, label));
    // A kernel thread: a label but no exe link. It is never listed.
    writeFile(root.path() + u"/proc/2/attr/current"_s, "unconfined\n");
    // Not a pid.
    writeFile(root.path() + u"/proc/self/attr/current"_s, "x (enforce)\n");

    const ProcessScanner scanner(root.path() + u"/proc"_s);
    const auto processes = scanner.scan({u"/usr/bin/man"_s, u"/usr/sbin/cupsd"_s});
    QCOMPARE(processes.size(), listed ? 1 : 0);
    if (!listed)
        return;
    QCOMPARE(processes[0].pid, 321);
    QCOMPARE(processes[0].exe, exe);
    QTEST(processes[0].profile, "profile");
    QTEST(int(processes[0].mode), "mode");
}

void TestProcessScanner::prefersApparmorAttrDirectory()
{
    // With LSM stacking the AppArmor label is in attr/apparmor/current and attr/current may
    // belong to another LSM.
    QTemporaryDir root;
    QVERIFY(DemoRoot::addProcess(root.path(), 77, u"/usr/bin/evince"_s, u"system_u:system_r:foo_t"_s));
    writeFile(root.path() + u"/proc/77/attr/apparmor/current"_s, "evince (enforce)\n");
    const auto processes = ProcessScanner(root.path() + u"/proc"_s).scan({});
    QCOMPARE(processes.size(), 1);
    QCOMPARE(processes[0].profile, u"evince"_s);
    QCOMPARE(processes[0].mode, ProfileMode::Enforce);
}

void TestProcessScanner::missingProcDir()
{
    QVERIFY(ProcessScanner(u"/nonexistent/proc"_s).scan({}).isEmpty());
}

QTEST_GUILESS_MAIN(TestProcessScanner)
#include "tst_processscanner.moc"
