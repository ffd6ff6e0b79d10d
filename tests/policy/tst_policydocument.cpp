// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "config.h"
#include "definedprofilenames.h"
#include "policydocument.h"
#include "profileindex.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

// The one reader of profile text against the profiles Debian ships (apparmor,
// apparmor-profiles, apparmor-profiles-extra in the build environment): every file is written
// back byte for byte, and the profiles it finds are the ones apparmor_parser --names prints.
class TestPolicyDocument : public QObject
{
    Q_OBJECT

private:
    static QStringList shippedFiles()
    {
        QStringList files;
        for (const QString &dir : {u"/etc/apparmor.d"_s, u"/usr/share/apparmor/extra-profiles"_s}) {
            const QDir d(dir);
            for (const QFileInfo &info : d.entryInfoList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name)) {
                if (ProfileIndex::isProfileFileName(info.fileName()))
                    files.append(info.filePath());
            }
        }
        return files;
    }
    static QString read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private Q_SLOTS:
    void shipped_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files = shippedFiles();
        if (files.size() < 100)
            QSKIP("the shipped profiles are not installed");
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }
    void shipped()
    {
        QFETCH(QString, path);
        const QString text = read(path);
        const PolicyDocument doc = PolicyDocument::parse(text);
        QCOMPARE(doc.toText(), text);
        // Each node's tokens lie inside its parent's, in order.
        for (int i = 1; i < doc.nodes().size(); ++i) {
            const auto &n = doc.node(i);
            const auto &p = doc.node(n.parent);
            QVERIFY(n.firstToken >= p.firstToken && n.endToken <= p.endToken);
        }

        // -I the directory of the file and /etc/apparmor.d: the extra profiles include
        // abstractions that exist only under /etc/apparmor.d.
        QProcess parser;
        parser.start(QStringLiteral(ARMORER_APPARMOR_PARSER),
            {u"--names"_s, u"-M"_s, u"/usr/share/apparmor-features/features"_s, u"-I"_s, u"/etc/apparmor.d"_s, path});
        QVERIFY(parser.waitForFinished(30000));
        const QString out = QString::fromUtf8(parser.readAllStandardOutput());
        QStringList expected = out.split(u'\n', Qt::SkipEmptyParts);
        if (parser.exitCode() != 0)
            QSKIP(
                qPrintable(u"apparmor_parser refuses the file: "_s + QString::fromUtf8(parser.readAllStandardError())));
        QStringList found = definedProfileNames(path, {u"/etc/apparmor.d"_s});
        expected.sort();
        found.sort();
        QCOMPARE(found, expected);
    }

    // Not a speed test (that is the benchmark's): the figure for the report.
    void shippedParseTime()
    {
        const QStringList files = shippedFiles();
        QStringList texts;
        for (const QString &f : files)
            texts.append(read(f));
        QElapsedTimer clock;
        clock.start();
        qsizetype nodes = 0;
        for (const QString &t : std::as_const(texts))
            nodes += PolicyDocument::parse(t).nodes().size();
        qInfo("parsed %lld files (%lld nodes) in %lld ms", qlonglong(files.size()), qlonglong(nodes),
            qlonglong(clock.elapsed()));
        QVERIFY(nodes > files.size() || files.isEmpty());
    }

    void structure_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("profiles"); // fullName:kind
        QTest::newRow("keyword, path, hat, child")
            << u"profile a /usr/bin/a flags=(complain) {\n  ^h {\n  }\n  profile c {\n    hat d {}\n  }\n}\n"
               "/usr/bin/b {\n}\n"_s
            << QStringList{u"a:1"_s, u"a//h:3"_s, u"a//c:2"_s, u"a//c//d:3"_s, u"/usr/bin/b:1"_s};
        QTest::newRow("quoted name, braces in comments and strings")
            << u"# profile x {\nprofile \"sp ace\" {\n  \"/a}{\" r, # }\n}\n"_s << QStringList{u"sp ace:1"_s};
        QTest::newRow("alternation in header and rules")
            << u"profile smbd /usr/{bin,sbin}/smbd {\n  /{,usr/}lib/** r,\n  @{HOME}/x rw,\n}\n"_s
            << QStringList{u"smbd:1"_s};
        QTest::newRow("if else") << u"$b = true\nprofile a {\n  if $b {\n    /x r,\n  } else {\n    /y r,\n  }\n}\n"_s
                                 << QStringList{u"a:1"_s};
        QTest::newRow("variable assignment, no profile")
            << u"@{HOMEDIRS}+=/srv/home/\n@{x} = {a,b}\n"_s << QStringList{};
        QTest::newRow("cut short") << u"profile a {\n  /x r,\n  profile b {\n"_s << QStringList{u"a:1"_s, u"a//b:2"_s};
        QTest::newRow("stray brace") << u"}\nprofile a {\n}\n}\n"_s << QStringList{u"a:1"_s};
    }
    void structure()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, profiles);
        const PolicyDocument doc = PolicyDocument::parse(text);
        QCOMPARE(doc.toText(), text);
        QStringList found;
        for (const int p : doc.profiles())
            found.append(doc.node(p).fullName + u':' + QString::number(int(doc.node(p).block)));
        QCOMPARE(found, profiles);
    }

    void headerDetails()
    {
        const PolicyDocument doc = PolicyDocument::parse(
            u"abi <abi/4.0>,\n#include <tunables/global>\n"
            "profile a \"/opt/my app/a\" xattrs=(user.x=y) flags=(attach_disconnected,complain) {\n"
            "  include if exists <local/a>\n"
            "  include \"/etc/x\"\n"
            "  audit deny owner priority=5 /secret/** rw,\n"
            "  set rlimit nofile <= 1024,\n"
            "  dbus send\n       bus=session\n       path=/org/x,\n"
            "  mount options=(ro, remount) -> /,\n"
            "}\n"_s);
        const int a = doc.findProfile(u"a");
        QVERIFY(a > 0);
        const auto &p = doc.node(a);
        QCOMPARE(p.attachment, u"/opt/my app/a"_s);
        QCOMPARE(p.flags, (QStringList{u"attach_disconnected"_s, u"complain"_s}));
        QCOMPARE(doc.startOf(a).line, 3);
        QCOMPARE(doc.startOf(a).column, 1);
        const QList<int> inc = doc.ownIncludes(a);
        QCOMPARE(inc.size(), 2);
        QVERIFY(doc.node(inc[0]).ifExists && doc.node(inc[0]).angled);
        QCOMPARE(doc.node(inc[0]).name, u"local/a"_s);
        QVERIFY(!doc.node(inc[1]).angled);
        QCOMPARE(doc.node(inc[1]).name, u"/etc/x"_s);
        QVERIFY(doc.includes(a, u"local/a"));
        const QList<int> rules = doc.ownRules(a);
        QCOMPARE(rules.size(), 4);
        const auto &r = doc.node(rules[0]);
        QVERIFY(r.audit);
        QCOMPARE(r.access, PolicyDocument::Access::Deny);
        QCOMPARE(r.owner, PolicyDocument::Owner::Owner);
        QCOMPARE(r.priority, std::optional<int>(5));
        QCOMPARE(r.ruleClass, u"file"_s);
        QCOMPARE(doc.startOf(rules[0]).line, 6);
        QCOMPARE(doc.startOf(rules[0]).column, 3);
        QCOMPARE(doc.node(rules[1]).ruleClass, u"rlimit"_s);
        QCOMPARE(doc.node(rules[2]).ruleClass, u"dbus"_s);
        QCOMPARE(doc.statementText(rules[2]), u"dbus send bus=session path=/org/x,"_s);
        QCOMPARE(doc.node(rules[3]).ruleClass, u"mount"_s);
        // The top-level abi and the #include are statements of the file.
        QCOMPARE(doc.node(doc.node(PolicyDocument::RootNode).children[0]).ruleClass, u"abi"_s);
        QCOMPARE(doc.node(doc.node(PolicyDocument::RootNode).children[1]).name, u"tunables/global"_s);
    }

    void includeInsertion_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("after");
        QTest::newRow("plain") << u"profile a {\n  /x r,\n}\n"_s << u"a"_s
                               << u"profile a {\n  /x r,\n  include if exists <local/x>\n}\n"_s;
        QTest::newRow("body indent") << u"profile a {\n    /x r,\n}\n"_s << u"a"_s
                                     << u"profile a {\n    /x r,\n    include if exists <local/x>\n}\n"_s;
        QTest::newRow("empty body") << u"profile a {\n}\n"_s << u"a"_s
                                    << u"profile a {\n  include if exists <local/x>\n}\n"_s;
        QTest::newRow("second top-level")
            << u"profile a {\n}\nprofile b {\n  /y r,\n}\n"_s << u"b"_s
            << u"profile a {\n}\nprofile b {\n  /y r,\n  include if exists <local/x>\n}\n"_s;
        QTest::newRow("hat, brace after a rule")
            << u"profile a {\n  ^h {\n    /h r, }\n}\n"_s << u"a//h"_s
            << u"profile a {\n  ^h {\n    /h r, \n    include if exists <local/x>\n  }\n}\n"_s;
        QTest::newRow("one line") << u"profile a { }\n"_s << u"a"_s
                                  << u"profile a { \n  include if exists <local/x>\n}\n"_s;
        QTest::newRow("crlf") << u"profile a {\r\n  /x r,\r\n}\r\n"_s << u"a"_s
                              << u"profile a {\r\n  /x r,\r\n  include if exists <local/x>\r\n}\r\n"_s;
    }
    void includeInsertion()
    {
        QFETCH(QString, before);
        QFETCH(QString, profile);
        QFETCH(QString, after);
        const PolicyDocument doc = PolicyDocument::parse(before);
        const int block = doc.findProfile(profile);
        QVERIFY(block > 0);
        QCOMPARE(doc.withIncludeIn(block, u"local/x"_s).value_or(QString()), after);
        const PolicyDocument again = PolicyDocument::parse(after);
        QVERIFY(again.includes(again.findProfile(profile), u"local/x"));
        QCOMPARE(again.profilesIncluding(u"local/x").size(), 1);
    }

    // A statement without its comma before the brace, or an unclosed parenthesis, would
    // swallow an include put after it (the fuzzer found these): such a block is left as it is.
    void includeNotInsertedAfterOpenStatement_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("rule without comma") << u"profile a {\n  /x r\n}\n"_s;
        QTest::newRow("then a comment") << u"profile a {\n  /x r # no comma\n}\n"_s;
        QTest::newRow("punctuation, then a comment") << u"profile a {)#\n}\n"_s;
        QTest::newRow("unclosed parenthesis") << u"profile a {(\n,}\n"_s;
        QTest::newRow("fuzzer's find") << u"profile a /usr/bin/a flags=(complain) {\n\uFFFD }\n}\n"_s;
    }
    void includeNotInsertedAfterOpenStatement()
    {
        QFETCH(QString, text);
        const PolicyDocument doc = PolicyDocument::parse(text);
        const int block = doc.findProfile(u"a"_s);
        QVERIFY(block > 0);
        QCOMPARE(doc.withIncludeIn(block, u"local/x"_s), std::nullopt);
    }

    void positions()
    {
        const PolicyDocument doc = PolicyDocument::parse(u"ab\ncd\n\nx"_s);
        QCOMPARE(doc.position(0).line, 1);
        QCOMPARE(doc.position(4).line, 2);
        QCOMPARE(doc.position(4).column, 2);
        QCOMPARE(doc.position(6).line, 3);
        QCOMPARE(doc.position(7).line, 4);
        QCOMPARE(doc.position(7).column, 1);
    }

    void profileAt()
    {
        const QString text = u"profile a {\n  /x r,\n  ^h {\n    /y r,\n  }\n}\n"_s;
        const PolicyDocument doc = PolicyDocument::parse(text);
        QCOMPARE(doc.node(doc.profileAt(text.indexOf(u"/x"))).fullName, u"a"_s);
        QCOMPARE(doc.node(doc.profileAt(text.indexOf(u"/y"))).fullName, u"a//h"_s);
        QCOMPARE(doc.profileAt(0), -1);
    }
};

QTEST_GUILESS_MAIN(TestPolicyDocument)
#include "tst_policydocument.moc"
