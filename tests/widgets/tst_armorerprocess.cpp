// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "demoroot.h"
#include "singleinstance.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <thread>

using namespace Qt::StringLiterals;

// The armorer process as a user meets it: one process per session (a private dbus-daemon is
// the session bus), a second start handing over its arguments, the demo cleaning up after
// SIGTERM and SIGINT, and --help without a display.
class TestArmorerProcess : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void secondInstanceForwards();
    void secondProcessRaisesTheFirst();
    void demoCleansUpOnSignal_data();
    void demoCleansUpOnSignal();
    void helpWithoutDisplay();

private:
    QProcessEnvironment environment() const;
    static bool anyProcessMentions(const QString &text);
    QProcess m_bus;
    QString m_address;
    QTemporaryDir m_home;
};

void TestArmorerProcess::initTestCase()
{
    m_bus.start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
    QVERIFY(m_bus.waitForStarted());
    QVERIFY(m_bus.waitForReadyRead(10000));
    m_address = QString::fromLatin1(m_bus.readLine().trimmed());
    QVERIFY(!m_address.isEmpty());
}

void TestArmorerProcess::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(u"first"_s);
    QDBusConnection::disconnectFromBus(u"second"_s);
    QDBusConnection::disconnectFromBus(u"watch"_s);
    m_bus.terminate();
    m_bus.waitForFinished(3000);
}

QProcessEnvironment TestArmorerProcess::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_address);
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, m_home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
    return env;
}

bool TestArmorerProcess::anyProcessMentions(const QString &text)
{
    QDirIterator it(u"/proc"_s, QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString dir = it.next();
        bool numeric = false;
        it.fileName().toInt(&numeric);
        if (!numeric)
            continue;
        QFile cmdline(dir + u"/cmdline"_s);
        if (cmdline.open(QIODevice::ReadOnly) && QString::fromUtf8(cmdline.readAll()).contains(text))
            return true;
    }
    return false;
}

void TestArmorerProcess::secondInstanceForwards()
{
    QDBusConnection first = QDBusConnection::connectToBus(m_address, u"first"_s);
    QDBusConnection second = QDBusConnection::connectToBus(m_address, u"second"_s);
    QVERIFY(first.isConnected() && second.isConnected());
    const QString name = SingleInstance::serviceNameFor(false, u"/some/root"_s);
    QVERIFY(name.startsWith(u"io.github.armorer.Gui."_s));
    QVERIFY(name != SingleInstance::serviceNameFor(false, {}));
    QVERIFY(name != SingleInstance::serviceNameFor(false, u"/other/root"_s));

    SingleInstance primary(first, name);
    QCOMPARE(primary.claim(), SingleInstance::Role::Primary);
    QSignalSpy activated(&primary, &SingleInstance::activated);
    {
        SingleInstance later(second, name);
        QCOMPARE(later.claim(), SingleInstance::Role::Secondary);
        // forward() blocks as a second process would; the primary answers from this thread's loop.
        QString error;
        bool forwarded = false;
        std::thread caller([&] {
            forwarded = later.forward({u"--page"_s, u"denials"_s}, &error);
        });
        QTRY_VERIFY(activated.size() == 1);
        caller.join();
        QVERIFY2(forwarded, qPrintable(error));
    }
    QTRY_COMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toStringList(), (QStringList{u"--page"_s, u"denials"_s}));
}

void TestArmorerProcess::secondProcessRaisesTheFirst()
{
    QTemporaryDir root;
    QVERIFY(DemoRoot::writeProfiles(root.path(), {{u"a"_s, {}, {}, ProfileMode::Enforce}}));
    QDBusConnection watch = QDBusConnection::connectToBus(m_address, u"watch"_s);
    const QString name = SingleInstance::serviceNameFor(false, root.path());

    QProcess first;
    first.setProcessEnvironment(environment());
    first.setProcessChannelMode(QProcess::ForwardedChannels);
    first.start(QStringLiteral(ARMORER_BIN_DIR "/armorer"), {u"--tray"_s, u"--root"_s, root.path()});
    QVERIFY(first.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(watch.interface()->isServiceRegistered(name).value(), 20000);

    // A second start with --page denials hands it over and ends; the first one stays.
    QProcess second;
    second.setProcessEnvironment(environment());
    second.start(QStringLiteral(ARMORER_BIN_DIR "/armorer"), {u"--page"_s, u"denials"_s, u"--root"_s, root.path()});
    QVERIFY(second.waitForFinished(20000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(first.state(), QProcess::Running);
    QVERIFY(watch.interface()->isServiceRegistered(name).value());

    // SIGTERM ends it cleanly (the event loop quits, destructors run), and the name goes.
    QVERIFY(first.processId() > 0); // kill(0, ...) would kill the test's own process group
    ::kill(pid_t(first.processId()), SIGTERM);
    QVERIFY(first.waitForFinished(20000));
    QCOMPARE(first.exitStatus(), QProcess::NormalExit);
    QCOMPARE(first.exitCode(), 0);
    QTRY_VERIFY(!watch.interface()->isServiceRegistered(name).value());
}

void TestArmorerProcess::demoCleansUpOnSignal_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestArmorerProcess::demoCleansUpOnSignal()
{
    QFETCH(int, signal);
    QTemporaryDir tmp;
    QProcessEnvironment env = environment();
    env.insert(u"TMPDIR"_s, tmp.path());
    QProcess demo;
    demo.setProcessEnvironment(env);
    demo.setProcessChannelMode(QProcess::ForwardedChannels);
    demo.start(QStringLiteral(ARMORER_BIN_DIR "/armorer"), {u"--demo"_s});
    QVERIFY(demo.waitForStarted());
    // The demo's root, with its private helper and bus running over it.
    QString demoDir;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QStringList dirs = QDir(tmp.path()).entryList({u"armorer-demo-*"_s}, QDir::Dirs);
            demoDir = dirs.isEmpty() ? QString() : tmp.filePath(dirs.constFirst());
            return !demoDir.isEmpty() && anyProcessMentions(demoDir);
        }(),
        60000);
    QVERIFY(demo.processId() > 0); // kill(0, ...) would kill the test's own process group
    ::kill(pid_t(demo.processId()), signal);
    QVERIFY(demo.waitForFinished(30000));
    QCOMPARE(demo.exitStatus(), QProcess::NormalExit);
    QVERIFY2(!QFileInfo::exists(demoDir), qPrintable(demoDir + u" is left behind"_s));
    QTRY_VERIFY2_WITH_TIMEOUT(!anyProcessMentions(demoDir), "the private helper or its bus outlived the demo", 10000);
}

void TestArmorerProcess::helpWithoutDisplay()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    for (const QString &option : {u"--help"_s, u"--version"_s}) {
        QProcess armorer;
        armorer.setProcessEnvironment(env);
        armorer.start(QStringLiteral(ARMORER_BIN_DIR "/armorer"), {option});
        QVERIFY(armorer.waitForFinished(20000));
        QCOMPARE(armorer.exitStatus(), QProcess::NormalExit);
        QCOMPARE(armorer.exitCode(), 0);
        const QString out = QString::fromUtf8(armorer.readAllStandardOutput());
        QVERIFY2(out.contains(option == u"--help" ? u"--demo"_s : u"armorer"_s), qPrintable(out));
        QVERIFY(!armorer.readAllStandardError().contains("could not connect to display"));
    }
}

QTEST_GUILESS_MAIN(TestArmorerProcess)
#include "tst_armorerprocess.moc"
