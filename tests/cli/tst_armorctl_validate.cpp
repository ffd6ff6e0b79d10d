// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "editorfixture.h"

#include <QFile>
#include <QProcess>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

class TestArmorctlValidate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void validate_data();
    void validate();
    void nameThatIsNotUtf8();

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
                             << u"undef: error: "_s + EditorFixture::undefinedVariableMessage(u"NOPE"_s) + u"\n"_s;
    QTest::newRow("several files, all reported") << QStringList{u"good"_s, u"badcap"_s, u"undef"_s} << 1
                                                 << u"badcap:2: error: Invalid capability nope.\nundef: error: "_s
            + EditorFixture::undefinedVariableMessage(u"NOPE"_s) + u"\n"_s;
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

// A file named "caf\xe9" (Latin-1): argv keeps its bytes, so the file opens. The shell passes
// the raw bytes, which QProcess's QString arguments could not.
void TestArmorctlValidate::nameThatIsNotUtf8()
{
    const QByteArray dir = QFile::encodeName(profileDir());
    for (const QByteArray &content :
        {QByteArray("profile cafe {\n}\n"), QByteArray("profile cafe {\n  capability nope,\n}\n")}) {
        FILE *f = std::fopen(QByteArray(dir + "/caf\xe9").constData(), "w");
        QVERIFY(f);
        std::fputs(content.constData(), f);
        std::fclose(f);
        QProcess p;
        p.setWorkingDirectory(profileDir());
        p.start(u"/bin/sh"_s,
            {u"-c"_s, u"exec \"$0\" validate --root \"$1\" \"$(printf 'caf\\351')\""_s,
                QStringLiteral(ARMORER_BIN_DIR "/armorctl"), m_dir.path()});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput();
        if (content.contains("nope")) {
            QCOMPARE(p.exitCode(), 1);
            // Found and checked; the name is shown escaped, never as raw bytes.
            QVERIFY2(out.contains("error: Invalid capability nope."), out.constData());
            QVERIFY2(!out.contains("No such file"), out.constData());
            QVERIFY(!out.contains('\xe9'));
        } else {
            QCOMPARE(out, QByteArray());
            QCOMPARE(p.exitCode(), 0);
        }
    }
}

QTEST_GUILESS_MAIN(TestArmorctlValidate)
#include "tst_armorctl_validate.moc"
