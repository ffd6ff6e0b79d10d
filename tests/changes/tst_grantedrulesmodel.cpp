// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "changerecord.h"
#include "grantedrulesmodel.h"
#include "overriderules.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The granted-rules list: which lines of a local override are rules (and which blocks hold
// them), which journal change added each one, and what removing one rule writes.
class TestGrantedRulesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rows_data();
    void rows();
    void attribution_data();
    void attribution();
    void without_data();
    void without();
    void journalJson();
    void undoable();
    void userNames();

private:
    // The tree as "rule" lines, two spaces per level.
    static QStringList flatten(const GrantedRulesModel &model, const QModelIndex &parent = {}, int depth = 0)
    {
        QStringList out;
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            out << QString(depth * 2, u' ') + index.data(GrantedRulesModel::RuleRole).toString();
            out << flatten(model, index, depth + 1);
        }
        return out;
    }
    static ChangeRecord change(const QString &id, const QString &before, const QString &after,
        const QString &action = u"write-override"_s, qint64 uid = 1000)
    {
        ChangeRecord e;
        e.id = id;
        e.time = QDateTime(QDate(2026, 11, 22), QTime(6, 0), QTimeZone::UTC).addSecs(id.toInt() * 60);
        e.uid = uid;
        e.action = action;
        e.profile = u"usr.bin.app"_s;
        e.file = u"local/usr.bin.app"_s;
        e.existedBefore = !before.isEmpty();
        e.beforeHash = before.isEmpty() ? QString() : ChangeRecord::hash(before.toUtf8());
        e.afterHash = ChangeRecord::hash(after.toUtf8());
        e.setRules(before.toUtf8(), after.toUtf8());
        return e;
    }
};

void TestGrantedRulesModel::rows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<int>("rules");

    QTest::newRow("empty") << QString() << QStringList{} << 0;
    QTest::newRow("comments and blank lines skipped")
        << u"# Site-specific additions\n\n  /srv/tftp/** r,\n# another\n\t\n  capability net_admin,\n"_s
        << QStringList{u"/srv/tftp/** r,"_s, u"capability net_admin,"_s} << 2;
    QTest::newRow("trailing comment is not the rule")
        << u"/etc/app.conf r, # added for the cron job\n"_s << QStringList{u"/etc/app.conf r,"_s} << 1;
    QTest::newRow("includes without commas")
        << u"include <abstractions/nameservice>\n#include <abstractions/base>\ninclude if exists <local/x>\n"_s
        << QStringList{u"include <abstractions/nameservice>"_s, u"#include <abstractions/base>"_s,
               u"include if exists <local/x>"_s}
        << 3;
    QTest::newRow("hat block with its rules")
        << u"/a r,\n^hat {\n  /h r,\n  # inside\n  /i w,\n}\n/b r,\n"_s
        << QStringList{u"/a r,"_s, u"^hat"_s, u"  /h r,"_s, u"  /i w,"_s, u"/b r,"_s} << 4;
    QTest::newRow("nested child profile")
        << u"profile child {\n  /c r,\n  ^sub {\n    /s r,\n  }\n  /d r,\n}\n"_s
        << QStringList{u"profile child"_s, u"  /c r,"_s, u"  ^sub"_s, u"    /s r,"_s, u"  /d r,"_s} << 3;
    QTest::newRow("rule over several lines") << u"dbus send\n     bus=session\n     path=/org/x,\n/a r,\n"_s
                                             << QStringList{u"dbus send bus=session path=/org/x,"_s, u"/a r,"_s} << 2;
    QTest::newRow("hostile quoted paths stay one rule")
        << u"\"/home/u/a b, c {x} # not a comment\" r,\n\"/tmp/}\" r,\n\"/tmp/\\\" { \" w,\n"_s
        << QStringList{u"\"/home/u/a b, c {x} # not a comment\" r,"_s, u"\"/tmp/}\" r,"_s, u"\"/tmp/\\\" { \" w,"_s}
        << 3;
    QTest::newRow("stray closing brace") << u"}\n/a r,\n"_s << QStringList{u"/a r,"_s} << 1;
    QTest::newRow("unterminated block") << u"^hat {\n  /h r,\n"_s << QStringList{u"^hat"_s, u"  /h r,"_s} << 1;
}

