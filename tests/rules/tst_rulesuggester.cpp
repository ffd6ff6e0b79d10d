// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "apparmorquoting.h"
#include "config.h"
#include "denialtestlines.h"
#include "hostilename.h"
#include "rulesuggester.h"
#include "suggestedprofiles.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
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
    void everyClassCompilesWithHostileValues_data();
    void everyClassCompilesWithHostileValues();
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

    // Issue 12: a glob in a socket name is the literal name, never every abstract socket.
    QTest::newRow("unix abstract name with globs") << QByteArray(
        R"(apparmor="DENIED" operation="bind" class="net" profile="app" pid=10 comm="app" family="unix" sock_type="stream" protocol=0 requested="bind" denied="bind" addr="@**")")
                                                   << u"app"_s << u"unix (bind) type=stream addr=\"@\\*\\*\","_s;
    QTest::newRow("unix peer with globs") << QByteArray(
        R"(apparmor="DENIED" operation="connect" class="net" profile="app" pid=10 comm="app" family="unix" sock_type="stream" protocol=0 requested="connect" denied="connect" addr=none peer_addr="@x{a,b}[0-9]?")")
                                          << u"app"_s
                                          << u"unix (connect) type=stream peer=(addr=\"@x\\{a,b\\}\\[0-9\\]\\?\"),"_s;
    // A socket bound to a path is a file: connecting to it needs w on it.
    QTest::newRow("unix peer by path") << QByteArray(
        R"(apparmor="DENIED" operation="connect" class="net" profile="app" pid=10 comm="app" family="unix" sock_type="stream" protocol=0 requested="connect" denied="connect" addr=none peer_addr="/run/app/app.sock")")
                                       << u"app"_s << u"/run/app/app.sock w,"_s;
    // After an ix exec, complain mode logs the program's accesses under parent//null-PROGRAM:
    // they belong to the parent, which runs it.
    QTest::newRow("null- child goes to the parent") << QByteArray(
        R"(apparmor="ALLOWED" operation="open" class="file" profile="/usr/bin/app//null-/usr/bin/tool" name="/etc/tool.conf" pid=11 comm="tool" requested_mask="r" denied_mask="r" fsuid=1 ouid=0)")
                                                    << u"/usr/bin/app"_s << u"/etc/tool.conf r,"_s;
    QTest::newRow("null- child of a hat") << QByteArray(
        R"(apparmor="ALLOWED" operation="open" class="file" profile="web//vhost//null-/usr/bin/tool" name="/etc/t" pid=11 comm="tool" requested_mask="r" denied_mask="r" fsuid=1 ouid=0)")
                                          << u"web//vhost"_s << u"/etc/t r,"_s;
    // The legacy exec mask "cx" is child-exec, not create: no w.
    QTest::newRow("legacy exec mask cx") << QByteArray(
        R"(apparmor="DENIED" operation="exec" class="file" profile="app" name="/usr/bin/tool" pid=10 comm="app" requested_mask="cx" denied_mask="cx" fsuid=1 ouid=0)")
                                         << u"app"_s << u"/usr/bin/tool mrix,"_s;
    QTest::newRow("legacy exec mask ::Px") << QByteArray(
        R"(apparmor="DENIED" operation="exec" class="file" profile="app" name="/usr/bin/tool" pid=10 comm="app" requested_mask="::Px" denied_mask="::Px" fsuid=1 ouid=0)")
                                           << u"app"_s << u"/usr/bin/tool mrix,"_s;
    // The kernel logs a backslash raw inside quotes; libapparmor would drop it.
    QTest::newRow("backslash in a name") << QByteArray(
        R"(apparmor="DENIED" operation="open" class="file" profile="app" name="/srv/a\b\\c" pid=10 comm="app" requested_mask="r" denied_mask="r" fsuid=1 ouid=0)")
                                         << u"app"_s << u"\"/srv/a\\\\b\\\\\\\\c\" r,"_s;
    // Issue 15: a name that is not UTF-8 keeps its bytes, written as octal escapes.
    QTest::newRow("name that is not UTF-8") << QByteArray(
        R"(apparmor="DENIED" operation="open" class="file" profile="app" name=2F7372762F636166E92F6D656E752E747874 pid=10 comm="app" requested_mask="r" denied_mask="r" fsuid=1 ouid=0)")
                                            << u"app"_s << u"\"/srv/caf\\351/menu.txt\" r,"_s;
    QTest::newRow("peer label with globs is literal") << QByteArray(
        R"(apparmor="DENIED" operation="signal" class="signal" profile="app" pid=10 comm="app" requested_mask="send" denied_mask="send" signal=term peer="/usr{,/lib/wine}/bin/wine")")
                                                      << u"app"_s
                                                      << u"signal send set=term peer=\"/usr\\{,/lib/wine\\}/bin/wine\","_s;
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

namespace {
// A value as hostile as the log can carry: HostileName's pieces, and now and then a byte that
// is not UTF-8 (as LocalName keeps it).
QString hostile(QRandomGenerator &rng)
{
    QString value = HostileName::random(rng);
    if (rng.bounded(4) == 0)
        value.insert(qsizetype(rng.bounded(value.size() + 1)), QChar(char16_t(0xDC80 + rng.bounded(128))));
    return value;
}

AppArmorEvent access(const QString &operation, const QString &mask)
{
    AppArmorEvent d;
    d.kind = AppArmorEvent::Kind::Denied;
    d.profile = u"app"_s;
    d.operation = operation;
    d.requestedMask = mask;
    d.deniedMask = mask;
    d.pid = 10;
    return d;
}
} // namespace

void TestRuleSuggester::everyClassCompilesWithHostileValues_data()
{
    QTest::addColumn<int>("cls");
    const char *names[] = {"file", "exec", "link", "unix abstract", "unix path", "signal", "ptrace", "dbus send",
        "dbus bind", "mount", "umount", "pivot_root", "change_profile", "mqueue", "io_uring", "capability", "network"};
    for (int i = 0; i < int(std::size(names)); ++i)
        QTest::newRow(names[i]) << i;
}

// Every rule the suggester offers, for records whose names are hostile, compiles with the real
// apparmor_parser, each in a profile of its own; and the file holds exactly those profiles, so
// no value closed its rule or its profile and smuggled in another.
void TestRuleSuggester::everyClassCompilesWithHostileValues()
{
    QFETCH(int, cls);
    QRandomGenerator rng(20261203 + quint32(cls));
    constexpr int Records = 300;
    QByteArray text;
    QStringList expectedNames;
    int rules = 0;
    for (int n = 0; n < Records; ++n) {
        const QString h = hostile(rng);
        AppArmorEvent d;
        switch (cls) {
        case 0:
            d = access(u"open"_s, u"rw"_s);
            d.name = u"/srv/"_s + h;
            break;
        case 1:
            d = access(u"exec"_s, u"x"_s);
            d.name = u"/usr/bin/"_s + h;
            break;
        case 2:
            d = access(u"link"_s, u"l"_s);
            d.name = u"/tmp/"_s + h;
            d.name2 = u"/tmp/t"_s + hostile(rng);
            break;
        case 3:
        case 4:
            d = access(u"connect"_s, u"connect send"_s);
            d.netFamily = u"unix"_s;
            d.netSockType = u"stream"_s;
            d.netAddr = u"none"_s;
            d.peerAddr = (cls == 3 ? u"@"_s : u"/run/"_s) + h;
            break;
        case 5:
            d = access(u"signal"_s, u"send"_s);
            d.signal = u"term"_s;
            d.peer = h;
            break;
        case 6:
            d = access(u"ptrace"_s, u"read"_s);
            d.peer = h;
            break;
        case 7:
            d = access(u"dbus_method_call"_s, u"send"_s);
            d.dbusBus = u"system"_s;
            d.dbusPath = u"/org/"_s + h;
            d.dbusInterface = u"org.x.I"_s;
            d.dbusMember = u"Do"_s;
            d.peerProfile = u"srv"_s;
            break;
        case 8:
            d = access(u"dbus_bind"_s, u"bind"_s);
            d.dbusBus = u"session"_s;
            d.name = h;
            break;
        case 9:
            d = access(u"mount"_s, QString());
            d.fsType = hostile(rng);
            d.flags = u"rw, nosuid"_s;
            d.srcName = u"/dev/"_s + hostile(rng);
            d.name = u"/mnt/"_s + h;
            break;
        case 10:
            d = access(u"umount"_s, QString());
            d.name = u"/mnt/"_s + h;
            break;
        case 11:
            d = access(u"pivotroot"_s, QString());
            d.srcName = u"/new/"_s + hostile(rng);
            d.name = u"/new/"_s + h;
            break;
        case 12:
            d = access(u"change_profile"_s, QString());
            d.name2 = h;
            break;
        case 13:
            d = access(u"open"_s, u"read"_s);
            d.ruleClass = u"posix_mqueue"_s;
            d.name = u"/"_s + h;
            break;
        case 14:
            d = access(u"uring_override"_s, u"override_creds"_s);
            d.ruleClass = u"io_uring"_s;
            d.peerProfile = h;
            break;
        case 15:
            d = access(u"capable"_s, QString());
            d.name = n % 2 ? u"net_admin"_s : h;
            break;
        case 16:
            d = access(u"connect"_s, u"connect"_s);
            d.netFamily = n % 3 ? u"inet"_s : h;
            d.netSockType = u"stream"_s;
            d.netProtocol = h;
            d.netLocalAddr = n % 2 ? hostile(rng) : u"10.0.0.2"_s;
            d.netForeignAddr = u"10.0.0.1"_s;
            d.netForeignPort = 443;
            break;
        }
        const std::optional<RuleSuggestion> s = RuleSuggester::suggest(d);
        QVERIFY(s);
        for (const RuleCandidate &c : s->candidates) {
            const QString name = u"p%1"_s.arg(rules++);
            text += "profile " + name.toUtf8() + " {\n  " + c.rule.toUtf8() + "\n  " + c.denyRule().toUtf8() + "\n}\n";
            expectedNames += name;
        }
    }
    // A value that can never be part of a rule (a hostile capability or socket family, a '(' in
    // a conditional) gives no rule for that record, never a wider one; every class still gives
    // rules for some of its records, so the compile check is never vacuous.
    QVERIFY2(rules >= 3, qPrintable(QString::number(rules)));

    QTemporaryDir dir;
    const QString file = dir.filePath(u"hostile"_s);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    const auto run = [&](const QStringList &args) {
        QProcess parser;
        parser.setProcessChannelMode(QProcess::SeparateChannels);
        parser.start(QStringLiteral(ARMORER_APPARMOR_PARSER), args + QStringList{file});
        parser.waitForFinished(300000);
        return std::pair{parser.exitCode(), QByteArray(parser.readAllStandardOutput() + parser.readAllStandardError())};
    };
    const auto [compiled, output] = run({u"-QK"_s, u"-M"_s, QStringLiteral(ARMORER_FEATURES_FILE)});
    QVERIFY2(compiled == 0, output.left(3000).constData());
    const auto [listed, names] = run({u"-N"_s, u"-M"_s, QStringLiteral(ARMORER_FEATURES_FILE)});
    QCOMPARE(listed, 0);
    QStringList actual = QString::fromUtf8(names).split(u'\n', Qt::SkipEmptyParts);
    actual.sort();
    expectedNames.sort();
    QCOMPARE(actual, expectedNames);
}

QTEST_GUILESS_MAIN(TestRuleSuggester)
#include "tst_rulesuggester.moc"
