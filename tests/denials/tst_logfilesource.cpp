// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialtestlines.h"
#include "logfilesource.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// Follows real files in a temporary directory through every way logs change, and checks that
// each record written is delivered exactly once.
class TestLogFileSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void appendAndPartialLine();
    void rotation();
    void truncation();
    void hostileContent();
    void startAtEnd();
    void resumeFromPosition();
    void since();
    void fileCreatedLater();
    void privilegeHint();
    void copytruncateGrownPastTheOffset();
    void oneShotKeepsTheLastLine();
    void readsAPipeToItsEnd_data();
    void readsAPipeToItsEnd();
    void refusesDevicesAndDirectories_data();
    void refusesDevicesAndDirectories();
    void longLinesAreSkippedWhole();

private:
    void append(const QByteArray &data, const QString &path = {});
    void startReading(LogFileSource &source, const DenialStart &from = DenialStart::beginning());
    // Each serial's delivery count.
    QHash<quint64, int> m_seen;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestLogFileSource::init()
{
    m_seen.clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_path = m_dir->filePath(u"kern.log"_s);
}

void TestLogFileSource::append(const QByteArray &data, const QString &path)
{
    QFile f(path.isEmpty() ? m_path : path);
    QVERIFY(f.open(QIODevice::Append));
    QCOMPARE(f.write(data), data.size());
}

void TestLogFileSource::startReading(LogFileSource &source, const DenialStart &from)
{
    connect(&source, &DenialSource::denialsRead, this, [this](const QList<AppArmorEvent> &records) {
        for (const AppArmorEvent &d : records)
            ++m_seen[d.serial];
    });
    source.start(from, true);
}

static int deliveredOnce(const QHash<quint64, int> &seen, int from, int to)
{
    int ok = 0;
    for (int i = from; i <= to; ++i)
        ok += seen.value(quint64(i)) == 1;
    return ok;
}

void TestLogFileSource::appendAndPartialLine()
{
    append(TestLines::kernLine(1) + TestLines::noiseLine(1) + TestLines::kernLine(2));
    LogFileSource source(m_path);
    QSignalSpy caughtUp(&source, &DenialSource::caughtUp);
    startReading(source);
    QTRY_COMPARE(caughtUp.size(), 1);
    QCOMPARE(source.state(), DenialSource::State::Following);
    QCOMPARE(m_seen.size(), 2);

    append(TestLines::kernLine(3));
    QTRY_COMPARE(m_seen.size(), 3);

    // A line still being written is held back until its newline arrives.
    const QByteArray line = TestLines::kernLine(4);
    append(line.first(line.size() / 2));
    QTest::qWait(150);
    QCOMPARE(m_seen.size(), 3);
    append(line.sliced(line.size() / 2));
    QTRY_COMPARE(m_seen.size(), 4);
    QCOMPARE(deliveredOnce(m_seen, 1, 4), 4);
    QCOMPARE(source.linesRead(), quint64(5));
}

void TestLogFileSource::rotation()
{
    append(TestLines::kernLine(1));
    LogFileSource source(m_path);
    startReading(source);
    QTRY_COMPARE(m_seen.size(), 1);

    // logrotate's "create": rename, the old file still written once by the logger, a new file.
    const QString rotated = m_dir->filePath(u"kern.log.1"_s);
    QVERIFY(QFile::rename(m_path, rotated));
    append(TestLines::kernLine(2), rotated);
    append(TestLines::kernLine(3) + TestLines::kernLine(4));
    QTRY_COMPARE(m_seen.size(), 4);
    append(TestLines::kernLine(5));
    QTRY_COMPARE(m_seen.size(), 5);

    // A second rotation where the old file's last line has no newline yet.
    QVERIFY(QFile::remove(rotated));
    const QByteArray six = TestLines::kernLine(6);
    append(six.first(40));
    QTest::qWait(100);
    QVERIFY(QFile::rename(m_path, rotated));
    append(six.sliced(40).chopped(1), rotated);
    append(TestLines::kernLine(7));
    QTRY_COMPARE(m_seen.size(), 7);
    QTest::qWait(100);
    QCOMPARE(deliveredOnce(m_seen, 1, 7), 7);
    QCOMPARE(m_seen.size(), 7);
}

void TestLogFileSource::truncation()
{
    append(TestLines::kernLine(1) + TestLines::kernLine(2));
    LogFileSource source(m_path);
    startReading(source);
    QTRY_COMPARE(m_seen.size(), 2);
    // copytruncate: the file is emptied in place, then written again.
    QVERIFY(QFile::resize(m_path, 0));
    append(TestLines::kernLine(3));
    QTRY_COMPARE(m_seen.size(), 3);
    append(TestLines::kernLine(4));
    QTRY_COMPARE(m_seen.size(), 4);
    QCOMPARE(deliveredOnce(m_seen, 1, 4), 4);
}