void TestGrantedRulesModel::rows()
{
    QFETCH(QString, text);
    QFETCH(QStringList, rows);
    QFETCH(int, rules);
    GrantedRulesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setOverride(u"/usr/bin/app"_s, u"local/usr.bin.app"_s, text, {});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(flatten(model), rows);
    QCOMPARE(model.ruleCount(), rules);
    QCOMPARE(OverrideRules::rules(text).size(), rules);
    // Nothing in the journal: every rule says so.
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, GrantedRulesModel::ChangeColumn);
        if (!index.data(GrantedRulesModel::IsBlockRole).toBool())
            QCOMPARE(index.data(GrantedRulesModel::ChangeIdRole).toString(), QString());
    }
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestGrantedRulesModel::attribution_data()
{
    QTest::addColumn<QList<ChangeRecord>>("history"); // newest first
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("changes"); // per top-level or nested rule, in order

    const QString one = u"/a r,\n"_s;
    const QString two = u"/a r,\n/b r,\n"_s;
    const QString hat = u"/a r,\n/b r,\n^hat {\n  /h r,\n}\n"_s;
    QTest::newRow("each rule its change") << QList<ChangeRecord>{change(u"3"_s, two, hat), change(u"2"_s, one, two),
        change(u"1"_s, {}, one)} << hat << QStringList{u"1"_s, u"2"_s, u"3"_s};
    QTest::newRow("history without rule lists ends the search") << QList<ChangeRecord>{
        change(u"2"_s, one, two), [&] {
            ChangeRecord old = change(u"1"_s, {}, one);
            old.rulesKnown = false;
            old.rulesAdded.clear();
            return old;
        }()} << two << QStringList{QString(), u"2"_s};
    QTest::newRow("removed then added again: the newer change")
        << QList<ChangeRecord>{change(u"3"_s, QString(), one), change(u"2"_s, one, QString()), change(u"1"_s, {}, one)}
        << one << QStringList{u"3"_s};
    QTest::newRow("undo that put a rule back") << QList<ChangeRecord>{change(u"2"_s, QString(), one, u"undo"_s),
        change(u"1"_s, one, QString())} << one << QStringList{u"2"_s};
    QTest::newRow("rule added by hand after the last change")
        << QList<ChangeRecord>{change(u"1"_s, {}, one)} << two << QStringList{u"1"_s, QString()};
    QTest::newRow("same rule in a hat is another rule")
        << QList<ChangeRecord>{change(u"1"_s, {}, u"/h r,\n"_s)} << u"/h r,\n^hat {\n  /h r,\n}\n"_s
        << QStringList{u"1"_s, QString()};
    ChangeRecord other = change(u"1"_s, {}, one);
    other.file = u"local/usr.bin.other"_s;
    QTest::newRow("other files do not count") << QList<ChangeRecord>{other} << one << QStringList{QString()};
}

void TestGrantedRulesModel::attribution()
{
    QFETCH(QList<ChangeRecord>, history);
    QFETCH(QString, text);
    QFETCH(QStringList, changes);
    GrantedRulesModel model;
    model.setUserNames([](qint64 uid) {
        return uid == 1000 ? u"alice"_s : QString();
    });
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setOverride(u"/usr/bin/app"_s, u"local/usr.bin.app"_s, text, history);
    QStringList got;
    const std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex index = model.index(row, 0, parent);
            if (!index.data(GrantedRulesModel::IsBlockRole).toBool()) {
                const QString id = index.data(GrantedRulesModel::ChangeIdRole).toString();
                got << id;
                const QModelIndex user = index.siblingAtColumn(GrantedRulesModel::UserColumn);
                QCOMPARE(user.data().toString(), id.isEmpty() ? QString() : u"alice"_s);
                QCOMPARE(index.siblingAtColumn(GrantedRulesModel::ChangeColumn).data().toString().startsWith(id), true);
            }
            walk(index);
        }
    };
    walk({});
    QCOMPARE(got, changes);
}

