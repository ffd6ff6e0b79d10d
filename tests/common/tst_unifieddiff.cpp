// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "unifieddiff.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The oracle is GNU diff -u: the same two texts must give the same hunks.
class TestUnifiedDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesGnuDiff_data();
    void matchesGnuDiff();
    void equalTexts();
};

void TestUnifiedDiff::matchesGnuDiff_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    const QString profile = u"abi <abi/4.0>,\ninclude <tunables/global>\n\nprofile foo /usr/bin/foo {\n"
                            "  include <abstractions/base>\n  /etc/foo r,\n  /var/lib/foo/** rw,\n\n"
                            "  include if exists <local/foo>\n}\n"_s;
    QTest::newRow("append a rule") << u"# local\n"_s << u"# local\n/home/u/x r,\n"_s;
    QTest::newRow("from empty") << QString() << u"/home/u/x r,\n"_s;
    QTest::newRow("to empty") << u"a\nb\n"_s << QString();
    QTest::newRow("insert include") << profile << QString(profile).replace(u"}\n"_s, u"  include <local/x>\n}\n"_s);
    QTest::newRow("change in the middle") << profile << QString(profile).replace(u"/etc/foo r"_s, u"/etc/foo rw"_s);
    QTest::newRow("two distant changes") << u"1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n"_s
                                         << u"1\nX\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\nY\n15\n"_s;
    QTest::newRow("two near changes") << u"1\n2\n3\n4\n5\n6\n7\n8\n"_s << u"1\nX\n3\n4\n5\n6\nY\n8\n"_s;
    QTest::newRow("no final newline") << u"a\nb"_s << u"a\nc"_s;
    QTest::newRow("newline added at end") << u"a\nb"_s << u"a\nb\n"_s;
    QTest::newRow("duplicates") << u"x\nx\nx\ny\nx\n"_s << u"x\ny\nx\nx\nx\n"_s;
}

void TestUnifiedDiff::matchesGnuDiff()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    const QString diff = QStandardPaths::findExecutable(u"diff"_s);
    QVERIFY2(!diff.isEmpty(), "GNU diff (diffutils) is needed as the oracle");
    QTemporaryDir dir;
    const auto write = [&](const QString &name, const QString &text) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    };
    write(u"a"_s, before);
    write(u"b"_s, after);
    QProcess p;
    p.setWorkingDirectory(dir.path());
    p.start(diff, {u"-u"_s, u"--label"_s, u"a/x"_s, u"--label"_s, u"b/x"_s, u"a"_s, u"b"_s});
    QVERIFY(p.waitForFinished());
    const QString expected = QString::fromUtf8(p.readAllStandardOutput());
    QCOMPARE(UnifiedDiff::format(before, after, u"a/x"_s, u"b/x"_s), expected);
}

void TestUnifiedDiff::equalTexts()
{
    QVERIFY(UnifiedDiff::compute(u"a\nb\n"_s, u"a\nb\n"_s).isEmpty());
    QVERIFY(UnifiedDiff::format(u"a\n"_s, u"a\n"_s, u"x"_s, u"y"_s).isEmpty());
}

QTEST_GUILESS_MAIN(TestUnifiedDiff)
#include "tst_unifieddiff.moc"