void TestLogFileSource::hostileContent()
{
    LogFileSource source(m_path);
    append({});
    QSignalSpy caughtUp(&source, &DenialSource::caughtUp);
    startReading(source);
    QTRY_COMPARE(caughtUp.size(), 1);

    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage += char((i * 131 + 7) % 256);
    garbage.replace('\n', ' ');
    // A 1 MB line that even contains "apparmor=": skipped whole, without holding it.
    QByteArray huge = "Nov 22 kernel: audit: type=1400 audit(1700000000.1:99): apparmor=\"DENIED\" name=\"";
    huge += QByteArray(1024 * 1024, 'A') + "\"\n";
    QByteArray nonUtf8 = TestLines::kernLine(3);
    nonUtf8.replace("/tmp/f3", "/tmp/\xff\xfe-caf\xe9");
    QByteArray withNul = TestLines::kernLine(50);
    withNul.replace("comm=\"cat\"", QByteArray("comm=\"c\0t\"", 10));

    append(TestLines::kernLine(1) + garbage + '\n' + TestLines::kernLine(2));
    append(huge.first(300 * 1024));
    QTest::qWait(50);
    append(huge.sliced(300 * 1024) + nonUtf8 + withNul + TestLines::kernLine(4));
    QTRY_COMPARE(m_seen.size(), 4);
    QTest::qWait(100);
    QCOMPARE(deliveredOnce(m_seen, 1, 4), 4);
    QVERIFY(!m_seen.contains(99));
    QVERIFY(!m_seen.contains(50));
}

void TestLogFileSource::startAtEnd()
{
    append(TestLines::kernLine(1) + TestLines::kernLine(2));
    LogFileSource source(m_path);
    startReading(source, DenialStart::end());
    append(TestLines::kernLine(3));
    QTRY_COMPARE(m_seen.size(), 1);
    QCOMPARE(m_seen.value(3), 1);
}

void TestLogFileSource::resumeFromPosition()
{
    append(TestLines::kernLine(1) + TestLines::kernLine(2));
    QString position;
    {
        LogFileSource source(m_path);
        startReading(source);
        QTRY_COMPARE(m_seen.size(), 2);
        position = source.position();
    }
    append(TestLines::kernLine(3));
    LogFileSource again(m_path);
    startReading(again, DenialStart::at(position));
    QTRY_COMPARE(m_seen.size(), 3);
    QCOMPARE(deliveredOnce(m_seen, 1, 3), 3);

    // A position from another file (other inode) starts at the beginning of this one.
    m_seen.clear();
    LogFileSource other(m_path);
    startReading(other, DenialStart::at(u"1:999999"_s));
    QTRY_COMPARE(m_seen.size(), 3);
}

void TestLogFileSource::since()
{
    append(TestLines::kernLine(1) + TestLines::kernLine(2) + TestLines::kernLine(3));
    LogFileSource source(m_path);
    startReading(source, DenialStart::since((TestLines::BaseEpoch + 2) * 1000));
    QTRY_COMPARE(m_seen.size(), 2);
    QVERIFY(!m_seen.contains(1));
}

void TestLogFileSource::fileCreatedLater()
{
    LogFileSource source(m_path);
    startReading(source);
    QCOMPARE(source.state(), DenialSource::State::Following);
    append(TestLines::kernLine(1));
    QTRY_COMPARE(m_seen.size(), 1);
}

void TestLogFileSource::privilegeHint()
{
    append(TestLines::kernLine(1));
    QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0600) == 0);
    QVERIFY2(LogAccess::fileHint(m_path).contains(u"root only"_s), qPrintable(LogAccess::fileHint(m_path)));
    QVERIFY(::chmod(QFile::encodeName(m_path).constData(), 0640) == 0);
    QVERIFY2(LogAccess::fileHint(m_path).contains(u"group"_s), qPrintable(LogAccess::fileHint(m_path)));
}