void TestGrantedRulesModel::without_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("path"); // rows from the top, as rule texts
    QTest::addColumn<QString>("expected"); // "" = cannot be removed alone

    QTest::newRow("top-level rule") << u"# mine\n/a r,\n/b r,\n"_s << QStringList{u"/b r,"_s} << u"# mine\n/a r,\n"_s;
    QTest::newRow("rule with a comment") << u"/a r, # why\n/b r,\n"_s << QStringList{u"/a r,"_s} << u"/b r,\n"_s;
    QTest::newRow("rule in a hat, block goes when empty")
        << u"/a r,\n^hat {\n  /h r,\n}\n"_s << QStringList{u"^hat"_s, u"/h r,"_s} << u"/a r,\n"_s;
    QTest::newRow("rule in a hat, others stay")
        << u"^hat {\n  /h r,\n  /i r,\n}\n"_s << QStringList{u"^hat"_s, u"/i r,"_s} << u"^hat {\n  /h r,\n}\n"_s;
    QTest::newRow("top-level rule also in a hat: only the top one")
        << u"/h r,\n^hat {\n  /h r,\n}\n"_s << QStringList{u"/h r,"_s} << u"^hat {\n  /h r,\n}\n"_s;
    QTest::newRow("hostile quoted path") << u"\"/tmp/a b, c\" r,\n\"/tmp/a b\" r,\n"_s
                                         << QStringList{u"\"/tmp/a b\" r,"_s} << u"\"/tmp/a b, c\" r,\n"_s;
    QTest::newRow("quoted hash and braces")
        << u"\"/tmp/#x {\" r,\n/y r,\n"_s << QStringList{u"\"/tmp/#x {\" r,"_s} << u"/y r,\n"_s;
    QTest::newRow("rule over several lines: not alone")
        << u"dbus send\n  bus=session,\n/a r,\n"_s << QStringList{u"dbus send bus=session,"_s} << QString();
    QTest::newRow("duplicate rule: not alone") << u"/a r,\n/a  r,\n"_s << QStringList{u"/a r,"_s} << QString();
    QTest::newRow("deeper nesting: not alone") << u"profile c {\n  ^sub {\n    /s r,\n  }\n}\n"_s
                                               << QStringList{u"profile c"_s, u"^sub"_s, u"/s r,"_s} << QString();
}

void TestGrantedRulesModel::without()
{
    QFETCH(QString, text);
    QFETCH(QStringList, path);
    QFETCH(QString, expected);
    GrantedRulesModel model;
    model.setOverride(u"/usr/bin/app"_s, u"local/usr.bin.app"_s, text, {});
    QModelIndex index;
    for (const QString &rule : path) {
        const QModelIndex parent = index;
        index = {};
        for (int row = 0; row < model.rowCount(parent); ++row) {
            if (model.index(row, 0, parent).data(GrantedRulesModel::RuleRole).toString() == rule) {
                index = model.index(row, 0, parent);
                break;
            }
        }
        QVERIFY2(index.isValid(), qPrintable(rule));
    }
    const std::optional<QString> result = model.textWithout(index);
    QCOMPARE(index.data(GrantedRulesModel::RemovableRole).toBool(), !expected.isEmpty());
    QCOMPARE(result.value_or(QString()), expected);
    if (result) // the one rule gone, nothing else
        QCOMPARE(OverrideRules::rules(*result).size(), OverrideRules::rules(text).size() - 1);
}

