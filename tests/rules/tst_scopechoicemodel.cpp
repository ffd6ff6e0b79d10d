// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "scopechoicemodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScopeChoiceModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void preview_data();
    void preview();
    void custom();
};

static RuleCandidate fileCandidate(const QString &path)
{
    RuleCandidate c;
    c.kind = RuleCandidate::Kind::File;
    c.path = path;
    c.perms = u"r"_s;
    c.owner = true;
    return c;
}

void TestScopeChoiceModel::preview_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("denials"); // relative to the temp dir
    QTest::addColumn<QStringList>("files");
    QTest::newRow("exact") << int(FileScope::Kind::Exact) << QStringList{u"d/a.log"_s} << QStringList{u"d/a.log"_s};
    QTest::newRow("folder") << int(FileScope::Kind::Folder) << QStringList{u"d/a.log"_s, u"d/b.txt"_s}
                            << QStringList{
                                   u"d/a.log"_s, u"d/b.txt"_s, u"d/c.log"_s}; // '*' never crosses '/': not d/sub/
    QTest::newRow("recursive") << int(FileScope::Kind::FolderRecursive)
                               << QStringList{u"d/a.log"_s, u"d/b.txt"_s, u"d/sub/e.log"_s}
                               << QStringList{u"d/a.log"_s, u"d/b.txt"_s, u"d/c.log"_s, u"d/sub/"_s, u"d/sub/e.log"_s};
    QTest::newRow("extension") << int(FileScope::Kind::Extension) << QStringList{u"d/a.log"_s}
                               << QStringList{u"d/a.log"_s, u"d/c.log"_s};
}

void TestScopeChoiceModel::preview()
{
    QFETCH(int, kind);
    QFETCH(QStringList, denials);
    QFETCH(QStringList, files);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QDir(dir.path()).mkpath(u"d/sub"_s);
    for (const QString &f : {u"d/a.log"_s, u"d/b.txt"_s, u"d/c.log"_s, u"d/sub/e.log"_s, u"other.log"_s}) {
        QFile file(dir.filePath(f));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString base = dir.path() + u'/';
    ScopeChoiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCandidate(fileCandidate(base + u"d/a.log"_s),
        {base + u"d/a.log"_s, base + u"d/b.txt"_s, base + u"d/sub/e.log"_s, base + u"other.log"_s,
            u"/elsewhere/a.log"_s});
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r).data(ScopeChoiceModel::KindRole).toInt() == kind)
            row = r;
    }
    QVERIFY(row >= 0);
    const QModelIndex i = model.index(row);
    auto prefixed = [&](QStringList list) {
        for (QString &s : list)
            s.prepend(base);
        return list;
    };
    QCOMPARE(i.data(ScopeChoiceModel::MatchedDenialsRole).toStringList(), prefixed(denials));
    QCOMPARE(i.data(ScopeChoiceModel::ExistingFilesRole).toStringList(), prefixed(files));
    QVERIFY(i.data(ScopeChoiceModel::RuleRole).toString().startsWith(u"owner "_s));
}

void TestScopeChoiceModel::custom()
{
    ScopeChoiceModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCandidate(fileCandidate(u"/srv/a/b.txt"_s), {u"/srv/a/b.txt"_s, u"/srv/c/d.txt"_s, u"/srv/e"_s});
    const int row = model.customRow();
    QCOMPARE(model.index(row).data(ScopeChoiceModel::KindRole).toInt(), int(FileScope::Kind::Custom));
    QCOMPARE(model.index(row).data(ScopeChoiceModel::RuleRole).toString(), QString());
    QCOMPARE(model.index(row).data(ScopeChoiceModel::ErrorRole).toString(), QString());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setCustomPattern(u"/srv/*/*.txt"_s);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(row).data(ScopeChoiceModel::RuleRole).toString(), u"owner /srv/*/*.txt r,"_s);
    QCOMPARE(model.index(row).data(ScopeChoiceModel::MatchedDenialsRole).toStringList(),
        (QStringList{u"/srv/a/b.txt"_s, u"/srv/c/d.txt"_s}));

    model.setCustomPattern(u"/srv/x\" r, /** rwx"_s);
    QCOMPARE(changed.size(), 2);
    QVERIFY(!model.index(row).data(ScopeChoiceModel::ErrorRole).toString().isEmpty());
    QCOMPARE(model.index(row).data(ScopeChoiceModel::RuleRole).toString(), QString());

    // A valid glob that misses the denied file is no rule for this denial: it says so.
    model.setCustomPattern(u"/srv/*/*.csv"_s);
    QVERIFY2(model.index(row).data(ScopeChoiceModel::ErrorRole).toString().contains(u"/srv/a/b.txt"_s),
        qPrintable(model.index(row).data(ScopeChoiceModel::ErrorRole).toString()));
    QCOMPARE(model.index(row).data(ScopeChoiceModel::RuleRole).toString(), QString());
    model.setCustomPattern(u"/srv/**"_s);
    QCOMPARE(model.index(row).data(ScopeChoiceModel::ErrorRole).toString(), QString());
    QCOMPARE(model.index(row).data(ScopeChoiceModel::RuleRole).toString(), u"owner /srv/** r,"_s);
}

QTEST_GUILESS_MAIN(TestScopeChoiceModel)
#include "tst_scopechoicemodel.moc"
