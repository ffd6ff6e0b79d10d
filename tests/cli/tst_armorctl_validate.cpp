// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "editorfixture.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestArmorctlValidate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void validate_data();
    void validate();

private:
    QString profileDir() const { return m_dir.path() + u"/etc/apparmor.d"_s; }
    QTemporaryDir m_dir;
};

void TestArmorctlValidate::initTestCase()
{
    QVERIFY(EditorFixture::create(m_dir.path()));
    QVERIFY(EditorFixture::write(
        profileDir() + u"/good"_s, "include <tunables/global>\nprofile good {\n  include <abstractions/base>\n}\n"));
    QVERIFY(EditorFixture::write(profileDir() + u"/badcap"_s, "profile badcap {\n  capability nope,\n}\n"));
    QVERIFY(EditorFixture::write(profileDir() + u"/comma"_s, "profile comma {\n  /a r\n  /b r,\n}\n"));
    QVERIFY(EditorFixture::write(profileDir() + u"/undef"_s, "profile undef {\n  @{NOPE} r,\n}\n"));
    QVERIFY(EditorFixture::write(
        profileDir() + u"/withlocal"_s, "profile withlocal {\n  include if exists <local/withlocal>\n}\n"));
    QVERIFY(EditorFixture::write(profileDir() + u"/local/withlocal"_s, "  /etc/x rzz,\n"));
}

void TestArmorctlValidate::validate_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output");
    QTest::newRow("valid") << QStringList{u"good"_s} << 0 << QString();
    QTest::newRow("bad capability") << QStringList{u"badcap"_s} << 1
                                    << u"badcap:2: error: Invalid capability nope.\n"_s;
    QTest::newRow("missing comma at its line")
        << QStringList{u"comma"_s} << 1 << u"comma:2: error: missing an end of line character? (entry: /a)\n"_s;
    QTest::newRow("no line") << QStringList{u"undef"_s} << 1
                             << u"undef: error: Found reference to variable NOPE, but is never declared\n"_s;
    QTest::newRow("several files, all reported")
        << QStringList{u"good"_s, u"badcap"_s, u"undef"_s} << 1
        << u"badcap:2: error: Invalid capability nope.\nundef: error: Found reference to variable NOPE, but is never declared\n"_s;
    QTest::newRow("override with its profile")
        << QStringList{u"local/withlocal"_s} << 1
        << u"local/withlocal:1: error: syntax error, unexpected TOK_ID, expecting TOK_MODE\n"_s;
    QTest::newRow("missing file") << QStringList{u"nope"_s} << 1 << u"nope: error: No such file or directory\n"_s;
}

void TestArmorctlValidate::validate()
{
    QFETCH(QStringList, files);
    QFETCH(int, exitCode);
    QFETCH(QString, output);
    QProcess p;
    p.setWorkingDirectory(profileDir());
    p.start(QStringLiteral(ARMORER_BIN_DIR "/armorctl"), QStringList{u"validate"_s, u"--root"_s, m_dir.path()} + files);
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), output);
    QCOMPARE(p.exitCode(), exitCode);
}

QTEST_GUILESS_MAIN(TestArmorctlValidate)
#include "tst_armorctl_validate.moc"
