// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialtestlines.h"
#include "rulesuggester.h"
#include "suggestedprofiles.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Records written for these tests (kernel log form), one per rule class.
class TestRuleSuggester : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultRule_data();
    void defaultRule();
    void execNeverDefaultsToPxOrUx();
    void ownerAlternative();
    void linkCandidate();
    void hostileNameStaysOneRule();
    void filePermissions_data();
    void filePermissions();
    void profileBlocks();
};

void TestRuleSuggester::defaultRule_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("rule");

    QTest::newRow("file read, other owner") << QByteArray(
        R"(apparmor="DENIED" operation="open" class="file" profile="/usr/bin/app" name="/etc/app.conf" pid=10 comm="app" requested_mask="r" denied_mask="r" fsuid=1000 ouid=0)")
                                            << u"/usr/bin/app"_s << u"/etc/app.conf r,"_s;
    QTest::newRow("file create is w, owner") << QByteArray(
        R"(apparmor="DENIED" operation="mknod" class="file" profile="app" name="/tmp/x.lock" pid=10 comm="app" requested_mask="c" denied_mask="c" fsuid=1000 ouid=1000)")
                                             << u"app"_s << u"owner /tmp/x.lock w,"_s;
    QTest::newRow("delete is w") << QByteArray(
        R"(apparmor="DENIED" operation="unlink" class="file" profile="app" name="/tmp/y" pid=10 comm="app" requested_mask="d" denied_mask="d" fsuid=1 ouid=2)")
                                 << u"app"_s << u"/tmp/y w,"_s;
    QTest::newRow("exec defaults to ix") << QByteArray(
        R"(apparmor="DENIED" operation="exec" class="file" profile="app" name="/usr/bin/tool" pid=10 comm="app" requested_mask="x" denied_mask="x" fsuid=1 ouid=0)")
                                         << u"app"_s << u"/usr/bin/tool mrix,"_s;
    QTest::newRow("hat") << QByteArray(
        R"(apparmor="DENIED" operation="open" class="file" profile="/usr/sbin/web//vhost" name="/srv/a" pid=10 comm="w" requested_mask="r" denied_mask="r" fsuid=1 ouid=0)")
                         << u"/usr/sbin/web//vhost"_s << u"/srv/a r,"_s;
    QTest::newRow("capability") << QByteArray(
        R"(apparmor="DENIED" operation="capable" class="cap" profile="app" pid=10 comm="app" capability=12 capname="net_admin")")
                                << u"app"_s << u"capability net_admin,"_s;
    QTest::newRow("network with addresses")
        << QByteArray(
               R"(apparmor="DENIED" operation="connect" class="net" profile="app" pid=10 comm="app" laddr=10.0.0.2 lport=5000 faddr=10.0.0.9 fport=443 family="inet" sock_type="stream" protocol=6 requested="connect" denied="connect")")
        << u"app"_s << u"network (connect) inet stream ip=10.0.0.2 port=5000 peer=(ip=10.0.0.9 port=443),"_s;
    QTest::newRow("network bind has no peer") << QByteArray(
        R"(apparmor="DENIED" operation="bind" class="net" profile="app" pid=10 comm="app" laddr=10.0.0.2 lport=5000 faddr=10.0.0.9 fport=443 family="inet" sock_type="stream" protocol=6 requested="bind" denied="bind")")
                                              << u"app"_s << u"network (bind) inet stream ip=10.0.0.2 port=5000,"_s;
    QTest::newRow("unix") << QByteArray(
        R"(apparmor="DENIED" operation="connect" class="net" profile="app" pid=10 comm="app" family="unix" sock_type="stream" protocol=0 requested="connect" denied="connect" addr=none peer_addr="@sock" peer="srv")")
                          << u"app"_s << u"unix (connect) type=stream peer=(addr=@sock),"_s;
    QTest::newRow("signal") << QByteArray(
        R"(apparmor="DENIED" operation="signal" class="signal" profile="app" pid=10 comm="app" requested_mask="send" denied_mask="send" signal=hup peer="other")")
                            << u"app"_s << u"signal send set=hup peer=other,"_s;
    QTest::newRow("ptrace") << QByteArray(
        R"(apparmor="DENIED" operation="ptrace" class="ptrace" profile="app" pid=10 comm="app" requested_mask="read" denied_mask="read" peer="unconfined")")
                            << u"app"_s << u"ptrace read peer=unconfined,"_s;
    QTest::newRow("dbus") << QByteArray(
        R"(apparmor="DENIED" operation="dbus_method_call" bus="system" path="/org/x" interface="org.x.I" member="Do" mask="send" name="org.x" pid=10 label="app" peer_label="srv")")
                          << u"app"_s
                          << u"dbus send bus=system path=/org/x interface=org.x.I member=Do peer=(label=srv),"_s;
    QTest::newRow("mount") << QByteArray(
        R"(apparmor="DENIED" operation="mount" class="mount" info="failed flags match" error=-13 profile="app" name="/mnt/" pid=10 comm="mount" fstype="tmpfs" srcname="none" flags="rw, nosuid")")
                           << u"app"_s << u"mount fstype=tmpfs options=(nosuid, rw) none -> /mnt/,"_s;
    QTest::newRow("umount") << QByteArray(
        R"(apparmor="DENIED" operation="umount" class="mount" profile="app" name="/mnt/" pid=10 comm="umount")")
                            << u"app"_s << u"umount /mnt/,"_s;
    QTest::newRow("pivot_root") << QByteArray(
        R"(apparmor="DENIED" operation="pivotroot" class="mount" profile="app" name="/new/" pid=10 comm="p" srcname="/new/old/")")
                                << u"app"_s << u"pivot_root oldroot=/new/old/ /new/,"_s;
    QTest::newRow("change_profile") << QByteArray(
        R"(apparmor="DENIED" operation="change_profile" class="file" profile="app" name="app//sub" pid=10 comm="app" target="app//sub")")
                                    << u"app"_s << u"change_profile -> app//sub,"_s;
    QTest::newRow("userns") << QByteArray(
        R"(apparmor="DENIED" operation="userns_create" class="namespace" profile="app" pid=10 comm="app" requested="userns_create" denied="userns_create")")
                            << u"app"_s << u"userns create,"_s;
    QTest::newRow("io_uring") << QByteArray(
        R"(apparmor="DENIED" operation="uring_sqpoll" class="io_uring" profile="app" pid=10 comm="app" requested="sqpoll" denied="sqpoll")")
                              << u"app"_s << u"io_uring sqpoll,"_s;
    QTest::newRow("mqueue") << QByteArray(
        R"(apparmor="DENIED" operation="open" class="posix_mqueue" profile="app" name="/q" pid=10 comm="app" requested="read" denied="read" fsuid=0 ouid=0)")
                            << u"app"_s << u"mqueue read type=posix /q,"_s;
}

void TestRuleSuggester::defaultRule()
{
    QFETCH(QByteArray, record);
    QFETCH(QString, target);
    QFETCH(QString, rule);
    const auto s = RuleSuggester::suggest(TestLines::parsed(record));
    QVERIFY(s);
    QCOMPARE(s->target.label(), target);
    QVERIFY(s->defaultCandidate());
    QCOMPARE(s->defaultCandidate()->rule, rule);
    int defaults = 0;
    for (const RuleCandidate &c : s->candidates)
        defaults += c.isDefault;
    QCOMPARE(defaults, 1);
}

void TestRuleSuggester::execNeverDefaultsToPxOrUx()
{
    const auto s = RuleSuggester::suggest(TestLines::parsed(
        R"(apparmor="DENIED" operation="exec" class="file" profile="app" name="/usr/bin/tool" pid=10 comm="app" requested_mask="x" denied_mask="x" fsuid=1 ouid=0)"));
    QVERIFY(s);
    QStringList modes;
    for (const RuleCandidate &c : s->candidates) {
        QCOMPARE(c.kind, RuleCandidate::Kind::Exec);
        modes += c.perms.right(2);
        if (c.perms.endsWith(u"px") || c.perms.endsWith(u"ux"))
            QVERIFY(!c.isDefault);
    }
    QCOMPARE(modes, (QStringList{u"ix"_s, u"cx"_s, u"px"_s, u"ux"_s}));
}

void TestRuleSuggester::ownerAlternative()
{
    const auto s = RuleSuggester::suggest(TestLines::parsed(
        R"(apparmor="DENIED" operation="open" class="file" profile="app" name="/home/u/f" pid=10 comm="app" requested_mask="rw" denied_mask="rw" fsuid=1000 ouid=1000)"));
    QVERIFY(s);
    QCOMPARE(s->candidates.size(), 2);
    QCOMPARE(s->candidates[0].rule, u"owner /home/u/f rw,"_s);
    QCOMPARE(s->candidates[1].rule, u"/home/u/f rw,"_s);
    QVERIFY(!s->candidates[1].isDefault);
}

void TestRuleSuggester::linkCandidate()
{
    const auto s = RuleSuggester::suggest(TestLines::parsed(
        R"(apparmor="DENIED" operation="link" class="file" profile="app" name="/tmp/l" pid=10 comm="ln" requested_mask="l" denied_mask="l" fsuid=0 ouid=0 target="/tmp/t")"));
    QVERIFY(s);
    QCOMPARE(s->defaultCandidate()->rule, u"owner /tmp/l l,"_s);
    bool found = false;
    for (const RuleCandidate &c : s->candidates)
        found |= c.kind == RuleCandidate::Kind::Link && c.rule == u"owner link /tmp/l -> /tmp/t,";
    QVERIFY(found);
}

void TestRuleSuggester::hostileNameStaysOneRule()
{
    // name= hex-encoded, as the kernel logs names with spaces or quotes: "/tmp/a, /** rwx,\n"
    const QByteArray hex = QByteArray("/tmp/a, /** rwx,\n\"").toHex().toUpper();
    const auto s = RuleSuggester::suggest(
        TestLines::parsed(QByteArray(R"(apparmor="DENIED" operation="open" class="file" profile="app" name=)") + hex
            + R"( pid=10 comm="app" requested_mask="r" denied_mask="r" fsuid=1 ouid=0)"));
    QVERIFY(s);
    const QString rule = s->defaultCandidate()->rule;
    QCOMPARE(rule, u"\"/tmp/a, /\\*\\* rwx,\\012\\\"\" r,"_s);
    QVERIFY(!rule.contains(u'\n'));
}

void TestRuleSuggester::filePermissions_data()
{
    QTest::addColumn<QString>("mask");
    QTest::addColumn<QString>("perms");
    QTest::newRow("c") << u"c"_s << u"w"_s;
    QTest::newRow("d") << u"d"_s << u"w"_s;
    QTest::newRow("wc") << u"wc"_s << u"w"_s;
    QTest::newRow("a alone") << u"a"_s << u"a"_s;
    QTest::newRow("a with w") << u"wa"_s << u"w"_s;
    QTest::newRow("order") << u"klrmw"_s << u"mrwlk"_s;
    QTest::newRow("x dropped") << u"xm"_s << u"m"_s;
    QTest::newRow("junk") << u"IQZ"_s << QString();
}

void TestRuleSuggester::filePermissions()
{
    QFETCH(QString, mask);
    QFETCH(QString, perms);
    QCOMPARE(RuleSuggester::filePermissions(mask), perms);
}

void TestRuleSuggester::profileBlocks()
{
    SuggestedProfiles p;
    p.addRule(RuleTarget::fromLabel(u"/usr/bin/a"_s), u"/x r,"_s);
    p.addRule(RuleTarget::fromLabel(u"/usr/bin/a//hat"_s), u"/y r,"_s);
    p.addRule(RuleTarget::fromLabel(u"/usr/bin/a"_s), u"/x r,"_s);
    p.addProfile(RuleTarget::fromLabel(u"my app"_s));
    QCOMPARE(p.toText(), u"/usr/bin/a {\n  /x r,\n\n  ^hat {\n    /y r,\n\n  }\n}\n\nprofile \"my app\" {\n}\n"_s);
}

QTEST_GUILESS_MAIN(TestRuleSuggester)
#include "tst_rulesuggester.moc"
