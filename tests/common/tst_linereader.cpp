// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "linereader.h"
#include "linereaderoracle.h"

#include <QRandomGenerator>
#include <QTest>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

// The one line reader: the same lines whatever the chunks, over-long lines skipped whole
// (never their tail taken for a line), and a final line without a newline kept at the end.
class TestLineReader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lines_data();
    void lines();
    void matchesASplitWhateverTheChunks();
    void holdsNoMoreThanTheCap();
    void pendingUntilTheNewline();
    void readsAPipeToItsEnd();
};

namespace {
using Expected = LineReaderOracle::Lines;

Expected reference(const QByteArray &input, qsizetype max)
{
    return LineReaderOracle::split(input, max);
}

// Feeds input in the given chunk sizes (cycled), reading with next() or nextBlock().
Expected read(const QByteArray &input, qsizetype max, const QList<int> &chunks, bool blocks)
{
    bool consistent = true;
    const Expected e = LineReaderOracle::read(
        input, max,
        [&chunks](qsizetype i) {
            return qsizetype(chunks[i % chunks.size()]);
        },
        blocks, &consistent);
    if (!consistent)
        qFatal("consumed() + pending() differs from the bytes appended");
    return e;
}
} // namespace

void TestLineReader::lines_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QByteArray>>("expected");
    QTest::addColumn<int>("skipped");
    const qsizetype max = 16;
    const QByteArray atCap(max, 'a');
    const QByteArray overCap(max + 1, 'b');
    QTest::newRow("empty") << QByteArray() << QList<QByteArray>{} << 0;
    QTest::newRow("one line") << "x\n"_ba << QList<QByteArray>{"x"} << 0;
    QTest::newRow("empty lines") << "\n\nx\n"_ba << QList<QByteArray>{"", "", "x"} << 0;
    QTest::newRow("last line without newline") << "x\ny"_ba << QList<QByteArray>{"x", "y"} << 0;
    QTest::newRow("exactly the cap") << atCap + '\n' << QList<QByteArray>{atCap} << 0;
    // The tail of an over-long line is not a line of its own (readLine(cap + 1) made it one).
    QTest::newRow("one over the cap") << overCap + "\nz\n" << QList<QByteArray>{"z"} << 1;
    QTest::newRow("far over the cap, in the middle") << "x\n" + QByteArray(1000, 'c') + "tail\ny\n"
                                                     << QList<QByteArray>{"x", "y"} << 1;
    QTest::newRow("over the cap without newline") << "x\n" + overCap << QList<QByteArray>{"x"} << 1;
    QTest::newRow("CR stays") << "x\r\n"_ba << QList<QByteArray>{"x\r"} << 0;
    QTest::newRow("NUL stays") << QByteArray("a\0b\n", 4) << QList<QByteArray>{QByteArray("a\0b", 3)} << 0;
}

void TestLineReader::lines()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QByteArray>, expected);
    QFETCH(int, skipped);
    for (const QList<int> &chunks : QList<QList<int>>{{1}, {3}, {7, 1}, {1 << 20}}) {
        for (bool blocks : {false, true}) {
            const Expected got = read(input, 16, chunks, blocks);
            QCOMPARE(got.lines, expected);
            QCOMPARE(got.skipped, quint64(skipped));
            QCOMPARE(got.total, quint64(expected.size() + skipped));
        }
    }
}

// The property: for random inputs (short and over-long lines, NULs, no final newline) cut into
// random chunks, the lines are those of a plain split, with both ways of reading.
void TestLineReader::matchesASplitWhateverTheChunks()
{
    QRandomGenerator rng(20261203);
    for (int round = 0; round < 2000; ++round) {
        const qsizetype max = 1 + rng.bounded(40);
        QByteArray input;
        const int lines = rng.bounded(12);
        for (int i = 0; i < lines; ++i) {
            const int length = rng.bounded(3) == 0 ? max + rng.bounded(3 * int(max)) : rng.bounded(int(max) + 1);
            for (int k = 0; k < length; ++k)
                input += char(rng.bounded(8) == 0 ? '\0' : 'a' + rng.bounded(26));
            if (i + 1 < lines || rng.bounded(2))
                input += '\n';
        }
        QList<int> chunks;
        for (int i = 0; i < 5; ++i)
            chunks.append(1 + rng.bounded(int(2 * max + 2)));
        const Expected want = reference(input, max);
        for (bool blocks : {false, true}) {
            const Expected got = read(input, max, chunks, blocks);
            QVERIFY2(got.lines == want.lines, qPrintable(u"round %1"_s.arg(round)));
            QCOMPARE(got.skipped, want.skipped);
            QCOMPARE(got.total, want.total);
        }
    }
}

void TestLineReader::holdsNoMoreThanTheCap()
{
    // 64 MiB without a newline in 64 KiB chunks, then a line: skipped whole, counted once.
    LineReader reader(16 * 1024);
    const QByteArray chunk(64 * 1024, 'x');
    QByteArrayView line;
    for (int i = 0; i < 1024; ++i) {
        reader.append(chunk);
        QVERIFY(!reader.next(&line));
    }
    reader.append("\nafter\n");
    QVERIFY(reader.next(&line));
    QCOMPARE(line, "after");
    QCOMPARE(reader.skipped(), quint64(1));
    QCOMPARE(reader.pending(), 0);
}

void TestLineReader::pendingUntilTheNewline()
{
    LineReader reader(100);
    QByteArrayView line;
    reader.append("first\nsec");
    QVERIFY(reader.next(&line));
    QCOMPARE(line, "first");
    QVERIFY(!reader.next(&line));
    QCOMPARE(reader.consumed(), 6);
    QCOMPARE(reader.pending(), 3);
    reader.append("ond\n");
    QVERIFY(reader.next(&line));
    QCOMPARE(line, "second");
    reader.reset();
    QCOMPARE(reader.pending(), 0);
    QCOMPARE(reader.lines(), quint64(2));
}

void TestLineReader::readsAPipeToItsEnd()
{
    // A real pipe, non-blocking, whose writer pauses: EAGAIN is not the end.
    int fds[2];
    QCOMPARE(::pipe2(fds, O_NONBLOCK), 0);
    QByteArray all;
    for (int i = 0; i < 2000; ++i)
        all += "line " + QByteArray::number(i) + '\n';
    all += "last without newline";
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(fds[0]);
        ::fcntl(fds[1], F_SETFL, 0);
        for (qsizetype pos = 0; pos < all.size(); pos += 1000) {
            const QByteArray part = all.mid(pos, 1000);
            if (::write(fds[1], part.constData(), size_t(part.size())) < 0)
                ::_exit(1);
            ::usleep(200);
        }
        ::_exit(0);
    }
    ::close(fds[1]);
    QList<QByteArray> lines;
    QString error;
    QVERIFY(LineReader::readAll(
        fds[0], 1024,
        [&](QByteArrayView l) {
            lines.append(l.toByteArray());
        },
        &error));
    ::close(fds[0]);
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QCOMPARE(status, 0);
    QCOMPARE(lines.size(), 2001);
    QCOMPARE(lines.first(), "line 0");
    QCOMPARE(lines.last(), "last without newline");
}

QTEST_GUILESS_MAIN(TestLineReader)
#include "tst_linereader.moc"
