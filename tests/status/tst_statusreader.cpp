// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "demoroot.h"
#include "statusreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStatusReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void states_data();
    void states();
    void readsProfilesAndProcesses();
};

static void writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}

void TestStatusReader::states_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("state");
    QTest::newRow("nothing: disabled") << u"none"_s << int(StatusSnapshot::State::Disabled);
    QTest::newRow("module says N: disabled") << u"module-off"_s << int(StatusSnapshot::State::Disabled);
    QTest::newRow("module, no securityfs") << u"module-only"_s << int(StatusSnapshot::State::NoControlFiles);
    QTest::newRow("securityfs without profiles file")
        << u"no-profiles-file"_s << int(StatusSnapshot::State::NoControlFiles);
    QTest::newRow("empty profiles file") << u"empty"_s << int(StatusSnapshot::State::NoPolicy);
    QTest::newRow("profiles") << u"ok"_s << int(StatusSnapshot::State::Ok);
}

void TestStatusReader::states()
{
    QFETCH(QString, layout);
    QTemporaryDir dir;
    const QString root = dir.path();
    const QString sfs = root + u"/sys/kernel/security/apparmor"_s;
    if (layout == u"module-off")
        writeFile(root + u"/sys/module/apparmor/parameters/enabled"_s, "N\n");
    if (layout == u"module-only")
        writeFile(root + u"/sys/module/apparmor/parameters/enabled"_s, "Y\n");
    if (layout == u"no-profiles-file")
        QDir().mkpath(sfs);
    if (layout == u"empty")
        writeFile(sfs + u"/profiles"_s, "");
    if (layout == u"ok")
        writeFile(sfs + u"/profiles"_s, "a (enforce)\n");
    const auto status = StatusReader(SystemRoot::fromDirectory(root)).read();
    QTEST(int(status.state), "state");
    QCOMPARE(status.message.isEmpty(), status.state == StatusSnapshot::State::Ok);
    QCOMPARE(status.exitCode(), int(status.state));
}

void TestStatusReader::readsProfilesAndProcesses()
{
    QTemporaryDir dir;
    QVERIFY(DemoRoot::writeProfiles(dir.path(),
        {{u"zeta"_s, {}, u"zeta"_s, ProfileMode::Complain},
            {u"/usr/bin/man"_s, {}, u"/usr/bin/man"_s, ProfileMode::Enforce}}));
    writeFile(dir.path() + u"/sys/kernel/security/apparmor/profiles"_s,
        "zeta (complain)\n/usr/bin/man (enforce)\nnot a profile line\n");
    QVERIFY(DemoRoot::addProcess(dir.path(), 10, u"/usr/bin/zeta"_s, u"zeta (complain)"_s));
    QVERIFY(DemoRoot::addProcess(dir.path(), 11, u"/usr/bin/man"_s, u"unconfined"_s));
    const auto status = StatusReader(SystemRoot::fromDirectory(dir.path())).read();
    QCOMPARE(status.state, StatusSnapshot::State::Ok);
    QCOMPARE(status.profiles.size(), 2);
    QCOMPARE(status.profiles[0].name, u"/usr/bin/man"_s); // sorted
    QCOMPARE(status.parseErrors.size(), 1);
    QCOMPARE(status.processes.size(), 2);
    QCOMPARE(status.processes[1].mode, ProfileMode::Unconfined);
}

QTEST_GUILESS_MAIN(TestStatusReader)
#include "tst_statusreader.moc"
