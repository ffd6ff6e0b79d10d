// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialjson.h"
#include "denialparser.h"
#include "localname.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDenialParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forms_data();
    void forms();
    void fields();
    void longestKernelRecord();
    void auditBody();
    void notAppArmor_data();
    void notAppArmor();
    void namesKeepTheirBytes_data();
    void namesKeepTheirBytes();
    void jsonKeepsBytesAndClaimsNothing();
};

static const QByteArray kFields
    = R"(apparmor="DENIED" operation="open" class="file" profile="foo" name="/etc/shadow" pid=42 comm="cat" requested_mask="r" denied_mask="r" fsuid=1000 ouid=0)";

void TestDenialParser::forms_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("epochMs");
    QTest::addColumn<QString>("name");

    const qint64 t = 1700000000123;
    QTest::newRow("audit.log AVC") << "type=AVC msg=audit(1700000000.123:45): " + kFields
                                   << int(AppArmorEvent::Kind::Denied) << t << u"/etc/shadow"_s;
    QTest::newRow("audit.log numeric type") << "type=1400 msg=audit(1700000000.123:45): " + kFields
                                            << int(AppArmorEvent::Kind::Denied) << t << u"/etc/shadow"_s;
    QTest::newRow("kern.log")
        << "Nov 22 10:00:00 host kernel: [12345.678901] audit: type=1400 audit(1700000000.123:45): " + kFields
        << int(AppArmorEvent::Kind::Denied) << t << u"/etc/shadow"_s;
    QTest::newRow("kern.log, short stamp") << "Nov 22 10:00:00 host kernel: [ 5.000001] audit: type=1400 "
                                              "audit(1700000000.123:45): "
            + kFields << int(AppArmorEvent::Kind::Denied)
                                           << t << u"/etc/shadow"_s;
    QTest::newRow("rsyslog ISO time") << "2026-11-22T10:00:00.123456+00:00 host kernel: audit: type=1400 "
                                         "audit(1700000000.123:45): "
            + kFields << int(AppArmorEvent::Kind::Denied)
                                      << t << u"/etc/shadow"_s;
    QTest::newRow("journald kernel MESSAGE") << "audit: type=1400 audit(1700000000.123:45): " + kFields
                                             << int(AppArmorEvent::Kind::Denied) << t << u"/etc/shadow"_s;
    QTest::newRow("dmesg") << "[  97.492562] audit: type=1400 audit(1700000000.123:45): " + kFields
                           << int(AppArmorEvent::Kind::Denied) << t << u"/etc/shadow"_s;
    QTest::newRow("complain") << QByteArray("audit: type=1400 audit(1700000000.123:45): ")
            + R"(apparmor="ALLOWED" operation="open" profile="foo" name="/x" pid=1 comm="c" requested_mask="r" denied_mask="r" fsuid=0 ouid=0)"
                              << int(AppArmorEvent::Kind::Allowed) << t << u"/x"_s;
    QTest::newRow("status") << QByteArray("audit: type=1400 audit(1700000000.123:46): ")
            + R"(apparmor="STATUS" operation="profile_replace" info="same as current profile, skipping" profile="unconfined" name="foo" pid=1 comm="apparmor_parser")"
                            << int(AppArmorEvent::Kind::Status) << t << u"foo"_s;
    QTest::newRow("dbus USER_AVC") << QByteArray(
        R"(type=USER_AVC msg=audit(1700000000.123:207): pid=811 uid=106 auid=4294967295 ses=4294967295 subj=unconfined msg='apparmor="DENIED" operation="dbus_method_call"  bus="system" path="/org/x" interface="org.x.I" member="Get" mask="send" name="org.x" pid=1 label="foo" peer_pid=2 peer_label="unconfined"  exe="/usr/bin/dbus-daemon" sauid=106 hostname=? addr=? terminal=?')")
                                   << int(AppArmorEvent::Kind::Denied) << t << u"org.x"_s;
    QTest::newRow("dbus type=1107 in kern.log") << QByteArray(
        R"(Jun 20 17:57:06 ns1 kernel: [4835959.046111] audit: type=1107 audit(1700000000.123:186): pid=640 uid=103 auid=4294967295 ses=4294967295 msg='apparmor="ALLOWED" operation="dbus_method_call"  bus="system" path="/org/x" interface="org.x.I" member="M" mask="send" name="org.x" pid=20596 label="foo" peer_pid=1 peer_label="unconfined" exe="/usr/bin/dbus-daemon" sauid=103 hostname=? addr=? terminal=?')")
                                                << int(AppArmorEvent::Kind::Allowed) << t << u"org.x"_s;
    QTest::newRow("dbus-daemon syslog, no stamp") << QByteArray(
        R"(Nov 22 10:00:00 host dbus-daemon[811]: apparmor="DENIED" operation="dbus_method_call"  bus="system" path="/x" interface="a.b" member="M" mask="send" name="a.b" pid=1 label="foo" peer_pid=2 peer_label="unconfined")")
                                                  << int(AppArmorEvent::Kind::Denied) << qint64(0) << u"a.b"_s;
    // A stamp nobody's clock can show (it overflowed the milliseconds) is no time at all; the
    // record stays. The last second of 9999 is still a time.
    QTest::newRow("stamp past year 9999") << "audit: type=1400 audit(11671881167188680.123:45): " + kFields
                                          << int(AppArmorEvent::Kind::Denied) << qint64(0) << u"/etc/shadow"_s;
    QTest::newRow("last second of 9999") << "audit: type=1400 audit(253402300799.999:45): " + kFields
                                         << int(AppArmorEvent::Kind::Denied) << qint64(253402300799999)
                                         << u"/etc/shadow"_s;
    QTest::newRow("hex-encoded name") << QByteArray("audit: type=1400 audit(1700000000.123:45): ")
            + R"(apparmor="DENIED" operation="open" profile="foo" name=2F746D702F6120622C63 pid=1 comm="c" requested_mask="r" denied_mask="r" fsuid=0 ouid=0)"
                                      << int(AppArmorEvent::Kind::Denied) << t << u"/tmp/a b,c"_s;
}

