// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "changerecord.h"
#include "config.h"
#include "overridewriter.h"
#include "parserrunner.h"
#include "parsersandbox.h"
#include "systemroot.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

// OverrideWriter on a sandboxed system root with the real apparmor_parser (reload runs -QK).
class TestOverrideWriter : public QObject
{
    Q_OBJECT

private:
    static constexpr auto Profile = "usr.bin.armorertest";
    static QString profile() { return QString::fromLatin1(Profile); }
    static QByteArray profileText()
    {
        return "profile armorertest /usr/bin/armorertest {\n"
               "  /etc/armorertest r,\n"
               "  include if exists <local/usr.bin.armorertest>\n"
               "}\n";
    }

    QTemporaryDir m_tmp;
    SystemRoot m_root;

    QByteArray read(const QString &relative) const
    {
        QFile f(m_root.profileDir() + u'/' + relative);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
    }
    void write(const QString &relative, const QByteArray &bytes)
    {
        QFile f(m_root.profileDir() + u'/' + relative);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private Q_SLOTS:
    // The overlays are counted in the temporary directory: a private one, so that the tests
    // ctest runs beside this one cannot add theirs.
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        QVERIFY(QDir().mkpath(m_tmp.path() + u"/tmp"_s));
        qputenv("TMPDIR", QFile::encodeName(m_tmp.path() + u"/tmp"_s));
        QCOMPARE(QDir::tempPath(), m_tmp.path() + u"/tmp"_s);
    }

    void init()
    {
        QVERIFY(m_tmp.isValid());
        const QString dir = m_tmp.path() + u'/' + QString::fromLatin1(QTest::currentTestFunction())
            + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        QVERIFY(QDir().mkpath(dir + u"/etc/apparmor.d/local"_s));
        m_root = SystemRoot::fromDirectory(dir);
        write(profile(), profileText());
    }

    void writeUndoAndHistory()
    {
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!writer.open());
        QCOMPARE(writer.readOverride(profile()).hash, QString());

