// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
//
// Error mapping from REAL apparmor_parser output: each case writes a broken profile into a
// sandbox profile directory and runs the parser on it, then checks where the problem lands.
#include "config.h"
#include "editorfixture.h"
#include "parserdiagnostics.h"
#include "profilevalidator.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

using Files = QMap<QString, QByteArray>;

class TestParserDiagnostics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void realParserOutput_data();
    void realParserOutput();
    void validProfileIsValid();
    void overrideCheckedWithItsProfile();
    void staleRunIsCancelled();
    void parserRunsBelowTheEditor();
    void cancelledRunLeavesNoWorkers();
    void missingParserIsReported();
    void unknownLinesKept();

private:
    QString profileDir() const { return m_dir->path() + u"/etc/apparmor.d"_s; }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestParserDiagnostics::initTestCase()
{
    qRegisterMetaType<ProfileValidator::Result>();
    if (!QFileInfo(QStringLiteral(ARMORER_APPARMOR_PARSER)).isExecutable())
        QSKIP("apparmor_parser is not installed");
}

void TestParserDiagnostics::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(EditorFixture::create(m_dir->path()));
}

void TestParserDiagnostics::realParserOutput_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("checked"); // the file the user edits
    QTest::addColumn<QString>("expectedFile"); // relative; empty: no file
    QTest::addColumn<int>("expectedLine");
    QTest::addColumn<int>("reportedLine"); // where the parser pointed, when it differs
    QTest::addColumn<QString>("message");

    const QByteArray head = "abi <abi/4.0>,\ninclude <tunables/global>\n\n";
    QTest::newRow("missing comma") << Files{{u"usr.bin.mc"_s,
        head + "profile mc /usr/bin/mc {\n  include <abstractions/base>\n  /etc/foo r\n  /etc/bar r,\n}\n"}}
                                   << u"usr.bin.mc"_s << u"usr.bin.mc"_s << 6 << 7
                                   << u"missing an end of line character"_s;
    QTest::newRow("missing comma before comment and blank lines")
        << Files{{u"usr.bin.mc2"_s, head + "profile mc2 {\n  /etc/foo r\n\n  # a comment\n\n  /etc/bar r,\n}\n"}}
        << u"usr.bin.mc2"_s << u"usr.bin.mc2"_s << 5 << 9 << u"missing an end of line character"_s;
    QTest::newRow("missing comma on the last rule")
        << Files{{u"usr.bin.mc3"_s, head + "profile mc3 {\n  capability chown,\n  /etc/foo r\n}\n"}} << u"usr.bin.mc3"_s
        << u"usr.bin.mc3"_s << 6 << 7 << u"TOK_END_OF_RULE"_s;
    QTest::newRow("bad permission") << Files{{u"usr.bin.bp"_s, head + "profile bp {\n  /etc/foo rzq,\n}\n"}}
                                    << u"usr.bin.bp"_s << u"usr.bin.bp"_s << 5 << 0 << u"syntax error"_s;
    QTest::newRow("unknown capability") << Files{{u"usr.bin.bc"_s,
        head + "profile bc {\n  capability net_admin,\n  capability frobnicate,\n}\n"}}
                                        << u"usr.bin.bc"_s << u"usr.bin.bc"_s << 6 << 0
                                        << u"Invalid capability frobnicate"_s;
    QTest::newRow("missing include") << Files{{u"usr.bin.mi"_s,
        head + "profile mi {\n  include <abstractions/does-not-exist>\n}\n"}}
                                     << u"usr.bin.mi"_s << u"usr.bin.mi"_s << 5 << 0
                                     << u"Could not open 'abstractions/does-not-exist'"_s;
    QTest::newRow("undefined variable: no file, no line")
        << Files{{u"usr.bin.uv"_s, head + "profile uv {\n  @{NOPE}/foo r,\n}\n"}} << u"usr.bin.uv"_s << QString() << 0
        << 0 << EditorFixture::undefinedVariableMessage(u"NOPE"_s);
    QTest::newRow("error inside an include")
        << Files{{u"abstractions/armorer-broken"_s, "  /etc/x r,\n  /etc/y rzz,\n"},
               {u"usr.bin.ie"_s, head + "profile ie {\n  include <abstractions/armorer-broken>\n}\n"}}
        << u"usr.bin.ie"_s << u"abstractions/armorer-broken"_s << 2 << 0 << u"syntax error"_s;
    QTest::newRow("override: missing comma on its last rule")
        << Files{{u"usr.bin.wl"_s,
                     head + "profile wl {\n  include <abstractions/base>\n  include if exists <local/usr.bin.wl>\n}\n"},
               {u"local/usr.bin.wl"_s, "# my additions\n  /etc/z rw\n"}}
        << u"local/usr.bin.wl"_s << u"local/usr.bin.wl"_s << 2 << 7 << u"TOK_END_OF_RULE"_s;
    QTest::newRow("override: unknown capability")
        << Files{{u"usr.bin.wc"_s, head + "profile wc {\n  include if exists <local/usr.bin.wc>\n}\n"},
               {u"local/usr.bin.wc"_s, "  /etc/z r,\n  capability frobnicate,\n"}}
        << u"local/usr.bin.wc"_s << u"local/usr.bin.wc"_s << 2 << 0 << u"Invalid capability frobnicate"_s;
    QTest::newRow("abstraction checked through a wrapper")
        << Files{{u"abstractions/armorer-mine"_s, "  /etc/a r,\n  /etc/b rzz,\n"}} << u"abstractions/armorer-mine"_s
        << u"abstractions/armorer-mine"_s << 2 << 0 << u"syntax error"_s;
}