void TestLogFileSource::copytruncateGrownPastTheOffset()
{
    // 40 records read; then copytruncate, and 40 longer records written before the reader
    // looks again: the file is larger than the old offset, and all 40 are new.
    QByteArray before;
    for (int i = 1; i <= 40; ++i)
        before += TestLines::kernLine(i);
    append(before);
    LogFileSource source(m_path);
    QSignalSpy caughtUp(&source, &DenialSource::caughtUp);
    startReading(source);
    QCOMPARE(caughtUp.size(), 1); // read synchronously: start() ends caught up
    QCOMPARE(m_seen.size(), 40);
    QVERIFY(QFile::resize(m_path, 0));
    QByteArray after;
    for (int i = 101; i <= 140; ++i)
        after += TestLines::kernLine(i, "a-longer-profile-name");
    QVERIFY(after.size() > before.size());
    append(after);
    source.poll(); // what the inotify event would trigger, without waiting for it
    QCOMPARE(deliveredOnce(m_seen, 101, 140), 40);
    QCOMPARE(deliveredOnce(m_seen, 1, 40), 40);
    // The queued inotify events find nothing new.
    QCoreApplication::processEvents();
    source.poll();
    QCOMPARE(m_seen.size(), 80);
    QCOMPARE(deliveredOnce(m_seen, 101, 140), 40);
}

void TestLogFileSource::oneShotKeepsTheLastLine()
{
    // Not followed, the last line needs no newline (three cases of AppArmor's own corpus).
    QByteArray last = TestLines::kernLine(2);
    last.chop(1);
    append(TestLines::kernLine(1) + last);
    QString error;
    const QList<AppArmorEvent> records = LogFileSource::readAll(m_path, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.last().serial, quint64(2));
}

void TestLogFileSource::readsAPipeToItsEnd_data()
{
    QTest::addColumn<bool>("fifo");
    QTest::newRow("pipe (<(cat log), /dev/stdin)") << false;
    QTest::newRow("named FIFO") << true;
}

void TestLogFileSource::readsAPipeToItsEnd()
{
    QFETCH(bool, fifo);
    QByteArray all;
    for (int i = 1; i <= 1000; ++i)
        all += TestLines::kernLine(i) + TestLines::noiseLine(i);
    all.chop(1); // and the last line without its newline
    int fds[2] = {-1, -1};
    QString path;
    if (fifo) {
        path = m_dir->filePath(u"fifo"_s);
        QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    } else {
        QCOMPARE(::pipe(fds), 0);
        path = u"/dev/fd/%1"_s.arg(fds[0]);
    }
    // The writer pauses between pieces, so the reader finds the pipe empty many times.
    const pid_t child = ::fork();
    if (child == 0) {
        const int out = fifo ? ::open(QFile::encodeName(path).constData(), O_WRONLY) : fds[1];
        for (qsizetype pos = 0; pos < all.size(); pos += 4000) {
            const QByteArray part = all.mid(pos, 4000);
            if (::write(out, part.constData(), size_t(part.size())) != part.size())
                ::_exit(1);
            ::usleep(300);
        }
        ::_exit(0);
    }
    if (!fifo)
        ::close(fds[1]);
    QString error;
    const QList<AppArmorEvent> records = LogFileSource::readAll(path, &error);
    if (!fifo)
        ::close(fds[0]);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QCOMPARE(status, 0);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.size(), 1000);
    QCOMPARE(records.last().serial, quint64(1000));
}

void TestLogFileSource::refusesDevicesAndDirectories_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("reason");
    QTest::newRow("/dev/zero") << u"/dev/zero"_s << u"a device"_s;
    QTest::newRow("directory") << u"."_s << u"a directory"_s;
}

void TestLogFileSource::refusesDevicesAndDirectories()
{
    QFETCH(QString, target);
    QFETCH(QString, reason);
    // A symlink in place of the log, as a sandbox root or a careless rotation could leave.
    QVERIFY(QFile::link(target == u"." ? m_dir->path() : target, m_path));
    for (bool follow : {false, true}) {
        LogFileSource source(m_path);
        source.start(DenialStart::beginning(), follow);
        QCOMPARE(source.state(), DenialSource::State::Failed);
        QVERIFY2(source.message().contains(reason), qPrintable(source.message()));
    }
    QString error;
    QVERIFY(LogFileSource::readAll(m_path, &error).isEmpty());
    QVERIFY(error.contains(reason));
}

void TestLogFileSource::longLinesAreSkippedWhole()
{
    // A record longer than the cap whose tail (past 16 KiB) is itself a valid record: neither
    // is delivered, and the line counts once.
    QByteArray longLine = "Nov 22 x " + QByteArray(DenialParser::MaxLineLength - 8, 'x');
    longLine += TestLines::kernLine(7);
    append(TestLines::kernLine(1) + longLine + TestLines::kernLine(2));
    QString error;
    const QList<AppArmorEvent> records = LogFileSource::readAll(m_path, &error);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records[0].serial, quint64(1));
    QCOMPARE(records[1].serial, quint64(2));
}

QTEST_GUILESS_MAIN(TestLogFileSource)
#include "tst_logfilesource.moc"
