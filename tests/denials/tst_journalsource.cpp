// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialtestlines.h"
#include "journalsource.h"
#include "sourceselector.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>

using namespace Qt::StringLiterals;

// Real journal files, written by systemd-journal-remote from journal export format, read back
// through JournalSource while more entries are appended.
class TestJournalSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void readAndFollow();
    void resumeFromCursor();
    void selectorPrefersTheJournalWithRecords();
    void onlyTrustedFieldsVerify();

private:
    // Appends entries for serials [from, to] (kernel and audit transports alternating, plus
    // noise and a dbus-daemon line) to the journal file.
    void writeEntries(int from, int to);
    void watch(JournalSource &source);
    QTemporaryDir m_dir;
    QString m_journalDir;
    QHash<quint64, int> m_seen;
    int m_entryNumber = 0;
};

static const QString kRemote = u"/usr/lib/systemd/systemd-journal-remote"_s;

void TestJournalSource::initTestCase()
{
    QVERIFY2(QFile::exists(kRemote), "systemd-journal-remote is not installed (package systemd-journal-remote)");
    m_journalDir = m_dir.filePath(u"var/log/journal"_s);
    QVERIFY(QDir().mkpath(m_journalDir));
}

static void exportField(QByteArray &out, const QByteArray &name, const QByteArray &value)
{
    out += name + '=' + value + '\n';
}

void TestJournalSource::writeEntries(int from, int to)
{
    QByteArray exported;
    const auto entry = [&](const QList<std::pair<QByteArray, QByteArray>> &fields) {
        ++m_entryNumber;
        const qint64 usec = (TestLines::BaseEpoch + m_entryNumber) * 1000000LL;
        exportField(exported, "__REALTIME_TIMESTAMP", QByteArray::number(usec));
        exportField(exported, "__MONOTONIC_TIMESTAMP", QByteArray::number(m_entryNumber * 1000000LL));
        exportField(exported, "_BOOT_ID", "0123456789abcdef0123456789abcdef");
        exportField(exported, "_MACHINE_ID", "fedcba9876543210fedcba9876543210");
        exportField(exported, "_HOSTNAME", "testhost");
        for (const auto &[name, value] : fields)
            exportField(exported, name, value);
        exported += '\n';
    };
    for (int n = from; n <= to; ++n) {
        if (n % 2) {
            entry({{"_TRANSPORT", "kernel"},
                {"MESSAGE",
                    "audit: type=1400 audit(" + QByteArray::number(TestLines::BaseEpoch + n)
                        + ".500:" + QByteArray::number(n) + "): " + TestLines::fields(n)}});
        } else {
            entry({{"_TRANSPORT", "audit"}, {"_AUDIT_TYPE", "1400"}, {"_AUDIT_ID", QByteArray::number(n)},
                {"_SOURCE_REALTIME_TIMESTAMP", QByteArray::number((TestLines::BaseEpoch + n) * 1000000LL + 250000)},
                {"MESSAGE", TestLines::fields(n, "audited")}});
        }
        entry({{"_TRANSPORT", "kernel"}, {"MESSAGE", "usb 1-1: new high-speed USB device"}});
        entry({{"_TRANSPORT", "syslog"}, {"SYSLOG_IDENTIFIER", "sshd"}, {"MESSAGE", "apparmor= is not for us"}});
    }
    QProcess remote;
    remote.start(kRemote,
        {u"--split-mode=none"_s, u"--compress=no"_s, u"--output="_s + m_journalDir + u"/remote.journal"_s, u"-"_s});
    QVERIFY(remote.waitForStarted());
    remote.write(exported);
    remote.closeWriteChannel();
    QVERIFY(remote.waitForFinished(20000));
    QVERIFY2(remote.exitCode() == 0, remote.readAllStandardError().constData());
}

void TestJournalSource::watch(JournalSource &source)
{
    connect(&source, &DenialSource::denialsRead, this, [this](const QList<AppArmorEvent> &records) {
        for (const AppArmorEvent &d : records) {
            ++m_seen[d.serial];
            // Both transports give the record its own time, to the millisecond.
            QCOMPARE(d.epochMs / 1000, TestLines::BaseEpoch + qint64(d.serial));
            QCOMPARE(d.epochMs % 1000, qint64(d.serial % 2 ? 500 : 250));
            QCOMPARE(d.profile, d.serial % 2 ? u"firefox"_s : u"audited"_s);
            QCOMPARE(d.kind, AppArmorEvent::Kind::Denied);
        }
    });
}

void TestJournalSource::readAndFollow()
{
    m_seen.clear();
    writeEntries(1, 4);
    JournalSource source(m_journalDir);
    QSignalSpy caughtUp(&source, &DenialSource::caughtUp);
    watch(source);
    source.start(DenialStart::beginning(), true);
    QTRY_COMPARE(caughtUp.size(), 1);
    QCOMPARE(m_seen.size(), 4);
    QCOMPARE(source.state(), DenialSource::State::Following);
    QVERIFY(!source.position().isEmpty());

    // Appended while the source follows.
    writeEntries(5, 9);
    QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), 9, 10000);
    writeEntries(10, 10);
    QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), 10, 10000);
    for (int i = 1; i <= 10; ++i)
        QCOMPARE(m_seen.value(quint64(i)), 1);
    QCOMPARE(source.recordsRead(), quint64(10));
}

