// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialdetailsview.h"
#include "denialfilterproxy.h"
#include "denialmonitor.h"
#include "denialsview.h"
#include "denialtestlines.h"
#include "helperclient.h"
#include "helperdenialsource.h"
#include "logfilesource.h"
#include "privatehelper.h"

#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The denial page on a real followed file: it says what it reads, fills as records arrive,
// filters by text, and shows every field of the selected group.
class TestDenialsView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void page();
    void unverifiedIsMarked();
    void stackedChartAndMutes();
    void needsPrivilegesOffersHelper();
    void readThroughHelperOnce();
};

namespace {
// A fake source, named as one: a log this user may not read. The tests run as root, which
// every real log lets in.
class RefusedSource : public DenialSource
{
public:
    QString name() const override { return u"kern.log"_s; }
    void start(const DenialStart &, bool) override
    {
        setState(State::NeedsPrivileges, u"kern.log can be read by root only."_s);
    }
    void stop() override { setState(State::Stopped, {}); }
    QString position() const override { return {}; }
};
} // namespace

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
    AppArmorEvent one;
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
    QCOMPARE(allow.at(0).at(0).value<AppArmorEvent>().name, u"/tmp/f1"_s);
    QVERIFY(monitor.throttle()->isMuted(u"firefox"_s));

    // Nothing selected: no profile to open.
    view.details()->clear();
    QVERIFY(!open->isEnabled());
}

// Issue 12: a syslog file holds the kernel's line and a logger line forging a cupsd denial of
// /etc/shadow. The table marks the forged row, with the reason as its tooltip; the details say
// it is unverified; the throttle's own test shows it never pops up.
void TestDenialsView::unverifiedIsMarked()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"syslog"_s);
    QFile f(log);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(TestLines::kernLine(1));
    f.write("Nov 22 10:00:01 host cupsd: audit: type=1400 audit(1700000001.100:2): " + TestLines::fields(2, "cupsd")
        + '\n');
    f.close();
    QVERIFY(f.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));

    QSettings settings(dir.filePath(u"armorer.conf"_s), QSettings::IniFormat);
    DenialMonitor monitor(&settings);
    DenialsView view(&monitor);
    view.show();
    monitor.setSource(std::make_unique<LogFileSource>(log), DenialStart::beginning());
    QTRY_COMPARE(view.table()->model()->rowCount(), 2);
    QAbstractItemModel *table = view.table()->model();
    int forgedRow = -1;
    for (int r = 0; r < table->rowCount(); ++r) {
        if (!table->index(r, 0).data(DenialListModel::VerifiedRole).toBool())
            forgedRow = r;
    }
    QVERIFY(forgedRow >= 0);
    const QModelIndex kind = table->index(forgedRow, DenialListModel::KindColumn);
    QVERIFY2(kind.data().toString().contains(u"unverified"_s), qPrintable(kind.data().toString()));
    QVERIFY(kind.data(Qt::ToolTipRole).toString().contains(u"logger"_s));

    const AppArmorEvent forged = kind.data(DenialListModel::DenialRole).value<AppArmorEvent>();
    QCOMPARE(forged.profile, u"cupsd"_s);
    view.showDenial(forged);
    auto *notice = view.details()->findChild<QLabel *>(u"unverifiedNotice"_s);
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY(view.details()->rows().contains(std::pair(u"Verified"_s, u"no"_s)));
}

void TestDenialsView::stackedChartAndMutes()
{
    QTemporaryDir dir;
    const QString log = dir.filePath(u"kern.log"_s);
    QFile f(log);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // firefox in two minutes, evince in one, a complain-mode ALLOWED and a profile load on top.
    QByteArray lines
        = TestLines::kernLine(1) + TestLines::kernLine(2) + TestLines::kernLine(70) + TestLines::kernLine(3, "evince");
    QByteArray allowed = TestLines::kernLine(4, "cupsd");
    allowed.replace("DENIED", "ALLOWED");
    lines += allowed;
    f.write(lines);
    f.close();
    QSettings settings(dir.filePath(u"armorer.conf"_s), QSettings::IniFormat);
    DenialMonitor monitor(&settings);
    DenialsView view(&monitor);
    view.resize(1024, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    monitor.setSource(std::make_unique<LogFileSource>(log), DenialStart::beginning());
    QTRY_COMPARE(view.table()->model()->rowCount(), 5); // the ALLOWED record is listed, not counted
    QTRY_VERIFY(!view.chartView()->chart()->series().isEmpty());
    auto *series = qobject_cast<QStackedBarSeries *>(view.chartView()->chart()->series().constFirst());
    QVERIFY(series);
    QStringList names;
    QList<QColor> colours;
    int total = 0;
    for (QBarSet *set : series->barSets()) {
        names << set->label();
        colours << set->color();
        for (int i = 0; i < set->count(); ++i)
            total += int(set->at(i));
    }
    // Stable colours: the profile's own, whatever its position, and no two alike.
    const QHash<QString, QColor> expected = DenialsView::profileColors(names);
    for (qsizetype i = 0; i < names.size(); ++i)
        QCOMPARE(colours.at(i), expected.value(names.at(i)));
    QSet<QRgb> rgbs;
    for (const QColor &c : std::as_const(colours))
        rgbs.insert(c.rgba());
    QCOMPARE(rgbs.size(), colours.size());
    names.sort();
    QCOMPARE(names, (QStringList{u"evince"_s, u"firefox"_s})); // the ALLOWED record is no denial
    QCOMPARE(total, 4);
    QVERIFY2(view.chartTitle()->text().contains(u"minute"_s), qPrintable(view.chartTitle()->text()));
    QCOMPARE(DenialsView::profileColor(u"firefox"_s), DenialsView::profileColor(u"firefox"_s));
    // Eight colours for more profiles than that: each of the first eight gets a colour of its own.
    QStringList many;
    for (int i = 0; i < 8; ++i)
        many << u"profile-%1"_s.arg(i);
    const QHash<QString, QColor> eight = DenialsView::profileColors(many);
    QSet<QRgb> distinct;
    for (const QColor &c : eight)
        distinct.insert(c.rgba());
    QCOMPARE(distinct.size(), 8);
    // The title is not squeezed: it is a label the layout gives its height.
    QVERIFY(view.chartTitle()->height() >= view.chartTitle()->fontMetrics().height());

    // A mute shows on the page and is undone there.
    QVERIFY(!view.mutedBar()->isVisible());
    monitor.throttle()->mute(u"firefox"_s);
    QVERIFY(view.mutedBar()->isVisible());
    QVERIFY(view.mutedLabel()->text().contains(u"firefox"_s));
    const QList<QAction *> unmute = view.unmuteButton()->menu()->actions();
    QCOMPARE(unmute.size(), 1);
    unmute.constFirst()->trigger();
    QVERIFY(monitor.throttle()->mutedProfiles().isEmpty());
    QVERIFY(!view.mutedBar()->isVisible());

    // Esc clears the search. It is a shortcut, which fires only in the active window (offscreen
    // every shown window is; under X11 with no window manager, only one activated).
    view.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&view));
    view.searchField()->setFocus();
    QTest::keyClicks(view.searchField(), u"evince"_s);
    QCOMPARE(view.table()->model()->rowCount(), 1);
    QTest::keyClick(view.searchField(), Qt::Key_Escape);
    QCOMPARE(view.table()->model()->rowCount(), 5);
}

