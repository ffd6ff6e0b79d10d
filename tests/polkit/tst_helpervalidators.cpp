// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "confineddir.h"
#include "helpererror.h"
#include "overridenaming.h"
#include "overridewriter.h"
#include "parserrunner.h"
#include "policydocument.h"
#include "profileflags.h"
#include "profilename.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The helper's argument validators and its confined file access, each attack refused.
class TestHelperValidators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void profileName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("dotted") << u"usr.bin.firefox"_s << true;
        QTest::newRow("plain") << u"firefox"_s << true;
        QTest::newRow("plus-at") << u"lsb_release+x@y-z"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("dotdot") << u".."_s << false;
        QTest::newRow("traversal") << u"../../etc/shadow"_s << false;
        QTest::newRow("embedded dotdot") << u"a..b"_s << false;
        QTest::newRow("slash") << u"local/foo"_s << false;
        QTest::newRow("absolute") << u"/etc/passwd"_s << false;
        QTest::newRow("hidden") << u".hidden"_s << false;
        QTest::newRow("nul") << u"foo\0bar"_s << false;
        QTest::newRow("newline") << u"foo\nbar"_s << false;
        QTest::newRow("space") << u"foo bar"_s << false;
        QTest::newRow("glob") << u"foo*"_s << false;
        QTest::newRow("dpkg-new") << u"usr.bin.foo.dpkg-new"_s << false;
        QTest::newRow("reserved local") << u"local"_s << false;
        QTest::newRow("reserved abstractions") << u"abstractions"_s << false;
        QTest::newRow("non-ascii") << u"fo\u00f6"_s << false;
        QTest::newRow("max length") << QString(200, u'a') << true;
        QTest::newRow("too long") << QString(201, u'a') << false;
    }
    void profileName()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(ProfileName::isValid(name), valid);
    }

    void changeId_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<bool>("valid");
        QTest::newRow("one") << u"1"_s << true;
        QTest::newRow("nine digits") << u"123456789"_s << true;
        QTest::newRow("ten digits") << u"1234567890"_s << false;
        QTest::newRow("negative") << u"-1"_s << false;
        QTest::newRow("path") << u"../1"_s << false;
        QTest::newRow("empty") << QString() << false;
    }
    void changeId()
    {
        QFETCH(QString, id);
        QFETCH(bool, valid);
        QCOMPARE(ProfileName::isValidChangeId(id), valid);
    }

    void errorNames()
    {
        for (int c = 1; c <= 12; ++c) {
            const auto code = static_cast<HelperError::Code>(c);
            QCOMPARE(HelperError::fromDBusName(HelperError::dbusName(code)), code);
        }
        QCOMPARE(HelperError::dbusName(HelperError::Code::AccessDenied), u"org.freedesktop.DBus.Error.AccessDenied"_s);
        QCOMPARE(HelperError(HelperError::Code::Conflict, u"x"_s).dbusMessage(), u"8: x"_s);
    }

    void checkText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::newRow("rule") << u"/etc/foo r,\n"_s << 0;
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("nul") << u"/etc/foo r,\0\n"_s << int(HelperError::Code::InvalidArgument);
        QTest::newRow("lone surrogate") << QString(QChar(0xd800)) << int(HelperError::Code::InvalidArgument);
        QTest::newRow("at cap") << QString(OverrideWriter::MaxTextSize, u'#') << 0;
        QTest::newRow("over cap") << QString(OverrideWriter::MaxTextSize + 1, u'#') << int(HelperError::Code::TooLarge);
        // Under the cap in UTF-16, over it in UTF-8.
        QTest::newRow("utf8 over cap") << QString(OverrideWriter::MaxTextSize / 2, QChar(0x20ac))
                                       << int(HelperError::Code::TooLarge);
    }
    void checkText()
    {
        QFETCH(QString, text);
        QFETCH(int, code);
        QCOMPARE(int(OverrideWriter::checkText(text).code), code);
    }

    void flags_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("after");
        QTest::newRow("add complain") << u"profile foo /usr/bin/foo {\n}\n"_s << u"complain"_s
                                      << u"profile foo /usr/bin/foo flags=(complain) {\n}\n"_s;
        QTest::newRow("path header") << u"/usr/bin/foo {\n}\n"_s << u"complain"_s
                                     << u"/usr/bin/foo flags=(complain) {\n}\n"_s;
        QTest::newRow("keep other flags") << u"profile foo flags=(attach_disconnected) {\n}\n"_s << u"complain"_s
                                          << u"profile foo flags=(attach_disconnected, complain) {\n}\n"_s;
        QTest::newRow("enforce drops complain") << u"profile foo flags=(attach_disconnected,complain) {\n}\n"_s
                                                << u"enforce"_s << u"profile foo flags=(attach_disconnected) {\n}\n"_s;
        QTest::newRow("enforce drops empty flags")
            << u"profile foo /x flags=(complain) { # c\n}\n"_s << u"enforce"_s << u"profile foo /x { # c\n}\n"_s;
        QTest::newRow("kill replaced") << u"profile foo flags=(kill) {\n}\n"_s << u"complain"_s
                                       << u"profile foo flags=(complain) {\n}\n"_s;
        QTest::newRow("children untouched")
            << u"profile foo {\n  profile bar flags=(complain) {\n  }\n  ^hat {\n  }\n}\n"_s << u"complain"_s
            << u"profile foo flags=(complain) {\n  profile bar flags=(complain) {\n  }\n  ^hat {\n  }\n}\n"_s;
        // Found by fuzz_validators: "flags=(" inside the name is not the flags.
        QTest::newRow("flags-like name") << u"profile fooflags=(x {\n}\n"_s << u"complain"_s
                                         << u"profile fooflags=(x flags=(complain) {\n}\n"_s;
        QTest::newRow("profile named like flags")
            << u"profile  flags=(x) {\n}\n"_s << u"complain"_s << u"profile  flags=(x) flags=(complain) {\n}\n"_s;
        QTest::newRow("brace in comment")
            << u"profile foo { # x {\n}\n"_s << u"complain"_s << u"profile foo flags=(complain) { # x {\n}\n"_s;
        QTest::newRow("two top-level") << u"profile a {\n}\nprofile b flags=(complain) {\n}\n"_s << u"enforce"_s
                                       << u"profile a {\n}\nprofile b {\n}\n"_s;
    }
    void flags()
    {
        QFETCH(QString, before);
        QFETCH(QString, mode);
        QFETCH(QString, after);
        const auto result
            = ProfileFlags::setMode(before, mode == u"complain" ? ProfileMode::Complain : ProfileMode::Enforce);
        QVERIFY(result);
        QCOMPARE(*result, after);
        // Idempotent, as running aa-complain twice is.
        QCOMPARE(
            *ProfileFlags::setMode(*result, mode == u"complain" ? ProfileMode::Complain : ProfileMode::Enforce), after);
    }
    void flagsRefused()
    {
        QVERIFY(!ProfileFlags::setMode(u"# nothing here\n"_s, ProfileMode::Complain));
        QVERIFY(!ProfileFlags::setMode(u"profile a {\n}\n"_s, ProfileMode::Mixed));
        QVERIFY(ProfileFlags::setMode(u"profile a {\n}\n"_s, ProfileMode::Kill));
        // Found by fuzz_validators: with two flags groups, editing one leaves the other, and a
        // second edit would differ from the first.
        QVERIFY(!ProfileFlags::setMode(u"profile a /x flags=(o) flags=(complain) {\n}\n"_s, ProfileMode::Enforce));
        QVERIFY(!ProfileFlags::setMode(u"profile a {\n}\n/b flags=(o) flags=(p) {\n}\n"_s, ProfileMode::Complain));
        // Found by fuzz_validators: punctuation as a flag ("flags=)") was kept as one, and the
        // header written back read differently the next time.
        QVERIFY(!ProfileFlags::setMode(u"/ flags=){\n}\n"_s, ProfileMode::Complain));
        QVERIFY(!ProfileFlags::setMode(u"profile a flags=((complain)) {\n}\n"_s, ProfileMode::Enforce));
        QVERIFY(
            ProfileFlags::setMode(u"profile a flags=(attach_disconnected,complain) {\n}\n"_s, ProfileMode::Enforce));
        // Found by fuzz_validators: a blank a backslash escapes ends the name; it was trimmed
        // away, and the next edit read the flags as part of the name.
        const auto once = ProfileFlags::setMode(u"/a\\\t{\n}\n"_s, ProfileMode::Complain);
        QVERIFY(once);
        QCOMPARE(*once, u"/a\\\t flags=(complain) {\n}\n"_s);
        QCOMPARE(ProfileFlags::setMode(*once, ProfileMode::Complain), once);
        // Found by fuzz_validators: an escaped blank as the flags' value.
        QVERIFY(!ProfileFlags::setMode(u"/ flags=\\ {\n}\n"_s, ProfileMode::Complain));
        QVERIFY(!ProfileFlags::setMode(u"/ flags=(\"complain\") {\n}\n"_s, ProfileMode::Enforce));
        QVERIFY(ProfileFlags::setMode(u"/ flags=(kill.signal=hup) {\n}\n"_s, ProfileMode::Complain));
        // Found by fuzz_validators: a comment inside the header would take the flags and the
        // brace. Every edit is now read back: same profiles, and a second edit changes nothing.
        QVERIFY(!ProfileFlags::setMode(u"profile f #\n{\n{"_s, ProfileMode::Complain));
    }

    // The helper's include insertion is the reader's (PolicyDocument::withIncludeIn) with the
    // name OverrideNaming gives: these are the cases it once got wrong.
    void localInclude_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("after");
        QTest::newRow("inserted") << u"profile foo {\n  /a r,\n}\n"_s << u"foo"_s
                                  << u"profile foo {\n  /a r,\n  include if exists <local/foo>\n}\n"_s;
        QTest::newRow("brace in quotes") << u"profile foo {\n  \"/a}\" r,\n}\n"_s << u"foo"_s
                                         << u"profile foo {\n  \"/a}\" r,\n  include if exists <local/foo>\n}\n"_s;
        QTest::newRow("brace in comment") << u"profile foo {\n  # }\n}\n"_s << u"foo"_s
                                          << u"profile foo {\n  # }\n  include if exists <local/foo>\n}\n"_s;
        // Found by fuzz_validators: a brace after text on its line (a use after free once).
        QTest::newRow("brace after text") << u"profile foo {\n  /a r, }\n"_s << u"foo"_s
                                          << u"profile foo {\n  /a r, \n  include if exists <local/foo>\n}\n"_s;
        // A glob's braces in the header (usr.sbin.smbd's "/usr/{bin,sbin}/smbd") open no block.
        QTest::newRow("glob in header")
            << u"profile foo /usr/{bin,sbin}/foo {\n  /a r,\n}\n"_s << u"foo"_s
            << u"profile foo /usr/{bin,sbin}/foo {\n  /a r,\n  include if exists <local/foo>\n}\n"_s;
        QTest::newRow("present") << u"profile foo {\n  include if exists <local/foo>\n}\n"_s << u"foo"_s << QString();
        QTest::newRow("legacy present") << u"profile foo {\n  #include <local/foo>\n}\n"_s << u"foo"_s << QString();
        QTest::newRow("no profile") << u"# empty\n"_s << u"foo"_s << QString();
        // Hats and children: inside their own block, with an override of their own.
        const QString parent = u"profile foo /usr/bin/foo {\n  /a r,\n  ^hat {\n    /h r,\n  }\n"
                               "  profile kmod {\n    profile \"in ner\" {\n    }\n  }\n}\n"_s;
        QTest::newRow("hat") << parent << u"foo//hat"_s
                             << u"profile foo /usr/bin/foo {\n  /a r,\n  ^hat {\n    /h r,\n"
                                "    include if exists <local/foo+foo+hat>\n  }\n"
                                "  profile kmod {\n    profile \"in ner\" {\n    }\n  }\n}\n"_s;
        QTest::newRow("child") << parent << u"foo//kmod"_s
                               << u"profile foo /usr/bin/foo {\n  /a r,\n  ^hat {\n    /h r,\n  }\n"
                                  "  profile kmod {\n    profile \"in ner\" {\n    }\n"
                                  "    include if exists <local/foo+foo+kmod>\n  }\n}\n"_s;
        QTest::newRow("child of a child, quoted")
            << parent << u"foo//kmod//in ner"_s
            << u"profile foo /usr/bin/foo {\n  /a r,\n  ^hat {\n    /h r,\n  }\n"
               "  profile kmod {\n    profile \"in ner\" {\n      include if exists <local/foo+foo+kmod+in@20ner>\n"
               "    }\n  }\n}\n"_s;
        QTest::newRow("no such child") << parent << u"foo//nothere"_s << QString();
        QTest::newRow("hat keyword")
            << u"profile foo {\n  hat h {\n  }\n}\n"_s << u"foo//h"_s
            << u"profile foo {\n  hat h {\n    include if exists <local/foo+foo+h>\n  }\n}\n"_s;
    }
    void localInclude()
    {
        QFETCH(QString, before);
        QFETCH(QString, path);
        QFETCH(QString, after);
        const PolicyDocument doc = PolicyDocument::parse(before);
        const OverrideNaming::Target target = OverrideNaming::targetFor(doc, u"foo"_s, path);
        if (!target.isValid() || !target.addInclude) {
            QVERIFY(after.isEmpty());
            return;
        }
        const std::optional<QString> result = doc.withIncludeIn(target.block, u"local/"_s + target.name);
        QCOMPARE(result.value_or(QString()), after);
        // Idempotent: once inserted, the block has its override.
        const PolicyDocument again = PolicyDocument::parse(*result);
        QVERIFY(!OverrideNaming::targetFor(again, u"foo"_s, path).addInclude);
        QCOMPARE(OverrideNaming::targetFor(again, u"foo"_s, path).name, target.name);
    }

    void parserErrors()
    {
        ParserRunner::Result r;
        r.output
            = u"AppArmor parser error for /p/x in profile /p/local/x at line 3: syntax error, unexpected TOK_ID\n"_s;
        ParserRunner::parseErrors(&r);
        QCOMPARE(r.errorFile, u"/p/local/x"_s);
        QCOMPARE(r.errorLine, 3);
        QCOMPARE(r.errorMessage, u"syntax error, unexpected TOK_ID"_s);
        ParserRunner::Result bare;
        bare.output = u"AppArmor parser error: Found unexpected character\n"_s;
        ParserRunner::parseErrors(&bare);
        QCOMPARE(bare.errorLine, 0);
        QCOMPARE(bare.errorMessage, u"Found unexpected character"_s);
    }

    // Every way of leaving the directory, or of reaching something that is not a plain file.
    void confinedAttacks()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString base = tmp.path();
        QVERIFY(QDir(base).mkpath(u"dir/sub"_s));
        QVERIFY(QDir(base).mkpath(u"outside"_s));
        writeFile(base + u"/outside/secret"_s, "secret");
        writeFile(base + u"/dir/file"_s, "inside");
        QVERIFY(QFile::link(base + u"/outside/secret"_s, base + u"/dir/link"_s));
        QVERIFY(QFile::link(base + u"/outside"_s, base + u"/dir/linkdir"_s));
        QVERIFY(QFile::link(base + u"/dir"_s, base + u"/dirlink"_s));
        QVERIFY(::link(QFile::encodeName(base + u"/outside/secret"_s).constData(),
                    QFile::encodeName(base + u"/dir/hardlink"_s).constData())
            == 0);
        QVERIFY(::mkfifo(QFile::encodeName(base + u"/dir/fifo"_s).constData(), 0600) == 0);

        ConfinedDir dir;
        QCOMPARE(dir.open(base + u"/dir"_s), ConfinedDir::Status::Ok);
        QByteArray bytes;
        QCOMPARE(dir.read(u"file"_s, &bytes), ConfinedDir::Status::Ok);
        QCOMPARE(bytes, QByteArray("inside"));
        QCOMPARE(dir.read(u"link"_s, &bytes), ConfinedDir::Status::Refused);
        QCOMPARE(dir.read(u"../outside/secret"_s, &bytes), ConfinedDir::Status::Refused);
        QCOMPARE(dir.read(u".."_s, &bytes), ConfinedDir::Status::Refused);
        QCOMPARE(dir.read(u"sub"_s, &bytes), ConfinedDir::Status::Refused);
        QCOMPARE(dir.read(u"hardlink"_s, &bytes), ConfinedDir::Status::Refused);
        QCOMPARE(dir.read(u"fifo"_s, &bytes), ConfinedDir::Status::Refused);
        QCOMPARE(dir.read(u"file"_s, &bytes, 3), ConfinedDir::Status::TooLarge);
        QVERIFY(bytes.isEmpty());

        // Writing through a symlink or a hard link, or over a directory, is refused and the
        // target keeps its bytes.
        QCOMPARE(dir.writeAtomic(u"link"_s, "pwned"), ConfinedDir::Status::Refused);
        QCOMPARE(dir.writeAtomic(u"hardlink"_s, "pwned"), ConfinedDir::Status::Refused);
        QCOMPARE(dir.writeAtomic(u"sub"_s, "pwned"), ConfinedDir::Status::Refused);
        QCOMPARE(dir.writeAtomic(u"../outside/secret"_s, "pwned"), ConfinedDir::Status::Refused);
        QCOMPARE(readFile(base + u"/outside/secret"_s), QByteArray("secret"));

        ConfinedDir sub;
        QCOMPARE(sub.openSub(dir, u"linkdir"_s), ConfinedDir::Status::Refused);
        QCOMPARE(sub.openSub(dir, u".."_s), ConfinedDir::Status::Refused);
        ConfinedDir viaLink;
        QCOMPARE(viaLink.open(base + u"/dirlink"_s), ConfinedDir::Status::Refused);
        QCOMPARE(viaLink.open(base + u"/dirlink/sub"_s), ConfinedDir::Status::Refused);
        QCOMPARE(viaLink.open(u"relative/path"_s), ConfinedDir::Status::Refused);

        // Atomic write: the new bytes, no temporary file left behind.
        QCOMPARE(dir.writeAtomic(u"new"_s, "fresh"), ConfinedDir::Status::Ok);
        QCOMPARE(readFile(base + u"/dir/new"_s), QByteArray("fresh"));
        QVERIFY(QDir(base + u"/dir"_s).entryList({u".armorer-*"_s}, QDir::Hidden | QDir::Files).isEmpty());

        // The directory swapped for a symlink after it was opened.
        QVERIFY(dir.stillAt());
        QVERIFY(QDir(base).rename(u"dir"_s, u"moved"_s));
        QVERIFY(QFile::link(base + u"/outside"_s, base + u"/dir"_s));
        QVERIFY(!dir.stillAt());
    }

private:
    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    static QByteArray readFile(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

QTEST_GUILESS_MAIN(TestHelperValidators)
#include "tst_helpervalidators.moc"
