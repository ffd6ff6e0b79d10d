// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialfilterproxy.h"
#include "deniallistmodel.h"
#include "denialparser.h"
#include "denialtestlines.h"
#include "denialtimeline.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <numeric>

using namespace Qt::StringLiterals;

class TestDenialListModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void grouping();
    void boundedWindow();
    void filters_data();
    void filters();
    void timeline();
    void unverifiedRows();
    void timelineCountsOnlyDenialsInBars();
};

// A line as a kern.log reader delivers it: parsed, and the kernel's.
static AppArmorEvent parse(const QByteArray &line)
{
    std::optional<AppArmorEvent> d = DenialParser::parseLine(line);
    if (d)
        d->origin = AppArmorEvent::Origin::Kernel;
    return d ? *d : AppArmorEvent{};
}

static AppArmorEvent record(int n, const QByteArray &profile = "firefox")
{
    return parse(TestLines::kernLine(n, profile).chopped(1));
}

void TestDenialListModel::grouping()
{
    DenialListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy added(&model, &DenialListModel::recordsAdded);

    AppArmorEvent a = record(1);
    AppArmorEvent again = a;
    again.epochMs += 5000;
    again.pid = 77;
    AppArmorEvent otherMask = a;
    otherMask.requestedMask = u"w"_s;
    otherMask.deniedMask = u"w"_s;
    AppArmorEvent status = parse(
        R"(audit: type=1400 audit(1700000009.000:9): apparmor="STATUS" operation="profile_replace" profile="unconfined" name="firefox" pid=1 comm="apparmor_parser")");
    QCOMPARE(status.kind, AppArmorEvent::Kind::Status);

    model.addDenials({a, again, otherMask});
    model.addDenials({status, again});
    QCOMPARE(added.size(), 2);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.totalRecords(), quint64(5));

    const int row = model.rowOfKey(DenialGroup::keyOf(a));
    QVERIFY(row >= 0);
    const QModelIndex index = model.index(row, DenialListModel::CountColumn);
    QCOMPARE(index.data(DenialListModel::CountRole).toULongLong(), quint64(3));
    QCOMPARE(index.data(DenialListModel::FirstSeenRole).toLongLong(), a.epochMs);
    QCOMPARE(index.data(DenialListModel::LastSeenRole).toLongLong(), again.epochMs);
    QCOMPARE(index.data(DenialListModel::DenialRole).value<AppArmorEvent>().pid, qint64(77));
    QCOMPARE(model.index(row, DenialListModel::TargetColumn).data().toString(), u"/tmp/f1"_s);
    QCOMPARE(model.index(row, DenialListModel::ClassColumn).data().toString(), u"file"_s);
    // The profile reload stays, as an event of its own kind.
    const int statusRow = model.rowOfKey(DenialGroup::keyOf(status));
    QCOMPARE(model.index(statusRow, DenialListModel::KindColumn).data().toString(), u"STATUS"_s);
}

void TestDenialListModel::boundedWindow()
{
    DenialListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMaxGroups(20);
    QList<AppArmorEvent> batch;
    for (int i = 1; i <= 50; ++i)
        batch.append(record(i, i % 2 ? "odd" : "even"));
    model.addDenials(batch);
    model.addDenials({record(50, "even")});
    QVERIFY(model.rowCount() <= 20);
    quint64 inWindow = 0;
    for (int r = 0; r < model.rowCount(); ++r)
        inWindow += model.group(r).count;
    // Nothing is lost: what left the window is kept as counts.
    QCOMPARE(inWindow + model.evictedTotal(), quint64(51));
    QCOMPARE(model.evictedCounts().value(u"odd"_s) + model.evictedCounts().value(u"even"_s), model.evictedTotal());
    // The newest groups stay.
    QVERIFY(model.rowOfKey(DenialGroup::keyOf(record(50, "even"))) >= 0);
    QCOMPARE(model.rowOfKey(DenialGroup::keyOf(record(1, "odd"))), -1);
}

void TestDenialListModel::filters_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("ruleClass");
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("since");
    QTest::addColumn<bool>("hideStatus");
    QTest::addColumn<int>("rows");

    QTest::newRow("all") << QString() << QString() << QString() << qint64(0) << false << 5;
    QTest::newRow("profile") << u"firefox"_s << QString() << QString() << qint64(0) << false << 2;
    QTest::newRow("class cap") << QString() << u"cap"_s << QString() << qint64(0) << false << 1;
    QTest::newRow("text, any case") << QString() << QString() << u"TMP/F2"_s << qint64(0) << false << 1;
    QTest::newRow("text matches command") << QString() << QString() << u"ping"_s << qint64(0) << false << 1;
    QTest::newRow("since") << QString() << QString() << QString() << (TestLines::BaseEpoch + 3) * 1000 << false << 3;
    QTest::newRow("no status events") << QString() << QString() << QString() << qint64(0) << true << 4;
    QTest::newRow("profile and class") << u"firefox"_s << u"cap"_s << QString() << qint64(0) << false << 0;
}