// The notice that the log cannot be read carries "Read Through the Helper" when there is a
// helper to ask, and the button asks for it.
void TestDenialsView::needsPrivilegesOffersHelper()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"armorer.conf"_s), QSettings::IniFormat);
    DenialMonitor monitor(&settings);
    DenialsView view(&monitor);
    view.resize(1000, 700);
    view.show();
    QSignalSpy requested(&view, &DenialsView::helperReadRequested);
    monitor.setSource(std::make_unique<RefusedSource>(), DenialStart::beginning());
    QTRY_VERIFY(view.helperReadButton()->parentWidget()->isVisible());
    // No helper (a sandbox root given with --root): the notice alone.
    QVERIFY(!view.helperReadButton()->isVisible());
    QVERIFY(!view.refreshButton()->isVisible());
    view.setHelperReadAvailable(true);
    QVERIFY(view.helperReadButton()->isVisible());
    QCOMPARE(view.helperReadButton()->text().remove(u'&'), u"Read Through the Helper"_s);
    view.helperReadButton()->click();
    QCOMPARE(requested.size(), 1);
    // A log that can be read: no button.
    QFile log(dir.filePath(u"kern.log"_s));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write(TestLines::kernLine(1));
    log.close();
    monitor.setSource(std::make_unique<LogFileSource>(log.fileName()), DenialStart::beginning());
    QTRY_COMPARE(view.table()->model()->rowCount(), 1);
    QVERIFY(!view.helperReadButton()->isVisible());
    QVERIFY(!view.helperReadButton()->parentWidget()->isVisible());
}

// Through a real helper (the demo's private one, over a sandbox root): the records arrive,
// the page says they are read once and not followed, and Refresh brings the new ones.
void TestDenialsView::readThroughHelperOnce()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath(u"var/log"_s)));
    QVERIFY(QDir().mkpath(dir.filePath(u"etc/apparmor.d/local"_s)));
    QFile log(dir.filePath(u"var/log/kern.log"_s));
    QVERIFY(log.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    log.write(TestLines::kernLine(1) + TestLines::kernLine(2, "evince"));
    QVERIFY(log.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    PrivateHelper helper;
    QString error;
    QVERIFY2(helper.start(dir.path(), &error), qPrintable(error));
    HelperClient client(helper.connection());

    QSettings settings(dir.filePath(u"armorer.conf"_s), QSettings::IniFormat);
    DenialMonitor monitor(&settings);
    DenialsView view(&monitor);
    view.resize(1000, 700);
    view.show();
    monitor.setSource(std::make_unique<HelperDenialSource>(&client), DenialStart::beginning());
    QTRY_COMPARE_WITH_TIMEOUT(view.table()->model()->rowCount(), 2, 30000);
    QTRY_VERIFY(view.refreshButton()->isEnabled());
    QVERIFY(view.refreshButton()->isVisible());
    QVERIFY2(view.sourceText().contains(u"not followed"_s), qPrintable(view.sourceText()));
    for (int r = 0; r < monitor.model()->rowCount(); ++r)
        QVERIFY(monitor.model()->group(r).latest.isVerified());

    log.write(TestLines::kernLine(3, "cupsd"));
    view.refreshButton()->click();
    QTRY_COMPARE_WITH_TIMEOUT(view.table()->model()->rowCount(), 3, 30000);
    QTRY_VERIFY(view.refreshButton()->isEnabled());
    // Refresh reads from where the last read stopped: nothing counted twice.
    quint64 occurrences = 0;
    for (int r = 0; r < monitor.model()->rowCount(); ++r)
        occurrences += monitor.model()->group(r).count;
    QCOMPARE(occurrences, quint64(3));
}

QTEST_MAIN(TestDenialsView)
#include "tst_denialsview.moc"
