// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialparser.h"
#include "denialtestlines.h"
#include "desktopnotifier.h"
#include "englishplurals.h"
#include "notificationthrottle.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Flood control end to end, against a real notification server: dunst on its own Xvfb
// display and a private session bus (dbus-daemon), counted by dunst itself (dunstctl).
class TestDesktopNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void capabilities();
    void floodReachesTheServerThrottled();
    void fallbackWithoutServer();
    void closedWhenSeen();

private:
    QProcess *startDaemon(const QString &program, const QStringList &args);
    int dunstCount();
    int dunstDisplayed();
    QTemporaryDir m_dir;
    QList<QProcess *> m_daemons;
    QString m_busAddress;
    QProcessEnvironment m_env;
};

QProcess *TestDesktopNotifier::startDaemon(const QString &program, const QStringList &args)
{
    auto *p = new QProcess(this);
    p->setProcessEnvironment(m_env);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->start(program, args);
    m_daemons.prepend(p);
    return p;
}

void TestDesktopNotifier::initTestCase()
{
    QVERIFY(installEnglishPlurals());
    for (const QString &tool : {u"Xvfb"_s, u"dbus-daemon"_s, u"dunst"_s, u"dunstctl"_s})
        QVERIFY2(!QStandardPaths::findExecutable(tool).isEmpty(), qPrintable(tool + u" is not installed"_s));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"HOME"_s, m_dir.path());
    m_env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));

    // Xvfb picks a free display and writes its number to the fd we give it.
    QProcess *xvfb = startDaemon(
        u"Xvfb"_s, {u"-displayfd"_s, u"1"_s, u"-screen"_s, u"0"_s, u"1024x768x24"_s, u"-nolisten"_s, u"tcp"_s});
    QVERIFY(xvfb->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(xvfb->canReadLine() || xvfb->waitForReadyRead(100), 10000);
    const QString display = u":"_s + QString::fromLatin1(xvfb->readLine().trimmed());
    m_env.insert(u"DISPLAY"_s, display);

    QProcess *bus = startDaemon(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
    QVERIFY(bus->waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(bus->canReadLine() || bus->waitForReadyRead(100), 10000);
    m_busAddress = QString::fromLatin1(bus->readLine().trimmed());
    m_env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_busAddress);

    QProcess *dunst = startDaemon(u"dunst"_s, {});
    QVERIFY(dunst->waitForStarted());
    QDBusConnection connection = QDBusConnection::connectToBus(m_busAddress, u"notifications"_s);
    QVERIFY(connection.isConnected());
    QTRY_VERIFY_WITH_TIMEOUT(connection.interface()->isServiceRegistered(u"org.freedesktop.Notifications"_s), 10000);
}

void TestDesktopNotifier::cleanupTestCase()
{
    QDBusConnection::disconnectFromBus(u"notifications"_s);
    for (QProcess *p : std::as_const(m_daemons)) {
        p->terminate();
        if (!p->waitForFinished(3000))
            p->kill();
    }
}

int TestDesktopNotifier::dunstCount()
{
    int total = 0;
    for (const QString &what : {u"displayed"_s, u"waiting"_s, u"history"_s}) {
        QProcess ctl;
        ctl.setProcessEnvironment(m_env);
        ctl.start(u"dunstctl"_s, {u"count"_s, what});
        if (!ctl.waitForFinished(5000))
            return -1;
        total += ctl.readAllStandardOutput().trimmed().toInt();
    }
    return total;
}

void TestDesktopNotifier::capabilities()
{
    DesktopNotifier notifier(nullptr, QDBusConnection(u"notifications"_s));
    QVERIFY(notifier.hasServer());
    QVERIFY2(notifier.supportsActions(), qPrintable(notifier.capabilities().join(u", "_s)));
}

void TestDesktopNotifier::floodReachesTheServerThrottled()
{
    QSettings settings(m_dir.filePath(u"armorer.conf"_s), QSettings::IniFormat);
    NotificationThrottle throttle(&settings);
    throttle.setWindow(600);
    throttle.setGlobalCap(10);
    DesktopNotifier notifier(nullptr, QDBusConnection(u"notifications"_s));
    connect(&throttle, &NotificationThrottle::popupRequested, &notifier, &DesktopNotifier::show);
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    QSignalSpy popups(&throttle, &NotificationThrottle::popupRequested);
    const int before = dunstCount();
    QVERIFY(before >= 0);

    // 3 000 denials from three profiles in one burst, one muted profile on top.
    throttle.mute(u"noisy"_s);
    QList<AppArmorEvent> burst;
    for (int i = 0; i < 1000; ++i) {
        for (const char *profile : {"firefox", "evince", "cupsd", "noisy"})
            burst.append(TestLines::kernelRecord(i, profile));
    }
    throttle.submit(burst);
    QTRY_COMPARE(shown.size(), 3);
    QSet<uint> ids;
    for (const QList<QVariant> &args : std::as_const(shown)) {
        QVERIFY(args.at(0).toUInt() > 0); // ids from the real server, not the fallback
        ids.insert(args.at(0).toUInt());
    }

    // Each profile's rest arrives as one summary at the end of its window.
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 6, 5000);
    QTest::qWait(1500);
    QCOMPARE(shown.size(), 6);
    QStringList summaries;
    for (const QList<QVariant> &args : std::as_const(popups))
        summaries << args.at(0).value<NotificationThrottle::Popup>().summary;
    QVERIFY2(summaries.contains(u"999 more denials from firefox"_s), qPrintable(summaries.join(u" | "_s)));
    QCOMPARE(throttle.popupsPerProfile().value(u"noisy"_s), 0);
    // Each summary replaced its profile's first notification in place: the same three ids.
    for (const QList<QVariant> &args : std::as_const(shown))
        QVERIFY(ids.contains(args.at(0).toUInt()));
    QCOMPARE(notifier.openIds().size(), 3);
    // dunst itself holds one notification per profile, not six.
    QTRY_COMPARE(dunstCount() - before, 3);
}

