// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The real armorctl binary: "suggest --log FILE [--json]".
class TestArmorctlSuggest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void text();
    void json();
    void errors_data();
    void errors();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    static Run armorctl(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_log;
};

TestArmorctlSuggest::Run TestArmorctlSuggest::armorctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ARMORER_BIN_DIR "/armorctl"), args);
    if (!p.waitForFinished(30000))
        return {-1, {}, "timeout"};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

void TestArmorctlSuggest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_log = m_dir.filePath(u"kern.log"_s);
    QFile f(m_log);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        "Nov 22 10:00:00 host kernel: audit: type=1400 audit(1700000000.100:1): apparmor=\"DENIED\" operation=\"open\" "
        "class=\"file\" profile=\"/usr/bin/app\" name=\"/etc/app.conf\" pid=10 comm=\"app\" requested_mask=\"r\" "
        "denied_mask=\"r\" fsuid=1000 ouid=0\n"
        "Nov 22 10:00:01 host systemd[1]: Started something unrelated.\n"
        "Nov 22 10:00:02 host kernel: audit: type=1400 audit(1700000000.200:2): apparmor=\"DENIED\" "
        "operation=\"capable\" "
        "class=\"cap\" profile=\"/usr/bin/app//helper\" pid=10 comm=\"app\" capability=12 capname=\"net_admin\"\n"
        "Nov 22 10:00:03 host kernel: audit: type=1400 audit(1700000000.300:3): apparmor=\"DENIED\" operation=\"open\" "
        "class=\"file\" profile=\"/usr/bin/app\" name=\"/etc/app.conf\" pid=10 comm=\"app\" requested_mask=\"r\" "
        "denied_mask=\"r\" fsuid=1000 ouid=0\n"
        "Nov 22 10:00:04 host kernel: audit: type=1400 audit(1700000000.400:4): apparmor=\"DENIED\" operation=\"open\" "
        "class=\"file\" profile=\"my app\" name=2F746D702F6120622C202A2A pid=11 comm=\"x\" requested_mask=\"r\" "
        "denied_mask=\"r\" fsuid=1 ouid=2\n");
}

void TestArmorctlSuggest::text()
{
    const Run r = armorctl({u"suggest"_s, u"--log"_s, m_log});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QString::fromUtf8(r.out),
        u"/usr/bin/app {\n"
        "  /etc/app.conf r,\n"
        "\n"
        "  ^helper {\n"
        "    capability net_admin,\n"
        "\n"
        "  }\n"
        "}\n"
        "\n"
        "profile \"my app\" {\n"
        "  \"/tmp/a b, \\*\\*\" r,\n"
        "\n"
        "}\n"_s);
}

void TestArmorctlSuggest::json()
{
    const Run r = armorctl({u"suggest"_s, u"--log"_s, m_log, u"--json"_s});
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonArray list = QJsonDocument::fromJson(r.out, &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(list.size(), 4);
    const QJsonObject cap = list[1].toObject();
    QCOMPARE(cap[u"profile"_s].toString(), u"/usr/bin/app"_s);
    QCOMPARE(cap[u"children"_s].toArray(), QJsonArray{u"helper"_s});
    QCOMPARE(cap[u"rule"_s].toString(), u"capability net_admin,"_s);
    QCOMPARE(cap[u"record"_s].toString(), u"DENIED"_s);
    QVERIFY(!list[0].toObject()[u"candidates"_s].toArray().isEmpty());
}

void TestArmorctlSuggest::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no log in the root") << QStringList{u"suggest"_s, u"--root"_s, u"/nonexistent"_s} << 1
                                        << u"no AppArmor log to read"_s;
    QTest::newRow("--log and --source") << QStringList{u"suggest"_s, u"--log"_s, u"x"_s, u"--source"_s, u"kern"_s} << 2
                                        << u"not both"_s;
    QTest::newRow("missing file") << QStringList{u"suggest"_s, u"--log"_s, u"/nonexistent/log"_s} << 1
                                  << u"cannot read /nonexistent/log"_s;
    QTest::newRow("bad option") << QStringList{u"suggest"_s, u"--bogus"_s} << 2 << u"bogus"_s;
}

void TestArmorctlSuggest::errors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = armorctl(args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestArmorctlSuggest)
#include "tst_armorctl_suggest.moc"