void TestDenialListModel::filters()
{
    QFETCH(QString, profile);
    QFETCH(QString, ruleClass);
    QFETCH(QString, text);
    QFETCH(qint64, since);
    QFETCH(bool, hideStatus);
    QFETCH(int, rows);

    DenialListModel model;
    DenialFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addDenials({record(1), record(2), record(3, "thunderbird"),
        parse(
            R"(audit: type=1400 audit(1700000004.000:4): apparmor="DENIED" operation="capable" class="cap" profile="ping" pid=5 comm="ping" capability=13  capname="net_raw")"),
        parse(
            R"(audit: type=1400 audit(1700000005.000:5): apparmor="STATUS" operation="profile_load" profile="unconfined" name="x" pid=1 comm="apparmor_parser")")});
    QCOMPARE(model.rowCount(), 5);
    proxy.setProfile(profile);
    proxy.setRuleClass(ruleClass);
    proxy.setText(text);
    proxy.setSince(since);
    proxy.setKindShown(AppArmorEvent::Kind::Status, !hideStatus);
    QCOMPARE(proxy.rowCount(), rows);

    // Sorting by count is numeric.
    model.addDenials(QList<AppArmorEvent>(11, record(3, "thunderbird")));
    proxy.sort(DenialListModel::CountColumn, Qt::DescendingOrder);
    if (proxy.rowCount() > 1)
        QVERIFY(proxy.index(0, 0).data(DenialListModel::CountRole).toULongLong()
            >= proxy.index(1, 0).data(DenialListModel::CountRole).toULongLong());
}

void TestDenialListModel::timeline()
{
    DenialTimeline timeline;
    QSignalSpy changed(&timeline, &DenialTimeline::changed);
    timeline.add({record(1), record(2), record(100), record(3, "b")});
    QCOMPARE(changed.size(), 1);
    const QMap<qint64, int> series = timeline.series(u"firefox"_s);
    int sum = 0;
    for (int n : series)
        sum += n;
    QCOMPARE(sum, 3);
    QCOMPARE(series.size(), 2); // 1 and 2 share a minute; 100 s later is another
    QCOMPARE(timeline.busiestProfiles(1), QStringList{u"firefox"_s});
}

// An unverified record is its own row, marked in the kind column, with the reason as the
// tooltip; names are shown escaped.
void TestDenialListModel::unverifiedRows()
{
    DenialListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    AppArmorEvent genuine = record(1);
    AppArmorEvent forged = record(1);
    forged.origin = AppArmorEvent::Origin::OtherProcess;
    AppArmorEvent hostile = record(2);
    hostile.name = u"/tmp/a\nb\x1b[2J"_s;
    model.addDenials({genuine, forged, hostile});
    QCOMPARE(model.rowCount(), 3);
    const int g = model.rowOfKey(DenialGroup::keyOf(genuine));
    const int f = model.rowOfKey(DenialGroup::keyOf(forged));
    QVERIFY(g >= 0 && f >= 0 && g != f);
    QCOMPARE(model.index(g, DenialListModel::KindColumn).data().toString(), u"DENIED"_s);
    QCOMPARE(model.index(g, 0).data(DenialListModel::VerifiedRole).toBool(), true);
    QVERIFY(model.index(g, DenialListModel::KindColumn).data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(model.index(f, DenialListModel::KindColumn).data().toString().contains(u"unverified"_s));
    QCOMPARE(model.index(f, 0).data(DenialListModel::VerifiedRole).toBool(), false);
    QVERIFY(model.index(f, DenialListModel::TargetColumn).data(Qt::ToolTipRole).toString().contains(u"logger"_s));
    const int h = model.rowOfKey(DenialGroup::keyOf(hostile));
    QCOMPARE(model.index(h, DenialListModel::TargetColumn).data().toString(), u"/tmp/a\\nb\\e[2J"_s);
}

void TestDenialListModel::timelineCountsOnlyDenialsInBars()
{
    DenialTimeline timeline;
    AppArmorEvent allowed = record(5);
    allowed.kind = AppArmorEvent::Kind::Allowed;
    AppArmorEvent status = record(6);
    status.kind = AppArmorEvent::Kind::Status;
    timeline.add({allowed, status});
    QCOMPARE(timeline.profiles(), QStringList()); // neither is a denial
    // Three hours of denials: firefox every minute, "b" and "c" once each.
    QList<AppArmorEvent> records;
    for (int minute = 0; minute < 180; ++minute)
        records.append(record(minute * 60));
    records.append(record(30, "b"));
    records.append(record(7000, "c"));
    timeline.add(records);
    const DenialTimeline::Bars bars = timeline.bars({u"firefox"_s, u"b"_s}, 24);
    QVERIFY(bars.starts.size() <= 24);
    QCOMPARE(bars.widthMs, 10 * DenialTimeline::BucketMs); // 180 minutes in 24 bars or fewer
    QCOMPARE(bars.counts.size(), 3); // firefox, b, the others
    const auto total = [](const QList<int> &row) {
        return std::accumulate(row.cbegin(), row.cend(), 0);
    };
    QCOMPARE(total(bars.counts[0]), 180);
    QCOMPARE(total(bars.counts[1]), 1);
    QCOMPARE(total(bars.counts[2]), 1); // c, among the others
    for (const QList<int> &row : bars.counts)
        QCOMPARE(row.size(), bars.starts.size());
    QVERIFY(bars.counts[0].constFirst() > 0);
}

QTEST_GUILESS_MAIN(TestDenialListModel)
#include "tst_deniallistmodel.moc"
