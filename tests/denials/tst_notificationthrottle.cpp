// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialparser.h"
#include "denialtestlines.h"
#include "englishplurals.h"
#include "notificationthrottle.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Flood control, with short windows so the test runs in well under a second per case.
class TestNotificationThrottle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void onePopupPerProfilePerWindow();
    void summaryPlurals_data();
    void summaryPlurals();
    void globalCap();
    void muteIsPersisted();
    void onlyDeniedAndAllowedNotify();
    void unverifiedNeverNotifies();
    void namesAreEscaped();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
};

static AppArmorEvent record(int n, const QByteArray &profile)
{
    return TestLines::kernelRecord(n, profile);
}

static QList<AppArmorEvent> flood(int count, const QByteArray &profile)
{
    QList<AppArmorEvent> list;
    for (int i = 0; i < count; ++i)
        list.append(record(i, profile));
    return list;
}

void TestNotificationThrottle::initTestCase()
{
    QVERIFY(installEnglishPlurals());
}

void TestNotificationThrottle::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"armorer.conf"_s), QSettings::IniFormat);
}

void TestNotificationThrottle::onePopupPerProfilePerWindow()
{
    NotificationThrottle throttle(m_settings.get());
    throttle.setWindow(300);
    QSignalSpy popups(&throttle, &NotificationThrottle::popupRequested);
    QSignalSpy unseen(&throttle, &NotificationThrottle::unseenCountChanged);

    throttle.submit(flood(38, "firefox"));
    QCOMPARE(popups.size(), 1);
    const auto first = popups.at(0).at(0).value<NotificationThrottle::Popup>();
    QCOMPARE(first.profile, u"firefox"_s);
    QVERIFY(!first.isSummary);
    QCOMPARE(first.sample.name, u"/tmp/f0"_s);
    QCOMPARE(throttle.unseenCount(), 38);
    QCOMPARE(unseen.size(), 1);

    // The window's rest arrives as one summary at its end, not before.
    QTest::qWait(150);
    QCOMPARE(popups.size(), 1);
    QTRY_COMPARE(popups.size(), 2);
    const auto summary = popups.at(1).at(0).value<NotificationThrottle::Popup>();
    QVERIFY(summary.isSummary);
    QCOMPARE(summary.count, quint64(37));
    QCOMPARE(summary.summary, u"37 more denials from firefox"_s);

    // A quiet window later, a new denial pops up at once again.
    QTest::qWait(700);
    throttle.submit(flood(1, "firefox"));
    QCOMPARE(popups.size(), 3);
    throttle.markAllSeen();
    QCOMPARE(throttle.unseenCount(), 0);
}

// The summary counts what came after the first popup, in English words for one and many.
void TestNotificationThrottle::summaryPlurals_data()
{
    QTest::addColumn<int>("denials");
    QTest::addColumn<QString>("summary");
    QTest::newRow("one more") << 2 << u"1 more denial from firefox"_s;
    QTest::newRow("two more") << 3 << u"2 more denials from firefox"_s;
}

void TestNotificationThrottle::summaryPlurals()
{
    QFETCH(int, denials);
    QFETCH(QString, summary);
    NotificationThrottle throttle(m_settings.get());
    throttle.setWindow(50);
    QSignalSpy popups(&throttle, &NotificationThrottle::popupRequested);
    throttle.submit(flood(denials, "firefox"));
    QTRY_COMPARE(popups.size(), 2);
    QCOMPARE(popups.at(1).at(0).value<NotificationThrottle::Popup>().summary, summary);
}

void TestNotificationThrottle::globalCap()
{
    NotificationThrottle throttle(m_settings.get());
    throttle.setWindow(300);
    throttle.setGlobalCap(3);
    QSignalSpy popups(&throttle, &NotificationThrottle::popupRequested);
    for (int p = 0; p < 10; ++p)
        throttle.submit(flood(5, "profile" + QByteArray::number(p)));
    QCOMPARE(popups.size(), 3);
    // The overflow comes as one summary over the profiles that did not get a popup.
    QTRY_VERIFY(popups.size() >= 4);
    bool sawOverflow = false;
    for (const QList<QVariant> &args : std::as_const(popups)) {
        const auto p = args.at(0).value<NotificationThrottle::Popup>();
        if (p.isSummary && p.profile.isEmpty()) {
            sawOverflow = true;
            QVERIFY2(p.summary.contains(u"profiles"_s), qPrintable(p.summary));
        }
    }
    QTest::qWait(1200);
    QVERIFY(sawOverflow || popups.size() > 4);
    // Never more than the cap within any window.
    QVERIFY(popups.size() <= 3 * 5);
}