void TestParserDiagnostics::realParserOutput()
{
    QFETCH(Files, files);
    QFETCH(QString, checked);
    QFETCH(QString, expectedFile);
    QFETCH(int, expectedLine);
    QFETCH(int, reportedLine);
    QFETCH(QString, message);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY(EditorFixture::write(profileDir() + u'/' + it.key(), it.value()));
    const QString checkedPath = profileDir() + u'/' + checked;
    const QString expectedPath = expectedFile.isEmpty() ? QString() : profileDir() + u'/' + expectedFile;

    // 1. The parser's own output on the saved files, mapped by ParserDiagnostics.
    if (!checked.contains(u'/')) {
        QProcess parser;
        parser.setProcessChannelMode(QProcess::MergedChannels);
        parser.start(QStringLiteral(ARMORER_APPARMOR_PARSER),
            {u"-QK"_s, u"-M"_s, QStringLiteral(ARMORER_FEATURES_FILE), u"--base"_s, profileDir(), u"-I"_s, profileDir(),
                checkedPath});
        QVERIFY(parser.waitForFinished(30000));
        QCOMPARE(parser.exitCode(), 1);
        const QString output = QString::fromUtf8(parser.readAll());
        ParserDiagnostics mapper;
        mapper.setIncludeDirs({profileDir()});
        const QList<ParserDiagnostic> list = mapper.parse(output);
        QVERIFY2(list.size() == 1, qPrintable(output));
        QCOMPARE(list[0].file, expectedPath);
        QCOMPARE(list[0].line, expectedLine);
        QVERIFY2(list[0].message.contains(message), qPrintable(list[0].message));
        if (reportedLine)
            QCOMPARE(list[0].reportedLine, reportedLine);
    }

    // 2. The validator on the unsaved buffer (an empty file on disk), as the editor runs it.
    const QByteArray text = EditorFixture::read(checkedPath);
    QVERIFY(EditorFixture::write(checkedPath, checked.startsWith(u"local/"_s) ? "\n" : "profile empty {\n}\n"));
    ProfileValidator validator(profileDir());
    QSignalSpy spy(&validator, &ProfileValidator::finished);
    validator.validate(checkedPath, QString::fromUtf8(text));
    QVERIFY(spy.wait(30000));
    const auto result = spy.takeFirst().at(0).value<ProfileValidator::Result>();
    QVERIFY(!result.valid);
    QVERIFY(!result.parserFailed);
    QVERIFY2(result.diagnostics.size() == 1, qPrintable(result.output));
    QCOMPARE(result.diagnostics[0].file, expectedPath);
    QCOMPARE(result.diagnostics[0].line, expectedLine);
    QVERIFY2(result.diagnostics[0].message.contains(message), qPrintable(result.diagnostics[0].message));
    // No temporary path leaks into what the user sees.
    QVERIFY(!result.diagnostics[0].file.contains(u"armorer-check"_s));
}

