// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialtestlines.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

// armorctl on bad input, run as a user would through bash: pipes and standard input read to
// their end, the same records for every command, special files refused with a clear error,
// and arguments that are wrong said to be wrong.
class TestArmorctlInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void pipesAreReadToTheirEnd_data();
    void pipesAreReadToTheirEnd();
    void everyCommandSeesTheSameRecords();
    void specialFilesAreRefused_data();
    void specialFilesAreRefused();
    void wrongArguments_data();
    void wrongArguments();
    void countWithFollow();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QByteArray err;
    };
    // Runs script with bash; $A is armorctl, $D the temporary directory, $LOG the big log.
    Run bash(const QString &script, int timeoutMs = 30000) const;
    QTemporaryDir m_dir;
    QString m_log;
};

TestArmorctlInput::Run TestArmorctlInput::bash(const QString &script, int timeoutMs) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"A"_s, QStringLiteral(ARMORER_BIN_DIR "/armorctl"));
    env.insert(u"D"_s, m_dir.path());
    env.insert(u"LOG"_s, m_log);
    p.setProcessEnvironment(env);
    p.start(u"bash"_s, {u"-c"_s, script});
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, {}, "timeout"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
        p.readAllStandardError()};
}

void TestArmorctlInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // 1,000 records among noise, the last one without its newline.
    m_log = m_dir.filePath(u"kern.log"_s);
    QFile f(m_log);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QByteArray all;
    for (int i = 1; i <= 1000; ++i)
        all += TestLines::noiseLine(i) + TestLines::kernLine(i, "p" + QByteArray::number(i % 7));
    all.chop(1);
    f.write(all);
    f.close();

    // A system root whose profile directory and securityfs hold a device and a FIFO.
    const QString root = m_dir.filePath(u"root"_s);
    QVERIFY(QDir().mkpath(root + u"/etc/apparmor.d/local"_s));
    QVERIFY(QDir().mkpath(root + u"/sys/kernel/security/apparmor"_s));
    QVERIFY(QDir().mkpath(root + u"/sys/module/apparmor"_s));
    QFile profile(root + u"/etc/apparmor.d/usr.bin.app"_s);
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write("/usr/bin/app {\n  /etc/app.conf r,\n  include if exists <local/usr.bin.app>\n}\n");
    profile.close();
    QVERIFY(QFile::link(u"/dev/zero"_s, root + u"/etc/apparmor.d/zz"_s));
    QVERIFY(QFile::link(u"/dev/zero"_s, root + u"/sys/kernel/security/apparmor/profiles"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(root + u"/etc/apparmor.d/local/usr.bin.app"_s).constData(), 0644), 0);
    QFile big(m_dir.filePath(u"big.profile"_s));
    QVERIFY(big.open(QIODevice::WriteOnly));
    QVERIFY(big.resize(5 * 1024 * 1024));
}

void TestArmorctlInput::pipesAreReadToTheirEnd_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QByteArray>("expected");
    // 7 profiles, each with its rule: the text output of suggest names them all.
    QTest::newRow("suggest --log <(cat log)") << u"$A suggest --log <(cat \"$LOG\") | grep -c '{$'"_s << "7\n"_ba;
    QTest::newRow("suggest --log /dev/stdin") << u"$A suggest --log /dev/stdin < \"$LOG\" | grep -c '{$'"_s << "7\n"_ba;
    QTest::newRow("suggest --log - from a slow pipe")
        << u"(head -c 100000 \"$LOG\"; sleep 0.3; tail -c +100001 \"$LOG\") | $A suggest --log - --json | "
           "grep -c '\"operation\"'"_s
        << "1000\n"_ba;
    QTest::newRow("denials --source <(cat log)")
        << u"$A denials --count --source <(cat \"$LOG\")"_s << "lines 2000 records 1000\n"_ba;
    QTest::newRow("denials --source - --follow ends with the pipe")
        << u"cat \"$LOG\" | $A denials --count --follow --source -"_s << "lines 2000 records 1000\n"_ba;
    QTest::newRow("denials of a file: the last line without newline")
        << u"$A denials --count --source \"$LOG\""_s << "lines 2000 records 1000\n"_ba;
}

void TestArmorctlInput::pipesAreReadToTheirEnd()
{
    QFETCH(QString, script);
    QFETCH(QByteArray, expected);
    const Run r = bash(u"set -o pipefail; "_s + script);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, expected);
}

