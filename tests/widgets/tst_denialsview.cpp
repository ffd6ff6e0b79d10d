// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialdetailsview.h"
#include "denialfilterproxy.h"
#include "denialmonitor.h"
#include "denialsview.h"
#include "denialtestlines.h"
#include "logfilesource.h"

#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The denial page on a real followed file: it says what it reads, fills as records arrive,
// filters by text, and shows every field of the selected group.
class TestDenialsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void page();
};

void TestDenialsView::page()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"kern.log"_s);
    QFile f(log);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    f.write(TestLines::kernLine(1) + TestLines::kernLine(1) + TestLines::kernLine(2, "evince"));

    QSettings settings(dir.filePath(u"armorer.conf"_s), QSettings::IniFormat);
    DenialMonitor monitor(&settings);
    auto source = std::make_unique<LogFileSource>(log);
    source->setReason(u"kern.log, for the test"_s);
    DenialsView view(&monitor);
    view.resize(1000, 700);
    view.show();
    monitor.setSource(std::move(source), DenialStart::beginning());
    QTRY_COMPARE(view.table()->model()->rowCount(), 2);
    QVERIFY2(view.sourceText().contains(u"kern.log, for the test"_s), qPrintable(view.sourceText()));

    // Live: an appended record becomes a row.
    f.write(TestLines::kernLine(3, "cupsd"));
    QTRY_COMPARE(view.table()->model()->rowCount(), 3);

    view.searchField()->setText(u"EVINCE"_s);
    QCOMPARE(view.table()->model()->rowCount(), 1);
    view.searchField()->clear();

    // Selecting firefox's group shows all its fields and its count.
    Denial one;
    for (int r = 0; r < monitor.model()->rowCount(); ++r) {
        if (monitor.model()->group(r).latest.name == u"/tmp/f1")
            one = monitor.model()->group(r).latest;
    }
    view.showDenial(one);
    const auto rows = view.details()->rows();
    QVERIFY(rows.contains(std::pair(u"Occurrences"_s, u"2"_s)));
    QVERIFY(rows.contains(std::pair(u"Name"_s, u"/tmp/f1"_s)));
    QVERIFY(rows.contains(std::pair(u"Profile"_s, u"firefox"_s)));
    QVERIFY(rows.contains(std::pair(u"PID"_s, u"42"_s)));

    QSignalSpy allow(&view, &DenialsView::allowRequested);
    QSignalSpy openProfile(&view, &DenialsView::openProfileRequested);
    QSignalSpy muted(monitor.throttle(), &NotificationThrottle::mutedChanged);
    const auto buttons = view.details()->findChildren<QPushButton *>();
    for (QPushButton *b : buttons) {
        if (b->text().contains(u"Allow"_s))
            b->click();
        if (b->text().contains(u"Mute"_s))
            b->click();
    }
    auto *open = view.details()->findChild<QPushButton *>(u"openProfileButton"_s);
    QVERIFY(open);
    QVERIFY(open->isEnabled());
    open->click();
    QCOMPARE(openProfile.size(), 1);
    QCOMPARE(openProfile.at(0).at(0).toString(), u"firefox"_s);
    QCOMPARE(allow.size(), 1);
    QCOMPARE(allow.at(0).at(0).value<Denial>().name, u"/tmp/f1"_s);
    QVERIFY(monitor.throttle()->isMuted(u"firefox"_s));

    // Nothing selected: no profile to open.
    view.details()->clear();
    QVERIFY(!open->isEnabled());
}

QTEST_MAIN(TestDenialsView)
#include "tst_denialsview.moc"
