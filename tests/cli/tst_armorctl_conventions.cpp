// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "demoroot.h"
#include "denialtestlines.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// armorctl's conventions, on the real binary: global options before or after the command,
// usage that names the command, errors that list what is valid, JSON in every state, suggest
// finding the log itself, validate taking a profile's name, allow saying what it waits for.
class TestArmorctlConventions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void globalOptionBeforeOrAfter_data();
    void globalOptionBeforeOrAfter();
    void unknownOptionHints_data();
    void unknownOptionHints();
    void usageNamesTheCommand();
    void invalidValuesListTheValidOnes_data();
    void invalidValuesListTheValidOnes();
    void statusJsonInEveryState();
    void suggestFindsTheLogAndLeavesOutGranted();
    void validateByName();
    void allowOnATerminalSaysWhatItWaitsFor();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    static Run armorctl(const QStringList &args);
    void write(const QString &relative, const QByteArray &text);
    std::unique_ptr<QTemporaryDir> m_root;
};

TestArmorctlConventions::Run TestArmorctlConventions::armorctl(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(ARMORER_BIN_DIR "/armorctl"), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(30000))
        return {-1, {}, u"timeout"_s};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

void TestArmorctlConventions::write(const QString &relative, const QByteArray &text)
{
    const QString path = m_root->filePath(relative);
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

void TestArmorctlConventions::init()
{
    m_root = std::make_unique<QTemporaryDir>();
    QVERIFY(DemoRoot::writeProfiles(m_root->path(), {{u"/usr/bin/app"_s, {}, {}, ProfileMode::Complain}}));
    write(u"etc/apparmor.d/usr.bin.app"_s,
        "/usr/bin/app flags=(complain) {\n  /etc/app.conf r,\n  include if exists <local/usr.bin.app>\n}\n");
    write(u"etc/apparmor.d/local/usr.bin.app"_s, "/srv/granted r,\n");
    const auto line = [](int n, const char *path) -> QByteArray {
        return "Nov 22 10:00:00 host kernel: [12345.678901] audit: type=1400 audit("
            + QByteArray::number(TestLines::BaseEpoch + n) + ".123:" + QByteArray::number(n)
            + R"(): apparmor="DENIED" operation="open" class="file" profile="/usr/bin/app" name=")" + path
            + R"(" pid=42 comm="app" requested_mask="r" denied_mask="r" fsuid=1000 ouid=0)" + '\n';
    };
    write(u"var/log/kern.log"_s, line(1, "/etc/app.conf") + line(2, "/srv/granted") + line(3, "/srv/new"));
}

void TestArmorctlConventions::globalOptionBeforeOrAfter_data()
{
    QTest::addColumn<bool>("before");
    QTest::newRow("armorctl --root X status") << true;
    QTest::newRow("armorctl status --root X") << false;
}

void TestArmorctlConventions::globalOptionBeforeOrAfter()
{
    QFETCH(bool, before);
    const QStringList root{u"--root"_s, m_root->path()};
    const Run r = armorctl(before ? root + QStringList{u"status"_s} : QStringList{u"status"_s} + root);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(u"/usr/bin/app"_s), qPrintable(r.out));
    const Run equals = armorctl({u"--root="_s + m_root->path(), u"status"_s, u"--json"_s});
    QCOMPARE(equals.exitCode, 0);
}

void TestArmorctlConventions::unknownOptionHints_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("hint");
    QTest::newRow("after the command") << QStringList{u"status"_s, u"--bogus"_s} << u"armorctl status --help"_s;
    QTest::newRow("before the command") << QStringList{u"--bogus"_s, u"status"_s} << u"--root DIR"_s;
}