void TestJournalSource::resumeFromCursor()
{
    QString cursor;
    {
        JournalSource source(m_journalDir);
        QSignalSpy caughtUp(&source, &DenialSource::caughtUp);
        source.start(DenialStart::beginning(), false);
        QTRY_COMPARE(caughtUp.size(), 1);
        cursor = source.position();
    }
    m_seen.clear();
    writeEntries(11, 12);
    JournalSource source(m_journalDir);
    watch(source);
    QSignalSpy caughtUp(&source, &DenialSource::caughtUp);
    source.start(DenialStart::at(cursor), true);
    QTRY_COMPARE(caughtUp.size(), 1);
    QCOMPARE(m_seen.keys().size(), 2);
    QCOMPARE(m_seen.value(11), 1);
    QCOMPARE(m_seen.value(12), 1);

    // Starting at the end delivers only what comes later.
    source.stop();
    m_seen.clear();
    JournalSource atEnd(m_journalDir);
    watch(atEnd);
    atEnd.start(DenialStart::end(), true);
    writeEntries(13, 13);
    QTRY_COMPARE_WITH_TIMEOUT(m_seen.size(), 1, 10000);
    QCOMPARE(m_seen.value(13), 1);
}

void TestJournalSource::selectorPrefersTheJournalWithRecords()
{
    // A sandbox root whose kern.log has no AppArmor records but whose journal does.
    const QString root = m_dir.path();
    QVERIFY(QDir().mkpath(root + u"/var/log"_s));
    QFile kern(root + u"/var/log/kern.log"_s);
    QVERIFY(kern.open(QIODevice::WriteOnly));
    kern.write(TestLines::noiseLine(1));
    kern.close();
    const SourceSelector::Choice choice = SourceSelector(SystemRoot::fromDirectory(root)).choose();
    QCOMPARE(choice.kind, SourceSelector::Choice::Kind::Journal);
    QVERIFY2(choice.reason.contains(u"AppArmor record"_s), qPrintable(choice.reason));

    const SourceSelector::Choice forced = SourceSelector(SystemRoot::fromDirectory(root)).choose(u"kern"_s);
    QCOMPARE(forced.kind, SourceSelector::Choice::Kind::File);
    QCOMPARE(forced.path, root + u"/var/log/kern.log"_s);
    QVERIFY(forced.reason.contains(u"requested"_s));
}

// Issue 12: the kernel and audit transports, and dbus-daemon known by the fields journald sets
// itself (_COMM, and _UID of the bus user), are genuine; SYSLOG_IDENTIFIER is the sender's
// choice, and a process anyone runs may call itself dbus-daemon.
void TestJournalSource::onlyTrustedFieldsVerify()
{
    const passwd *bus = ::getpwnam("messagebus");
    QVERIFY2(bus, "the system bus user messagebus is missing (package dbus)");
    const QByteArray busUid = QByteArray::number(bus->pw_uid);
    QTemporaryDir dir;
    QByteArray exported;
    int number = 0;
    const auto entry = [&](int serial, const QList<std::pair<QByteArray, QByteArray>> &fields) {
        ++number;
        exportField(exported, "__REALTIME_TIMESTAMP", QByteArray::number((TestLines::BaseEpoch + number) * 1000000LL));
        exportField(exported, "__MONOTONIC_TIMESTAMP", QByteArray::number(number * 1000000LL));
        exportField(exported, "_BOOT_ID", "0123456789abcdef0123456789abcdef");
        exportField(exported, "_MACHINE_ID", "fedcba9876543210fedcba9876543210");
        exportField(exported, "_HOSTNAME", "testhost");
        for (const auto &[name, value] : fields)
            exportField(exported, name, value);
        exportField(exported, "MESSAGE",
            "audit: type=1400 audit(" + QByteArray::number(TestLines::BaseEpoch + serial)
                + ".500:" + QByteArray::number(serial) + "): " + TestLines::fields(serial, "/usr/sbin/cupsd"));
        exported += '\n';
    };
    entry(1, {{"_TRANSPORT", "kernel"}});
    entry(2,
        {{"_TRANSPORT", "syslog"}, {"SYSLOG_IDENTIFIER", "dbus-daemon"}, {"_COMM", "dbus-daemon"}, {"_UID", busUid}});
    // logger -t dbus-daemon, by user 1000
    entry(3, {{"_TRANSPORT", "syslog"}, {"SYSLOG_IDENTIFIER", "dbus-daemon"}, {"_COMM", "logger"}, {"_UID", "1000"}});
    // a copy of dbus-daemon (or prctl) run by user 1000
    entry(4, {{"_TRANSPORT", "journal"}, {"_COMM", "dbus-daemon"}, {"_UID", "1000"}});
    // logger -t cupsd: not a place AppArmor records come from at all
    entry(5, {{"_TRANSPORT", "syslog"}, {"SYSLOG_IDENTIFIER", "cupsd"}, {"_COMM", "logger"}, {"_UID", "1000"}});
    QProcess remote;
    remote.start(
        kRemote, {u"--split-mode=none"_s, u"--compress=no"_s, u"--output="_s + dir.path() + u"/t.journal"_s, u"-"_s});
    QVERIFY(remote.waitForStarted());
    remote.write(exported);
    remote.closeWriteChannel();
    QVERIFY(remote.waitForFinished(20000));
    QVERIFY2(remote.exitCode() == 0, remote.readAllStandardError().constData());

    JournalSource source(dir.path());
    QSignalSpy caughtUp(&source, &DenialSource::caughtUp);
    QHash<quint64, bool> verified;
    connect(&source, &DenialSource::denialsRead, this, [&verified](const QList<AppArmorEvent> &records) {
        for (const AppArmorEvent &d : records)
            verified.insert(d.serial, d.isVerified());
    });
    source.start(DenialStart::beginning(), false);
    QTRY_COMPARE(caughtUp.size(), 1);
    const QHash<quint64, bool> expected{{1, true}, {2, true}, {3, false}, {4, false}};
    QCOMPARE(verified, expected);
}

QTEST_GUILESS_MAIN(TestJournalSource)
#include "tst_journalsource.moc"