void TestDenialParser::forms()
{
    QFETCH(QByteArray, line);
    const auto d = DenialParser::parseLine(line);
    QVERIFY2(d.has_value(), line.constData());
    QTEST(int(d->kind), "kind");
    QTEST(d->epochMs, "epochMs");
    QTEST(d->name, "name");
    // STATUS records name the loading task's profile; the loaded profile is in name.
    QCOMPARE(d->profile, d->kind == AppArmorEvent::Kind::Status ? u"unconfined"_s : u"foo"_s);
}

void TestDenialParser::fields()
{
    const auto d = DenialParser::parseLine(QByteArray("type=AVC msg=audit(1700000000.123:45): " + kFields));
    QVERIFY(d);
    QCOMPARE(d->operation, u"open"_s);
    QCOMPARE(d->ruleClass, u"file"_s);
    QCOMPARE(d->profile, u"foo"_s);
    QCOMPARE(d->comm, u"cat"_s);
    QCOMPARE(d->pid, 42);
    QCOMPARE(d->requestedMask, u"r"_s);
    QCOMPARE(d->deniedMask, u"r"_s);
    QCOMPARE(d->fsuid, std::optional<quint64>(1000));
    QCOMPARE(d->ouid, std::optional<quint64>(0));
    QCOMPARE(d->serial, 45u);
    QCOMPARE(d->auditId, u"1700000000.123:45"_s);

    // A record without fsuid/ouid leaves them unset rather than ULONG_MAX.
    const auto cap = DenialParser::parseLine(
        R"(audit: type=1400 audit(1700000000.500:9): apparmor="DENIED" operation="capable" class="cap" profile="p" pid=7 comm="x" capability=12 capname="net_admin")");
    QVERIFY(cap);
    QCOMPARE(cap->name, u"net_admin"_s);
    QVERIFY(!cap->fsuid.has_value());
    QCOMPARE(cap->epochMs, 1700000000500);

    const auto net = DenialParser::parseLine(
        R"(audit: type=1400 audit(1700000000.000:10): apparmor="DENIED" operation="create" class="net" profile="p" pid=7 comm="x" family="inet" sock_type="raw" protocol=1 requested_mask="create" denied_mask="create")");
    QVERIFY(net);
    QCOMPARE(net->netFamily, u"inet"_s);
    QCOMPARE(net->netSockType, u"raw"_s);
    QCOMPARE(net->netProtocol, u"icmp"_s); // libapparmor names the protocol number
    QCOMPARE(net->ruleClass, u"net"_s);
}

