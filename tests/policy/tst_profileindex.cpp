// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "config.h"
#include "definedprofilenames.h"
#include "profileindex.h"
#include "systemroot.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestProfileIndex : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseHeaders_data();
    void parseHeaders();
    void shippedProfiles_data();
    void shippedProfiles();
    void buildSkipsNonProfiles();
    void buildFor_data();
    void buildFor();
};

void TestProfileIndex::parseHeaders_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QStringList>("flags");

    QTest::newRow("path profile") << u"#include <tunables/global>\n/usr/bin/foo {\n  /etc/foo r,\n}\n"_s
                                  << QStringList{u"/usr/bin/foo"_s} << QList<int>{2} << QStringList{u""_s};
    QTest::newRow("named with attachment and flags")
        << u"abi <abi/4.0>,\ninclude <tunables/global>\n\nprofile firefox /usr/lib/firefox/firefox flags=(unconfined) "
           u"{\n"
           "  userns,\n  include if exists <local/firefox>\n}\n"_s
        << QStringList{u"firefox"_s} << QList<int>{4} << QStringList{u"unconfined"_s};
    QTest::newRow("path with flags, no keyword")
        << u"/usr/sbin/cupsd flags=(complain, attach_disconnected) {\n}\n"_s << QStringList{u"/usr/sbin/cupsd"_s}
        << QList<int>{1} << QStringList{u"complain, attach_disconnected"_s};
    QTest::newRow("alternation in the name")
        << u"/{usr/,}bin/ping {\n  @{PROC}/{a,b}/** r,\n}\n"_s << QStringList{u"/{usr/,}bin/ping"_s} << QList<int>{1}
        << QStringList{u""_s};
    QTest::newRow("quoted name with spaces") << u"profile \"my app\" \"/opt/my app/bin\" {\n}\n"_s
                                             << QStringList{u"my app"_s} << QList<int>{1} << QStringList{u""_s};
    QTest::newRow("child profile and hats")
        << u"profile dnsmasq /usr/sbin/dnsmasq {\n  /x r,\n  profile libvirt_leaseshelper /usr/lib/libvirt/helper {\n"
           "    /y r,\n  }\n  ^HANDLING_UNTRUSTED_INPUT {\n  }\n  hat other flags=(complain) {\n  }\n}\n"
           "profile second {\n}\n"_s
        << QStringList{u"dnsmasq"_s, u"dnsmasq//libvirt_leaseshelper"_s, u"dnsmasq//HANDLING_UNTRUSTED_INPUT"_s,
               u"dnsmasq//other"_s, u"second"_s}
        << QList<int>{1, 3, 6, 8, 11} << QStringList{u""_s, u""_s, u""_s, u"complain"_s, u""_s};
    QTest::newRow("comments and conditionals")
        << u"# profile commented {\nprofile a { # trailing { brace\n  if defined @{x} {\n    /x r,\n  }\n"
           "  owner @{HOME}/{a,b}/ r,\n}\n# }\nprofile b {\n}\n"_s
        << QStringList{u"a"_s, u"b"_s} << QList<int>{2, 9} << QStringList{u""_s, u""_s};
    QTest::newRow("xattrs and flags") << u"profile x /bin/x xattrs=(security.tagged=allowed) flags=(kill) {\n}\n"_s
                                      << QStringList{u"x"_s} << QList<int>{1} << QStringList{u"kill"_s};
    QTest::newRow("abstraction has no header")
        << u"  /etc/ld.so.cache r,\n  @{PROC}/@{pid}/maps r,\n"_s << QStringList{} << QList<int>{} << QStringList{};
    QTest::newRow("policy namespace, both spellings (AppArmor 5 ships these)")
        << u"profile :glycin:bwrap flags=(attach_disconnected) {\n}\nprofile :ns://b {\n}\n"_s
        << QStringList{u":glycin://bwrap"_s, u":ns://b"_s} << QList<int>{1, 3}
        << QStringList{u"attach_disconnected"_s, u""_s};
    QTest::newRow("unbalanced closing brace")
        << u"}\n}\nprofile z {\n}\n"_s << QStringList{u"z"_s} << QList<int>{3} << QStringList{u""_s};
}

void TestProfileIndex::parseHeaders()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(QList<int>, lines);
    QFETCH(QStringList, flags);
    const auto headers = ProfileIndex::parseHeaders(text);
    QStringList gotNames, gotFlags;
    QList<int> gotLines;
    for (const auto &h : headers) {
        gotNames << h.name;
        gotLines << h.line;
        gotFlags << h.flags;
    }
    QCOMPARE(gotNames, names);
    QCOMPARE(gotLines, lines);
    QCOMPARE(gotFlags, flags);
}

