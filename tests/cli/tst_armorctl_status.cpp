// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "demoroot.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

// Runs the real armorctl binary against fixture roots.
class TestArmorctlStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void json();
    void text();
    void disabledFilesListed();
    void exitCodes_data();
    void exitCodes();
    void noPermission();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    static Run armorctl(const QStringList &args, const QStringList &prefix = {});
    static void makeFixture(const QString &dir);
};

TestArmorctlStatus::Run TestArmorctlStatus::armorctl(const QStringList &args, const QStringList &prefix)
{
    QProcess p;
    const QString exe = QStringLiteral(ARMORER_BIN_DIR "/armorctl");
    if (prefix.isEmpty())
        p.start(exe, args);
    else
        p.start(prefix.first(), prefix.mid(1) + QStringList{exe} + args);
    if (!p.waitForFinished(30000))
        return {-1, {}, "timeout"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

void TestArmorctlStatus::makeFixture(const QString &dir)
{
    QVERIFY(DemoRoot::writeProfiles(dir,
        {{u"/usr/sbin/cupsd"_s, {}, {}, ProfileMode::Enforce}, {u"firefox"_s, {}, {}, ProfileMode::Complain},
            {u"my app"_s, {}, {}, ProfileMode::Kill}, {u"chrome"_s, {}, {}, ProfileMode::Unconfined},
            {u"ask"_s, {}, {}, ProfileMode::Prompt}, {u":ns://inner"_s, {}, {}, ProfileMode::Enforce}}));
    QVERIFY(DemoRoot::addProcess(dir, 100, u"/usr/lib/firefox/firefox"_s, u"firefox (complain)"_s));
    QVERIFY(DemoRoot::addProcess(dir, 101, u"/usr/lib/firefox/firefox"_s, u"firefox (complain)"_s));
    QVERIFY(DemoRoot::addProcess(dir, 300, u"/usr/sbin/cupsd"_s, u"unconfined"_s));
    QVERIFY(DemoRoot::addProcess(dir, 400, u"/usr/bin/bash"_s, u"unconfined"_s));
    QVERIFY(DemoRoot::addProcess(dir, 500, u"/opt/my app/bin"_s, u"my app (kill)"_s));
}

void TestArmorctlStatus::json()
{
    QTemporaryDir dir;
    makeFixture(dir.path());
    const Run run = armorctl({u"status"_s, u"--json"_s, u"--root"_s, dir.path()});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(run.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.value(u"version"_s).toString(), u"2"_s);

    const QJsonObject profiles = doc.value(u"profiles"_s).toObject();
    QCOMPARE(profiles.size(), 6);
    QCOMPARE(profiles.value(u"/usr/sbin/cupsd"_s).toString(), u"enforce"_s);
    QCOMPARE(profiles.value(u"firefox"_s).toString(), u"complain"_s);
    QCOMPARE(profiles.value(u"my app"_s).toString(), u"kill"_s);
    QCOMPARE(profiles.value(u"chrome"_s).toString(), u"unconfined"_s);
    QCOMPARE(profiles.value(u"ask"_s).toString(), u"prompt"_s);
    QCOMPARE(profiles.value(u":ns://inner"_s).toString(), u"enforce"_s);

    const QJsonObject processes = doc.value(u"processes"_s).toObject();
    QCOMPARE(
        processes.keys(), (QStringList{u"/opt/my app/bin"_s, u"/usr/lib/firefox/firefox"_s, u"/usr/sbin/cupsd"_s}));
    const QJsonArray firefox = processes.value(u"/usr/lib/firefox/firefox"_s).toArray();
    QCOMPARE(firefox.size(), 2);
    QCOMPARE(firefox[0].toObject().value(u"profile"_s).toString(), u"firefox"_s);
    QCOMPARE(firefox[0].toObject().value(u"pid"_s).toString(), u"100"_s); // a string, as in aa-status
    QCOMPARE(firefox[1].toObject().value(u"pid"_s).toString(), u"101"_s);
    QCOMPARE(firefox[0].toObject().value(u"status"_s).toString(), u"complain"_s);
    const QJsonObject cupsd = processes.value(u"/usr/sbin/cupsd"_s).toArray().at(0).toObject();
    QCOMPARE(cupsd.value(u"profile"_s).toString(), u"/usr/sbin/cupsd"_s);
    QCOMPARE(cupsd.value(u"status"_s).toString(), u"unconfined"_s);
    QCOMPARE(processes.value(u"/opt/my app/bin"_s).toArray().at(0).toObject().value(u"status"_s).toString(), u"kill"_s);
}

void TestArmorctlStatus::text()
{
    QTemporaryDir dir;
    makeFixture(dir.path());
    const Run run = armorctl({u"status"_s, u"--root"_s, dir.path()});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"6 profiles are loaded.\n"_s), qPrintable(out));
    QVERIFY(out.contains(u"2 profiles are in enforce mode.\n   /usr/sbin/cupsd\n   :ns://inner\n"_s));
    QVERIFY(out.contains(u"1 profiles are in kill mode.\n   my app\n"_s));
    QVERIFY(out.contains(u"4 processes have profiles defined.\n"_s));
    QVERIFY(out.contains(u"1 processes are unconfined but have a profile defined.\n   /usr/sbin/cupsd (300) \n"_s));
}

