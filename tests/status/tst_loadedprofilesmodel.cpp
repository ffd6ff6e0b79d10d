// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "loadedprofilesmodel.h"
#include "processlistmodel.h"
#include "profilefilterproxy.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLoadedProfilesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diffUpdates_data();
    void diffUpdates();
    void keepsPersistentIndexes();
    void proxyFilters_data();
    void proxyFilters();
    void processListModel();
};

static StatusSnapshot snapshot(const QStringList &entries)
{
    StatusSnapshot s;
    for (const QString &e : entries) {
        const auto parts = e.split(u'=');
        LoadedProfile p;
        p.name = p.localName = parts[0];
        p.mode = ProfileModes::fromString(parts.value(1, u"enforce"_s));
        s.profiles.append(p);
    }
    std::sort(s.profiles.begin(), s.profiles.end(), [](const LoadedProfile &a, const LoadedProfile &b) {
        return a.name < b.name;
    });
    return s;
}

void TestLoadedProfilesModel::diffUpdates_data()
{
    QTest::addColumn<QStringList>("before");
    QTest::addColumn<QStringList>("after");
    QTest::addColumn<int>("inserted");
    QTest::addColumn<int>("removed");
    QTest::addColumn<int>("changed");
    QTest::newRow("same") << QStringList{u"a"_s, u"b"_s} << QStringList{u"a"_s, u"b"_s} << 0 << 0 << 0;
    QTest::newRow("append") << QStringList{u"a"_s} << QStringList{u"a"_s, u"b"_s, u"c"_s} << 2 << 0 << 0;
    QTest::newRow("prepend and middle") << QStringList{u"b"_s, u"d"_s} << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}
                                        << 2 << 0 << 0;
    QTest::newRow("remove runs") << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s} << QStringList{u"a"_s, u"d"_s}
                                 << 3 - 3 << 3 << 0;
    QTest::newRow("mode change") << QStringList{u"a"_s, u"b"_s} << QStringList{u"a=complain"_s, u"b"_s} << 0 << 0 << 1;
    QTest::newRow("replace all") << QStringList{u"a"_s, u"b"_s} << QStringList{u"c"_s, u"d"_s} << 2 << 2 << 0;
    QTest::newRow("to empty") << QStringList{u"a"_s, u"b"_s} << QStringList{} << 0 << 2 << 0;
    QTest::newRow("from empty") << QStringList{} << QStringList{u"a"_s, u"b"_s} << 2 << 0 << 0;
}

void TestLoadedProfilesModel::diffUpdates()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    LoadedProfilesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProfileIndex index;
    model.setStatus(snapshot(before), index);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setStatus(snapshot(after), index);

    const auto count = [](const QSignalSpy &spy) {
        int rows = 0;
        for (const auto &args : spy)
            rows += args.at(2).toInt() - args.at(1).toInt() + 1;
        return rows;
    };
    QTEST(count(inserted), "inserted");
    QTEST(count(removed), "removed");
    QTEST(int(changed.size()), "changed");
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), after.size());
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.index(row, 0).data().toString(), snapshot(after).profiles[row].name);
}

void TestLoadedProfilesModel::keepsPersistentIndexes()
{
    LoadedProfilesModel model;
    ProfileIndex index;
    model.setStatus(snapshot({u"b"_s, u"d"_s, u"f"_s}), index);
    const QPersistentModelIndex d = model.index(1, 0);
    model.setStatus(snapshot({u"a"_s, u"c"_s, u"d"_s, u"e"_s}), index);
    QVERIFY(d.isValid());
    QCOMPARE(d.data().toString(), u"d"_s);
    QCOMPARE(d.row(), 2);
    QCOMPARE(model.rowOf(u"e"_s), 3);
    QCOMPARE(model.rowOf(u"f"_s), -1);
}

void TestLoadedProfilesModel::proxyFilters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QList<int>>("onlyModes");
    QTest::addColumn<QStringList>("shown");
    QTest::newRow("all") << QString() << QList<int>{} << QStringList{u"/usr/bin/man"_s, u"firefox"_s, u"Xorg"_s};
    QTest::newRow("text, case-insensitive") << u"XOR"_s << QList<int>{} << QStringList{u"Xorg"_s};
    QTest::newRow("only complain") << QString() << QList<int>{int(ProfileMode::Complain)} << QStringList{u"firefox"_s};
    QTest::newRow("only enforce") << QString() << QList<int>{int(ProfileMode::Enforce)}
                                  << QStringList{u"/usr/bin/man"_s, u"Xorg"_s};
    QTest::newRow("enforce and complain")
        << QString() << QList<int>{int(ProfileMode::Enforce), int(ProfileMode::Complain)}
        << QStringList{u"/usr/bin/man"_s, u"firefox"_s, u"Xorg"_s};
    QTest::newRow("text and mode") << u"r"_s << QList<int>{int(ProfileMode::Complain)} << QStringList{u"firefox"_s};
    QTest::newRow("only kill") << QString() << QList<int>{int(ProfileMode::Kill)} << QStringList{};
    QTest::newRow("nothing") << u"zzz"_s << QList<int>{} << QStringList{};
}

void TestLoadedProfilesModel::proxyFilters()
{
    QFETCH(QString, text);
    QFETCH(QList<int>, onlyModes);
    LoadedProfilesModel model;
    ProfileFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(0);
    model.setStatus(snapshot({u"firefox=complain"_s, u"Xorg"_s, u"/usr/bin/man"_s}), ProfileIndex());
    proxy.setText(text);
    QSet<ProfileMode> modes;
    for (int mode : onlyModes)
        modes.insert(ProfileMode(mode));
    proxy.setModeFilter(modes);
    QStringList shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown << proxy.index(row, 0).data().toString();
    QTEST(shown, "shown");
    // Updates through the proxy keep it consistent.
    model.setStatus(snapshot({u"firefox=enforce"_s, u"zed"_s}), ProfileIndex());
}

void TestLoadedProfilesModel::processListModel()
{
    ProcessListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    const QList<ConfinedProcess> list{
        {12, u"/bin/a"_s, u"a"_s, ProfileMode::Enforce}, {13, u"/bin/a"_s, u"a"_s, ProfileMode::Enforce}};
    model.setProcesses(list);
    QCOMPARE(reset.size(), 1);
    model.setProcesses(list); // unchanged: no reset, the selection survives
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, ProcessListModel::PidColumn).data().toLongLong(), 13);
    QCOMPARE(model.index(0, ProcessListModel::ModeColumn).data().toString(), u"enforce"_s);
    model.setProcesses({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestLoadedProfilesModel)
#include "tst_loadedprofilesmodel.moc"