// The oracle is apparmor_parser itself: "-N" prints the names a file defines, hats and child
// profiles included. Every shipped top-level profile must index to exactly those names.
void TestProfileIndex::shippedProfiles_data()
{
    QTest::addColumn<QString>("file");
    const QDir dir(SystemRoot::system().profileDir());
    const auto files = dir.entryInfoList(QDir::Files, QDir::Name);
    if (files.isEmpty())
        QFAIL("no shipped profiles: the apparmor package must be installed");
    for (const QFileInfo &info : files) {
        if (ProfileIndex::isProfileFileName(info.fileName()))
            QTest::newRow(qPrintable(info.fileName())) << info.filePath();
    }
}

void TestProfileIndex::shippedProfiles()
{
    QFETCH(QString, file);
    QProcess parser;
    parser.start(
        QStringLiteral(ARMORER_APPARMOR_PARSER), {u"-N"_s, u"-M"_s, QStringLiteral(ARMORER_FEATURES_FILE), file});
    QVERIFY(parser.waitForFinished(30000));
    QCOMPARE(parser.exitCode(), 0);
    QStringList expected = QString::fromUtf8(parser.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);

    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QStringList got;
    for (const auto &h : ProfileIndex::parseHeaders(QString::fromUtf8(f.readAll())))
        got << h.name;
    // The index reads one file; the parser also prints the children that an include defines
    // inside a profile (never a top-level profile: those the index must find itself).
    for (const QString &name : definedProfileNames(file, {QFileInfo(file).absolutePath()})) {
        if (!got.contains(name) && name.contains(u"//"_s))
            got << name;
    }
    expected.sort();
    got.sort();
    QCOMPARE(got, expected);
}

// Writes name (with its directories) below dir.
static bool writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
    QFile f(dir.filePath(name));
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

void TestProfileIndex::buildSkipsNonProfiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString &name, const QByteArray &data) {
        QVERIFY(writeFile(dir, name, data));
    };
    write(u"usr.bin.a"_s, "/usr/bin/a {\n}\n");
    write(u"usr.bin.a.dpkg-old"_s, "/usr/bin/a {\n}\n");
    write(u"b~"_s, "profile b {\n}\n");
    write(u"abstractions/base"_s, "profile notreal {\n}\n");
    write(u"local/usr.bin.a"_s, "profile notreal2 {\n}\n");
    write(u"README"_s, "profile readme {\n}\n");
    ProfileIndex index;
    index.build(dir.path());
    QCOMPARE(index.size(), 1);
    QCOMPARE(index.sourceOf(u"/usr/bin/a"_s).file, dir.filePath(u"usr.bin.a"_s));
    QCOMPARE(index.sourceOf(u"/usr/bin/a"_s).line, 1);
    QVERIFY(!index.sourceOf(u"b"_s).isValid());
    QCOMPARE(index.profilesIn(dir.filePath(u"usr.bin.a"_s)), QStringList{u"/usr/bin/a"_s});
}

void TestProfileIndex::buildFor_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("indexed"); // profiles in the index afterwards
    QTest::newRow("path name: its file only") << u"/usr/bin/a"_s << u"usr.bin.a"_s << 1;
    QTest::newRow("plain name: its file only") << u"b"_s << u"b"_s << 2;
    QTest::newRow("child: the parent's file") << u"b//kid"_s << u"b"_s << 2;
    // "c" is defined in "other": the conventional file does not exist, so everything is read.
    QTest::newRow("elsewhere: everything") << u"c"_s << u"other"_s << 6;
    // The file named "e" defines something else: everything is read.
    QTest::newRow("misnamed: everything") << u"e"_s << u"f"_s << 6;
}

void TestProfileIndex::buildFor()
{
    QFETCH(QString, profile);
    QFETCH(QString, file);
    QFETCH(int, indexed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString &name, const QByteArray &data) {
        QVERIFY(writeFile(dir, name, data));
    };
    write(u"usr.bin.a"_s, "/usr/bin/a {\n}\n");
    write(u"b"_s, "profile b {\n  profile kid {\n  }\n}\n");
    write(u"other"_s, "profile c {\n}\n");
    write(u"e"_s, "profile note {\n}\n");
    write(u"f"_s, "profile e {\n}\n");
    ProfileIndex index;
    index.buildFor(dir.path(), profile);
    QCOMPARE(index.sourceOf(profile).file, dir.filePath(file));
    QCOMPARE(int(index.size()), indexed);
}

QTEST_GUILESS_MAIN(TestProfileIndex)
#include "tst_profileindex.moc"
