// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperclient.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
// Owns the helper's name and never answers: a helper that hangs.
class SilentHelper : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.armorer.Helper1")
public Q_SLOTS:
    QString History()
    {
        setDelayedReply(true);
        return {};
    }
};
} // namespace

// armorctl's helper commands when the helper cannot answer: no system bus, a bus without the
// helper, a helper that does not answer. Each ends with a sentence that says what is missing,
// never a hang or a raw D-Bus error name.
class TestArmorctlHelper : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString err;
    };
    static Run armorctl(const QStringList &args, const QString &busAddress)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, busAddress);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ARMORER_BIN_DIR "/armorctl"), args);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return {-1, u"did not finish within 60 s"_s};
        }
        return {
            p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardError())};
    }

    std::unique_ptr<QProcess> m_bus;
    QString m_address;

private Q_SLOTS:
    void initTestCase()
    {
        m_bus = std::make_unique<QProcess>();
        m_bus->start(u"dbus-daemon"_s, {u"--session"_s, u"--nofork"_s, u"--print-address=1"_s});
        QVERIFY(m_bus->waitForStarted(5000) && m_bus->waitForReadyRead(10000));
        m_address = QString::fromUtf8(m_bus->readLine().trimmed());
    }
    void cleanupTestCase()
    {
        m_bus->terminate();
        m_bus->waitForFinished(3000);
    }

    void commands_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("history") << QStringList{u"history"_s};
        QTest::newRow("undo") << QStringList{u"undo"_s, u"3"_s};
        QTest::newRow("enforce") << QStringList{u"enforce"_s, u"usr.bin.x"_s};
        QTest::newRow("mode") << QStringList{u"mode"_s, u"usr.bin.x"_s, u"kill"_s};
        QTest::newRow("unload") << QStringList{u"unload"_s, u"usr.bin.x"_s};
        QTest::newRow("disable") << QStringList{u"disable"_s, u"usr.bin.x"_s};
        QTest::newRow("enable") << QStringList{u"enable"_s, u"usr.bin.x"_s};
    }
    void commands()
    {
        QFETCH(QStringList, args);
        QTemporaryDir dir;
        const Run noBus = armorctl(args, u"unix:path="_s + dir.path() + u"/no-bus-here"_s);
        QCOMPARE(noBus.code, 1);
        QVERIFY2(
            noBus.err.contains(u"There is no system bus"_s) && noBus.err.contains(u"dbus"_s), qPrintable(noBus.err));

        const Run noHelper = armorctl(args, m_address);
        QCOMPARE(noHelper.code, 1);
        QVERIFY2(noHelper.err.contains(u"armorer-helper is not installed"_s)
                && noHelper.err.contains(u"Install the armorer package"_s),
            qPrintable(noHelper.err));
        QVERIFY2(!noHelper.err.contains(u"ServiceUnknown"_s), qPrintable(noHelper.err));
    }

    // Every call has a time limit: a helper that never answers ends as "did not answer".
    void silentHelperTimesOut()
    {
        QDBusConnection bus = QDBusConnection::connectToBus(m_address, u"silent"_s);
        SilentHelper silent;
        QVERIFY(bus.registerObject(u"/io/github/armorer/Helper1"_s, &silent, QDBusConnection::ExportAllSlots));
        QVERIFY(bus.registerService(u"io.github.armorer.Helper1"_s));
        HelperClient client(QDBusConnection::connectToBus(m_address, u"client"_s));
        client.setTimeout(300);
        HelperError error;
        bool answered = false;
        client.history([&](const HelperError &e, const QString &) {
            error = e;
            answered = true;
        });
        client.waitForPending();
        QVERIFY(answered);
        QCOMPARE(error.code, HelperError::Code::NoReply);
        QVERIFY(HelperClient::describe(error).contains(u"did not answer in time"_s));
        bus.unregisterService(u"io.github.armorer.Helper1"_s);
    }
};

QTEST_GUILESS_MAIN(TestArmorctlHelper)
#include "tst_armorctl_helper.moc"
