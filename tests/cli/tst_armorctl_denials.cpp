// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialtestlines.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Qt::StringLiterals;

// A name as the kernel logs one with special characters: hex. This one holds a newline, a
// forged second record and terminal escape sequences (set the title, clear the screen).
static const QByteArray hostileName
    = QByteArray("/tmp/x\n2026-11-22 10:00:00 DENIED firefox open /etc/ok\x1b]0;owned\x07"
                 "\x1b[2J\u202e")
          .toHex()
          .toUpper();

// armorctl denials, run as a user would: a log file, --json, --since, --follow.
class TestArmorctlDenials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readsAFile_data();
    void readsAFile();
    void followPrintsOneObjectPerLine();
    void explainsTheChoice();
    void saysWhatAccessIsMissing();
    void marksUnverifiedAndEscapes();

private:
    QTemporaryDir m_dir;
    QString m_log;
};

static const QString kArmorctl = QStringLiteral(ARMORER_BIN_DIR) + u"/armorctl"_s;

void TestArmorctlDenials::initTestCase()
{
    m_log = m_dir.filePath(u"kern.log"_s);
    QFile f(m_log);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(
        TestLines::kernLine(1) + TestLines::noiseLine(1) + TestLines::kernLine(2, "evince") + TestLines::kernLine(3));
    QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
}

void TestArmorctlDenials::readsAFile_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QList<int>>("serials");
    QTest::newRow("all") << QStringList() << QList<int>{1, 2, 3};
    QTest::newRow("since") << QStringList{u"--since"_s, u"@%1"_s.arg(TestLines::BaseEpoch + 2)} << QList<int>{2, 3};
}

void TestArmorctlDenials::readsAFile()
{
    QFETCH(QStringList, extra);
    QFETCH(QList<int>, serials);
    QProcess p;
    p.start(kArmorctl, QStringList{u"denials"_s, u"--source"_s, m_log, u"--json"_s} + extra);
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), serials.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(lines[i], &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(o.value(u"apparmor"_s).toString(), u"DENIED"_s);
        QCOMPARE(o.value(u"name"_s).toString(), u"/tmp/f%1"_s.arg(serials[i]));
        QCOMPARE(o.value(u"requested_mask"_s).toString(), u"r"_s);
        QCOMPARE(o.value(u"fsuid"_s).toInt(), 1000);
        // kern.log, root's and written by no one else: the kernel's records.
        QCOMPARE(o.value(u"verified"_s), QJsonValue(true));
    }
}

void TestArmorctlDenials::followPrintsOneObjectPerLine()
{
    QProcess p;
    p.start(kArmorctl, {u"denials"_s, u"--follow"_s, u"--source"_s, m_log, u"--json"_s});
    QVERIFY(p.waitForStarted());
    // Following starts at the end: wait until it says what it reads, then append.
    QByteArray err;
    QTRY_VERIFY((err += p.readAllStandardError()).contains("Reading"));
    QTest::qWait(200);
    QFile f(m_log);
    QVERIFY(f.open(QIODevice::Append));
    f.write(TestLines::kernLine(10) + TestLines::noiseLine(2));
    f.flush();
    QByteArray out;
    QTRY_VERIFY((out += p.readAllStandardOutput()).count('\n') >= 1);
    f.write(TestLines::kernLine(11, "cupsd"));
    f.flush();
    QTRY_VERIFY((out += p.readAllStandardOutput()).count('\n') >= 2);
    p.terminate();
    p.waitForFinished(5000);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(u"name"_s).toString(), u"/tmp/f10"_s);
    QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(u"profile"_s).toString(), u"cupsd"_s);
}

void TestArmorctlDenials::explainsTheChoice()
{
    // A sandbox root whose only log with AppArmor records is kern.log.
    QTemporaryDir root;
    QVERIFY(QDir().mkpath(root.filePath(u"var/log"_s)));
    QVERIFY(QFile::copy(m_log, root.filePath(u"var/log/kern.log"_s)));
    QFile syslog(root.filePath(u"var/log/syslog"_s));
    QVERIFY(syslog.open(QIODevice::WriteOnly));
    syslog.write(TestLines::noiseLine(5));
    syslog.close();
    QProcess p;
    p.start(kArmorctl, {u"denials"_s, u"--root"_s, root.path()});
    QVERIFY(p.waitForFinished(20000));
    QCOMPARE(p.exitCode(), 0);
    const QString why = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(why.contains(u"kern.log: it holds"_s), qPrintable(why));
    QVERIFY(p.readAllStandardOutput().contains("DENIED  firefox open /tmp/f1 [r]"));
}

