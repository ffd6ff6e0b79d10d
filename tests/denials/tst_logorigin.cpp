// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialtestlines.h"
#include "logfilesource.h"
#include "logorigin.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// Which records count as genuine, read by LogFileSource from real files: audit.log, kern.log
// and the kernel's lines of syslog do; a logger line in syslog (a forged cupsd denial of
// /etc/shadow), a file of any other name, and a system log's name on a file others may write,
// do not.
class TestLogOrigin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void kernelSyslogLine_data();
    void kernelSyslogLine();
    void files_data();
    void files();
    void journalFields();
    void helperLines_data();
    void helperLines();
    void reasons();

private:
    // The records LogFileSource delivers from path, read to its end.
    QList<AppArmorEvent> read(const QString &path);
    QString write(const QString &name, const QByteArray &content, mode_t mode = 0640);
    std::unique_ptr<QTemporaryDir> m_dir;
};

// What a local user gets into syslog with
//   logger -t cupsd 'audit(...): apparmor="DENIED" ... profile="/usr/sbin/cupsd" name="/etc/shadow" ...'
// (or with the tag of their choice): the record parses, and must not pass for the kernel's.
static const QByteArray forgedCupsd
    = "Nov 22 10:00:01 host cupsd: audit: type=1400 audit(1700000001.100:77): apparmor=\"DENIED\" operation=\"open\" "
      "class=\"file\" profile=\"/usr/sbin/cupsd\" name=\"/etc/shadow\" pid=999 comm=\"cupsd\" requested_mask=\"r\" "
      "denied_mask=\"r\" fsuid=0 ouid=0\n";
static const QByteArray forgedNoTag
    = "Nov 22 10:00:01 host alice[4242]: audit(1700000001.100:78): " + TestLines::fields(78, "/usr/sbin/cupsd") + '\n';

void TestLogOrigin::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestLogOrigin::write(const QString &name, const QByteArray &content, mode_t mode)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    f.close();
    ::chmod(QFile::encodeName(path).constData(), mode);
    return path;
}

QList<AppArmorEvent> TestLogOrigin::read(const QString &path)
{
    QList<AppArmorEvent> out;
    LogFileSource source(path);
    QSignalSpy caughtUp(&source, &DenialSource::caughtUp);
    connect(&source, &DenialSource::denialsRead, this, [&out](const QList<AppArmorEvent> &records) {
        out += records;
    });
    source.start(DenialStart::beginning(), false);
    if (caughtUp.isEmpty())
        caughtUp.wait(5000);
    return out;
}

void TestLogOrigin::kernelSyslogLine_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<bool>("kernel");
    QTest::newRow("kernel, stamp") << TestLines::kernLine(1).chopped(1) << true;
    QTest::newRow("kernel, RFC 3339 time")
        << QByteArray("2026-11-22T10:00:00.123456+00:00 host kernel: audit: x") << true;
    QTest::newRow("kernel, no stamp") << QByteArray("Nov  2 10:00:00 host kernel: audit: type=1400 x") << true;
    QTest::newRow("logger tag") << forgedCupsd.chopped(1) << false;
    QTest::newRow("user with pid") << forgedNoTag.chopped(1) << false;
    QTest::newRow("kernel: inside the message") << QByteArray("Nov 22 10:00:00 host app: kernel: audit: x") << false;
    QTest::newRow("tag kernelx") << QByteArray("Nov 22 10:00:00 host kernelx: audit: x") << false;
    QTest::newRow("no header") << QByteArray("kernel: audit: x") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestLogOrigin::kernelSyslogLine()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, kernel);
    QCOMPARE(LogOrigin::isKernelSyslogLine(line), kernel);
}

void TestLogOrigin::files_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("mode");
    QTest::addColumn<QList<bool>>("verified"); // per record: kernel line, forged cupsd, forged untagged
    const QList<bool> all{true, true, true};
    const QList<bool> none{false, false, false};
    QTest::newRow("syslog: only the kernel's line") << u"syslog"_s << 0640 << QList<bool>{true, false, false};
    QTest::newRow("messages, rotated") << u"messages-20261122"_s << 0640 << QList<bool>{true, false, false};
    QTest::newRow("syslog.1") << u"syslog.1"_s << 0640 << QList<bool>{true, false, false};
    QTest::newRow("kern.log: the kernel facility") << u"kern.log"_s << 0640 << all;
    QTest::newRow("audit.log") << u"audit.log"_s << 0600 << all;
    QTest::newRow("another name") << u"kern.log.txt"_s << 0640 << none;
    QTest::newRow("syslog others may write") << u"syslog"_s << 0666 << none;
    QTest::newRow("kern.log its group may write") << u"kern.log"_s << 0660 << none;
}

