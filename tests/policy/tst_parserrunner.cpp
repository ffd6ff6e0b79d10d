// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
//
// The one parser runner: the real apparmor_parser for names and messages; fake parsers (shell
// scripts, named so) for what the real one cannot show: the environment it gets, the child
// set-up hook, a timeout that ends its workers and the output cap.
#include "config.h"
#include "editorfixture.h"
#include "parsermessageglossary.h"
#include "parserrunner.h"
#include "profileindex.h"

#include <QDir>
#include <QProcess>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <csignal>

#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

#if defined(__SANITIZE_ADDRESS__)
#define ARMORER_UNDER_ASAN
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ARMORER_UNDER_ASAN
#endif
#endif

class TestParserRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void namesAgreeWithTheIndex();
    void environmentIsCleared();
    void childSetupRunsInTheChild();
    void killedCallerLeavesNoChild();
    void timeoutEndsTheWorkers();
    void outputIsCapped();
    void plainWords_data();
    void plainWords();
    void disabledFileIsStillChecked_data();
    void disabledFileIsStillChecked();

private:
    QString profileDir() const { return m_dir->path() + u"/etc/apparmor.d"_s; }
    QString fakeParser(const QString &name, const QByteArray &script);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestParserRunner::initTestCase()
{
    if (!QFileInfo(QStringLiteral(ARMORER_APPARMOR_PARSER)).isExecutable())
        QSKIP("apparmor_parser is not installed");
}

void TestParserRunner::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(EditorFixture::create(m_dir->path()));
}

