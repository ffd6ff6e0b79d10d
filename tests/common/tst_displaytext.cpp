// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "displaytext.h"
#include "localname.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The one escaping of names for people (DisplayText), and names kept as bytes (LocalName).
class TestDisplayText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void escaped_data();
    void escaped();
    void bytesRoundTrip_data();
    void bytesRoundTrip();
    void openByBytes();
};

void TestDisplayText::escaped_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << u"/etc/passwd"_s << u"/etc/passwd"_s;
    QTest::newRow("non-ASCII letters stay") << u"/home/zoë/中"_s << u"/home/zoë/中"_s;
    QTest::newRow("newline") << u"/tmp/a\nDENIED /etc/shadow"_s << u"/tmp/a\\nDENIED /etc/shadow"_s;
    QTest::newRow("terminal escape") << u"/tmp/\x1b]0;owned\x07\x1b[2J"_s << u"/tmp/\\e]0;owned\\x07\\e[2J"_s;
    QTest::newRow("carriage return and tab") << u"a\rb\tc"_s << u"a\\rb\\tc"_s;
    QTest::newRow("DEL and C1") << u"a\x7f\x9b"_s << u"a\\x7f\\x9b"_s;
    QTest::newRow("bidi override") << u"/tmp/\u202etxt.exe"_s << u"/tmp/\\u202etxt.exe"_s;
    QTest::newRow("backslash is doubled") << u"/srv/a\\nb"_s << u"/srv/a\\\\nb"_s;
    QTest::newRow("byte that is not UTF-8") << LocalName::decode("/srv/caf\xe9") << u"/srv/caf\\xe9"_s;
}

void TestDisplayText::escaped()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(DisplayText::escaped(text), shown);
    QCOMPARE(DisplayText::needsEscaping(text), text != shown);
    // Nothing a terminal acts on is left.
    for (const QChar c : DisplayText::escaped(text))
        QVERIFY(c.unicode() >= 0x20 && c.unicode() != 0x7f && !(c.unicode() >= 0x80 && c.unicode() <= 0x9f));
}

void TestDisplayText::bytesRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("utf8");
    QTest::newRow("ASCII") << QByteArray("/etc/passwd") << true;
    QTest::newRow("UTF-8") << QByteArray("/home/zo\xc3\xab/\xf0\x9f\x98\x80") << true;
    QTest::newRow("Latin-1") << QByteArray("/srv/caf\xe9/menu.txt") << false;
    QTest::newRow("truncated sequence") << QByteArray("/a\xe4\xb8") << false;
    QTest::newRow("overlong slash") << QByteArray("/a\xc0\xaf") << false;
    QTest::newRow("encoded surrogate") << QByteArray("/a\xed\xb3\xa9") << false;
    QTest::newRow("past U+10FFFF") << QByteArray("/a\xf4\x90\x80\x80") << false;
    QTest::newRow("escape after a supplementary character") << QByteArray("\xf0\x9f\x98\x80\xff") << false;
    QByteArray all;
    for (int b = 1; b < 256; ++b)
        all += char(b);
    QTest::newRow("every byte") << all << false;
}

void TestDisplayText::bytesRoundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, utf8);
    const QString name = LocalName::decode(bytes);
    QCOMPARE(LocalName::encode(name), bytes);
    if (utf8)
        QCOMPARE(name, QString::fromUtf8(bytes));
    // Unlike QString::fromUtf8, which puts U+FFFD in place of each byte it cannot decode.
    QCOMPARE(name.contains(QChar::ReplacementCharacter), false);
}

// A file named with a byte that is not UTF-8 opens by its bytes; QFile(name) cannot open it.
void TestDisplayText::openByBytes()
{
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.path()) + "/caf\xe9";
    FILE *f = std::fopen(path.constData(), "w");
    QVERIFY(f);
    std::fputs("profile x {}\n", f);
    std::fclose(f);
    const QString name = LocalName::decode(path);
    QFile file;
    QString error;
    QVERIFY2(LocalName::openForReading(file, name, &error), qPrintable(error));
    QCOMPARE(file.readAll(), QByteArray("profile x {}\n"));
    QFile lossy(QString::fromUtf8(path));
    QVERIFY(!lossy.open(QIODevice::ReadOnly));
    QFile missing;
    QVERIFY(!LocalName::openForReading(missing, name + u"x"_s, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
