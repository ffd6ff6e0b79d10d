// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "apparmorquoting.h"
#include "config.h"
#include "hostilename.h"
#include "localname.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Literal paths against AppArmor's own parser. Each exact rule must compile, and the parser's
// expression tree for it (apparmor_parser -D rule-exprs) must be the plain string of that one
// name: a tree of literal characters only matches that name, so it covers it and no other.
// Any glob, variable, alternation or extra rule a hostile name sneaked in would show up as a
// tree that differs (or as one rule too many).
class TestPathEscaping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void literalPath_data();
    void literalPath();
    void randomNamesStayLiteral();

private:
    static QString randomName(QRandomGenerator &rng);
    // How the parser prints a tree of literal characters (expr-tree.cc, operator<< on uchar);
    // a trailing backslash is written as the class [\\], printed "[\]".
    static QByteArray printedLiteral(const QByteArray &bytes);
};

void TestPathEscaping::literalPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("token");
    QTest::newRow("plain") << u"/etc/passwd"_s << u"/etc/passwd"_s;
    QTest::newRow("space is quoted") << u"/tmp/does not exist"_s << u"\"/tmp/does not exist\""_s;
    QTest::newRow("glob characters") << u"/a*b?c[d]e{f}g^h!i"_s << u"\"/a\\*b\\?c\\[d\\]e\\{f\\}g\\^h\\!i\""_s;
    QTest::newRow("double star") << u"/x/**"_s << u"\"/x/\\*\\*\""_s;
    QTest::newRow("variable") << u"/home/@{HOME}"_s << u"\"/home/@\\{HOME\\}\""_s;
    QTest::newRow("backslash") << u"/a\\b"_s << u"\"/a\\\\b\""_s;
    QTest::newRow("quote") << u"/a\"b"_s << u"\"/a\\\"b\""_s;
    QTest::newRow("comma ends no rule") << u"/a, /** rw"_s << u"\"/a, /\\*\\* rw\""_s;
    QTest::newRow("trailing backslash") << u"/t/\\"_s << u"\"/t/[\\\\]\""_s;
    QTest::newRow("newline") << u"/a\n  /** rw,"_s << u"\"/a\\012  /\\*\\* rw,\""_s;
    QTest::newRow("hash") << u"/a#b"_s << u"\"/a#b\""_s;
    QTest::newRow("utf-8") << u"/home/zoë"_s << u"\"/home/zoë\""_s;
    QTest::newRow("parenthesis") << u"/dev/shm/test(me"_s << u"/dev/shm/test(me"_s;
    QTest::newRow("byte that is not UTF-8")
        << LocalName::decode("/srv/caf\xe9/menu.txt") << u"\"/srv/caf\\351/menu.txt\""_s;
}

void TestPathEscaping::literalPath()
{
    QFETCH(QString, path);
    QFETCH(QString, token);
    QCOMPARE(AppArmorQuoting::literalPath(path), token);
}

// Now and then with a byte that is not UTF-8 (as LocalName keeps it), which must reach the
// rule as that byte (an octal escape), not as U+FFFD.
QString TestPathEscaping::randomName(QRandomGenerator &rng)
{
    QString name = HostileName::random(rng);
    if (rng.bounded(5) == 0)
        name.insert(qsizetype(rng.bounded(name.size() + 1)), QChar(char16_t(0xDC80 + rng.bounded(128))));
    return name;
}

QByteArray TestPathEscaping::printedLiteral(const QByteArray &bytes)
{
    static const QByteArray search("\a\033\f\n\r\t|*+[](). ");
    static const QByteArray replace("aefnrt|*+[](). ");
    QByteArray out;
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        const qsizetype at = search.indexOf(ch);
        if (c != 0 && at >= 0) {
            out += '\\';
            out += replace.at(at);
        } else if (c < 32 || c >= 127) {
            out += "\\x" + QByteArray::number(c, 16);
        } else {
            out += ch;
        }
    }
    if (out.endsWith('\\'))
        out = out.chopped(1) + "[\\]";
    return out;
}

void TestPathEscaping::randomNamesStayLiteral()
{
    constexpr int NameCount = 10000;
    constexpr int Batch = 1000;
    QRandomGenerator rng(20261122);
    QList<QByteArray> paths;
    QSet<QByteArray> printed;
    while (paths.size() < NameCount) {
        const QByteArray path = LocalName::encode(QString(u"/t/"_s + randomName(rng)));
        // Distinct names whose printed trees are distinct too, so the comparison is exact.
        if (printed.contains(printedLiteral(path)))
            continue;
        printed.insert(printedLiteral(path));
        paths.append(path);
    }

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    int compiled = 0;
    for (int start = 0; start < NameCount; start += Batch) {
        QByteArray profile = "profile prop {\n";
        QList<QByteArray> expected;
        for (int i = start; i < start + Batch; ++i) {
            profile += "  " + AppArmorQuoting::literalPath(LocalName::decode(paths[i])).toUtf8() + " r,\n";
            expected.append(printedLiteral(paths[i]));
        }
        profile += "}\n";
        const QString file = dir.filePath(u"prop%1"_s.arg(start));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(profile);
        f.close();

        QProcess parser;
        parser.setProcessChannelMode(QProcess::MergedChannels);
        parser.start(QStringLiteral(ARMORER_APPARMOR_PARSER), {u"-QK"_s, u"-D"_s, u"rule-exprs"_s, file});
        QVERIFY(parser.waitForFinished(120000));
        const QByteArray output = parser.readAll();
        QVERIFY2(parser.exitStatus() == QProcess::NormalExit && parser.exitCode() == 0, output.right(2000).constData());

        // "rule: PCRE  ->  TREE priority=N (...)": the pattern side may hold raw newlines, the
        // tree side never does, and every space in it is escaped, so it never holds "  ->  ".
        QList<QByteArray> trees;
        for (const QByteArray &line : output.split('\n')) {
            const qsizetype end = line.lastIndexOf(" priority=");
            const qsizetype arrow = line.lastIndexOf("  ->  ", end);
            if (end >= 0 && arrow >= 0)
                trees.append(line.mid(arrow + 6, end - arrow - 6));
        }
        std::sort(trees.begin(), trees.end());
        std::sort(expected.begin(), expected.end());
        QCOMPARE(trees.size(), expected.size());
        for (qsizetype i = 0; i < trees.size(); ++i)
            QCOMPARE(trees[i], expected[i]);
        compiled += Batch;
    }
    qInfo("%d hostile names: every exact rule compiled and matches only its own name", compiled);
}

QTEST_GUILESS_MAIN(TestPathEscaping)
#include "tst_pathescaping.moc"
