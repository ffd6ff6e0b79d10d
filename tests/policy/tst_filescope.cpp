// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "abstractionindex.h"
#include "existingrules.h"
#include "filescope.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Scope choices, AppArmor pattern matching for the preview, existing-rule and abstraction
// coverage.
class TestFileScope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choices_data();
    void choices();
    void matches_data();
    void matches();
    void custom_data();
    void custom();
    void alreadyAllowed_data();
    void alreadyAllowed();
    void redundant();
    void abstraction();
    void systemAbstractions_data();
    void systemAbstractions();
};

void TestFileScope::choices_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("patterns");
    QTest::newRow("file with extension") << u"/srv/data/report.csv"_s
                                         << QStringList{u"/srv/data/report.csv"_s, u"/srv/data/*"_s, u"/srv/data/**"_s,
                                                u"/srv/data/*.csv"_s};
    QTest::newRow("home") << u"/home/alice/.config/app/rc"_s
                          << QStringList{u"/home/alice/.config/app/rc"_s, u"/home/alice/.config/app/*"_s,
                                 u"/home/alice/.config/app/**"_s, u"@{HOME}/.config/app/rc"_s};
    QTest::newRow("proc pid") << u"/proc/4242/status"_s
                              << QStringList{u"/proc/4242/status"_s, u"/proc/4242/*"_s, u"/proc/4242/**"_s,
                                     u"@{PROC}/@{pid}/status"_s};
    QTest::newRow("versioned library") << u"/usr/lib/libfoo.so.1.2.3"_s
                                       << QStringList{u"/usr/lib/libfoo.so.1.2.3"_s, u"/usr/lib/*"_s, u"/usr/lib/**"_s,
                                              u"/usr/lib/*.3"_s, u"/usr/lib/libfoo.so*"_s};
    QTest::newRow("dashed library version")
        << u"/lib/libdl-2.13.so"_s
        << QStringList{u"/lib/libdl-2.13.so"_s, u"/lib/*"_s, u"/lib/**"_s, u"/lib/*.so"_s, u"/lib/libdl-*.so"_s};
    QTest::newRow("glob characters in the folder stay literal")
        << u"/srv/[x]/a*.txt"_s
        << QStringList{u"/srv/\\[x\\]/a\\*.txt"_s, u"/srv/\\[x\\]/*"_s, u"/srv/\\[x\\]/**"_s, u"/srv/\\[x\\]/*.txt"_s};
    QTest::newRow("top-level file") << u"/vmlinuz"_s << QStringList{u"/vmlinuz"_s};
    // A denied directory (mkdir) ends in '/', which "*" does not match: every scope keeps it.
    QTest::newRow("directory") << u"/srv/data/newdir/"_s
                               << QStringList{u"/srv/data/newdir/"_s, u"/srv/data/*/"_s, u"/srv/data/**/"_s};
    QTest::newRow("directory in a home") << u"/home/alice/new.d/"_s
                                         << QStringList{u"/home/alice/new.d/"_s, u"/home/alice/*/"_s,
                                                u"/home/alice/**/"_s, u"@{HOME}/new.d/"_s};
    QTest::newRow("directory of a process")
        << u"/proc/4242/fd/"_s
        << QStringList{u"/proc/4242/fd/"_s, u"/proc/4242/*/"_s, u"/proc/4242/**/"_s, u"@{PROC}/@{pid}/fd/"_s};
    QTest::newRow("library-like directory")
        << u"/usr/lib/libfoo.so.1/"_s << QStringList{u"/usr/lib/libfoo.so.1/"_s, u"/usr/lib/*/"_s, u"/usr/lib/**/"_s};
}

void TestFileScope::choices()
{
    QFETCH(QString, path);
    QFETCH(QStringList, patterns);
    QStringList actual;
    for (const FileScope::Choice &c : FileScope::choices(path))
        actual += c.pattern;
    QCOMPARE(actual, patterns);
    // Every choice matches the denied path itself.
    for (const QString &p : actual)
        QVERIFY2(FileScope::matches(p, path), qPrintable(p));
}

