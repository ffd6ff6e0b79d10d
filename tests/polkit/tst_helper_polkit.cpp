// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "changerecord.h"
#include "demoroot.h"
#include "helperharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

// armorer-helper against a real dbus-daemon and a real polkitd, called by a real non-root
// user; polkit .rules switch the decision between YES, NO and no rule.
class TestHelperPolkit : public QObject
{
    Q_OBJECT

private:
    static constexpr int IdleTimeoutMs = 4000;
    HelperHarness m_harness;
    QString m_root;

    QString profileDir() const { return m_root + u"/etc/apparmor.d"_s; }
    QByteArray read(const QString &relative) const
    {
        QFile f(profileDir() + u'/' + relative);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }
    void write(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    QStringList journal() const
    {
        return QDir(m_root + u"/var/lib/armorer/changes"_s).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }
    QJsonObject writeOverride(const QString &profile, const QByteArray &text, const QString &hash)
    {
        static int n = 0;
        const QString file = m_harness.writeTextFile(u"text-%1"_s.arg(++n), text);
        return m_harness.probe({u"write"_s, profile, file, hash});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_harness.start(&error), qPrintable(error));
        m_root = m_harness.dir() + u"/root"_s;
        QVERIFY(QDir().mkpath(profileDir() + u"/local"_s));
        write(profileDir() + u"/usr.bin.armorertest"_s,
            "profile armorertest /usr/bin/armorertest {\n  /etc/armorertest r,\n"
            "  include if exists <local/usr.bin.armorertest>\n}\n");
        write(profileDir() + u"/usr.bin.other"_s, "profile other /usr/bin/other {\n  /etc/other r,\n}\n");
        QVERIFY(DemoRoot::writeProfiles(m_root,
            {{u"armorertest"_s, {}, u"armorertest"_s, ProfileMode::Enforce},
                {u"other"_s, {}, u"other"_s, ProfileMode::Complain}}));
        QVERIFY(QDir().mkpath(m_root + u"/var/log"_s));
        write(m_root + u"/var/log/kern.log"_s,
            "Nov 22 10:00:00 host kernel: [  100.000001] audit: type=1400 audit(1763805600.123:41): "
            "apparmor=\"DENIED\" operation=\"open\" class=\"file\" profile=\"armorertest\" name=\"/etc/shadow\" "
            "pid=1234 comm=\"armorertest\" requested_mask=\"r\" denied_mask=\"r\" fsuid=1000 ouid=0\n"
            "Nov 22 10:00:01 host systemd[1]: Started something.\n"
            "Nov 22 10:00:02 host kernel: [  101.000001] audit: type=1400 audit(1763805601.456:42): "
            "apparmor=\"DENIED\" operation=\"capable\" class=\"cap\" profile=\"other\" pid=99 comm=\"other\" "
            "capability=12 capname=\"net_admin\"\n");
        QVERIFY2(m_harness.startHelper(m_root, IdleTimeoutMs, &error), qPrintable(error));
    }

    // No rule and no logind session: "modify" falls to allow_any (auth_admin), a challenge.
    void noRuleIsChallenge()
    {
        m_harness.setRule(HelperHarness::Rule::None);
        const QJsonObject r = writeOverride(u"usr.bin.armorertest"_s, "/etc/x r,\n", QString());
        QCOMPARE(r.value(u"error"_s).toString(), u"org.freedesktop.DBus.Error.InteractiveAuthorizationRequired"_s);
        QCOMPARE(read(u"local/usr.bin.armorertest"_s), QByteArray("<missing>"));
    }