        const auto first = writer.writeOverride(profile(), u"/etc/one r,\n"_s, QString(), 4711);
        QVERIFY2(!first.error, qPrintable(first.error.detail));
        QCOMPARE(first.changeId, u"1"_s);
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("/etc/one r,\n"));
        QCOMPARE(first.hash, ChangeRecord::hash("/etc/one r,\n"));

        const auto second = writer.writeOverride(profile(), u"/etc/two r,\n"_s, first.hash, 4711);
        QVERIFY2(!second.error, qPrintable(second.error.detail));
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("/etc/two r,\n"));

        const auto history = writer.history();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.first().id, u"2"_s);
        QCOMPARE(history.first().uid, 4711);
        QCOMPARE(history.first().action, u"write-override"_s);
        QCOMPARE(history.first().file, u"local/"_s + profile());
        QCOMPARE(history.last().existedBefore, false);

        // Undo 2: exactly the bytes change 1 left.
        const auto undone = writer.undo(u"2"_s, 4711);
        QVERIFY2(!undone.error, qPrintable(undone.error.detail));
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("/etc/one r,\n"));
        // Undo 2 again: the file is no longer what change 2 left, so it is refused.
        QCOMPARE(writer.undo(u"2"_s, 4711).error.code, HelperError::Code::Conflict);
        // Undo 1: the file did not exist before it.
        QCOMPARE(writer.undo(u"3"_s, 4711).error.code, HelperError::Code::None);
        QCOMPARE(writer.undo(u"1"_s, 4711).error.code, HelperError::Code::Conflict);
        QCOMPARE(writer.undo(u"99"_s, 4711).error.code, HelperError::Code::NoSuchChange);
        QCOMPARE(writer.undo(u"../1"_s, 4711).error.code, HelperError::Code::InvalidArgument);
    }

    void undoRemovesCreatedFile()
    {
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!writer.open());
        const auto first = writer.writeOverride(profile(), u"/etc/one r,\n"_s, QString(), 0);
        QVERIFY(!first.error);
        QVERIFY(!writer.undo(first.changeId, 0).error);
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("<missing>"));
    }

    void conflictRefused()
    {
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!writer.open());
        const auto first = writer.writeOverride(profile(), u"/etc/one r,\n"_s, QString(), 0);
        QVERIFY(!first.error);
        // Someone else edits the file between our read and our write.
        write(u"local/"_s + profile(), "/etc/theirs r,\n");
        const auto mine = writer.writeOverride(profile(), u"/etc/mine r,\n"_s, first.hash, 0);
        QCOMPARE(mine.error.code, HelperError::Code::Conflict);
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("/etc/theirs r,\n"));
        // Creating requires "" (no file yet).
        QCOMPARE(
            writer.writeOverride(profile(), u"/etc/x r,\n"_s, QString(), 0).error.code, HelperError::Code::Conflict);
        QCOMPARE(writer.history().size(), 1);
    }

    void invalidOverrideRejected()
    {
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!writer.open());
        QVERIFY(!writer.writeOverride(profile(), u"/etc/good r,\n"_s, QString(), 0).error);
        const QByteArray before = read(u"local/"_s + profile());
        const auto bad = writer.writeOverride(
            profile(), u"/etc/good r,\n/etc/bad rw\nbogus token here,\n"_s, ChangeRecord::hash(before), 0);
        QCOMPARE(bad.error.code, HelperError::Code::ParserRejected);
        // The parser's line and message, naming the real file, never the validation copy.
        QVERIFY2(
            bad.error.detail.contains(u"line "_s) || bad.error.detail.contains(u':'), qPrintable(bad.error.detail));
        QVERIFY2(bad.parser.errorLine > 0, qPrintable(bad.parser.output));
        QVERIFY2(!bad.error.detail.contains(u"armorer-validate"_s), qPrintable(bad.error.detail));
        QCOMPARE(read(u"local/"_s + profile()), before);
        QCOMPARE(writer.history().size(), 1);
    }

    void setModeAndInclude()
    {
        write(profile(), "profile armorertest /usr/bin/armorertest {\n  /etc/armorertest r,\n}\n");
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!writer.open());
        const auto include = writer.applyOverride(profile(), QString(), u"/etc/x r,\n"_s, QString(), 0);
        QVERIFY2(!include.error, qPrintable(include.error.detail));
        QVERIFY(!include.changeId.isEmpty());
        QVERIFY(read(profile()).contains("include if exists <local/usr.bin.armorertest>"));

        const auto complain = writer.setMode(profile(), u"complain"_s, 0);
        QVERIFY2(!complain.error, qPrintable(complain.error.detail));
        QVERIFY(read(profile()).startsWith("profile armorertest /usr/bin/armorertest flags=(complain) {\n"));
        QVERIFY(!writer.setMode(profile(), u"enforce"_s, 0).error);
        QVERIFY(read(profile()).startsWith("profile armorertest /usr/bin/armorertest {\n"));
        for (const QString &mode : {u"kill"_s, u"unconfined"_s}) {
            const auto set = writer.setMode(profile(), mode, 0);
            QVERIFY2(!set.error, qPrintable(set.error.detail));
            const QByteArray header = "profile armorertest /usr/bin/armorertest flags=(" + mode.toUtf8() + ") {\n";
            QVERIFY(read(profile()).startsWith(header));
        }
        QCOMPARE(writer.setMode(profile(), u"bogus"_s, 0).error.code, HelperError::Code::InvalidArgument);
        // include + override, complain, enforce, kill, unconfined
        QCOMPARE(writer.history().size(), 6);
    }

    void attacksRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("code");
        QTest::newRow("traversal") << u"../../../etc/shadow"_s << int(HelperError::Code::InvalidProfileName);
        QTest::newRow("absolute") << u"/etc/shadow"_s << int(HelperError::Code::InvalidProfileName);
        QTest::newRow("missing profile") << u"usr.bin.nothere"_s << int(HelperError::Code::NotFound);
        QTest::newRow("symlinked profile") << u"usr.bin.link"_s << int(HelperError::Code::PathRefused);
        QTest::newRow("symlinked override") << u"usr.bin.armorertest"_s << int(HelperError::Code::PathRefused);
    }
    void attacksRefused()
    {
        QFETCH(QString, name);
        QFETCH(int, code);
        const QString victim = m_tmp.path() + u"/victim-"_s + QString::fromLatin1(QTest::currentDataTag());
        {
            QFile f(victim);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("victim\n");
        }
        QVERIFY(QFile::link(victim, m_root.profileDir() + u"/usr.bin.link"_s));
        if (QByteArrayView(QTest::currentDataTag()) == "symlinked override")
            QVERIFY(QFile::link(victim, m_root.localDir() + u'/' + profile()));
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!writer.open());
        QCOMPARE(int(writer.writeOverride(name, u"/etc/x r,\n"_s, QString(), 0).error.code), code);
        // The profile file itself is fine in the last row; the parser then reads the hostile
        // override and refuses it. Either way the victim keeps its bytes.
        const auto mode = writer.setMode(name, u"complain"_s, 0);
        if (name == profile())
            QCOMPARE(mode.error.code, HelperError::Code::ParserRejected);
        else
            QCOMPARE(int(mode.error.code), code);
        QFile f(victim);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("victim\n"));
    }

    // The kernel cannot refuse a load on this machine, so a fake parser (a script, named as
    // such) refuses every "-r" and runs the real one otherwise: the previous file must come
    // back, be reloaded, and leave no journal entry.
    QString loadRefusingParser()
    {
        const QString fake = m_tmp.path() + u"/fake-apparmor_parser"_s;
        QFile script(fake);
        if (!script.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        script.write("#!/bin/sh\n"
                     "for a in \"$@\"; do\n"
                     "  if [ \"$a\" = -r ]; then echo 'AppArmor parser error: fake kernel refused the load' >&2; "
                     "exit 1; fi\n"
                     "done\n"
                     "exec " ARMORER_APPARMOR_PARSER " \"$@\"\n");
        script.close();
        return QFile::setPermissions(fake, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner) ? fake : QString();
    }

    void reloadFailureRestores()
    {
        const QString fake = loadRefusingParser();
        QVERIFY(!fake.isEmpty());
        write(u"local/"_s + profile(), "/etc/before r,\n");
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::Kernel, fake));
        QVERIFY(!writer.open());
        const auto outcome
            = writer.writeOverride(profile(), u"/etc/after r,\n"_s, ChangeRecord::hash("/etc/before r,\n"), 0);
        QCOMPARE(outcome.error.code, HelperError::Code::ReloadFailed);
        QCOMPARE(outcome.error.detail, u"fake kernel refused the load"_s);
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("/etc/before r,\n"));
        QVERIFY(writer.history().isEmpty());
    }

    // A disabled file (a link in disable/, as aa-disable makes) is checked and written, and
    // never loaded: the parser that refuses every load is not asked. The check is real (the
    // parser alone would skip the file), and once enabled the file is loaded again.
    void disabledFileIsWrittenNotLoaded()
    {
        const QString fake = loadRefusingParser();
        QVERIFY(!fake.isEmpty());
        QVERIFY(QDir().mkpath(m_root.profileDir() + u"/disable"_s));
        QVERIFY(QFile::link(u"../"_s + profile(), m_root.profileDir() + u"/disable/"_s + profile()));
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::Kernel, fake));
        QVERIFY(!writer.open());

        auto outcome = writer.writeOverride(profile(), u"/etc/after r,\n"_s, QString(), 0);
        QVERIFY2(!outcome.error, qPrintable(outcome.error.detail));
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("/etc/after r,\n"));
        QVERIFY2(outcome.stepsText().contains(u"load skipped (disabled)"_s), qPrintable(outcome.stepsText()));
        QVERIFY(!outcome.changeId.isEmpty());

        outcome = writer.writeOverride(profile(), u"/etc/broken,\n"_s, ChangeRecord::hash("/etc/after r,\n"), 0);
        QCOMPARE(outcome.error.code, HelperError::Code::ParserRejected);
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("/etc/after r,\n"));

        QVERIFY(QFile::remove(m_root.profileDir() + u"/disable/"_s + profile()));
        outcome = writer.writeOverride(profile(), u"/etc/again r,\n"_s, ChangeRecord::hash("/etc/after r,\n"), 0);
        QCOMPARE(outcome.error.code, HelperError::Code::ReloadFailed);
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("/etc/after r,\n"));
    }

    // The helper's three steps: nothing is written until commit(), a dropped change leaves no
    // trace, and a compile error is the parser's message about the real file.
    static QStringList overlays() { return QDir(QDir::tempPath()).entryList({u"armorer-validate-*"_s}, QDir::Dirs); }

    void stagedChangeWritesOnlyOnCommit()
    {
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!writer.open());
        const QStringList overlaysBefore = overlays();
        OverrideWriter::StagedPtr dropped = writer.stageWriteOverride(profile(), u"/etc/dropped r,\n"_s, QString());
        QVERIFY(!dropped->done());
        writer.compile(*dropped);
        QCOMPARE(overlays().size(), overlaysBefore.size() + 1);
        dropped.reset();
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("<missing>"));
        QVERIFY(writer.history().isEmpty());
        QCOMPARE(overlays(), overlaysBefore);

        const OverrideWriter::StagedPtr kept = writer.stageWriteOverride(profile(), u"/etc/kept r,\n"_s, QString());
        writer.compile(*kept);
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("<missing>"));
        const OverrideWriter::Outcome outcome = writer.commit(*kept, 4711);
        QVERIFY2(!outcome.error, qPrintable(outcome.error.detail));
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("/etc/kept r,\n"));
        QCOMPARE(writer.history().size(), 1);
        QCOMPARE(writer.history().first().uid, 4711);
    }

    void stagedCompileErrorIsParserRejected()
    {
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!writer.open());
        const OverrideWriter::StagedPtr staged
            = writer.stageWriteOverride(profile(), u"/etc/ok r,\n/etc/bad rw\n/etc/next r,\n"_s, QString());
        writer.compile(*staged);
        const OverrideWriter::Outcome outcome = writer.commit(*staged, 0);
        QCOMPARE(outcome.error.code, HelperError::Code::ParserRejected);
        QVERIFY2(outcome.error.detail.contains(m_root.profileDir() + u"/local/"_s + profile() + u":2: "_s),
            qPrintable(outcome.error.detail));
        QVERIFY2(outcome.error.detail.contains(u"/etc/bad"_s), qPrintable(outcome.error.detail));
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("<missing>"));
        QVERIFY(writer.history().isEmpty());
    }

    // A change made between staging and commit (the helper serves other calls while polkit
    // decides) makes the staged one stale: it writes nothing, and staging again builds on it.
    void staleStagedChangeWritesNothing()
    {
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QVERIFY(!writer.open());
        const OverrideWriter::StagedPtr slow = writer.stageSetMode(profile(), u"complain"_s);
        writer.compile(*slow);
        const auto first = writer.writeOverride(profile(), u"/etc/first r,\n"_s, QString(), 0);
        QVERIFY2(!first.error, qPrintable(first.error.detail));
        const QByteArray profileBefore = read(profile());
        const OverrideWriter::Outcome stale = writer.commit(*slow, 0);
        // Only the override changed, not the profile the mode is in: still current.
        QVERIFY2(!stale.stale && !stale.error, qPrintable(stale.error.detail));
        QVERIFY(read(profile()).contains("flags=(complain)"));

        const OverrideWriter::StagedPtr again
            = writer.stageWriteOverride(profile(), u"/etc/second r,\n"_s, ChangeRecord::hash("/etc/first r,\n"));
        QVERIFY(!again->done());
        writer.compile(*again);
        write(u"local/"_s + profile(), "/etc/by-hand r,\n");
        const OverrideWriter::Outcome outcome = writer.commit(*again, 0);
        QVERIFY2(outcome.stale, qPrintable(outcome.error.detail));
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("/etc/by-hand r,\n"));
        QCOMPARE(writer.history().size(), 2);
        QVERIFY(read(profile()) != profileBefore);
    }

    // As root (the helper's case) the compile runs as nobody: a profile only root can read
    // fails to compile, a readable one compiles, and the parser's messages still come through.
    void sandboxedCompileAsRoot()
    {
        if (::geteuid() != 0)
            QSKIP("needs root: the sandbox drops to nobody only from root");
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        writer.setSandbox(ParserSandbox(ParserSandbox::Level::Unprivileged));
        QVERIFY(writer.sandbox().dropsPrivileges());
        QVERIFY(!writer.open());
        // A profile only root may read: the parser, as nobody, cannot open it.
        const QString file = m_root.profileDir() + u'/' + profile();
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
        const auto hidden = writer.writeOverride(profile(), u"/etc/one r,\n"_s, QString(), 0);
        QCOMPARE(hidden.error.code, HelperError::Code::ParserRejected);
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("<missing>"));
        QVERIFY(
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));

        const auto ok = writer.writeOverride(profile(), u"/etc/one r,\n"_s, QString(), 0);
        QVERIFY2(!ok.error, qPrintable(ok.error.detail));
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("/etc/one r,\n"));
        const auto bad
            = writer.writeOverride(profile(), u"/etc/bad rw\n/etc/next r,\n"_s, ChangeRecord::hash("/etc/one r,\n"), 0);
        QVERIFY2(bad.error.code == HelperError::Code::ParserRejected, qPrintable(bad.error.detail));
        QCOMPARE(bad.error.code, HelperError::Code::ParserRejected);
        QVERIFY2(bad.error.detail.contains(m_root.profileDir() + u"/local/"_s + profile() + u":1: "_s),
            qPrintable(bad.error.detail));
        QCOMPARE(read(u"local/"_s + profile()), QByteArray("/etc/one r,\n"));
    }

    void localDirSymlinkRefused()
    {
        QVERIFY(QDir(m_root.localDir()).removeRecursively());
        QVERIFY(QDir().mkpath(m_tmp.path() + u"/elsewhere"_s));
        QVERIFY(QFile::link(m_tmp.path() + u"/elsewhere"_s, m_root.localDir()));
        OverrideWriter writer(m_root, ParserRunner(ParserRunner::LoadMode::ValidateOnly));
        QCOMPARE(writer.open().code, HelperError::Code::PathRefused);
    }
};

QTEST_GUILESS_MAIN(TestOverrideWriter)
#include "tst_overridewriter.moc"