void TestFileScope::matches_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("match");
    QTest::newRow("star stays in folder") << u"/a/*"_s << u"/a/b/c"_s << false;
    QTest::newRow("star") << u"/a/*"_s << u"/a/b"_s << true;
    QTest::newRow("double star") << u"/a/**"_s << u"/a/b/c"_s << true;
    QTest::newRow("star does not match a directory") << u"/a/*"_s << u"/a/b/"_s << false;
    QTest::newRow("star slash matches a directory") << u"/a/*/"_s << u"/a/b/"_s << true;
    QTest::newRow("star slash not a file") << u"/a/*/"_s << u"/a/b"_s << false;
    QTest::newRow("double star slash, deeper directory") << u"/a/**/"_s << u"/a/b/c/"_s << true;
    QTest::newRow("question") << u"/a/?"_s << u"/a/bc"_s << false;
    QTest::newRow("class") << u"/a/[0-9]x"_s << u"/a/7x"_s << true;
    QTest::newRow("alternation") << u"/a/{b,c}d"_s << u"/a/cd"_s << true;
    QTest::newRow("escaped star is literal") << u"/a/\\*"_s << u"/a/b"_s << false;
    QTest::newRow("escaped star matches star") << u"/a/\\*"_s << u"/a/*"_s << true;
    QTest::newRow("home variable") << u"@{HOME}/.x"_s << u"/home/bob/.x"_s << true;
    QTest::newRow("home variable, root") << u"@{HOME}/.x"_s << u"/root/.x"_s << true;
    QTest::newRow("home not elsewhere") << u"@{HOME}/.x"_s << u"/srv/bob/.x"_s << false;
    QTest::newRow("pid") << u"@{PROC}/@{pid}/maps"_s << u"/proc/123/maps"_s << true;
    QTest::newRow("pid not self") << u"@{PROC}/@{pid}/maps"_s << u"/proc/self/maps"_s << false;
    QTest::newRow("unknown variable") << u"@{nope}/x"_s << u"/x"_s << false;
    QTest::newRow("regex characters are literal") << u"/a/b.c+(d)"_s << u"/a/bxc+(d)"_s << false;
}

void TestFileScope::matches()
{
    QFETCH(QString, pattern);
    QFETCH(QString, path);
    QFETCH(bool, match);
    QCOMPARE(FileScope::matches(pattern, path), match);
}

void TestFileScope::custom_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("token");
    QTest::newRow("glob") << u"/srv/**/*.log"_s << true << u"/srv/**/*.log"_s;
    QTest::newRow("space quoted") << u"/srv/my dir/*"_s << true << u"\"/srv/my dir/*\""_s;
    QTest::newRow("comma quoted") << u"/srv/a,b"_s << true << u"\"/srv/a,b\""_s;
    QTest::newRow("variable") << u"@{HOME}/x"_s << true << u"@{HOME}/x"_s;
    QTest::newRow("relative") << u"srv/x"_s << false << QString();
    QTest::newRow("newline") << u"/a\n/b"_s << false << QString();
    QTest::newRow("quote") << u"/a\" r, /b"_s << false << QString();
    QTest::newRow("lone trailing backslash") << u"/a\\"_s << false << QString();
}

void TestFileScope::custom()
{
    QFETCH(QString, pattern);
    QFETCH(bool, valid);
    QFETCH(QString, token);
    QString error;
    const FileScope::Choice c = FileScope::custom(pattern, &error);
    QCOMPARE(error.isEmpty(), valid);
    QCOMPARE(c.token, token);
}

void TestFileScope::alreadyAllowed_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("perms");
    QTest::addColumn<bool>("owner");
    QTest::addColumn<QString>("allowedBy");
    const QString text = u"  /etc/app/** r,\n  owner @{HOME}/.app/* rw,\n  deny /etc/app/secret r,\n"
                         "  \"/srv/my dir/a\" rw, # comment\n  r /opt/x,\n"_s;
    QTest::newRow("glob covers") << text << u"/etc/app/conf/x"_s << u"r"_s << false << u"/etc/app/** r,"_s;
    QTest::newRow("perms missing") << text << u"/etc/app/x"_s << u"w"_s << false << QString();
    QTest::newRow("owner rule, owner access")
        << text << u"/home/u/.app/f"_s << u"w"_s << true << u"owner @{HOME}/.app/* rw,"_s;
    QTest::newRow("owner rule, other access") << text << u"/home/u/.app/f"_s << u"w"_s << false << QString();
    QTest::newRow("deny wins") << text << u"/etc/app/secret"_s << u"r"_s << false << QString();
    QTest::newRow("quoted path") << text << u"/srv/my dir/a"_s << u"r"_s << false << u"\"/srv/my dir/a\" rw,"_s;
    QTest::newRow("perms first") << text << u"/opt/x"_s << u"r"_s << false << u"r /opt/x,"_s;
    QTest::newRow("a by w") << text << u"/srv/my dir/a"_s << u"a"_s << false << u"\"/srv/my dir/a\" rw,"_s;
}

