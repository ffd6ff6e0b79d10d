// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "demoroot.h"
#include "firstrundialog.h"
#include "setupcheck.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSetupCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void findings_data();
    void findings();
    void realProbesWithoutSessionBus();
    void demoAndNotificationButtonsTellTheTruth();
    void firstRunScreenShowsFixes();
    void firstRunShownOnceThenWhileMissing();
};

void TestSetupCheck::findings_data()
{
    QTest::addColumn<QString>("kernel"); // "apparmor", "nosecurityfs", "none"
    QTest::addColumn<QString>("logFile"); // a readable log under the root, or empty
    QTest::addColumn<bool>("journal");
    QTest::addColumn<bool>("notifications");
    QTest::addColumn<QString>("expected"); // ok flags: kernel, logs, notifications
    QTest::addColumn<QString>("fixMentions"); // a word the first fix must contain

    QTest::newRow("all there") << u"apparmor"_s << QString() << true << true << u"111"_s << QString();
    QTest::newRow("no kernel") << u"none"_s << QString() << true << true << u"011"_s << u"apparmor=1"_s;
    QTest::newRow("no securityfs") << u"nosecurityfs"_s << QString() << true << true << u"011"_s << u"securityfs"_s;
    QTest::newRow("no logs") << u"apparmor"_s << QString() << false << true << u"101"_s << u"usermod"_s;
    QTest::newRow("kern.log only") << u"apparmor"_s << u"/var/log/kern.log"_s << false << true << u"111"_s << QString();
    QTest::newRow("no notifications") << u"apparmor"_s << QString() << true << false << u"110"_s << u"dunst"_s;
}

void TestSetupCheck::findings()
{
    QFETCH(QString, kernel);
    QFETCH(QString, logFile);
    QFETCH(bool, journal);
    QFETCH(bool, notifications);
    QFETCH(QString, expected);
    QFETCH(QString, fixMentions);

    QTemporaryDir dir;
    if (kernel == u"apparmor")
        QVERIFY(DemoRoot::writeProfiles(dir.path(), {{u"a"_s, {}, {}, ProfileMode::Enforce}}));
    else if (kernel == u"nosecurityfs")
        QVERIFY(QDir().mkpath(dir.filePath(u"sys/module/apparmor"_s)));
    if (!logFile.isEmpty()) {
        QVERIFY(QDir().mkpath(QFileInfo(dir.path() + logFile).absolutePath()));
        QFile f(dir.path() + logFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    SetupCheck::Probes probes;
    probes.journalReadable = [journal] {
        return journal;
    };
    probes.notificationServer = [notifications] {
        return notifications;
    };
    const QList<SetupCheck::Finding> findings = SetupCheck::run(SystemRoot::fromDirectory(dir.path()), probes);
    QCOMPARE(findings.size(), 3);
    QString got;
    for (const SetupCheck::Finding &f : findings) {
        got += f.ok ? u'1' : u'0';
        QVERIFY(!f.title.isEmpty());
        QVERIFY(!f.detail.isEmpty());
        QCOMPARE(f.fix.isEmpty(), f.ok); // every problem says how to fix it
    }
    QCOMPARE(got, expected);
    QCOMPARE(SetupCheck::allOk(findings), expected == u"111");
    if (!fixMentions.isEmpty()) {
        const auto missing = std::find_if(findings.cbegin(), findings.cend(), [](const auto &f) {
            return !f.ok;
        });
        QVERIFY2(missing->fix.contains(fixMentions), qPrintable(missing->fix));
    }
    if (!logFile.isEmpty())
        QVERIFY(findings[1].detail.contains(logFile));
}

void TestSetupCheck::demoAndNotificationButtonsTellTheTruth()
{
    // The demo's sandbox simulates an AppArmor kernel; the kernel checked is the real one.
    QTemporaryDir sandbox;
    QTemporaryDir noAppArmor;
    QVERIFY(DemoRoot::writeProfiles(sandbox.path(), {{u"a"_s, {}, {}, ProfileMode::Enforce}}));
    SetupCheck::Probes probes;
    probes.journalReadable = [] {
        return true;
    };
    probes.notificationServer = [] {
        return true;
    };
    probes.notificationServerName = [] {
        return u"dunst"_s;
    };
    probes.notificationCapabilities = [] {
        return QStringList{u"body"_s};
    };
    probes.kernelRoot = SystemRoot::fromDirectory(noAppArmor.path());
    QList<SetupCheck::Finding> findings = SetupCheck::run(SystemRoot::fromDirectory(sandbox.path()), probes);
    QVERIFY(!findings[0].ok);
    QVERIFY2(!findings[0].detail.contains(u"AppArmor is enabled"_s), qPrintable(findings[0].detail));
    QVERIFY(findings[0].detail.contains(u"sandboxed"_s));
    // A server without the "actions" capability shows no buttons, and the check says so.
    QVERIFY2(findings[2].detail.contains(u"no buttons"_s), qPrintable(findings[2].detail));
    QVERIFY(findings[2].detail.contains(u"dunst"_s));
    probes.notificationCapabilities = [] {
        return QStringList{u"body"_s, u"actions"_s};
    };
    findings = SetupCheck::run(SystemRoot::fromDirectory(sandbox.path()), probes);
    QVERIFY2(findings[2].detail.contains(u"shows buttons"_s), qPrintable(findings[2].detail));
}

void TestSetupCheck::realProbesWithoutSessionBus()
{
    // No session bus at all: the real probe must say "no notification server", not hang or crash.
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    const SetupCheck::Probes probes = SetupCheck::systemProbes();
    QVERIFY(!probes.notificationServer());
}

void TestSetupCheck::firstRunScreenShowsFixes()
{
    QList<SetupCheck::Finding> findings = {{SetupCheck::Item::Kernel, false, u"Kernel"_s, u"none"_s, u"boot it"_s},
        {SetupCheck::Item::Logs, true, u"Logs"_s, u"fine"_s, QString()}};
    FirstRunDialog dialog(findings);
    QStringList texts;
    for (QLabel *label : dialog.findChildren<QLabel *>(u"finding"_s))
        texts.append(label->text());
    QCOMPARE(texts.size(), 2);
    QVERIFY(texts[0].contains(u"boot it"_s));
    QVERIFY(!texts[1].contains(u"How to fix"_s));
    QCOMPARE(dialog.findChildren<QLabel *>(u"finding"_s).at(0)->accessibleName(), u"Kernel"_s);
}

void TestSetupCheck::firstRunShownOnceThenWhileMissing()
{
    QSettings().clear();
    const QList<SetupCheck::Finding> ok = {{SetupCheck::Item::Kernel, true, u"K"_s, u"d"_s, QString()}};
    const QList<SetupCheck::Finding> missing = {{SetupCheck::Item::Kernel, false, u"K"_s, u"d"_s, u"f"_s}};
    QVERIFY(FirstRunDialog::shouldShow(ok)); // the very first start
    {
        FirstRunDialog d(ok);
        d.accept();
    }
    QVERIFY(!FirstRunDialog::shouldShow(ok));
    QVERIFY(FirstRunDialog::shouldShow(missing));
    {
        FirstRunDialog d(missing);
        d.showAgainBox()->setChecked(false);
        d.accept();
    }
    QVERIFY(!FirstRunDialog::shouldShow(missing));
    QSettings().clear();
}

QTEST_MAIN(TestSetupCheck)
#include "tst_setupcheck.moc"