void TestDesktopNotifier::closedWhenSeen()
{
    DesktopNotifier notifier(nullptr, QDBusConnection(u"notifications"_s));
    QSignalSpy shown(&notifier, &DesktopNotifier::shown);
    NotificationThrottle::Popup popup;
    popup.profile = u"evince"_s;
    popup.summary = u"AppArmor denied evince"_s;
    popup.sample = *DenialParser::parseLine(TestLines::kernLine(1, "evince").chopped(1));
    notifier.show(popup);
    QTRY_COMPARE(shown.size(), 1);
    const int displayed = dunstDisplayed();
    QVERIFY(displayed >= 1);
    // Marked seen: the notification leaves the screen.
    notifier.closeAll();
    QVERIFY(notifier.openIds().isEmpty());
    QTRY_COMPARE(dunstDisplayed(), displayed - 1);
}

int TestDesktopNotifier::dunstDisplayed()
{
    QProcess ctl;
    ctl.setProcessEnvironment(m_env);
    ctl.start(u"dunstctl"_s, {u"count"_s, u"displayed"_s});
    if (!ctl.waitForFinished(5000))
        return -1;
    return ctl.readAllStandardOutput().trimmed().toInt();
}

void TestDesktopNotifier::fallbackWithoutServer()
{
    // A second bus with no notification server on it, and none to start: the session
    // configuration's service directories would let the call activate dunst wherever a
    // display is set.
    QFile config(m_dir.filePath(u"empty-bus.conf"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(R"(<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/>
  </policy>
</busconfig>
)");
    config.close();
    QProcess bus;
    bus.start(u"dbus-daemon"_s, {u"--config-file="_s + config.fileName(), u"--nofork"_s, u"--print-address=1"_s});
    QVERIFY(bus.waitForStarted());
    QVERIFY(bus.waitForReadyRead(10000));
    const QString address = QString::fromLatin1(bus.readLine().trimmed());
    {
        QDBusConnection empty = QDBusConnection::connectToBus(address, u"empty"_s);
        QVERIFY(empty.isConnected());
        DesktopNotifier notifier(nullptr, empty);
        QVERIFY(!notifier.hasServer());
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        NotificationThrottle::Popup popup;
        popup.profile = u"firefox"_s;
        popup.summary = u"AppArmor denied firefox"_s;
        notifier.show(popup);
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.at(0).at(0).toUInt(), 0u);
    }
    QDBusConnection::disconnectFromBus(u"empty"_s);
    bus.terminate();
    bus.waitForFinished(3000);
}

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
