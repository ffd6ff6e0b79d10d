// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "config.h"
#include "localoverridewriter.h"
#include "overrideeditor.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestOverrideEditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void insert_data();
    void insert();
    void roundTrip_data();
    void roundTrip();
    void writerValidatesWithParser();
};

void TestOverrideEditor::insert_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("after");
    QTest::newRow("empty file") << QString() << u"app"_s << u"/x r,"_s << u"/x r,\n"_s;
    QTest::newRow("keeps comments") << u"# mine\n/a r,\n"_s << u"app"_s << u"/x r,"_s << u"# mine\n/a r,\n/x r,\n"_s;
    QTest::newRow("no final newline") << u"/a r,"_s << u"app"_s << u"/x r,"_s << u"/a r,\n/x r,\n"_s;
    QTest::newRow("already there") << u"/a r,\n  /x   r,\n"_s << u"app"_s << u"/x r,"_s << u"/a r,\n  /x   r,\n"_s;
    QTest::newRow("top level before child block")
        << u"/a r,\n^hat {\n  /h r,\n}\n"_s << u"app"_s << u"/x r,"_s << u"/a r,\n/x r,\n^hat {\n  /h r,\n}\n"_s;
    QTest::newRow("new child block") << u"/a r,\n"_s << u"app//hat"_s << u"/x r,"_s << u"/a r,\n^hat {\n  /x r,\n}\n"_s;
    QTest::newRow("existing child block")
        << u"^hat {\n  /h r,\n}\n"_s << u"app//hat"_s << u"/x r,"_s << u"^hat {\n  /h r,\n  /x r,\n}\n"_s;
    QTest::newRow("same rule at top level is not in the hat")
        << u"/x r,\n"_s << u"app//hat"_s << u"/x r,"_s << u"/x r,\n^hat {\n  /x r,\n}\n"_s;
    QTest::newRow("rule in hat is not at top level")
        << u"^hat {\n  /x r,\n}\n"_s << u"app"_s << u"/x r,"_s << u"/x r,\n^hat {\n  /x r,\n}\n"_s;
}

void TestOverrideEditor::insert()
{
    QFETCH(QString, before);
    QFETCH(QString, target);
    QFETCH(QString, rule);
    QFETCH(QString, after);
    const RuleTarget t = RuleTarget::fromLabel(target);
    const QString once = OverrideEditor::insertRule(before, t, rule);
    QCOMPARE(once, after);
    QVERIFY(OverrideEditor::containsRule(once, t, rule));
    // Idempotent.
    QCOMPARE(OverrideEditor::insertRule(once, t, rule), once);
}

void TestOverrideEditor::roundTrip_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("target");
    QTest::newRow("top") << u"# mine\n/a r,\n"_s << u"app"_s;
    QTest::newRow("new hat block") << u"/a r,\n"_s << u"app//hat"_s;
    QTest::newRow("existing hat block") << u"^hat {\n  /h r,\n}\n"_s << u"app//hat"_s;
}

void TestOverrideEditor::roundTrip()
{
    QFETCH(QString, before);
    QFETCH(QString, target);
    const RuleTarget t = RuleTarget::fromLabel(target);
    const QString with = OverrideEditor::insertRule(before, t, u"/x r,"_s);
    QVERIFY(with != before);
    QCOMPARE(OverrideEditor::removeRule(with, t, u"/x r,"_s), before);
}

void TestOverrideEditor::writerValidatesWithParser()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkpath(u"local"_s);
    QFile profile(dir.filePath(u"usr.bin.app"_s));
    QVERIFY(profile.open(QIODevice::WriteOnly));
    profile.write("/usr/bin/app {\n  /etc/app r,\n  include if exists <local/usr.bin.app>\n}\n");
    profile.close();

    LocalOverrideWriter writer(dir.path(), QStringLiteral(ARMORER_APPARMOR_PARSER));
    QCOMPARE(writer.currentOverride(u"/usr/bin/app"_s), QString());

    OverrideApplier::Result result;
    int calls = 0;
    writer.apply(u"/usr/bin/app"_s, u"/srv/x r,\n"_s, [&](const OverrideApplier::Result &r) {
        result = r;
        ++calls;
    });
    QCOMPARE(calls, 1);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(writer.currentOverride(u"/usr/bin/app"_s), u"/srv/x r,\n"_s);

    // A rule the parser refuses: the exact error comes back and the old text stays.
    writer.apply(u"/usr/bin/app"_s, u"/srv/x r,\n/srv/y bogus,\n"_s, [&](const OverrideApplier::Result &r) {
        result = r;
        ++calls;
    });
    QCOMPARE(calls, 2);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"local/usr.bin.app"_s) || result.error.contains(u"syntax error"_s),
        qPrintable(result.error));
    QCOMPARE(writer.currentOverride(u"/usr/bin/app"_s), u"/srv/x r,\n"_s);

    writer.apply(u"nosuch"_s, u"/x r,\n"_s, [&](const OverrideApplier::Result &r) {
        result = r;
    });
    QVERIFY(!result.ok);
}

QTEST_GUILESS_MAIN(TestOverrideEditor)
#include "tst_overrideeditor.moc"