QString TestParserRunner::fakeParser(const QString &name, const QByteArray &script)
{
    const QString path = m_dir->path() + u'/' + name;
    if (!EditorFixture::write(path, "#!/bin/sh\n" + script)
        || !QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
        return {};
    return path;
}

void TestParserRunner::namesAgreeWithTheIndex()
{
    const QString file = profileDir() + u"/usr.bin.n"_s;
    const QByteArray text = "include <tunables/global>\nprofile n /usr/bin/n {\n  ^hat {\n  }\n"
                            "  profile child {\n  }\n}\nprofile other {\n}\n";
    QVERIFY(EditorFixture::write(file, text));
    const ParserRunner::Result result = ParserRunner(ParserRunner::LoadMode::ValidateOnly).names(profileDir(), file);
    QVERIFY2(result.ok, qPrintable(result.output));
    QStringList names = ParserRunner::namesOf(result);
    QStringList indexed;
    for (const auto &header : ProfileIndex::parseHeaders(QString::fromUtf8(text)))
        indexed << header.name;
    names.sort();
    indexed.sort();
    QCOMPARE(names, indexed);
    QVERIFY(names.contains(u"n//child"_s));
}

void TestParserRunner::environmentIsCleared()
{
    qputenv("ARMORER_SECRET_FOR_TEST", "leaked");
    const QString fake = fakeParser(u"fake-parser-prints-env"_s, "env\n");
    const ParserRunner::Result result
        = ParserRunner(ParserRunner::LoadMode::ValidateOnly, fake).validate(profileDir(), u"x"_s);
    QVERIFY(result.ok);
    QStringList lines = result.standardOutput.split(u'\n', Qt::SkipEmptyParts);
    lines.removeAll(u"PWD=/"_s); // the shell's own
    lines.removeIf([](const QString &line) {
        return line.startsWith(u"SHLVL="_s) || line.startsWith(u"_="_s);
    });
    lines.sort();
    QCOMPARE(lines, (QStringList{u"LC_ALL=C"_s, u"PATH=/usr/sbin:/usr/bin:/sbin:/bin"_s}));
    qunsetenv("ARMORER_SECRET_FOR_TEST");
}

void TestParserRunner::childSetupRunsInTheChild()
{
    // The seam for running the parser with fewer rights: here it sets a umask the fake parser
    // prints, and the parent's umask is untouched.
    const QString fake = fakeParser(u"fake-parser-prints-umask"_s, "umask\n");
    ParserRunner runner(ParserRunner::LoadMode::ValidateOnly, fake);
    runner.setChildSetup([] {
        ::umask(0077);
    });
    const mode_t before = ::umask(0022);
    ::umask(before);
    const ParserRunner::Result result = runner.validate(profileDir(), u"x"_s);
    QVERIFY(result.ok);
    QCOMPARE(result.standardOutput.trimmed(), u"0077"_s);
    const mode_t after = ::umask(0022);
    ::umask(after);
    QCOMPARE(after, before);
}

void TestParserRunner::killedCallerLeavesNoChild()
{
    // A caller killed at any moment, even while it starts the parser, leaves no child behind
    // that holds its descriptors. The helper's bus connection is one: a child holding it kept
    // a killed helper's name on the bus, so no helper could start again. The caller runs a
    // trivial parser in a loop and holds the write end of a pipe; once it is killed, the pipe
    // must reach its end.
#ifdef ARMORER_UNDER_ASAN
    QSKIP("under AddressSanitizer, Qt starts every child with fork(), never with vfork semantics");
#endif
    constexpr int Rounds = 150;
    for (int round = 0; round < Rounds; ++round) {
        int pipeFds[2];
        QVERIFY(::pipe2(pipeFds, O_CLOEXEC) == 0);
        const int readEnd = pipeFds[0];
        const int writeEnd = pipeFds[1];
        const auto closeReadEnd = qScopeGuard([readEnd] {
            ::close(readEnd);
        });
        QProcess caller;
        // Its own process group, so a child left behind can be cleaned up after a failure.
        QProcess::UnixProcessParameters parameters;
        parameters.flags = QProcess::UnixProcessFlag::CreateNewSession;
        caller.setUnixProcessParameters(parameters);
        caller.setChildProcessModifier([writeEnd] {
            (void)::fcntl(writeEnd, F_SETFD, 0);
        });
        caller.start(QStringLiteral(ARMORER_BIN_DIR) + u"/armorer-parsercaller"_s, {u"/bin/true"_s, profileDir()});
        const bool started = caller.waitForStarted(5000);
        ::close(writeEnd);
        QVERIFY(started);
        QVERIFY(caller.waitForReadyRead(10000));
        // Somewhere in one of its runs: a run of /bin/true takes about a millisecond.
        QThread::usleep(QRandomGenerator::global()->bounded(1000, 20000));
        const pid_t pid = pid_t(caller.processId());
        QVERIFY(::kill(pid, SIGKILL) == 0);
        QVERIFY(caller.waitForFinished(5000));
        pollfd watch{readEnd, POLLIN, 0};
        char byte = 0;
        const bool ended = ::poll(&watch, 1, 5000) == 1 && ::read(readEnd, &byte, 1) == 0;
        if (!ended)
            (void)::kill(-pid, SIGKILL);
        QVERIFY2(ended, qPrintable(u"round %1: a child of the killed caller still holds its descriptors"_s.arg(round)));
    }
}

void TestParserRunner::timeoutEndsTheWorkers()
{
    const QString pidFile = m_dir->path() + u"/worker.pid"_s;
    const QString fake
        = fakeParser(u"fake-parser-forks-and-hangs"_s, "sleep 60 &\necho $! > '" + pidFile.toUtf8() + "'\nwait\n");
    ParserRunner runner(ParserRunner::LoadMode::ValidateOnly, fake);
    runner.setTimeout(500);
    const ParserRunner::Result result = runner.validate(profileDir(), u"x"_s);
    QVERIFY(result.timedOut);
    QVERIFY(!result.ok);
    QVERIFY(!result.errorMessage.isEmpty());
    const QByteArray worker = EditorFixture::read(pidFile).trimmed();
    QVERIFY(!worker.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(
        [&worker] {
            const QByteArray stat = EditorFixture::read(u"/proc/"_s + QString::fromLatin1(worker) + u"/stat"_s);
            return stat.isEmpty() || stat.contains(") Z ");
        }(),
        5000);
}

void TestParserRunner::outputIsCapped()
{
    const QString fake = fakeParser(u"fake-parser-floods"_s, "head -c 4000000 /dev/zero | tr '\\0' x\nexit 1\n");
    const ParserRunner::Result result
        = ParserRunner(ParserRunner::LoadMode::ValidateOnly, fake).validate(profileDir(), u"x"_s);
    QVERIFY(result.started);
    QCOMPARE(result.exitCode, 1);
    QCOMPARE(result.output.size(), ParserRunner::MaxOutput);
}

void TestParserRunner::plainWords_data()
{
    QTest::addColumn<QByteArray>("profile");
    QTest::addColumn<QString>("words");
    QTest::newRow("no permissions") << QByteArray("profile p {\n  /etc/foo,\n}\n") << u"missing its permissions"_s;
    QTest::newRow("no comma") << QByteArray("profile p {\n  /etc/foo r\n  /etc/bar r,\n}\n") << u"comma"_s;
    QTest::newRow("capability") << QByteArray("profile p {\n  capability bogus,\n}\n")
                                << u"\"bogus\" is not a capability"_s;
    QTest::newRow("variable") << QByteArray("profile p {\n  @{NOPE}/x r,\n}\n") << u"@{NOPE} is not defined"_s;
    QTest::newRow("include") << QByteArray("include <abstractions/nope>\nprofile p {\n}\n") << u"does not exist"_s;
    QTest::newRow("unclosed") << QByteArray("profile p {\n  /etc/foo r,\n") << u"closing"_s;
}

void TestParserRunner::plainWords()
{
    // The real parser's messages, explained.
    QFETCH(QByteArray, profile);
    QFETCH(QString, words);
    const QString file = profileDir() + u"/usr.bin.p"_s;
    QVERIFY(EditorFixture::write(file, profile));
    const ParserRunner::Result result = ParserRunner(ParserRunner::LoadMode::ValidateOnly).validate(profileDir(), file);
    QVERIFY(!result.ok);
    QVERIFY2(!result.diagnostics.isEmpty(), qPrintable(result.output));
    const QString explained = ParserMessageGlossary::explain(result.errorMessage);
    QVERIFY2(explained.contains(words), qPrintable(result.errorMessage + u" -> "_s + explained));
    // Something the table does not know keeps only its raw text.
    QCOMPARE(ParserMessageGlossary::explain(u"a message the parser never printed"_s), QString());
}

void TestParserRunner::disabledFileIsStillChecked_data()
{
    QTest::addColumn<bool>("disabled");
    QTest::addColumn<bool>("forceComplain");
    QTest::newRow("enabled") << false << false;
    QTest::newRow("disabled") << true << false;
    QTest::newRow("enabled, force-complain") << false << true;
    QTest::newRow("disabled, force-complain") << true << true;
}

void TestParserRunner::disabledFileIsStillChecked()
{
    // apparmor_parser skips a file linked in disable/ and succeeds having read nothing; the
    // runner's checks still check it, with the error on the real file's line, and compile it
    // as the parser would with force-complain/ applied.
    QFETCH(bool, disabled);
    QFETCH(bool, forceComplain);
    const QString file = profileDir() + u"/usr.bin.d"_s;
    for (const auto &[dir, wanted] :
        {std::pair{u"disable"_s, disabled}, std::pair{u"force-complain"_s, forceComplain}}) {
        QVERIFY(QDir().mkpath(profileDir() + u'/' + dir));
        if (wanted)
            QVERIFY(QFile::link(u"../usr.bin.d"_s, profileDir() + u'/' + dir + u"/usr.bin.d"_s));
    }
    const ParserRunner runner(ParserRunner::LoadMode::ValidateOnly);

    QVERIFY(EditorFixture::write(file, "profile d /usr/bin/d {\n  /etc/d r,\n  /etc/e,\n}\n"));
    const ParserRunner::Result broken = runner.validate(profileDir(), file);
    QVERIFY2(!broken.ok, qPrintable(broken.output));
    QCOMPARE(broken.errorFile, file);
    QCOMPARE(broken.errorLine, 3);
    QVERIFY2(!runner.compile(profileDir(), file, {}).ok, "a broken disabled file compiled");

    QVERIFY(EditorFixture::write(file, "profile d /usr/bin/d {\n  /etc/d r,\n}\nprofile d2 {\n}\n"));
    const ParserRunner::Result valid = runner.validate(profileDir(), file);
    QVERIFY2(valid.ok, qPrintable(valid.output));
    QCOMPARE(valid.argv.contains(file), !disabled); // a disabled file goes on stdin
    QCOMPARE(ParserRunner::namesOf(runner.names(profileDir(), file)), (QStringList{u"d"_s, u"d2"_s}));
    const ParserRunner::Result compiled = runner.compile(profileDir(), file, {});
    QVERIFY2(compiled.ok && !compiled.binary.isEmpty(), qPrintable(compiled.output));
    QCOMPARE(compiled.argv.contains(u"--Complain"_s), disabled && forceComplain);

    // The same policy as the parser makes of the file when it is not disabled.
    QVERIFY(QFile::remove(profileDir() + u"/disable/usr.bin.d"_s) || !disabled);
    const ParserRunner::Result plain = runner.compile(profileDir(), file, {});
    QVERIFY(plain.argv.contains(file));
    QCOMPARE(compiled.binary, plain.binary);
    if (forceComplain) {
        QVERIFY(QFile::remove(profileDir() + u"/force-complain/usr.bin.d"_s));
        QVERIFY2(runner.compile(profileDir(), file, {}).binary != plain.binary, "force-complain changed nothing");
    }
}

QTEST_GUILESS_MAIN(TestParserRunner)
#include "tst_parserrunner.moc"