void TestLogOrigin::files()
{
    QFETCH(QString, name);
    QFETCH(int, mode);
    QFETCH(QList<bool>, verified);
    QVERIFY2(::geteuid() == 0, "the files must belong to root, as system logs do");
    const QString path = write(name, TestLines::kernLine(5) + forgedCupsd + forgedNoTag, mode_t(mode));
    QVERIFY(!path.isEmpty());
    const QList<AppArmorEvent> records = read(path);
    QCOMPARE(records.size(), 3);
    for (int i = 0; i < 3; ++i)
        QVERIFY2(records[i].isVerified() == verified[i], qPrintable(u"record %1"_s.arg(i)));
    // The forged cupsd denial of /etc/shadow parses like a real one: only its origin tells.
    QCOMPARE(records[1].name, u"/etc/shadow"_s);
    QCOMPARE(records[1].profile, u"/usr/sbin/cupsd"_s);
    if (!verified[1])
        QVERIFY(!LogOrigin::unverifiedReason(records[1]).isEmpty());
}

void TestLogOrigin::journalFields()
{
    using O = AppArmorEvent::Origin;
    QCOMPARE(LogOrigin::originOfJournalEntry("kernel", "", ""), O::Kernel);
    QCOMPARE(LogOrigin::originOfJournalEntry("audit", "", ""), O::Audit);
    // Anyone may claim SYSLOG_IDENTIFIER=dbus-daemon, or name a process dbus-daemon; only the
    // bus user's dbus-daemon is the bus daemon.
    QCOMPARE(LogOrigin::originOfJournalEntry("syslog", "logger", "1000"), O::OtherProcess);
    QCOMPARE(LogOrigin::originOfJournalEntry("syslog", "dbus-daemon", "1000"), O::OtherProcess);
    QCOMPARE(LogOrigin::originOfJournalEntry("stdout", "dbus-daemon", ""), O::OtherProcess);
}

void TestLogOrigin::reasons()
{
    AppArmorEvent d;
    for (const AppArmorEvent::Origin o :
        {AppArmorEvent::Origin::Unknown, AppArmorEvent::Origin::OtherProcess, AppArmorEvent::Origin::OtherFile}) {
        d.origin = o;
        QVERIFY(!d.isVerified());
        QVERIFY(!LogOrigin::unverifiedReason(d).isEmpty());
    }
    for (const AppArmorEvent::Origin o :
        {AppArmorEvent::Origin::Kernel, AppArmorEvent::Origin::Audit, AppArmorEvent::Origin::BusDaemon}) {
        d.origin = o;
        QVERIFY(d.isVerified());
        QVERIFY(LogOrigin::unverifiedReason(d).isEmpty());
    }
}

// Lines armorer-helper returned: the kernel's syslog form and audit.log's are genuine; any other
// line (which the helper should never send) is not.
void TestLogOrigin::helperLines_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::addColumn<int>("origin");
    const QByteArray body = "type=1400 audit(1763805600.123:41): apparmor=\"DENIED\" operation=\"open\"";
    QTest::newRow("kern.log") << QByteArray("Nov 22 10:00:00 host kernel: [  100.000001] audit: " + body)
                              << int(AppArmorEvent::Origin::Kernel);
    QTest::newRow("rfc 3339") << QByteArray("2026-11-22T10:00:00.000000+00:00 host kernel: audit: " + body)
                              << int(AppArmorEvent::Origin::Kernel);
    QTest::newRow("audit.log") << QByteArray("type=AVC msg=audit(1763805600.123:41): apparmor=\"DENIED\"")
                               << int(AppArmorEvent::Origin::Audit);
    QTest::newRow("logger") << QByteArray("Nov 22 10:00:00 host cupsd: audit: " + body)
                            << int(AppArmorEvent::Origin::OtherProcess);
    QTest::newRow("bare") << QByteArray("audit: " + body) << int(AppArmorEvent::Origin::OtherProcess);
}

void TestLogOrigin::helperLines()
{
    QFETCH(QByteArray, line);
    QFETCH(int, origin);
    QCOMPARE(int(LogOrigin::originOfHelperLine(line)), origin);
}

QTEST_GUILESS_MAIN(TestLogOrigin)
#include "tst_logorigin.moc"