void TestDenialParser::longestKernelRecord()
{
    // A record as long as the kernel writes (a hex-encoded PATH_MAX name) still parses.
    const QByteArray name = "/" + QByteArray(4094, 'b');
    const QByteArray line = "type=AVC msg=audit(1.1:1): apparmor=\"DENIED\" operation=\"open\" profile=\"p\" name="
        + name.toHex().toUpper() + " pid=1 comm=\"c\" requested_mask=\"r\" denied_mask=\"r\" fsuid=0 ouid=0";
    const auto d = DenialParser::parseLine(line);
    QVERIFY(d);
    QCOMPARE(d->name.size(), 4095);
}

void TestDenialParser::auditBody()
{
    const auto d = DenialParser::parseAuditBody(kFields, 1700000000777, 99);
    QVERIFY(d);
    QCOMPARE(d->kind, AppArmorEvent::Kind::Denied);
    QCOMPARE(d->epochMs, 1700000000777);
    QCOMPARE(d->serial, 99u);
    QCOMPARE(d->name, u"/etc/shadow"_s);
    const auto dbus = DenialParser::parseAuditBody(
        R"(pid=811 uid=106 auid=4294967295 ses=4294967295 subj=unconfined msg='apparmor="DENIED" operation="dbus_method_call" bus="system" path="/x" interface="a.b" member="M" mask="send" name="a.b" pid=1 label="foo" peer_pid=2 peer_label="unconfined" exe="/usr/bin/dbus-daemon" sauid=106 hostname=? addr=? terminal=?')",
        1700000000000, 5);
    QVERIFY(dbus);
    QCOMPARE(dbus->dbusMember, u"M"_s);
    QCOMPARE(dbus->deniedMask, u"send"_s);
}

void TestDenialParser::notAppArmor_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("other kernel line") << QByteArray("Nov 22 10:00:00 host kernel: [ 1.0] usb 1-1: new device");
    QTest::newRow("SYSCALL record") << QByteArray(
        "type=SYSCALL msg=audit(1700000000.123:45): arch=c000003e syscall=257");
    QTest::newRow("apparmor= but garbage") << QByteArray("apparmor= garbage \xff\xfe");
    QTest::newRow("embedded NUL") << QByteArray("type=AVC msg=audit(1.1:1): apparmor=\"DENIED\"\0 x", 48);
    QTest::newRow("binary") << QByteArray("\x00\x01\x02\x03 apparmor=\"DENIED\"", 23);
    QTest::newRow("1 MB line") << QByteArray(1024 * 1024, 'a') + " apparmor=";
    QTest::newRow("30 KB record") << "type=AVC msg=audit(1.1:1): apparmor=\"DENIED\" operation=\"open\" name=\"/"
            + QByteArray(30000, 'a') + "\" profile=\"p\" denied_mask=\"r\"";
}

void TestDenialParser::notAppArmor()
{
    QFETCH(QByteArray, line);
    QVERIFY(!DenialParser::parseLine(line).has_value());
}