    void deniedWritesNothing()
    {
        m_harness.setRule(HelperHarness::Rule::No);
        for (const QStringList &call : {QStringList{u"list"_s}, {u"history"_s}, {u"denials"_s, QString(), u"10"_s},
                 {u"read"_s, u"usr.bin.armorertest"_s}, {u"include"_s, u"usr.bin.other"_s},
                 {u"setmode"_s, u"usr.bin.armorertest"_s, u"complain"_s}, {u"reload"_s, u"usr.bin.armorertest"_s},
                 {u"unload"_s, u"usr.bin.armorertest"_s}, {u"undo"_s, u"1"_s}}) {
            QCOMPARE(m_harness.probe(call).value(u"error"_s).toString(), u"org.freedesktop.DBus.Error.AccessDenied"_s);
        }
        const QJsonObject r = writeOverride(u"usr.bin.armorertest"_s, "/etc/x r,\n", QString());
        QCOMPARE(r.value(u"error"_s).toString(), u"org.freedesktop.DBus.Error.AccessDenied"_s);
        QCOMPARE(read(u"local/usr.bin.armorertest"_s), QByteArray("<missing>"));
        QVERIFY(!read(u"usr.bin.other"_s).contains("local/"));
        QVERIFY(!read(u"usr.bin.armorertest"_s).contains("complain"));
        QCOMPARE(journal(), QStringList());
        // Denials are never cached across callers: each probe is a new caller, and the
        // helper forgets each one when it leaves the bus.
        QTRY_VERIFY_WITH_TIMEOUT(m_harness.helperLog().contains(u"forgot caller"_s), 5000);
    }

    void rootClientProvesNothing()
    {
        // uid 0 is always authorized by polkit, whatever the rules: why clients run as 4711.
        QCOMPARE(m_harness.probe({u"mode"_s}, 0).value(u"mode"_s).toString(), u"validate-only"_s);
    }

    void readMethods()
    {
        m_harness.setRule(HelperHarness::Rule::Yes);
        const QJsonObject list = m_harness.probe({u"list"_s});
        QCOMPARE(list.value(u"error"_s).toString(), QString());
        QCOMPARE(list.value(u"state"_s).toInt(), 0);
        QCOMPARE(list.value(u"profiles"_s).toInt(), 2);
        QCOMPARE(list.value(u"first"_s).toString(), u"armorertest"_s);

        const QJsonObject first = m_harness.probe({u"denials"_s, QString(), u"1"_s});
        QCOMPARE(first.value(u"records"_s).toArray().size(), 1);
        QVERIFY(first.value(u"records"_s).toArray().at(0).toString().contains(u"/etc/shadow"_s));
        const QJsonObject rest = m_harness.probe({u"denials"_s, first.value(u"nextCursor"_s).toString(), u"100"_s});
        QCOMPARE(rest.value(u"records"_s).toArray().size(), 1);
        QVERIFY(rest.value(u"records"_s).toArray().at(0).toString().contains(u"net_admin"_s));
        QCOMPARE(m_harness.probe({u"denials"_s, u"../etc"_s, u"1"_s}).value(u"error"_s).toString(),
            u"io.github.armorer.Error.InvalidArgument"_s);
    }

    void allowedWriteBackupHistoryUndo()
    {
        m_harness.setRule(HelperHarness::Rule::Yes);
        const QJsonObject one = writeOverride(u"usr.bin.armorertest"_s, "/etc/one r,\n", QString());
        QCOMPARE(one.value(u"error"_s).toString(), QString());
        QCOMPARE(read(u"local/usr.bin.armorertest"_s), QByteArray("/etc/one r,\n"));
        const QString id1 = one.value(u"changeId"_s).toString();
        QVERIFY(!id1.isEmpty());
        QVERIFY(journal().contains(id1 + u".before"_s));
        QVERIFY(journal().contains(id1 + u".json"_s));

        const QByteArray second = "# second\n/etc/two r,\n\"/etc/with space\" r,\n";
        const QJsonObject two = writeOverride(u"usr.bin.armorertest"_s, second, one.value(u"hash"_s).toString());
        QCOMPARE(two.value(u"error"_s).toString(), QString());
        QCOMPARE(read(u"local/usr.bin.armorertest"_s), second);
        const QString id2 = two.value(u"changeId"_s).toString();

        const QJsonArray history = m_harness.probe({u"history"_s}).value(u"history"_s).toArray();
        QVERIFY(history.size() >= 2);
        QCOMPARE(history.at(0).toObject().value(u"id"_s).toString(), id2);
        QCOMPARE(history.at(0).toObject().value(u"uid"_s).toInt(), HelperHarness::TestUid);
        QCOMPARE(history.at(0).toObject().value(u"file"_s).toString(), u"local/usr.bin.armorertest"_s);

        // Undo restores the previous bytes exactly.
        const QJsonObject undone = m_harness.probe({u"undo"_s, id2});
        QCOMPARE(undone.value(u"error"_s).toString(), QString());
        QCOMPARE(read(u"local/usr.bin.armorertest"_s), QByteArray("/etc/one r,\n"));
        QCOMPARE(m_harness.probe({u"undo"_s, id2}).value(u"error"_s).toString(), u"io.github.armorer.Error.Conflict"_s);

        // Mode and include go through the same path.
        QCOMPARE(m_harness.probe({u"setmode"_s, u"usr.bin.armorertest"_s, u"complain"_s}).value(u"error"_s).toString(),
            QString());
        QVERIFY(read(u"usr.bin.armorertest"_s).contains("flags=(complain)"));
        QCOMPARE(m_harness.probe({u"include"_s, u"usr.bin.other"_s}).value(u"error"_s).toString(), QString());
        QVERIFY(read(u"usr.bin.other"_s).contains("include if exists <local/usr.bin.other>"));
        QCOMPARE(m_harness.probe({u"reload"_s, u"usr.bin.other"_s}).value(u"error"_s).toString(), QString());
    }