void TestNotificationThrottle::muteIsPersisted()
{
    {
        NotificationThrottle throttle(m_settings.get());
        QSignalSpy muted(&throttle, &NotificationThrottle::mutedChanged);
        throttle.mute(u"firefox"_s);
        QCOMPARE(muted.size(), 1);
        QSignalSpy popups(&throttle, &NotificationThrottle::popupRequested);
        throttle.submit(flood(10, "firefox"));
        QCOMPARE(popups.size(), 0);
        QCOMPARE(throttle.unseenCount(), 0);
    }
    QSettings reread(m_dir->filePath(u"armorer.conf"_s), QSettings::IniFormat);
    NotificationThrottle again(&reread);
    QVERIFY(again.isMuted(u"firefox"_s));
    QCOMPARE(again.mutedProfiles(), QStringList{u"firefox"_s});
    again.unmute(u"firefox"_s);
    QSignalSpy popups(&again, &NotificationThrottle::popupRequested);
    again.submit(flood(1, "firefox"));
    QCOMPARE(popups.size(), 1);
    QSettings third(m_dir->filePath(u"armorer.conf"_s), QSettings::IniFormat);
    QVERIFY(!NotificationThrottle(&third).isMuted(u"firefox"_s));
}

void TestNotificationThrottle::onlyDeniedAndAllowedNotify()
{
    NotificationThrottle throttle(m_settings.get());
    QSignalSpy popups(&throttle, &NotificationThrottle::popupRequested);
    AppArmorEvent status = record(1, "x");
    status.kind = AppArmorEvent::Kind::Status;
    AppArmorEvent audit = record(2, "y");
    audit.kind = AppArmorEvent::Kind::Audit;
    throttle.submit({status, audit});
    QCOMPARE(popups.size(), 0);
    AppArmorEvent allowed = record(3, "z");
    allowed.kind = AppArmorEvent::Kind::Allowed;
    throttle.submit({allowed});
    QCOMPARE(popups.size(), 1);
    QVERIFY(popups.at(0).at(0).value<NotificationThrottle::Popup>().summary.contains(u"complain"_s));
}

// A record any user could have written (a logger line in syslog) never pops up, and is not
// counted as unseen: a popup would put anyone's text in front of the admin under AppArmor's name.
void TestNotificationThrottle::unverifiedNeverNotifies()
{
    NotificationThrottle throttle(m_settings.get());
    QSignalSpy popups(&throttle, &NotificationThrottle::popupRequested);
    QList<AppArmorEvent> forged = flood(5, "cupsd");
    for (AppArmorEvent &d : forged)
        d.origin = AppArmorEvent::Origin::OtherProcess;
    AppArmorEvent pasted = record(6, "cupsd");
    pasted.origin = AppArmorEvent::Origin::Unknown;
    forged.append(pasted);
    throttle.submit(forged);
    QCOMPARE(popups.size(), 0);
    QCOMPARE(throttle.unseenCount(), 0);
    throttle.submit({record(7, "cupsd")});
    QCOMPARE(popups.size(), 1);
}

void TestNotificationThrottle::namesAreEscaped()
{
    NotificationThrottle throttle(m_settings.get());
    QSignalSpy popups(&throttle, &NotificationThrottle::popupRequested);
    AppArmorEvent d = record(1, "app");
    d.name = u"/tmp/a\n\x1b[2Jb"_s;
    d.comm = u"x\x1b]0;t\x07"_s;
    d.profile = u"p\r"_s;
    throttle.submit({d});
    QCOMPARE(popups.size(), 1);
    const auto popup = popups.at(0).at(0).value<NotificationThrottle::Popup>();
    for (const QString &text : {popup.summary, popup.body}) {
        for (const QChar c : text)
            QVERIFY2(c.unicode() >= 0x20 || c == u'\n', qPrintable(text));
    }
    QVERIFY2(popup.body.contains(u"/tmp/a\\n\\e[2Jb"_s), qPrintable(popup.body));
    QCOMPARE(popup.body.count(u'\n'), 1); // only the line the popup itself puts before "by"
}

QTEST_GUILESS_MAIN(TestNotificationThrottle)
#include "tst_notificationthrottle.moc"
