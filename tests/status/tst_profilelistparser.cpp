// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profilelistparser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestProfileListParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseLine_data();
    void parseLine();
    void parseFile();
    void emptyFile();
};

void TestProfileListParser::parseLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("nameSpace");
    QTest::addColumn<QString>("localName");
    QTest::addColumn<int>("mode");

    const auto row = [](const char *tag, const QByteArray &line, bool valid, const QString &name, const QString &ns,
                         const QString &local, ProfileMode mode) {
        QTest::newRow(tag) << line << valid << name << ns << local << int(mode);
    };
    row("enforce", "/usr/sbin/cupsd (enforce)\n", true, u"/usr/sbin/cupsd"_s, {}, u"/usr/sbin/cupsd"_s,
        ProfileMode::Enforce);
    row("complain", "firefox (complain)", true, u"firefox"_s, {}, u"firefox"_s, ProfileMode::Complain);
    row("kill", "nosy (kill)", true, u"nosy"_s, {}, u"nosy"_s, ProfileMode::Kill);
    row("unconfined", "chrome (unconfined)", true, u"chrome"_s, {}, u"chrome"_s, ProfileMode::Unconfined);
    row("prompt", "ask (prompt)", true, u"ask"_s, {}, u"ask"_s, ProfileMode::Prompt);
    row("user is prompt", "old (user)", true, u"old"_s, {}, u"old"_s, ProfileMode::Prompt);
    row("unknown mode kept", "future (audit-all)", true, u"future"_s, {}, u"future"_s, ProfileMode::Unknown);
    row("child profile", "dnsmasq//libvirt_leaseshelper (enforce)", true, u"dnsmasq//libvirt_leaseshelper"_s, {},
        u"dnsmasq//libvirt_leaseshelper"_s, ProfileMode::Enforce);
    row("spaces in name", "my profile (with spaces) (complain)", true, u"my profile (with spaces)"_s, {},
        u"my profile (with spaces)"_s, ProfileMode::Complain);
    row("namespace", ":lxd-c1_<var-snap-lxd-common-lxd>://usr.bin.man (enforce)", true,
        u":lxd-c1_<var-snap-lxd-common-lxd>://usr.bin.man"_s, u"lxd-c1_<var-snap-lxd-common-lxd>"_s, u"usr.bin.man"_s,
        ProfileMode::Enforce);
    row("namespace without slashes", ":ns:name (complain)", true, u":ns:name"_s, u"ns"_s, u"name"_s,
        ProfileMode::Complain);
    row("utf-8", "/opt/ünïcode/bin (enforce)", true, u"/opt/ünïcode/bin"_s, {}, u"/opt/ünïcode/bin"_s,
        ProfileMode::Enforce);
    row("no mode", "/usr/bin/foo", false, {}, {}, {}, ProfileMode::Unknown);
    row("unterminated mode", "/usr/bin/foo (enforce", false, {}, {}, {}, ProfileMode::Unknown);
    row("empty mode", "/usr/bin/foo ()", false, {}, {}, {}, ProfileMode::Unknown);
    row("no name", " (enforce)", false, {}, {}, {}, ProfileMode::Unknown);
    row("empty namespace", "::name (enforce)", false, {}, {}, {}, ProfileMode::Unknown);
    row("nul byte", QByteArray("a\0b (enforce)", 13), false, {}, {}, {}, ProfileMode::Unknown);
    row("garbage", "\xff\xfe\x01 garbage", false, {}, {}, {}, ProfileMode::Unknown);
}

void TestProfileListParser::parseLine()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, valid);
    const auto profile = ProfileListParser::parseLine(line);
    QCOMPARE(profile.has_value(), valid);
    if (!valid)
        return;
    QTEST(profile->name, "name");
    QTEST(profile->nameSpace, "nameSpace");
    QTEST(profile->localName, "localName");
    QTEST(int(profile->mode), "mode");
}

void TestProfileListParser::parseFile()
{
    const QByteArray data = "a (enforce)\n"
                            "\n"
                            "broken line\n"
                            "b b (complain)\n"
                            "c (kill)"; // no final newline
    const auto result = ProfileListParser::parse(data);
    QCOMPARE(result.profiles.size(), 3);
    QCOMPARE(result.profiles[0].name, u"a"_s);
    QCOMPARE(result.profiles[1].name, u"b b"_s);
    QCOMPARE(result.profiles[2].mode, ProfileMode::Kill);
    QCOMPARE(result.errors.size(), 1);
    QVERIFY2(result.errors[0].startsWith(u"line 3:"_s), qPrintable(result.errors[0]));
}

void TestProfileListParser::emptyFile()
{
    const auto result = ProfileListParser::parse({});
    QVERIFY(result.profiles.isEmpty());
    QVERIFY(result.errors.isEmpty());
}

QTEST_GUILESS_MAIN(TestProfileListParser)
#include "tst_profilelistparser.moc"