    void invalidOverrideRejected()
    {
        m_harness.setRule(HelperHarness::Rule::Yes);
        const QByteArray before = read(u"local/usr.bin.armorertest"_s);
        const QStringList journalBefore = journal();
        const QJsonObject r = writeOverride(
            u"usr.bin.armorertest"_s, "/etc/ok r,\n/etc/bad rw\n/etc/next r,\n", ChangeRecord::hash(before));
        QCOMPARE(r.value(u"error"_s).toString(), u"io.github.armorer.Error.ParserRejected"_s);
        const QString detail = r.value(u"detail"_s).toString();
        // The parser's own words, its line, and the real file name.
        QVERIFY2(detail.contains(u"/etc/bad"_s), qPrintable(detail));
        QVERIFY2(detail.contains(profileDir() + u"/local/usr.bin.armorertest:3: "_s), qPrintable(detail));
        QVERIFY2(!detail.contains(u"armorer-validate"_s), qPrintable(detail));
        QCOMPARE(read(u"local/usr.bin.armorertest"_s), before);
        QCOMPARE(journal(), journalBefore);
    }

    void conflictRefused()
    {
        m_harness.setRule(HelperHarness::Rule::Yes);
        const QJsonObject current = m_harness.probe({u"read"_s, u"usr.bin.armorertest"_s});
        const QString hash = current.value(u"hash"_s).toString();
        QCOMPARE(hash, ChangeRecord::hash(read(u"local/usr.bin.armorertest"_s)));
        // Another editor saves first.
        QCOMPARE(
            writeOverride(u"usr.bin.armorertest"_s, "/etc/theirs r,\n", hash).value(u"error"_s).toString(), QString());
        const QJsonObject mine = writeOverride(u"usr.bin.armorertest"_s, "/etc/mine r,\n", hash);
        QCOMPARE(mine.value(u"error"_s).toString(), u"io.github.armorer.Error.Conflict"_s);
        QCOMPARE(read(u"local/usr.bin.armorertest"_s), QByteArray("/etc/theirs r,\n"));
    }