void TestParserDiagnostics::validProfileIsValid()
{
    const QString path = profileDir() + u"/usr.bin.ok"_s;
    QVERIFY(EditorFixture::write(path,
        "include <tunables/global>\nprofile ok /usr/bin/ok {\n  include <abstractions/base>\n  @{HOME}/x r,\n}\n"));
    ProfileValidator validator(profileDir());
    QSignalSpy spy(&validator, &ProfileValidator::finished);
    validator.validate(path, QString::fromUtf8(EditorFixture::read(path)));
    QVERIFY(spy.wait(30000));
    const auto result = spy.takeFirst().at(0).value<ProfileValidator::Result>();
    QVERIFY2(result.valid, qPrintable(result.output));
    QVERIFY(result.diagnostics.isEmpty());
}

void TestParserDiagnostics::overrideCheckedWithItsProfile()
{
    // The override alone is fine; the profile it extends is broken: the user must see that.
    QVERIFY(EditorFixture::write(profileDir() + u"/usr.bin.p"_s,
        "profile p {\n  capability bogus,\n  include if exists <local/usr.bin.p>\n}\n"));
    const QString local = profileDir() + u"/local/usr.bin.p"_s;
    QVERIFY(EditorFixture::write(local, ""));
    ProfileValidator validator(profileDir());
    QSignalSpy spy(&validator, &ProfileValidator::finished);
    validator.validate(local, u"  /etc/ok r,\n"_s);
    QVERIFY(spy.wait(30000));
    const auto result = spy.takeFirst().at(0).value<ProfileValidator::Result>();
    QVERIFY(!result.valid);
    QCOMPARE(result.diagnostics.value(0).file, profileDir() + u"/usr.bin.p"_s);
    QCOMPARE(result.diagnostics.value(0).line, 2);
}

void TestParserDiagnostics::parserRunsBelowTheEditor()
{
    // A fake parser (a shell script, named so): it reports the nice value it was started with.
    // The real parser's output cannot show that.
    const QString fake = m_dir->path() + u"/fake-parser-reports-nice"_s;
    QVERIFY(EditorFixture::write(fake, "#!/bin/sh\necho \"nice $(cut -d' ' -f19 /proc/self/stat)\"\nexit 1\n"));
    QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString path = profileDir() + u"/usr.bin.n"_s;
    QVERIFY(EditorFixture::write(path, "profile n {\n}\n"));
    ProfileValidator validator(profileDir());
    validator.setParser(fake);
    QSignalSpy spy(&validator, &ProfileValidator::finished);
    validator.validate(path, u"profile n {\n}\n"_s);
    QVERIFY(spy.wait(30000));
    const auto result = spy.takeFirst().at(0).value<ProfileValidator::Result>();
    const int mine = ::getpriority(PRIO_PROCESS, 0);
    QVERIFY2(result.output.contains(u"nice %1"_s.arg(qMin(mine + 10, 19))), qPrintable(result.output));
}