// A file with a link in disable/ (as aa-disable makes it) is listed after aa-status's layout;
// a dangling link, or a file that is not a link, is not.
void TestArmorctlStatus::disabledFilesListed()
{
    QTemporaryDir dir;
    makeFixture(dir.path());
    const QString profiles = dir.path() + u"/etc/apparmor.d"_s;
    QVERIFY(QDir().mkpath(profiles + u"/disable"_s));
    const Run before = armorctl({u"status"_s, u"--root"_s, dir.path()});
    QCOMPARE(before.exitCode, 0);
    QVERIFY2(!before.out.contains("disabled"), before.out.constData());
    for (const char *name : {"usr.bin.one", "usr.bin.two", "usr.bin.plain"}) {
        QFile f(profiles + u'/' + QString::fromLatin1(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("profile x {}\n");
    }
    QVERIFY(QFile::link(u"../usr.bin.one"_s, profiles + u"/disable/usr.bin.one"_s));
    QVERIFY(QFile::link(profiles + u"/usr.bin.two"_s, profiles + u"/disable/usr.bin.two"_s));
    QVERIFY(QFile::link(u"../usr.bin.gone"_s, profiles + u"/disable/usr.bin.gone"_s));
    QFile plain(profiles + u"/disable/usr.bin.plain"_s);
    QVERIFY(plain.open(QIODevice::WriteOnly));
    plain.close();
    const Run run = armorctl({u"status"_s, u"--root"_s, dir.path()});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"6 profiles are loaded.\n"_s), qPrintable(out));
    QVERIFY2(out.endsWith(u"2 profile files disabled (armorctl enable FILE):\n   usr.bin.one\n   usr.bin.two\n"_s),
        qPrintable(out));
}

void TestArmorctlStatus::exitCodes_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<bool>("json");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("ok") << u"ok"_s << false << 0;
    QTest::newRow("disabled") << u"none"_s << false << 1;
    QTest::newRow("disabled, json") << u"none"_s << true << 1;
    QTest::newRow("no policy") << u"empty"_s << false << 2;
    QTest::newRow("no policy, json") << u"empty"_s << true << 2;
    QTest::newRow("no control files") << u"module-only"_s << false << 3;
}

void TestArmorctlStatus::exitCodes()
{
    QFETCH(QString, layout);
    QFETCH(bool, json);
    QTemporaryDir dir;
    if (layout == u"ok")
        makeFixture(dir.path());
    if (layout == u"empty")
        QVERIFY(DemoRoot::writeProfiles(dir.path(), {}));
    if (layout == u"module-only")
        QDir().mkpath(dir.path() + u"/sys/module/apparmor"_s);
    QStringList args{u"status"_s, u"--root"_s, dir.path()};
    if (json)
        args << u"--json"_s;
    const Run run = armorctl(args);
    QTEST(run.exitCode, "exitCode");
    if (run.exitCode != 0 && run.exitCode != 2)
        QVERIFY2(!run.err.isEmpty(), "a failure must say why on stderr");
    if (json && run.exitCode == 2) {
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc.value(u"profiles"_s).toObject().size(), 0);
    }
}

// aa-status exits 4 when the profiles file cannot be read. Root reads everything, so the check
// runs as a real unprivileged user when the test runs as root.
void TestArmorctlStatus::noPermission()
{
    QTemporaryDir dir;
    makeFixture(dir.path());
    QFile::setPermissions(dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::ExeOther);
    const QString profiles = dir.path() + u"/sys/kernel/security/apparmor/profiles"_s;
    QVERIFY(QFile::setPermissions(profiles, QFile::ReadOwner | QFile::WriteOwner));
    QStringList prefix;
    if (::geteuid() == 0) {
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        QVERIFY2(!setpriv.isEmpty(), "setpriv (util-linux) is needed to drop root");
        prefix = {setpriv, u"--reuid=4711"_s, u"--regid=4711"_s, u"--clear-groups"_s};
    }
    const Run run = armorctl({u"status"_s, u"--root"_s, dir.path()}, prefix);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains("administrator"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestArmorctlStatus)
#include "tst_armorctl_status.moc"