    // armorctl's helper commands, as the non-root user.
    void armorctlThroughHelper()
    {
        m_harness.setRule(HelperHarness::Rule::Yes);
        const auto armorctl = [this](const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, m_harness.busAddress());
            process.setProcessEnvironment(environment);
            process.start(u"setpriv"_s,
                QStringList{u"--reuid=4711"_s, u"--regid=4711"_s, u"--clear-groups"_s,
                    QStringLiteral(ARMORER_BIN_DIR) + u"/armorctl"_s}
                    + arguments);
            process.waitForFinished(30000);
            return std::pair{process.exitCode(), QString::fromUtf8(process.readAll())};
        };
        const auto [code, output] = armorctl({u"complain"_s, u"usr.bin.other"_s});
        QCOMPARE(code, 0);
        QVERIFY2(output.startsWith(u"change "_s), qPrintable(output));
        QVERIFY(read(u"usr.bin.other"_s).contains("flags=(complain)"));
        const auto [historyCode, history] = armorctl({u"history"_s});
        QCOMPARE(historyCode, 0);
        QVERIFY2(history.contains(u"set-mode"_s) && history.contains(u"uid 4711"_s), qPrintable(history));
        m_harness.setRule(HelperHarness::Rule::No);
        QCOMPARE(armorctl({u"enforce"_s, u"usr.bin.other"_s}).first, 1);
        QVERIFY(read(u"usr.bin.other"_s).contains("flags=(complain)"));
    }

    void attacksRefused_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("error");
        QTest::newRow("traversal") << u"../../../../etc/passwd"_s << u"io.github.armorer.Error.InvalidProfileName"_s;
        QTest::newRow("local traversal") << u"../local/x"_s << u"io.github.armorer.Error.InvalidProfileName"_s;
        QTest::newRow("absolute") << u"/etc/passwd"_s << u"io.github.armorer.Error.InvalidProfileName"_s;
        QTest::newRow("dotdot") << u".."_s << u"io.github.armorer.Error.InvalidProfileName"_s;
        QTest::newRow("newline") << u"usr.bin.x\nrule"_s << u"io.github.armorer.Error.InvalidProfileName"_s;
        QTest::newRow("symlinked profile") << u"usr.bin.evil"_s << u"io.github.armorer.Error.PathRefused"_s;
        QTest::newRow("symlinked override") << u"usr.bin.other"_s << u"io.github.armorer.Error.PathRefused"_s;
        QTest::newRow("hard-linked override") << u"usr.bin.hard"_s << u"io.github.armorer.Error.PathRefused"_s;
    }
    void attacksRefused()
    {
        QFETCH(QString, profile);
        QFETCH(QString, error);
        m_harness.setRule(HelperHarness::Rule::Yes);
        const QString victim = m_harness.dir() + u"/victim"_s;
        write(victim, "root:x:0:0\n");
        QFile::remove(profileDir() + u"/usr.bin.evil"_s);
        QVERIFY(QFile::link(victim, profileDir() + u"/usr.bin.evil"_s));
        QFile::remove(profileDir() + u"/local/usr.bin.other"_s);
        QVERIFY(QFile::link(victim, profileDir() + u"/local/usr.bin.other"_s));
        if (!QFile::exists(profileDir() + u"/usr.bin.hard"_s)) {
            write(profileDir() + u"/usr.bin.hard"_s, "profile hard {\n}\n");
            QVERIFY(QFile::link(victim, profileDir() + u"/local/usr.bin.hard.tmp"_s));
            QVERIFY(::link(QFile::encodeName(victim).constData(),
                        QFile::encodeName(profileDir() + u"/local/usr.bin.hard"_s).constData())
                == 0);
            QFile::remove(profileDir() + u"/local/usr.bin.hard.tmp"_s);
        }
        const QStringList journalBefore = journal();
        const QJsonObject r = writeOverride(profile, "/etc/** rw,\n", QString());
        QCOMPARE(r.value(u"error"_s).toString(), error);
        // Also through an expected hash of the victim, as an attacker who read it would send.
        const QJsonObject r2 = writeOverride(profile, "/etc/** rw,\n", ChangeRecord::hash("root:x:0:0\n"));
        QCOMPARE(r2.value(u"error"_s).toString(), error);
        QFile f(victim);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("root:x:0:0\n"));
        QCOMPARE(journal(), journalBefore);
        QFile::remove(profileDir() + u"/local/usr.bin.other"_s);
    }

    void oversizedAndNulRefused()
    {
        m_harness.setRule(HelperHarness::Rule::Yes);
        const QByteArray before = read(u"local/usr.bin.armorertest"_s);
        const QString hash = ChangeRecord::hash(before);
        QCOMPARE(
            writeOverride(u"usr.bin.armorertest"_s, QByteArray(300 * 1024, '#'), hash).value(u"error"_s).toString(),
            u"io.github.armorer.Error.TooLarge"_s);
        // D-Bus strings cannot carry NUL: the client refuses it rather than send a cut text.
        QCOMPARE(writeOverride(u"usr.bin.armorertest"_s, QByteArray("/etc/a r,\0/etc/b r,\n", 20), hash)
                     .value(u"error"_s)
                     .toString(),
            u"io.github.armorer.Error.InvalidArgument"_s);
        QCOMPARE(read(u"local/usr.bin.armorertest"_s), before);
    }

    void onlyRootOwnsTheName()
    {
        // Our bus policy file: a non-root user cannot take the helper's name (the refusal comes
        // from the policy, before any queueing behind the running helper).
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, m_harness.busAddress());
        process.setProcessEnvironment(environment);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(u"setpriv"_s,
            {u"--reuid=4711"_s, u"--regid=4711"_s, u"--clear-groups"_s, u"dbus-send"_s, u"--system"_s,
                u"--print-reply"_s, u"--dest=org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s,
                u"org.freedesktop.DBus.RequestName"_s, u"string:io.github.armorer.Helper1"_s, u"uint32:4"_s});
        QVERIFY(process.waitForFinished(20000));
        const QByteArray output = process.readAll();
        QVERIFY2(process.exitCode() != 0 && output.contains("AccessDenied"), output.constData());
    }

    // The demo's helper: unprivileged, private bus, sandbox root, -QK instead of loading.
    void privateDemoHelper()
    {
        const QString demo = m_harness.dir() + u"/demo"_s;
        QVERIFY(QDir().mkpath(demo + u"/etc/apparmor.d/local"_s));
        write(demo + u"/etc/apparmor.d/usr.bin.armorertest"_s,
            "profile armorertest {\n  include if exists <local/usr.bin.armorertest>\n}\n");
        for (const QString &path : QStringList{demo, demo + u"/etc"_s, demo + u"/etc/apparmor.d"_s,
                 demo + u"/etc/apparmor.d/local"_s, demo + u"/etc/apparmor.d/usr.bin.armorertest"_s})
            QVERIFY(::chown(QFile::encodeName(path).constData(), HelperHarness::TestUid, HelperHarness::TestUid) == 0);
        const QString text = m_harness.writeTextFile(u"demo-text"_s, "/etc/demo r,\n");
        const QJsonObject r
            = m_harness.probe({u"--private"_s, demo, u"write"_s, u"usr.bin.armorertest"_s, text, QString()});
        QCOMPARE(r.value(u"error"_s).toString(), QString());
        QVERIFY(!r.value(u"changeId"_s).toString().isEmpty());
        QFile written(demo + u"/etc/apparmor.d/local/usr.bin.armorertest"_s);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("/etc/demo r,\n"));
        QCOMPARE(m_harness.probe({u"--private"_s, demo, u"mode"_s}).value(u"mode"_s).toString(), u"validate-only"_s);

        // A private-bus helper that could load into the kernel is refused outright.
        QProcess process;
        process.start(QStringLiteral(ARMORER_BIN_DIR) + u"/armorer-helper"_s,
            {u"--bus"_s, u"unix:path=/nonexistent"_s, u"--root"_s, demo});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
    }

    void exitsWhenIdle()
    {
        QElapsedTimer idle;
        idle.start();
        QVERIFY(m_harness.helper()->waitForFinished(IdleTimeoutMs + 10000));
        QCOMPARE(m_harness.helper()->exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_harness.helper()->exitCode(), 0);
        std::printf("helper exited %lld ms after the last call (idle timeout %d ms)\n",
            static_cast<long long>(idle.elapsed()), IdleTimeoutMs);
    }
};

int main(int argc, char *argv[])
{
    QString error;
    if (!HelperHarness::enterPrivateMounts(&error)) {
        std::fprintf(stderr, "tst_helper_polkit: %s\n", qPrintable(error));
        return 1;
    }
    QCoreApplication app(argc, argv);
    TestHelperPolkit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_helper_polkit.moc"