void TestArmorctlConventions::unknownOptionHints()
{
    QFETCH(QStringList, args);
    QFETCH(QString, hint);
    const Run r = armorctl(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"bogus"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(hint), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestArmorctlConventions::usageNamesTheCommand()
{
    for (const QString &command :
        {u"status"_s, u"suggest"_s, u"denials"_s, u"validate"_s, u"enforce"_s, u"disable"_s, u"enable"_s}) {
        const Run r = armorctl({command, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(u"Usage: armorctl "_s + command + u' '), qPrintable(r.out));
        QVERIFY2(!r.out.contains(u"--help-all"_s), qPrintable(r.out));
    }
    const Run top = armorctl({u"--help"_s});
    QVERIFY(top.out.contains(u"--root DIR"_s));
}

void TestArmorctlConventions::invalidValuesListTheValidOnes_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("valid");
    QTest::newRow("--format") << QStringList{u"export"_s, u"x"_s, u"--format"_s, u"yaml"_s}
                              << QStringList{u"spo-v1alpha1"_s, u"spo-v1"_s, u"pod"_s, u"docker"_s, u"lxc"_s};
    QTest::newRow("--scope") << QStringList{u"allow"_s, u"--allow-unverified"_s, u"--scope"_s, u"everything"_s,
        u"--line"_s, QString::fromUtf8(TestLines::kernLine(1, "/usr/bin/app").trimmed())}
                             << QStringList{u"exact"_s, u"dir"_s, u"recursive"_s, u"ext"_s, u"home"_s, u"custom:"_s};
}

void TestArmorctlConventions::invalidValuesListTheValidOnes()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, valid);
    const Run r = armorctl(args + QStringList{u"--root"_s, m_root->path()});
    QVERIFY(r.exitCode != 0);
    for (const QString &value : valid)
        QVERIFY2(r.err.contains(value), qPrintable(value + u" missing from: "_s + r.err));
    QVERIFY2(r.err.contains(u"yaml"_s) || r.err.contains(u"everything"_s), qPrintable(r.err));
}

void TestArmorctlConventions::statusJsonInEveryState()
{
    QTemporaryDir noAppArmor;
    const Run r = armorctl({u"status"_s, u"--json"_s, u"--root"_s, noAppArmor.path()});
    QCOMPARE(r.exitCode, 1); // aa-status's code for "disabled"
    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(object.contains(u"profiles"_s));
    QVERIFY(!object.value(u"error"_s).toString().isEmpty());
    QCOMPARE(object.value(u"exit_code"_s).toInt(), 1);
    QVERIFY(!r.err.isEmpty()); // and the reason on stderr, for people
    const Run ok = armorctl({u"status"_s, u"--json"_s, u"--root"_s, m_root->path()});
    QCOMPARE(ok.exitCode, 0);
    QVERIFY(!QJsonDocument::fromJson(ok.out.toUtf8()).object().contains(u"error"_s));
}

void TestArmorctlConventions::suggestFindsTheLogAndLeavesOutGranted()
{
    // No --log: the log is found as "armorctl denials" finds it, in the root given before the command.
    const Run r = armorctl({u"--root"_s, m_root->path(), u"suggest"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"kern.log"_s), qPrintable(r.err));
    // The profile grants /etc/app.conf, its local override /srv/granted: only /srv/new is new.
    QVERIFY2(r.out.contains(u"/srv/new r,"_s), qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"/etc/app.conf"_s), qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"/srv/granted"_s), qPrintable(r.out));
    const Run all = armorctl({u"suggest"_s, u"--all"_s, u"--root"_s, m_root->path()});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.contains(u"/etc/app.conf"_s));
    QVERIFY(all.out.contains(u"/srv/granted"_s));
}

void TestArmorctlConventions::validateByName()
{
    for (const QString &name : {u"usr.bin.app"_s, u"/usr/bin/app"_s}) {
        const Run r = armorctl({u"validate"_s, u"--root"_s, m_root->path(), name});
        QVERIFY2(r.exitCode == 0, qPrintable(name + u": "_s + r.out + r.err));
    }
    const Run missing = armorctl({u"validate"_s, u"--root"_s, m_root->path(), u"nosuchprofile"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.out.contains(u"nosuchprofile: error:"_s), qPrintable(missing.out));
    QVERIFY(missing.out.contains(m_root->filePath(u"etc/apparmor.d"_s)));
}

void TestArmorctlConventions::allowOnATerminalSaysWhatItWaitsFor()
{
    // script(1) gives armorctl a terminal on stdin.
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (script.isEmpty())
        QSKIP("script(1) is not installed");
    QProcess p;
    p.start(script,
        {u"-qec"_s, QStringLiteral(ARMORER_BIN_DIR "/armorctl") + u" allow --root "_s + m_root->path(),
            u"/dev/null"_s});
    QVERIFY(p.waitForStarted());
    QString seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen += QString::fromUtf8(p.readAll())).contains(u"standard input"_s), 20000);
    QVERIFY2(seen.contains(u"--line"_s), qPrintable(seen));
    p.kill();
    p.waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestArmorctlConventions)
#include "tst_armorctl_conventions.moc"
