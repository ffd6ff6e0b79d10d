// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialexplainer.h"
#include "denialexplanationmodel.h"
#include "deniallistmodel.h"
#include "denialtestlines.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The classifier on recorded log lines against real profile files in a sandboxed system root:
// includes, variables, alternations, abstractions, local overrides, a declared ABI and a
// kernel features tree written out as securityfs publishes it.
// A record's fields written with single quotes, for readability: rec("profile='app'").
static QByteArray rec(const char *fields)
{
    return QByteArray(fields).replace('\'', '"');
}

class TestDenialExplainer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void write(const QString &root, const QString &path, const QByteArray &text)
    {
        const QString full = root + u'/' + path;
        QDir().mkpath(QFileInfo(full).absolutePath());
        QFile f(full);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }

    // A system root: AppArmor 4 userland unless apparmor5, an SPO node when spo.
    QString makeRoot(const QString &name, bool apparmor5, bool spo)
    {
        const QString root = m_dir.filePath(name);
        const QString etc = u"etc/apparmor.d/"_s;
        write(root, etc + u"tunables/global"_s, "include <tunables/home>\n");
        write(root, etc + u"tunables/home"_s, "@{HOMEDIRS}=/home/\n@{HOME}=@{HOMEDIRS}/*/ /root/\n");
        write(root, etc + u"abstractions/base"_s, "  /etc/ld.so.cache r,\n  /usr/lib/** mr,\n");
        write(root, etc + u"abstractions/private"_s, "# keys stay private\n  deny @{HOME}/.ssh/** rw,\n");
        // An ABI without fine-grained network mediation (no network_v9).
        write(root, etc + u"abi/4.0"_s,
            "# test ABI\nnetwork_v8 {af_mask {unspec unix inet inet6\n}\n}\nnamespaces {userns_create {pciu&\n}\n}\n"
            "file {mask {create read write exec append mmap_exec link lock\n}\n}\n");
        if (apparmor5)
            write(root, etc + u"abi/5.0"_s, "network_v9 {af_inet {yes\n}\n}\n");
        write(root, etc + u"usr.bin.app"_s,
            "abi <abi/4.0>,\n"
            "include <tunables/global>\n"
            "@{DATA}=/srv/{alpha,beta}\n"
            "\n"
            "profile app /usr/bin/app {\n" // line 5
            "  include <abstractions/base>\n"
            "  include <abstractions/private>\n"
            "  @{HOME}/{Documents,Music}/** r,\n"
            "  @{DATA}/** rw,\n"
            "  deny /etc/shadow r,\n" // line 10
            "  deny capability sys_admin,\n"
            "  capability net_bind_service,\n"
            "  audit deny network inet stream port=25,\n"
            "  include if exists <local/app>\n"
            "}\n");
        write(root, etc + u"local/app"_s, "/opt/app/** r,\n");
        write(root, etc + u"lax"_s, "profile lax flags=(complain) {\n  deny /etc/shadow r,\n}\n");
        write(root, etc + u"reader"_s, "profile reader {\n  /srv/** r,\n}\n");
        write(root, etc + u"target"_s, "profile target {\n  signal (send),\n}\n");
        // The kernel: inet and unix at family level, user namespaces mediated.
        const QString features = u"sys/kernel/security/apparmor/features/"_s;
        write(root, features + u"network/af_mask"_s, "unspec unix inet inet6\n");
        write(root, features + u"namespaces/userns_create"_s, "yes\n");
        write(root, features + u"file/mask"_s, "create read write exec append mmap_exec link lock\n");
        if (spo)
            QDir().mkpath(root + u"/var/lib/kubelet/seccomp/operator"_s);
        return root;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void classifies_data()
    {
        QTest::addColumn<QByteArray>("record");
        QTest::addColumn<bool>("apparmor5");
        QTest::addColumn<bool>("spo");
        QTest::addColumn<QString>("cause");
        QTest::addColumn<QString>("fix");
        QTest::addColumn<QString>("rule"); // the rule shown, or the proposal when no rule is shown
        QTest::addColumn<QString>("file"); // relative to etc/apparmor.d
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("profile");

        const QByteArray open = rec("apparmor='DENIED' operation='open' class='file' profile='app' pid=42 comm='app' ");
        QTest::newRow("no rule") << open
                + rec("name='/srv/gamma/f' requested_mask='r' denied_mask='r' fsuid=1000 ouid=1000")
                                 << false << false << u"no-rule"_s << u"allow"_s << u"owner /srv/gamma/f r,"_s
                                 << QString() << 0 << u"app"_s;
        QTest::newRow("deny rule, AppArmor 4")
            << open + rec("name='/etc/shadow' requested_mask='r' denied_mask='r' fsuid=0 ouid=0") << false << false
            << u"deny-rule"_s << u"change-deny-rule"_s << u"deny /etc/shadow r,"_s << u"usr.bin.app"_s << 10
            << u"app"_s;
        QTest::newRow("deny rule, AppArmor 5")
            << open + rec("name='/etc/shadow' requested_mask='r' denied_mask='r' fsuid=0 ouid=0") << true << false
            << u"deny-rule"_s << u"priority-rule"_s << u"deny /etc/shadow r,"_s << u"usr.bin.app"_s << 10 << u"app"_s;
        QTest::newRow("deny rule in an abstraction, through a variable")
            << open + rec("name='/home/alice/.ssh/id_ed25519' requested_mask='r' denied_mask='r' fsuid=1000 ouid=1000")
            << false << false << u"deny-rule"_s << u"change-deny-rule"_s << u"deny @{HOME}/.ssh/** rw,"_s
            << u"abstractions/private"_s << 2 << u"app"_s;
        QTest::newRow("deny capability") << rec("apparmor='DENIED' operation='capable' class='cap' profile='app' "
                                                "pid=42 comm='app' capability=21 capname='sys_admin'")
                                         << false << false << u"deny-rule"_s << u"change-deny-rule"_s
                                         << u"deny capability sys_admin,"_s << u"usr.bin.app"_s << 11 << u"app"_s;
        QTest::newRow("on disk through variables and alternation: reload")
            << open + rec("name='/home/alice/Music/a.flac' requested_mask='r' denied_mask='r' fsuid=1000 ouid=1000")
            << false << false << u"stale-policy"_s << u"reload"_s << u"@{HOME}/{Documents,Music}/** r,"_s
            << u"usr.bin.app"_s << 8 << u"app"_s;
        QTest::newRow("on disk through a file-level variable: reload")
            << open + rec("name='/srv/beta/x/y' requested_mask='w' denied_mask='w' fsuid=1000 ouid=1000") << false
            << false << u"stale-policy"_s << u"reload"_s << u"@{DATA}/** rw,"_s << u"usr.bin.app"_s << 9 << u"app"_s;
        QTest::newRow("on disk in an abstraction: reload")
            << open + rec("name='/etc/ld.so.cache' requested_mask='r' denied_mask='r' fsuid=0 ouid=0") << false << false
            << u"stale-policy"_s << u"reload"_s << u"/etc/ld.so.cache r,"_s << u"abstractions/base"_s << 1 << u"app"_s;
        QTest::newRow("on disk in the local override: reload")
            << open + rec("name='/opt/app/share/x' requested_mask='r' denied_mask='r' fsuid=0 ouid=0") << false << false
            << u"stale-policy"_s << u"reload"_s << u"/opt/app/** r,"_s << u"local/app"_s << 1 << u"app"_s;
        QTest::newRow("capability on disk: reload")
            << rec("apparmor='DENIED' operation='capable' class='cap' profile='app' pid=42 comm='app' capability=10 "
                   "capname='net_bind_service'")
            << false << false << u"stale-policy"_s << u"reload"_s << u"capability net_bind_service,"_s
            << u"usr.bin.app"_s << 12 << u"app"_s;
        QTest::newRow("port deny rule widened by ABI and kernel")
            << rec("apparmor='DENIED' operation='create' class='net' profile='app' pid=42 comm='app' family='inet' "
                   "sock_type='stream' protocol=6 requested_mask='create' denied_mask='create'")
            << false << false << u"downgraded"_s << u"change-deny-rule"_s
            << u"audit deny network inet stream port=25,"_s << u"usr.bin.app"_s << 13 << u"app"_s;
        QTest::newRow("complain mode, deny rule")
            << rec("apparmor='DENIED' operation='open' class='file' profile='lax' name='/etc/shadow' pid=7 comm='lax' "
                   "requested_mask='r' denied_mask='r' fsuid=0 ouid=0")
            << false << false << u"complain-exception"_s << u"change-deny-rule"_s << u"deny /etc/shadow r,"_s
            << u"lax"_s << 2 << u"lax"_s;
        QTest::newRow("complain mode let a deny rule through")
            << rec("apparmor='ALLOWED' operation='open' class='file' profile='lax' name='/etc/shadow' pid=7 comm='lax' "
                   "requested_mask='r' denied_mask='r' fsuid=0 ouid=0")
            << false << false << u"deny-rule"_s << u"change-deny-rule"_s << u"deny /etc/shadow r,"_s << u"lax"_s << 2
            << u"lax"_s;
        QTest::newRow("complain mode, no_new_privs") << rec(
            "apparmor='DENIED' operation='exec' class='file' info='no new privs' error=-1 profile='lax' "
            "name='/usr/bin/other' pid=7 comm='lax' requested_mask='x' denied_mask='x' fsuid=0 ouid=0 target='other'")
                                                     << false << false << u"complain-exception"_s << u"none"_s
                                                     << QString() << QString() << 0 << u"lax"_s;
        QTest::newRow("complain mode allowed it")
            << rec("apparmor='ALLOWED' operation='open' class='file' profile='lax' name='/var/tmp/x' pid=7 comm='lax' "
                   "requested_mask='r' denied_mask='r' fsuid=0 ouid=0")
            << false << false << u"no-rule"_s << u"allow"_s << u"/var/tmp/x r,"_s << QString() << 0 << u"lax"_s;
        QTest::newRow("stack: the other profile lacks it")
            << rec("apparmor='DENIED' operation='open' class='file' profile='reader//&app' name='/srv/gamma/f' pid=9 "
                   "comm='app' requested_mask='r' denied_mask='r' fsuid=0 ouid=0")
            << false << false << u"stack-or-peer"_s << u"change-other-profile"_s << u"/srv/gamma/f r,"_s << QString()
            << 0 << u"app"_s;
        QTest::newRow("peer refused the signal")
            << rec("apparmor='DENIED' operation='signal' class='signal' profile='target' pid=5 comm='kill' "
                   "requested_mask='receive' denied_mask='receive' signal=term peer='app'")
            << false << false << u"stack-or-peer"_s << u"change-other-profile"_s
            << u"signal receive set=term peer=app,"_s << QString() << 0 << u"target"_s;
        QTest::newRow("unprivileged user namespace")
            << rec("apparmor='DENIED' operation='userns_create' class='namespace' info='Userns create restricted - "
                   "failed to find unprivileged_userns profile' error=-13 profile='unconfined' pid=3012 comm='unshare' "
                   "requested='userns_create' denied='userns_create' target='unprivileged_userns' "
                   "execpath='/usr/bin/unshare'")
            << false << false << u"userns-restriction"_s << u"userns-profile"_s
            << u"profile unshare /usr/bin/unshare flags=(unconfined) {\n  userns,"_s << QString() << 0 << u"unshare"_s;
        QTest::newRow("snap") << rec(
            "apparmor='DENIED' operation='open' class='file' profile='snap.firefox.firefox' name='/etc/x' pid=5 "
            "comm='firefox' requested_mask='r' denied_mask='r' fsuid=1000 ouid=0")
                              << false << false << u"managed-profile"_s << u"ask-owner"_s << QString() << QString() << 0
                              << u"snap.firefox.firefox"_s;
        QTest::newRow("Security Profiles Operator")
            << rec("apparmor='DENIED' operation='open' class='file' profile='nginx-restricted' name='/etc/x' pid=5 "
                   "comm='nginx' requested_mask='r' denied_mask='r' fsuid=0 ouid=0")
            << false << true << u"managed-profile"_s << u"ask-owner"_s << QString() << QString() << 0
            << u"nginx-restricted"_s;
        QTest::newRow("status record") << rec(
            "apparmor='STATUS' operation='profile_replace' info='same as current profile, skipping' "
            "profile='unconfined' name='app' pid=1 comm='apparmor_parser'")
                                       << false << false << u"not-a-denial"_s << u"none"_s << QString() << QString()
                                       << 0 << QString();
    }

    void classifies()
    {
        QFETCH(QByteArray, record);
        QFETCH(bool, apparmor5);
        QFETCH(bool, spo);
        QFETCH(QString, cause);
        QFETCH(QString, fix);
        QFETCH(QString, rule);
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, profile);

        const QString root
            = makeRoot(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_').remove(u','), apparmor5, spo);
        DenialExplainer explainer(SystemRoot::fromDirectory(root));
        QCOMPARE(explainer.appArmorMajor(), apparmor5 ? 5 : 4);
        const Explanation e = explainer.explain(TestLines::parsed(record));
        QCOMPARE(Explanation::causeId(e.cause), cause);
        QCOMPARE(Explanation::fixId(e.fix), fix);
        QCOMPARE(e.profile, profile);
        QVERIFY(!e.summary.isEmpty());
        if (!file.isEmpty()) {
            QCOMPARE(e.rule, rule);
            QCOMPARE(e.file, root + u"/etc/apparmor.d/"_s + file);
            QCOMPARE(e.line, line);
        } else if (!rule.isEmpty()) {
            QVERIFY2(e.proposal.contains(rule), qPrintable(e.proposal));
        }
        // The sandbox never asks the kernel.
        QVERIFY(!e.kernelAllows.has_value());
        if (e.fix == Explanation::Fix::PriorityRule) {
            QVERIFY(e.proposal.startsWith(u"priority="));
            QVERIFY(!e.warning.isEmpty());
        }
        if (cause == u"managed-profile")
            QCOMPARE(e.owner, spo ? u"Security Profiles Operator"_s : u"snapd"_s);
        // The JSON carries the same.
        const QJsonObject json = e.toJson();
        QCOMPARE(json.value(u"cause"_s).toString(), cause);
        QCOMPARE(json.value(u"line"_s).toInt(), line);
    }

    // The denial history with an explanation on every row.
    void model()
    {
        const QString root = makeRoot(u"model"_s, false, false);
        DenialExplainer explainer(SystemRoot::fromDirectory(root));
        DenialListModel history;
        DenialExplanationModel model(&explainer);
        model.setSourceModel(&history);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.addDenials({TestLines::parsed(rec("apparmor='DENIED' operation='open' class='file' profile='app' "
                                                  "name='/etc/shadow' pid=1 comm='app' requested_mask='r' "
                                                  "denied_mask='r' fsuid=0 ouid=0")),
            TestLines::parsed(rec("apparmor='DENIED' operation='open' class='file' profile='app' name='/srv/q' "
                                  "pid=1 comm='app' requested_mask='r' denied_mask='r' fsuid=0 ouid=0"))});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), history.columnCount());
        QCOMPARE(model.index(0, 0).data(DenialExplanationModel::CauseRole).toString(), u"deny-rule"_s);
        QCOMPARE(model.index(1, 3).data(DenialExplanationModel::CauseRole).toString(), u"no-rule"_s);
        QCOMPARE(model.index(0, 0).data(DenialExplanationModel::CauseTitleRole).toString(),
            Explanation::causeTitle(Explanation::Cause::DenyRule));
        QCOMPARE(model.index(0, 0).data(DenialExplanationModel::ExplanationRole).value<Explanation>().line, 10);
        // Other roles are the history's own.
        QCOMPARE(model.index(0, DenialListModel::ProfileColumn).data().toString(), u"app"_s);

        // The policy changes on disk: after refresh() the row says so.
        QFile f(root + u"/etc/apparmor.d/local/app"_s);
        QVERIFY(f.open(QIODevice::Append));
        f.write("/srv/q r,\n");
        f.close();
        QCOMPARE(model.index(1, 0).data(DenialExplanationModel::CauseRole).toString(), u"no-rule"_s); // cached
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        explainer.clear();
        model.refresh();
        QCOMPARE(changed.count(), 1);
        QVERIFY(changed.first().at(2).value<QList<int>>().contains(DenialExplanationModel::ExplanationRole));
        QCOMPARE(model.index(1, 0).data(DenialExplanationModel::CauseRole).toString(), u"stale-policy"_s);
    }

    void featureSetReadsAbiText()
    {
        const FeatureSet abi
            = FeatureSet::fromText(u"# c\nnetwork_v9 {af_inet {yes\n}\n}\nfile {mask {read write\n}\n}\n");
        QVERIFY(abi.isKnown());
        QVERIFY(abi.has(u"network_v9/af_inet"));
        QVERIFY(abi.has(u"file/mask/write"));
        QVERIFY(!abi.has(u"namespaces"));
        QVERIFY(FeatureSet().has(u"anything")); // unknown: blame nothing on it
    }

    // The editor's warning is the same check, line by line, with the ABI the text declares.
    void editorWarnings()
    {
        const QString root = makeRoot(u"editor"_s, false, false);
        const QString profileDir = root + u"/etc/apparmor.d"_s;
        const QString text = u"abi <abi/4.0>,\nprofile p {\n  network inet stream port=443,\n  network inet stream,\n"
                             u"  # network inet dgram port=53,\n  userns,\n}\n"_s;
        const FeatureSet kernel = FeatureSet::fromDirectory(root + u"/sys/kernel/security/apparmor/features"_s);
        const QList<ParserDiagnostic> warnings = FeatureSet::downgradedLines(text, u"/f"_s, profileDir, kernel);
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().line, 3);
        QVERIFY(warnings.first().severity == ParserDiagnostic::Severity::Warning);
        QCOMPARE(warnings.first().file, u"/f"_s);
        // A kernel that has it, with an ABI that declares it: nothing to warn about.
        const FeatureSet fine
            = FeatureSet::fromText(u"network_v9 {af_inet {yes\n}\n}\nnamespaces {userns_create {yes\n}\n}"_s);
        QVERIFY(FeatureSet::downgradedLines(text.mid(text.indexOf(u'\n') + 1), u"/f"_s, profileDir, fine).isEmpty());
        // The declared ABI alone is enough to downgrade it.
        QCOMPARE(FeatureSet::downgradedLines(text, u"/f"_s, profileDir, fine).size(), 1);
        // Without the kernel's features nothing is blamed on it.
        QVERIFY(FeatureSet::downgradedLines(text, u"/f"_s, profileDir, FeatureSet()).isEmpty());
    }

    void downgradeCheck_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("kernel");
        QTest::addColumn<bool>("downgraded");
        QTest::newRow("port, no v9") << u"network inet stream port=443,"_s << u"network {af_mask {inet\n}\n}"_s << true;
        QTest::newRow("port, v9") << u"allow network inet stream port=443,"_s << u"network_v9 {af_inet {yes\n}\n}"_s
                                  << false;
        QTest::newRow("plain network") << u"network inet stream,"_s << u"network {af_mask {inet\n}\n}"_s << false;
        QTest::newRow("userns, none") << u"userns,"_s << u"file {mask {read\n}\n}"_s << true;
        QTest::newRow("audit userns") << u"audit userns create,"_s << u"namespaces {userns_create {yes\n}\n}"_s
                                      << false;
        QTest::newRow("io_uring") << u"io_uring,"_s << u"file {mask {read\n}\n}"_s << true;
        QTest::newRow("mqueue") << u"priority=2 mqueue,"_s << u"ipc {posix_mqueue {yes\n}\n}"_s << false;
        QTest::newRow("file") << u"/etc/x r,"_s << u"file {mask {read\n}\n}"_s << false;
    }

    void downgradeCheck()
    {
        QFETCH(QString, rule);
        QFETCH(QString, kernel);
        QFETCH(bool, downgraded);
        QCOMPARE(!FeatureSet::downgradeOf(rule, FeatureSet::fromText(kernel), FeatureSet()).isEmpty(), downgraded);
    }
};

QTEST_GUILESS_MAIN(TestDenialExplainer)
#include "tst_denialexplainer.moc"