void TestFileScope::alreadyAllowed()
{
    QFETCH(QString, profile);
    QFETCH(QString, path);
    QFETCH(QString, perms);
    QFETCH(bool, owner);
    QFETCH(QString, allowedBy);
    const auto rule = ExistingRules::fromText(profile).allowing(path, perms, owner);
    QCOMPARE(rule ? rule->text : QString(), allowedBy);
}

void TestFileScope::redundant()
{
    const ExistingRules rules = ExistingRules::fromText(
        u"/srv/data/a.csv r,\n/srv/data/b.csv rw,\n/srv/data/sub/c.csv r,\n/srv/data/*.txt r,\ncapability chown,\n"_s);
    QStringList texts;
    for (const auto &r : rules.redundantUnder(u"/srv/data/*"_s, u"r"_s, false))
        texts += r.text;
    QCOMPARE(texts, QStringList{u"/srv/data/a.csv r,"_s});
    texts.clear();
    for (const auto &r : rules.redundantUnder(u"/srv/data/**"_s, u"rw"_s, false))
        texts += r.text;
    QCOMPARE(texts, (QStringList{u"/srv/data/a.csv r,"_s, u"/srv/data/b.csv rw,"_s, u"/srv/data/sub/c.csv r,"_s}));
    QVERIFY(rules.contains(u"capability   chown,"_s));
    QVERIFY(!rules.contains(u"capability setuid,"_s));

    // A profile file: its own block counts, a hat's does not.
    const ExistingRules profile
        = ExistingRules::fromText(u"/usr/bin/app {\n  /a r,\n  ^hat {\n    /b r,\n  }\n  /c r,\n}\n"_s);
    texts.clear();
    for (const auto &r : profile.fileRules())
        texts += r.text;
    QCOMPARE(texts, (QStringList{u"/a r,"_s, u"/c r,"_s}));
}

void TestFileScope::abstraction()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkpath(u"abstractions"_s);
    QDir(dir.path()).mkpath(u"tunables"_s);
    auto write = [&](const QString &name, const QByteArray &text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    };
    write(u"tunables/global"_s, "@{fontdirs}=/usr/share/fonts /usr/local/share/fonts\n@{fontdirs}+=/opt/fonts\n");
    write(u"abstractions/fonts"_s, "  @{fontdirs}/** r,\n  /etc/fonts/** r,\n");
    write(u"abstractions/desktop"_s,
        "  include <abstractions/fonts>\n  /usr/share/icons/** r,\n  /etc/** r,\n"
        "  profile helper {\n    /** rw,\n  }\n");
    const AbstractionIndex index = AbstractionIndex::load(dir.path());
    QCOMPARE(index.names(), (QStringList{u"abstractions/desktop"_s, u"abstractions/fonts"_s}));
    // Both cover it; the smaller one is named.
    QCOMPARE(index.covering(u"/opt/fonts/x.ttf"_s, u"r"_s, false), u"abstractions/fonts"_s);
    // Only through desktop's own rule.
    QCOMPARE(index.covering(u"/usr/share/icons/a.png"_s, u"r"_s, false), u"abstractions/desktop"_s);
    QCOMPARE(index.covering(u"/usr/share/fonts/a.ttf"_s, u"w"_s, false), QString());
    QCOMPARE(index.covering(u"/var/x"_s, u"r"_s, false), QString()); // not through the helper profile's rule
}

void TestFileScope::systemAbstractions_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("perms");
    QTest::addColumn<QString>("abstraction");
    QTest::newRow("font") << u"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"_s << u"r"_s << u"abstractions/fonts"_s;
    QTest::newRow("ld.so.cache") << u"/etc/ld.so.cache"_s << u"r"_s << u"abstractions/base"_s;
    QTest::newRow("nothing writes /etc/shadow") << u"/etc/shadow"_s << u"w"_s << QString();
}

// The shipped abstractions of the apparmor package (in the build root), tunables and all.
void TestFileScope::systemAbstractions()
{
    QFETCH(QString, path);
    QFETCH(QString, perms);
    QFETCH(QString, abstraction);
    QVERIFY2(QFile::exists(u"/etc/apparmor.d/abstractions/base"_s), "the apparmor package's profiles are missing");
    static const AbstractionIndex index = AbstractionIndex::load(u"/etc/apparmor.d"_s);
    QCOMPARE(index.covering(path, perms, false), abstraction);
}

QTEST_GUILESS_MAIN(TestFileScope)
#include "tst_filescope.moc"
