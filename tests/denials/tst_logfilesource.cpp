// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialtestlines.h"
#include "logfilesource.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

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
    connect(&source, &DenialSource::denialsRead, this, [this](const QList<Denial> &records) {
        for (const Denial &d : records)
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

QTEST_GUILESS_MAIN(TestLogFileSource)
#include "tst_logfilesource.moc"