void TestParserDiagnostics::cancelledRunLeavesNoWorkers()
{
    // apparmor_parser compiles in forked workers. A fake parser (a script, named so) forks one
    // the same way and writes its pid; cancelling the run must end the worker too.
    const QString pidFile = m_dir->path() + u"/worker.pid"_s;
    const QString fake = m_dir->path() + u"/fake-parser-forks-a-worker"_s;
    QVERIFY(EditorFixture::write(fake, "#!/bin/sh\nsleep 60 &\necho $! > '" + pidFile.toUtf8() + "'\nwait\n"));
    QVERIFY(QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    const QString path = profileDir() + u"/usr.bin.w"_s;
    QVERIFY(EditorFixture::write(path, "profile w {\n}\n"));
    ProfileValidator validator(profileDir());
    validator.setParser(fake);
    validator.validate(path, u"profile w {\n}\n"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!EditorFixture::read(pidFile).trimmed().isEmpty(), 30000);
    const QByteArray worker = EditorFixture::read(pidFile).trimmed();
    const auto alive = [&worker] {
        // Gone, or a zombie waiting for init to reap it: either way no longer running.
        const QByteArray stat = EditorFixture::read(u"/proc/"_s + QString::fromLatin1(worker) + u"/stat"_s);
        return !stat.isEmpty() && !stat.contains(") Z ");
    };
    QVERIFY(alive());
    validator.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(!validator.isRunning(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!alive(), 5000);
}

void TestParserDiagnostics::staleRunIsCancelled()
{
    const QString path = profileDir() + u"/usr.bin.s"_s;
    QVERIFY(EditorFixture::write(path, ""));
    ProfileValidator validator(profileDir());
    QSignalSpy started(&validator, &ProfileValidator::started);
    QSignalSpy spy(&validator, &ProfileValidator::finished);
    validator.validate(path, u"profile s {\n  capability bogus,\n}\n"_s);
    QCOMPARE(spy.count(), 0); // never answered synchronously
    QVERIFY(validator.isRunning());
    validator.validate(path, u"profile s {\n  /x r,\n}\n"_s);
    QVERIFY(spy.wait(30000));
    QTest::qWait(200);
    QCOMPARE(started.count(), 2);
    QCOMPARE(spy.count(), 1); // the first run was killed, its answer never came
    const auto result = spy.takeFirst().at(0).value<ProfileValidator::Result>();
    QCOMPARE(result.generation, 2);
    QVERIFY(result.valid);

    // Debounced: a burst of edits is one run.
    validator.setDebounceInterval(50);
    for (int i = 0; i < 5; ++i)
        validator.schedule(path, u"profile s {\n  /x%1 r,\n}\n"_s.arg(i));
    QVERIFY(spy.wait(30000));
    QTest::qWait(200);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(started.count(), 3);
}

void TestParserDiagnostics::missingParserIsReported()
{
    const QString path = profileDir() + u"/usr.bin.m"_s;
    QVERIFY(EditorFixture::write(path, ""));
    ProfileValidator validator(profileDir());
    validator.setParser(m_dir->path() + u"/no-such-parser"_s);
    QSignalSpy spy(&validator, &ProfileValidator::finished);
    validator.validate(path, u"profile m {\n}\n"_s);
    QVERIFY(spy.wait(30000));
    const auto result = spy.takeFirst().at(0).value<ProfileValidator::Result>();
    QVERIFY(result.parserFailed);
    QVERIFY(!result.valid);
    QCOMPARE(result.diagnostics.size(), 1);
    QVERIFY(result.diagnostics[0].file.isEmpty());
}

void TestParserDiagnostics::unknownLinesKept()
{
    // Lines the mapper does not know are kept whole, without a file: nothing is dropped.
    ParserDiagnostics mapper;
    const auto list = mapper.parse(u"profile x: has merged rule /a with conflicting x modifiers\n"
                                   "ERROR merging rules for profile x, failed to load\n"
                                   "AppArmor parser error at line 3: Invalid capability foo.\n"_s);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list[0].message, u"profile x: has merged rule /a with conflicting x modifiers"_s);
    QCOMPARE(list[0].line, 0);
    QCOMPARE(list[1].line, 3);
    QVERIFY(list[1].file.isEmpty());
}

QTEST_GUILESS_MAIN(TestParserDiagnostics)
#include "tst_parserdiagnostics.moc"
