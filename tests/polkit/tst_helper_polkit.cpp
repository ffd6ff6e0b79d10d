// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "changerecord.h"
#include "demoroot.h"
#include "helperharness.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <csignal>
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
        // The helper reads only a log no one but its owner may write to, whatever the umask.
        QVERIFY(QFile::setPermissions(m_root + u"/var/log/kern.log"_s,
            QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
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
                 {u"read"_s, u"usr.bin.armorertest"_s}, {u"setmode"_s, u"usr.bin.armorertest"_s, u"complain"_s},
                 {u"unload"_s, u"usr.bin.armorertest"_s}, {u"disable"_s, u"usr.bin.armorertest"_s},
                 {u"enable"_s, u"usr.bin.armorertest"_s}, {u"undo"_s, u"1"_s}}) {
            QCOMPARE(m_harness.probe(call).value(u"error"_s).toString(), u"org.freedesktop.DBus.Error.AccessDenied"_s);
        }
        const QJsonObject r = writeOverride(u"usr.bin.armorertest"_s, "/etc/x r,\n", QString());
        QCOMPARE(r.value(u"error"_s).toString(), u"org.freedesktop.DBus.Error.AccessDenied"_s);
        QCOMPARE(read(u"local/usr.bin.armorertest"_s), QByteArray("<missing>"));
        QVERIFY(!read(u"usr.bin.other"_s).contains("local/"));
        QVERIFY(!read(u"usr.bin.armorertest"_s).contains("complain"));
        QVERIFY(!QFileInfo(profileDir() + u"/disable/usr.bin.armorertest"_s).isSymLink());
        QCOMPARE(journal(), QStringList());
    }

    // polkit is asked on every call: a caller allowed once is refused on the same connection
    // as soon as the rule says NO.
    void sameConnectionRefusedAfterNo()
    {
        m_harness.setRule(HelperHarness::Rule::Yes);
        const QString flag = m_harness.dir() + u"/again-flag"_s;
        QFile::remove(flag);
        const std::unique_ptr<QProcess> caller = m_harness.startProbe({u"again"_s, flag});
        QVERIFY(caller->waitForReadyRead(30000));
        const QJsonObject first = QJsonDocument::fromJson(caller->readLine()).object();
        QCOMPARE(first.value(u"error"_s).toString(), QString());
        QCOMPARE(first.value(u"mode"_s).toString(), u"validate-only"_s);
        m_harness.setRule(HelperHarness::Rule::No);
        write(flag, "go\n");
        QVERIFY(caller->waitForFinished(30000));
        const QJsonObject second = QJsonDocument::fromJson(caller->readLine()).object();
        QCOMPARE(second.value(u"error"_s).toString(), u"org.freedesktop.DBus.Error.AccessDenied"_s);
    }

    // A check polkit has not answered yet (here polkitd is stopped, as while a password prompt
    // is open) does not hold the helper: it still answers on the bus, and the change is made
    // once polkit says yes.
    void pendingCheckDoesNotBlock()
    {
        m_harness.setRule(HelperHarness::Rule::Yes);
        const qint64 polkitd = m_harness.polkitPid();
        QVERIFY(polkitd > 0);
        QVERIFY(::kill(pid_t(polkitd), SIGSTOP) == 0);
        const qsizetype logBefore = m_harness.helperLog().size();
        const std::unique_ptr<QProcess> slow = m_harness.startProbe({u"setmode"_s, u"usr.bin.other"_s, u"complain"_s});
        QTRY_VERIFY_WITH_TIMEOUT(m_harness.helperLog().mid(logBefore).contains(u"asking polkit"_s), 20000);
        QProcess ping;
        ping.start(u"dbus-send"_s,
            {u"--system"_s, u"--print-reply"_s, u"--reply-timeout=5000"_s, u"--dest=io.github.armorer.Helper1"_s,
                u"/io/github/armorer/Helper1"_s, u"org.freedesktop.DBus.Introspectable.Introspect"_s});
        const bool answered = ping.waitForFinished(10000) && ping.exitCode() == 0;
        const bool slowStillWaiting = slow->state() == QProcess::Running;
        QVERIFY(::kill(pid_t(polkitd), SIGCONT) == 0);
        QVERIFY2(answered, ping.readAllStandardError().constData());
        QVERIFY(slowStillWaiting);
        QVERIFY(slow->waitForFinished(30000));
        const QJsonObject r = QJsonDocument::fromJson(slow->readAllStandardOutput()).object();
        QCOMPARE(r.value(u"error"_s).toString(), QString());
        QVERIFY(read(u"usr.bin.other"_s).contains("flags=(complain)"));
        const QJsonObject back = m_harness.probe({u"undo"_s, r.value(u"changeId"_s).toString()});
        QCOMPARE(back.value(u"error"_s).toString(), QString());
    }

    // The profile and the kind of change reach polkit as details, which a rule can read.
    void detailsReachPolkit()
    {
        m_harness.setRuleScript("    if (action.id == \"io.github.armorer.read-status\") return polkit.Result.YES;\n"
                                "    if (action.id == \"io.github.armorer.modify\" &&\n"
                                "        action.lookup(\"profile\") == \"usr.bin.other\" &&\n"
                                "        action.lookup(\"change\") == \"set-mode complain\")\n"
                                "        return polkit.Result.YES;\n"
                                "    return polkit.Result.NO;",
            QString());
        const QByteArray before = read(u"usr.bin.other"_s);
        QCOMPARE(m_harness.probe({u"setmode"_s, u"usr.bin.armorertest"_s, u"complain"_s}).value(u"error"_s).toString(),
            u"org.freedesktop.DBus.Error.AccessDenied"_s);
        QCOMPARE(m_harness.probe({u"setmode"_s, u"usr.bin.other"_s, u"kill"_s}).value(u"error"_s).toString(),
            u"org.freedesktop.DBus.Error.AccessDenied"_s);
        QCOMPARE(read(u"usr.bin.other"_s), before);
        const QJsonObject allowed = m_harness.probe({u"setmode"_s, u"usr.bin.other"_s, u"complain"_s});
        QCOMPARE(allowed.value(u"error"_s).toString(), QString());
        QVERIFY(read(u"usr.bin.other"_s).contains("flags=(complain)"));
        // "undo 12" is another change: refused by this rule, allowed by a general one.
        QCOMPARE(m_harness.probe({u"undo"_s, allowed.value(u"changeId"_s).toString()}).value(u"error"_s).toString(),
            u"org.freedesktop.DBus.Error.AccessDenied"_s);
        m_harness.setRule(HelperHarness::Rule::Yes);
        QCOMPARE(m_harness.probe({u"undo"_s, allowed.value(u"changeId"_s).toString()}).value(u"error"_s).toString(),
            QString());
        QCOMPARE(read(u"usr.bin.other"_s), before);
    }

    // The package's .rules: members of adm read the logs without a password; others need an
    // administrator.
    void readLogForAdm()
    {
        m_harness.setRule(HelperHarness::Rule::None);
        const QJsonObject adm
            = m_harness.probe({u"denials"_s, QString(), u"10"_s}, HelperHarness::AdmUid, {HelperHarness::AdmGid});
        QCOMPARE(adm.value(u"error"_s).toString(), QString());
        QVERIFY(!adm.value(u"records"_s).toArray().isEmpty());
        QCOMPARE(m_harness.probe({u"denials"_s, QString(), u"10"_s}).value(u"error"_s).toString(),
            u"org.freedesktop.DBus.Error.InteractiveAuthorizationRequired"_s);
        // adm grants reading logs, nothing else.
        QCOMPARE(
            m_harness
                .probe({u"setmode"_s, u"usr.bin.other"_s, u"enforce"_s}, HelperHarness::AdmUid, {HelperHarness::AdmGid})
                .value(u"error"_s)
                .toString(),
            u"org.freedesktop.DBus.Error.InteractiveAuthorizationRequired"_s);
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

        // Modes go through the same path, and undo like any change.
        const QJsonObject complain = m_harness.probe({u"setmode"_s, u"usr.bin.armorertest"_s, u"complain"_s});
        QCOMPARE(complain.value(u"error"_s).toString(), QString());
        QVERIFY(read(u"usr.bin.armorertest"_s).contains("flags=(complain)"));
        const QJsonObject kill = m_harness.probe({u"setmode"_s, u"usr.bin.armorertest"_s, u"kill"_s});
        QCOMPARE(kill.value(u"error"_s).toString(), QString());
        QVERIFY(read(u"usr.bin.armorertest"_s).contains("flags=(kill)"));
        QCOMPARE(
            m_harness.probe({u"undo"_s, kill.value(u"changeId"_s).toString()}).value(u"error"_s).toString(), QString());
        QVERIFY(read(u"usr.bin.armorertest"_s).contains("flags=(complain)"));
        QCOMPARE(m_harness.probe({u"setmode"_s, u"usr.bin.armorertest"_s, u"bogus"_s}).value(u"error"_s).toString(),
            u"io.github.armorer.Error.InvalidArgument"_s);
        QCOMPARE(m_harness.probe({u"unload"_s, u"usr.bin.other"_s}).value(u"error"_s).toString(), QString());
    }

    // Disable and Enable: polkit sees the profile and the kind of change; the link in disable/
    // comes and goes, History shows both, and Undo of a disable enables.
    void disableAndEnable()
    {
        m_harness.setRuleScript("    if (action.id == \"io.github.armorer.read-status\") return polkit.Result.YES;\n"
                                "    if (action.id == \"io.github.armorer.modify\" &&\n"
                                "        action.lookup(\"profile\") == \"usr.bin.other\" &&\n"
                                "        (action.lookup(\"change\") == \"disable\" ||\n"
                                "         action.lookup(\"change\") == \"enable\"))\n"
                                "        return polkit.Result.YES;\n"
                                "    return polkit.Result.NO;",
            QString());
        const QString link = profileDir() + u"/disable/usr.bin.other"_s;
        QCOMPARE(m_harness.probe({u"disable"_s, u"usr.bin.armorertest"_s}).value(u"error"_s).toString(),
            u"org.freedesktop.DBus.Error.AccessDenied"_s);
        QVERIFY(!QFileInfo(profileDir() + u"/disable/usr.bin.armorertest"_s).isSymLink());

        const QJsonObject disabled = m_harness.probe({u"disable"_s, u"usr.bin.other"_s});
        QCOMPARE(disabled.value(u"error"_s).toString(), QString());
        const QString id = disabled.value(u"changeId"_s).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(QFile::symLinkTarget(link), QFileInfo(profileDir() + u"/usr.bin.other"_s).canonicalFilePath());
        QCOMPARE(m_harness.probe({u"disable"_s, u"usr.bin.other"_s}).value(u"error"_s).toString(),
            u"io.github.armorer.Error.InvalidArgument"_s);
        const QJsonArray history = m_harness.probe({u"history"_s}).value(u"history"_s).toArray();
        QVERIFY(!history.isEmpty());
        QCOMPARE(history.first()[u"action"_s].toString(), u"disable"_s);
        QCOMPARE(history.first()[u"file"_s].toString(), u"disable/usr.bin.other"_s);
        QCOMPARE(history.first()[u"uid"_s].toInt(), 4711);

        // "undo ID" is a change of its own: this rule refuses it; a general yes allows it.
        QCOMPARE(m_harness.probe({u"undo"_s, id}).value(u"error"_s).toString(),
            u"org.freedesktop.DBus.Error.AccessDenied"_s);
        QVERIFY(QFileInfo(link).isSymLink());
        m_harness.setRule(HelperHarness::Rule::Yes);
        const QJsonObject undone = m_harness.probe({u"undo"_s, id});
        QCOMPARE(undone.value(u"error"_s).toString(), QString());
        QVERIFY(!QFileInfo(link).isSymLink());
        QCOMPARE(m_harness.probe({u"enable"_s, u"usr.bin.other"_s}).value(u"error"_s).toString(),
            u"io.github.armorer.Error.InvalidArgument"_s);

        QCOMPARE(m_harness.probe({u"disable"_s, u"usr.bin.other"_s}).value(u"error"_s).toString(), QString());
        QVERIFY(QFileInfo(link).isSymLink());
        const QJsonObject enabled = m_harness.probe({u"enable"_s, u"usr.bin.other"_s});
        QCOMPARE(enabled.value(u"error"_s).toString(), QString());
        QVERIFY(!enabled.value(u"changeId"_s).toString().isEmpty());
        QVERIFY(!QFileInfo(link).isSymLink());
        QCOMPARE(m_harness.probe({u"disable"_s, u"../usr.bin.other"_s}).value(u"error"_s).toString(),
            u"io.github.armorer.Error.InvalidProfileName"_s);
        QCOMPARE(m_harness.probe({u"enable"_s, u"usr.bin.nothere"_s}).value(u"error"_s).toString(),
            u"io.github.armorer.Error.NotFound"_s);
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
        // The parser's own words, the line that lacks its comma (the parser names the next one),
        // and the real file name.
        QVERIFY2(detail.contains(u"/etc/bad"_s), qPrintable(detail));
        QVERIFY2(detail.contains(profileDir() + u"/local/usr.bin.armorertest:2: "_s), qPrintable(detail));
        QVERIFY2(!detail.contains(u"armorer-validate"_s), qPrintable(detail));
        QCOMPARE(read(u"local/usr.bin.armorertest"_s), before);
        QCOMPARE(journal(), journalBefore);
    }

    // The compile starts while polkit decides: a NO that comes after it finished (this rule
    // takes a second) discards it, and nothing is written, journaled or loaded.
    void noAfterCompileWritesNothing()
    {
        // Refused calls are no work to the helper's idle timer: a helper that waits a minute
        // stays up through them, and the usual one comes back afterwards.
        const auto restartHelper = [this](int idleTimeoutMs) {
            if (m_harness.helper() && m_harness.helper()->state() == QProcess::Running) {
                m_harness.helper()->terminate();
                m_harness.helper()->waitForFinished(5000);
            }
            QString error;
            return m_harness.startHelper(m_root, idleTimeoutMs, &error);
        };
        QVERIFY(restartHelper(60000));
        const auto restore = qScopeGuard([&] {
            m_harness.setRule(HelperHarness::Rule::Yes);
            restartHelper(IdleTimeoutMs);
        });
        m_harness.setRule(HelperHarness::Rule::Yes);
        const QString hash = m_harness.probe({u"read"_s, u"usr.bin.armorertest"_s}).value(u"hash"_s).toString();
        // Every action refused, changes after a second. Reading the status is refused too, so
        // that setRuleScript() can tell that polkitd has loaded this rule (the last one allowed it).
        m_harness.setRuleScript("    if (action.id == \"io.github.armorer.modify\") {\n"
                                "        polkit.spawn([\"/bin/sleep\", \"1\"]);\n"
                                "        return polkit.Result.NO;\n"
                                "    }\n"
                                "    return polkit.Result.NO;",
            u"org.freedesktop.DBus.Error.AccessDenied"_s);
        const qsizetype logFrom = m_harness.helperLog().size();
        const auto overlays = [] {
            return QDir(QDir::tempPath()).entryList({u"armorer-validate-*"_s}, QDir::Dirs);
        };
        const QStringList overlaysBefore = overlays();
        const QByteArray before = read(u"local/usr.bin.armorertest"_s);
        const QByteArray profileBefore = read(u"usr.bin.armorertest"_s);
        const QStringList journalBefore = journal();
        const QJsonObject r = writeOverride(u"usr.bin.armorertest"_s, "/etc/never r,\n", hash);
        QCOMPARE(r.value(u"error"_s).toString(), u"org.freedesktop.DBus.Error.AccessDenied"_s);
        // A mode the profile is not in, so there is something to compile.
        const QString mode = profileBefore.contains("complain") ? u"enforce"_s : u"complain"_s;
        QCOMPARE(m_harness.probe({u"setmode"_s, u"usr.bin.armorertest"_s, mode}).value(u"error"_s).toString(),
            u"org.freedesktop.DBus.Error.AccessDenied"_s);
        QCOMPARE(read(u"local/usr.bin.armorertest"_s), before);
        QCOMPARE(read(u"usr.bin.armorertest"_s), profileBefore);
        QCOMPARE(journal(), journalBefore);
        // The helper had the binary and dropped it.
        const QRegularExpression discarded(
            u"(WriteOverride usr.bin.armorertest|SetMode usr.bin.armorertest \\w+) refused by polkit after "
            u"\\d+ ms; its compile discarded unused"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(m_harness.helperLog().mid(logFrom).count(discarded) == 2,
            qPrintable(m_harness.helperLog().mid(logFrom)), 5000);
        // No overlay is left behind.
        QTRY_COMPARE(overlays(), overlaysBefore);
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
        const QStringList journalBefore = journal();
        const QJsonObject mine = writeOverride(u"usr.bin.armorertest"_s, "/etc/mine r,\n", hash);
        QCOMPARE(mine.value(u"error"_s).toString(), u"io.github.armorer.Error.Conflict"_s);
        QCOMPARE(read(u"local/usr.bin.armorertest"_s), QByteArray("/etc/theirs r,\n"));
        QCOMPARE(journal(), journalBefore);
        // The channel returns it as a conflict with what the file holds now, for a fresh diff.
        QVERIFY(mine.value(u"conflict"_s).toBool());
        QCOMPARE(mine.value(u"currentText"_s).toString(), u"/etc/theirs r,\n"_s);
        QCOMPARE(mine.value(u"currentHash"_s).toString(), ChangeRecord::hash("/etc/theirs r,\n"));
        // With the hash of what it holds now, the same write goes through.
        const QJsonObject again
            = writeOverride(u"usr.bin.armorertest"_s, "/etc/mine r,\n", mine.value(u"currentHash"_s).toString());
        QCOMPARE(again.value(u"error"_s).toString(), QString());
        QVERIFY(!again.value(u"conflict"_s).toBool());
        QCOMPARE(read(u"local/usr.bin.armorertest"_s), QByteArray("/etc/mine r,\n"));
    }

    // An allow (ApplyOverride) through the channel with a stale load-time hash: refused, the
    // override and the profile untouched, and the current text comes back.
    void applyConflictRefused()
    {
        m_harness.setRule(HelperHarness::Rule::Yes);
        const QByteArray profileBefore = read(u"usr.bin.other"_s);
        write(profileDir() + u"/local/usr.bin.other"_s, "/etc/other-theirs r,\n");
        const QString stale = ChangeRecord::hash("/etc/other-mine-was-loaded r,\n");
        const QString text = m_harness.writeTextFile(u"apply-text"_s, "/etc/other-new r,\n");
        const QJsonObject r
            = m_harness.probe({u"apply"_s, u"usr.bin.other"_s, QString(), u"usr.bin.other"_s, text, stale});
        QCOMPARE(r.value(u"error"_s).toString(), u"io.github.armorer.Error.Conflict"_s);
        QVERIFY(r.value(u"conflict"_s).toBool());
        QCOMPARE(r.value(u"currentText"_s).toString(), u"/etc/other-theirs r,\n"_s);
        QCOMPARE(read(u"local/usr.bin.other"_s), QByteArray("/etc/other-theirs r,\n"));
        QCOMPARE(read(u"usr.bin.other"_s), profileBefore);
        QVERIFY(QFile::remove(profileDir() + u"/local/usr.bin.other"_s));
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
        // mode, undo and unload: the same channel as the GUI's.
        const auto [killCode, killOutput] = armorctl({u"mode"_s, u"usr.bin.other"_s, u"kill"_s});
        QCOMPARE(killCode, 0);
        QVERIFY(read(u"usr.bin.other"_s).contains("flags=(kill)"));
        const QString killChange = killOutput.section(u' ', 1, 1);
        QVERIFY2(!killChange.isEmpty(), qPrintable(killOutput));
        QCOMPARE(armorctl({u"undo"_s, killChange}).first, 0);
        QVERIFY(read(u"usr.bin.other"_s).contains("flags=(complain)"));
        QCOMPARE(armorctl({u"unload"_s, u"usr.bin.other"_s}).first, 0);
        QCOMPARE(armorctl({u"unload"_s, u"../etc/passwd"_s}).first, 1);
        // disable and enable, and status marks the disabled file.
        const auto [disableCode, disableOutput] = armorctl({u"disable"_s, u"usr.bin.other"_s});
        QCOMPARE(disableCode, 0);
        QVERIFY2(disableOutput.startsWith(u"change "_s), qPrintable(disableOutput));
        QVERIFY(QFileInfo(profileDir() + u"/disable/usr.bin.other"_s).isSymLink());
        QCOMPARE(armorctl({u"disable"_s, u"usr.bin.other"_s}).first, 1);
        QCOMPARE(armorctl({u"enable"_s, u"usr.bin.other"_s}).first, 0);
        QVERIFY(!QFileInfo(profileDir() + u"/disable/usr.bin.other"_s).isSymLink());
        QCOMPARE(armorctl({u"enable"_s, u"usr.bin.other"_s}).first, 1);
        m_harness.setRule(HelperHarness::Rule::No);
        QCOMPARE(armorctl({u"enforce"_s, u"usr.bin.other"_s}).first, 1);
        QVERIFY(read(u"usr.bin.other"_s).contains("flags=(complain)"));
    }

    // A log only root may read: armorctl denials as the non-root user says what is missing and
    // points to --helper; with --helper it prints the log's records, verified, when polkit says
    // yes, and says clearly that polkit refused when it says no.
    void armorctlDenialsThroughHelper()
    {
        struct Run
        {
            int code;
            QString out;
            QString err;
        };
        const auto armorctl = [this](const QStringList &arguments) {
            QProcess process;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"DBUS_SYSTEM_BUS_ADDRESS"_s, m_harness.busAddress());
            process.setProcessEnvironment(environment);
            process.start(u"setpriv"_s,
                QStringList{u"--reuid=4711"_s, u"--regid=4711"_s, u"--clear-groups"_s,
                    QStringLiteral(ARMORER_BIN_DIR) + u"/armorctl"_s, u"denials"_s}
                    + arguments);
            process.waitForFinished(30000);
            return Run{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
        };
        const QString kernLog = m_root + u"/var/log/kern.log"_s;
        QVERIFY(QFile::setPermissions(kernLog, QFile::ReadOwner | QFile::WriteOwner));
        const auto restore = qScopeGuard([&kernLog] {
            QFile::setPermissions(kernLog, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
        });

        const Run direct = armorctl({u"--source"_s, kernLog});
        QCOMPARE(direct.code, 1);
        QVERIFY2(direct.err.contains(u"armorctl denials --helper"_s), qPrintable(direct.err));
        QVERIFY(direct.out.isEmpty());

        m_harness.setRule(HelperHarness::Rule::Yes);
        const Run helper = armorctl({u"--helper"_s});
        QCOMPARE(helper.code, 0);
        const QStringList lines = helper.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(u"armorertest open /etc/shadow [r]"_s), qPrintable(helper.out));
        QVERIFY2(lines.at(1).contains(u"other capable"_s), qPrintable(helper.out));
        QVERIFY2(!helper.out.contains(u"unverified"_s), qPrintable(helper.out));
        const Run json = armorctl({u"--helper"_s, u"--json"_s, u"--denied-only"_s});
        QCOMPARE(json.code, 0);
        QCOMPARE(json.out.count(u"\"verified\":true"_s), 2);
        // The helper cannot follow: refused, not pretended.
        const Run follow = armorctl({u"--helper"_s, u"--follow"_s});
        QCOMPARE(follow.code, 2);
        QVERIFY2(follow.err.contains(u"cannot follow"_s), qPrintable(follow.err));

        m_harness.setRule(HelperHarness::Rule::No);
        const Run refused = armorctl({u"--helper"_s});
        QCOMPARE(refused.code, 1);
        QVERIFY(refused.out.isEmpty());
        QVERIFY2(refused.err.contains(u"polkit does not allow you to read the system log"_s), qPrintable(refused.err));

        m_harness.setRule(HelperHarness::Rule::None);
        const Run noAgent = armorctl({u"--helper"_s});
        QCOMPARE(noAgent.code, 1);
        QVERIFY2(noAgent.err.contains(u"no authentication agent"_s), qPrintable(noAgent.err));
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

    // The real helper killed at a different moment of a change each round. Its history stays
    // true: no entry for a change that is not there, none left pending, no temporary files; and
    // the client, whose reply was lost, reports success exactly when the change was made.
    void killedHelperLeavesTrueHistory()
    {
        m_harness.setRule(HelperHarness::Rule::Yes);
        const QString override = u"local/usr.bin.armorertest"_s;
        int made = 0;
        for (int round = 0; round < 12; ++round) {
            const qsizetype logFrom = m_harness.helperLog().size();
            const QByteArray before = read(override);
            const QByteArray text = "/etc/killed-" + QByteArray::number(round) + " r,\n";
            const QString file = m_harness.writeTextFile(u"kill-%1"_s.arg(round), text);
            const std::unique_ptr<QProcess> caller = m_harness.startProbe({u"write"_s, u"usr.bin.armorertest"_s, file,
                before == "<missing>" ? QString() : ChangeRecord::hash(before)});
            QTRY_VERIFY_WITH_TIMEOUT(m_harness.helperLog().mid(logFrom).contains(u"asking polkit"_s), 20000);
            // From before the check is answered to after the reply: the compile takes tens of ms.
            QThread::msleep(round * 12);
            // kill(0, ...) would kill the test's own process group (and ctest with it).
            const qint64 helperPid = m_harness.helper()->processId();
            QVERIFY2(helperPid > 0, "the helper is not running");
            QVERIFY(::kill(pid_t(helperPid), SIGKILL) == 0);
            QVERIFY(m_harness.helper()->waitForFinished(5000));
            // Nothing of the killed helper keeps its name, so a new one can take it.
            QVERIFY2(
                m_harness.waitForHelperNameReleased(5000), "something of the killed helper still holds its bus name");
            QString error;
            QVERIFY2(m_harness.startHelper(m_root, IdleTimeoutMs, &error), qPrintable(error));
            QVERIFY(caller->waitForFinished(30000));
            const QJsonObject r = QJsonDocument::fromJson(caller->readAllStandardOutput()).object();
            const bool written = read(override) == text;
            const QJsonArray history = m_harness.probe({u"history"_s}).value(u"history"_s).toArray();
            if (r.value(u"error"_s).toString().isEmpty()) {
                QVERIFY2(written, qPrintable(u"round %1: reported done, not written"_s.arg(round)));
                QCOMPARE(history.at(0).toObject().value(u"id"_s).toString(), r.value(u"changeId"_s).toString());
                ++made;
            } else {
                QVERIFY2(!written,
                    qPrintable(u"round %1: written, reported %2"_s.arg(round).arg(r.value(u"error"_s).toString())));
                QCOMPARE(read(override), before);
            }
            for (const QJsonValue &v : history)
                QVERIFY(!v.toObject().contains(u"state"_s));
            // The newest change to the override names what the file holds.
            for (const QJsonValue &v : history) {
                if (v.toObject().value(u"file"_s).toString() == override) {
                    QCOMPARE(v.toObject().value(u"afterHash"_s).toString(), ChangeRecord::hash(read(override)));
                    break;
                }
            }
            QCOMPARE(QDir(profileDir() + u"/local"_s).entryList({u".armorer-*"_s}, QDir::Files | QDir::Hidden),
                QStringList());
            QCOMPARE(
                QDir(m_root + u"/var/lib/armorer/changes"_s).entryList({u".armorer-*"_s}, QDir::Files | QDir::Hidden),
                QStringList());
        }
        std::printf("killed the helper 12 times: %d changes made and reported, %d not made and reported failed\n", made,
            12 - made);
        // The newest change is undone as any other: nobody else changed the file.
        const QJsonArray history = m_harness.probe({u"history"_s}).value(u"history"_s).toArray();
        QCOMPARE(m_harness.probe({u"undo"_s, history.at(0).toObject().value(u"id"_s).toString()})
                     .value(u"error"_s)
                     .toString(),
            QString());
    }

    void exitsWhenIdle()
    {
        // Refused callers do not keep it alive: only authorized work restarts the idle timer.
        QVERIFY2(m_harness.helper()->state() == QProcess::Running, "the helper is not running");
        m_harness.setRule(HelperHarness::Rule::No);
        QElapsedTimer idle;
        idle.start();
        bool exited = false;
        while (!(exited = m_harness.helper()->waitForFinished(100)) && idle.elapsed() < 3 * IdleTimeoutMs)
            m_harness.probe({u"history"_s});
        QVERIFY2(exited, "refused calls kept the helper alive");
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