void TestArmorctlInput::everyCommandSeesTheSameRecords()
{
    // A line over 16 KiB whose tail is a record of its own: no command may take the tail
    // for a line, so denials, suggest and allow --index agree on what record 2 is.
    QByteArray longLine = "Nov 22 x " + QByteArray(16 * 1024 - 8, 'x') + TestLines::kernLine(7, "/usr/bin/app");
    QByteArray log = TestLines::kernLine(1, "/usr/bin/app") + longLine + TestLines::kernLine(2, "/usr/bin/app");
    QFile f(m_dir.filePath(u"long.log"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(log);
    f.close();
    const Run denials = bash(u"$A denials --json --source \"$D/long.log\""_s);
    QCOMPARE(denials.exitCode, 0);
    QCOMPARE(denials.out.count('\n'), 2);
    const Run suggest = bash(u"$A suggest --json --log \"$D/long.log\""_s);
    QCOMPARE(suggest.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(suggest.out).array().size(), 2);
    QVERIFY(!suggest.out.contains("/tmp/f7"));
    const Run second
        = bash(u"$A allow --root \"$D/root\" --dry-run --log \"$D/long.log\" --index 2 2>&1; echo \"exit $?\""_s);
    QVERIFY2(second.out.contains("/tmp/f2 r,"), second.out.constData());
    QVERIFY2(!second.out.contains("/tmp/f7"), second.out.constData());
    const Run third = bash(u"$A allow --root \"$D/root\" --dry-run --log \"$D/long.log\" --index 3"_s);
    QCOMPARE(third.exitCode, 1);
    QVERIFY2(third.err.contains("2 access record"), third.err.constData());
}

void TestArmorctlInput::specialFilesAreRefused_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("validate /dev/zero") << u"$A validate /dev/zero"_s << 1 << u"a device"_s;
    QTest::newRow("export --file /dev/zero") << u"$A export --file /dev/zero --format pod"_s << 1 << u"a device"_s;
    QTest::newRow("export --file over 4 MiB")
        << u"$A export --file \"$D/big.profile\" --format pod"_s << 1 << u"larger than 4 MiB"_s;
    QTest::newRow("status: profiles is /dev/zero") << u"$A status --root \"$D/root\""_s << 3 << u"a device"_s;
    QTest::newRow("granted: the override is a FIFO")
        << u"$A granted --root \"$D/root\" /usr/bin/app"_s << 1 << u"a FIFO"_s;
    QTest::newRow("denials --source /dev/zero") << u"$A denials --source /dev/zero"_s << 1 << u"a device"_s;
    QTest::newRow("denials --source DIR") << u"$A denials --source \"$D\""_s << 1 << u"a directory"_s;
    QTest::newRow("denials --follow --source DIR") << u"$A denials --follow --source \"$D\""_s << 1 << u"a directory"_s;
    QTest::newRow("suggest --log /dev/zero") << u"$A suggest --log /dev/zero"_s << 1 << u"a device"_s;
}

void TestArmorctlInput::specialFilesAreRefused()
{
    QFETCH(QString, script);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = bash(u"ulimit -v 4000000; exec "_s + script, 20000);
    const QByteArray all = r.err + r.out;
    QVERIFY2(QString::fromUtf8(all).contains(message), all.constData());
    QCOMPARE(r.exitCode, exitCode);
}

void TestArmorctlInput::wrongArguments_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("validate --root /nonexistent")
        << u"$A validate --root /nonexistent \"$LOG\""_s << 2 << u"--root /nonexistent: no such directory"_s;
    QTest::newRow("status --root /nonexistent")
        << u"$A status --root /nonexistent"_s << 2 << u"--root /nonexistent: no such directory"_s;
    QTest::newRow("--since overflows") << u"$A denials --since @9999999999999999 --source \"$LOG\""_s << 2
                                       << u"cannot read the time"_s;
    QTest::newRow("--since relative overflows")
        << u"$A denials --since 999999999999999d --source \"$LOG\""_s << 2 << u"cannot read the time"_s;
    QTest::newRow("status extra") << u"$A status extra"_s << 2 << u"unexpected argument \"extra\""_s;
    QTest::newRow("history extra") << u"$A history extra"_s << 2 << u"unexpected argument \"extra\""_s;
    QTest::newRow("denials extra") << u"$A denials --source \"$LOG\" extra"_s << 2
                                   << u"unexpected argument \"extra\""_s;
    QTest::newRow("suggest extra") << u"$A suggest --log \"$LOG\" extra"_s << 2 << u"unexpected argument \"extra\""_s;
    QTest::newRow("--source typo") << u"$A denials --follow --source jornal"_s << 1 << u"jornal does not exist"_s;
}

void TestArmorctlInput::wrongArguments()
{
    QFETCH(QString, script);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = bash(u"cd \"$D\" && "_s + script, 20000);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
}

void TestArmorctlInput::countWithFollow()
{
    // --count is not ignored when following: the backlog's count, once caught up, before
    // anything new is logged (the command is stopped when that line has appeared).
    const Run r = bash(u"$A denials --count --follow --since @0 --source \"$LOG\" > \"$D/count.out\" & "
                       "for i in $(seq 200); do [ -s \"$D/count.out\" ] && break; sleep 0.1; done; kill $!"_s);
    QCOMPARE(r.exitCode, 0);
    QFile out(m_dir.filePath(u"count.out"_s));
    QVERIFY(out.open(QIODevice::ReadOnly));
    // Followed, the last line has no newline yet: it may still be being written.
    QCOMPARE(out.readAll(), "lines 1999 records 999\n"_ba);
}

QTEST_GUILESS_MAIN(TestArmorctlInput)
#include "tst_armorctl_input.moc"