void TestDenialParser::namesKeepTheirBytes_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<QByteArray>("name"); // the bytes of the name
    QTest::addColumn<QByteArray>("name2");
    const QByteArray head
        = "Nov 22 10:00:00 host kernel: audit: type=1400 audit(1700000000.100:1): apparmor=\"DENIED\" ";
    QTest::newRow("backslash, quoted") << head
            + R"(operation="open" class="file" profile="app" name="/srv/a\b\\c" pid=1 comm="x" requested_mask="r" denied_mask="r" fsuid=1 ouid=0)"
                                       << QByteArray(R"(/srv/a\b\\c)") << QByteArray();
    QTest::newRow("not UTF-8, hex") << head
            + R"(operation="open" class="file" profile="app" name=2F7372762F636166E92F6D656E752E747874 pid=1 comm="x" requested_mask="r" denied_mask="r" fsuid=1 ouid=0)"
                                    << QByteArray("/srv/caf\xe9/menu.txt") << QByteArray();
    QTest::newRow("hex target") << head
            + R"(operation="link" class="file" profile="app" name="/tmp/l" pid=1 comm="ln" requested_mask="l" denied_mask="l" fsuid=0 ouid=0 target=2F746D702F6120622C22)"
                                << QByteArray("/tmp/l") << QByteArray("/tmp/a b,\"");
    QTest::newRow("backslash in target") << head
            + R"(operation="link" class="file" profile="app" name="/tmp/l" pid=1 comm="ln" requested_mask="l" denied_mask="l" fsuid=0 ouid=0 target="/tmp/t\x")"
                                         << QByteArray("/tmp/l") << QByteArray(R"(/tmp/t\x)");
    QTest::newRow("audit.log, backslash") << QByteArray(
        R"(type=AVC msg=audit(1700000000.100:2): apparmor="DENIED" operation="open" class="file" profile="app" name="/a\n" pid=1 comm="x" requested_mask="r" denied_mask="r" fsuid=1 ouid=0)")
                                          << QByteArray(R"(/a\n)") << QByteArray();
}

// Names are bytes from the log to the rule: no byte dropped (libapparmor drops a backslash),
// none replaced (a name that is not UTF-8), no record lost (a hex-encoded target=).
void TestDenialParser::namesKeepTheirBytes()
{
    QFETCH(QByteArray, line);
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, name2);
    const std::optional<AppArmorEvent> d = DenialParser::parseLine(line);
    QVERIFY(d);
    QCOMPARE(d->kind, AppArmorEvent::Kind::Denied);
    QCOMPARE(LocalName::encode(d->name), name);
    QCOMPARE(LocalName::encode(d->name2), name2);
    QCOMPARE(d->profile, u"app"_s);
}

// "armorctl denials --json" and back (armorctl allow on stdin): a name that is not UTF-8 comes
// back as the same bytes, "verified" says what the reader knew, and a record read back from
// JSON is never verified, whatever the JSON says.
void TestDenialParser::jsonKeepsBytesAndClaimsNothing()
{
    std::optional<AppArmorEvent> d = DenialParser::parseLine(
        R"(audit: type=1400 audit(1700000000.100:1): apparmor="DENIED" operation="open" class="file" profile="app" name=2F7372762F636166E92F6D656E752E747874 pid=1 comm="x" requested_mask="r" denied_mask="r" fsuid=1 ouid=0)");
    QVERIFY(d);
    d->origin = AppArmorEvent::Origin::Kernel;
    QJsonObject o = DenialJson::toJson(*d);
    QCOMPARE(o.value(u"verified"_s), QJsonValue(true));
    QCOMPARE(o.value(u"name_hex"_s).toString(), u"2F7372762F636166E92F6D656E752E747874"_s);
    QVERIFY(!o.contains(u"profile_hex"_s));
    const QJsonObject again = QJsonDocument::fromJson(QJsonDocument(o).toJson()).object();
    const std::optional<AppArmorEvent> back = DenialJson::fromJson(again);
    QVERIFY(back);
    QCOMPARE(LocalName::encode(back->name), QByteArray("/srv/caf\xe9/menu.txt"));
    QVERIFY(!back->isVerified());
    d->origin = AppArmorEvent::Origin::OtherProcess;
    QCOMPARE(DenialJson::toJson(*d).value(u"verified"_s), QJsonValue(false));
}

QTEST_GUILESS_MAIN(TestDenialParser)
#include "tst_denialparser.moc"