void TestArmorctlDenials::saysWhatAccessIsMissing()
{
    // As the real non-root user of the build root, without the adm or systemd-journal group.
    if (::geteuid() != 0 || QStandardPaths::findExecutable(u"setpriv"_s).isEmpty())
        QSKIP("needs root and setpriv to run armorctl as the unprivileged test user");
    QTemporaryDir dir;
    QVERIFY(QFile::setPermissions(dir.path(),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup
            | QFile::ExeGroup));
    const QString audit = dir.filePath(u"audit.log"_s);
    QFile f(audit);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(TestLines::kernLine(1));
    f.close();
    QVERIFY(QFile::setPermissions(audit, QFile::ReadOwner | QFile::WriteOwner));

    const auto runAsUser = [](const QStringList &args) {
        QProcess p;
        p.start(u"setpriv"_s,
            QStringList{u"--reuid=4711"_s, u"--regid=4711"_s, u"--clear-groups"_s, kArmorctl, u"denials"_s} + args);
        p.waitForFinished(20000);
        return std::pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
    };
    const auto [fileCode, fileMessage] = runAsUser({u"--source"_s, audit});
    QCOMPARE(fileCode, 1);
    QVERIFY2(fileMessage.contains(u"readable by root only"_s), qPrintable(fileMessage));

    const auto [journalCode, journalMessage] = runAsUser({u"--source"_s, u"journal"_s});
    QCOMPARE(journalCode, 1);
    QVERIFY2(journalMessage.contains(u"systemd-journal"_s), qPrintable(journalMessage));
}

// Issue 15: the text output escapes control characters, so a file name cannot write to the
// admin's terminal; issue 12: a syslog line any user could have written says it is unverified.
void TestArmorctlDenials::marksUnverifiedAndEscapes()
{
    QTemporaryDir dir;
    const QString syslog = dir.filePath(u"syslog"_s);
    QFile f(syslog);
    QVERIFY(f.open(QIODevice::WriteOnly));
    const QByteArray fields = R"(apparmor="DENIED" operation="open" class="file" profile="app" name=)" + hostileName
        + R"( pid=1 comm="x" requested_mask="r" denied_mask="r" fsuid=1 ouid=0)";
    f.write("Nov 22 10:00:00 host kernel: audit: type=1400 audit(1700000000.100:1): " + fields + '\n');
    f.write("Nov 22 10:00:01 host alice: audit: type=1400 audit(1700000001.100:2): " + fields + '\n');
    f.close();
    QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));

    QProcess text;
    text.start(kArmorctl, {u"denials"_s, u"--source"_s, syslog});
    QVERIFY(text.waitForFinished(20000));
    QCOMPARE(text.exitCode(), 0);
    const QByteArray out = text.readAllStandardOutput();
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(!out.contains('\x1b') && !out.contains('\x07') && !out.contains("\xe2\x80\xae"));
    QVERIFY2(lines[0].contains(R"(/tmp/x\n2026-11-22 10:00:00 DENIED firefox open /etc/ok\e]0;owned\x07\e[2J\u202e)"),
        lines[0].constData());
    QVERIFY(!lines[0].contains("unverified"));
    QVERIFY2(lines[1].contains("[unverified"), lines[1].constData());

    QProcess json;
    json.start(kArmorctl, {u"denials"_s, u"--source"_s, syslog, u"--json"_s});
    QVERIFY(json.waitForFinished(20000));
    const QList<QByteArray> objects = json.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(objects.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(objects[0]).object().value(u"verified"_s), QJsonValue(true));
    QCOMPARE(QJsonDocument::fromJson(objects[1]).object().value(u"verified"_s), QJsonValue(false));
}

QTEST_GUILESS_MAIN(TestArmorctlDenials)
#include "tst_armorctl_denials.moc"