void TestGrantedRulesModel::journalJson()
{
    ChangeRecord e = change(u"7"_s, u"/a r,\n"_s, u"/b r,\n^hat {\n  \"/x y\" r,\n}\n"_s);
    QVERIFY(e.rulesKnown);
    QCOMPARE(e.rulesAdded, (QList<OverrideRuleRef>{{{}, u"/b r,"_s}, {{u"^hat"_s}, u"\"/x y\" r,"_s}}));
    QCOMPARE(e.rulesRemoved, (QList<OverrideRuleRef>{{{}, u"/a r,"_s}}));
    const QList<ChangeRecord> back = ChangeRecord::fromJson(ChangeRecord::toJson({e}));
    QCOMPARE(back.size(), 1);
    QVERIFY(back[0].rulesKnown);
    QCOMPARE(back[0].rulesAdded, e.rulesAdded);
    QCOMPARE(back[0].rulesRemoved, e.rulesRemoved);
    QCOMPARE(back[0].id, u"7"_s);

    // An entry from before the field: read as "unknown", everything else as before.
    const QList<ChangeRecord> old = ChangeRecord::fromJson(
        R"([{"id":"3","time":"2026-11-20T10:00:00.000Z","uid":1000,"action":"write-override","profile":"p","file":"local/p","existedBefore":false,"beforeHash":"","afterHash":"ab"}])");
    QCOMPARE(old.size(), 1);
    QVERIFY(!old[0].rulesKnown);
    QCOMPARE(old[0].afterHash, u"ab"_s);

    // Too many rules to keep: the entry stays small, the lists are left out.
    QString big;
    for (int i = 0; i < 4000; ++i)
        big += u"/srv/data/file-number-%1 r,\n"_s.arg(i);
    ChangeRecord huge = change(u"8"_s, {}, big);
    QVERIFY(!huge.rulesKnown);
    QVERIFY(huge.rulesAdded.isEmpty());
    QVERIFY(ChangeRecord::toJson({huge}).size() < 4096);
    QVERIFY(!ChangeRecord::toJson({huge}).contains("\"rules\""));

    // Few characters, but JSON escapes each control character as six: measured as written,
    // so the entry always stays readable (the journal reads at most 64 KiB of it).
    QString escaped;
    for (int i = 0; i < 150; ++i)
        escaped += u"\"/tmp/%1"_s.arg(i) + QString(50, QChar(1)) + u"\" r,\n"_s;
    QVERIFY(escaped.size() < 32 * 1024);
    ChangeRecord controls = change(u"9"_s, {}, escaped);
    QVERIFY(!controls.rulesKnown);
    QVERIFY(ChangeRecord::toJson({controls}).size() < 4096);
    ChangeRecord fewer = change(u"10"_s, {}, escaped.left(escaped.size() / 4));
    QVERIFY(fewer.rulesKnown);
    QVERIFY(ChangeRecord::toJson({fewer}).size() < 64 * 1024);
}

void TestGrantedRulesModel::undoable()
{
    const QString one = u"/a r,\n"_s;
    const QString two = u"/a r,\n/b r,\n"_s;
    const QList<ChangeRecord> history{change(u"2"_s, one, two), change(u"1"_s, {}, one)};
    GrantedRulesModel model;
    model.setOverride(u"/usr/bin/app"_s, u"local/usr.bin.app"_s, two, history);
    QVERIFY(model.undoableChange().has_value());
    QCOMPARE(model.undoableChange()->id, u"2"_s);
    // Edited by hand since: the helper would refuse, so it is not offered.
    model.setOverride(u"/usr/bin/app"_s, u"local/usr.bin.app"_s, two + u"/c r,\n"_s, history);
    QVERIFY(!model.undoableChange());
    model.setOverride(u"/usr/bin/app"_s, u"local/usr.bin.app"_s, two, {});
    QVERIFY(!model.undoableChange());
}

void TestGrantedRulesModel::userNames()
{
    QCOMPARE(GrantedRulesModel::systemUserName(0), u"root"_s);
    QCOMPARE(GrantedRulesModel::systemUserName(-1), QString());
    GrantedRulesModel model;
    model.setUserNames([](qint64) {
        return QString();
    });
    model.setOverride(u"/usr/bin/app"_s, u"local/usr.bin.app"_s, u"/a r,\n"_s,
        {change(u"1"_s, {}, u"/a r,\n"_s, u"write-override"_s, 4242)});
    QCOMPARE(model.index(0, GrantedRulesModel::UserColumn).data().toString(), u"uid 4242"_s);
}

QTEST_GUILESS_MAIN(TestGrantedRulesModel)
#include "tst_grantedrulesmodel.moc"
