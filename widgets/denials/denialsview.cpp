// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialsview.h"
#include "denialdetailsview.h"
#include "denialfilterproxy.h"
#include "denialmonitor.h"

#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

DenialsView::DenialsView(DenialMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_proxy(new DenialFilterProxy(this))
    , m_sourceLabel(new QLabel(this))
    , m_privilegeLabel(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_profile(new QComboBox(this))
    , m_class(new QComboBox(this))
    , m_time(new QComboBox(this))
    , m_showEvents(new QCheckBox(tr("Profile &loads"), this))
    , m_table(new QTableView(this))
    , m_details(new DenialDetailsView(this))
    , m_chart(new QChartView(this))
    , m_chartTimer(new QTimer(this))
{
    m_proxy->setSourceModel(monitor->model());
    m_proxy->setKindShown(Denial::Kind::Status, false);

    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_privilegeLabel->setWordWrap(true);
    m_privilegeLabel->setStyleSheet(u"QLabel { background: #fdecea; color: #611a15; padding: 6px; }"_s);
    m_privilegeLabel->hide();

    m_search->setPlaceholderText(tr("Search profile, path, command…"));
    m_search->setClearButtonEnabled(true);
    m_profile->addItem(tr("All profiles"), QString());
    m_profile->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_class->addItem(tr("All classes"), QString());
    for (const QString &c :
        {u"file"_s, u"cap"_s, u"net"_s, u"unix"_s, u"dbus"_s, u"signal"_s, u"ptrace"_s, u"mount"_s, u"policy"_s})
        m_class->addItem(c, c);
    m_time->addItem(tr("Any time"), qint64(0));
    m_time->addItem(tr("Last hour"), qint64(3600));
    m_time->addItem(tr("Last 24 hours"), qint64(86400));
    m_time->addItem(tr("Last 7 days"), qint64(7 * 86400));
    m_showEvents->setToolTip(tr("Also show profile loads and replacements"));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_profile);
    filters->addWidget(m_class);
    filters->addWidget(m_time);
    filters->addWidget(m_showEvents);

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DenialListModel::LastSeenColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(DenialListModel::TargetColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(DenialListModel::LastSeenColumn, 150);
    m_table->setColumnWidth(DenialListModel::KindColumn, 70);
    m_table->setColumnWidth(DenialListModel::ProfileColumn, 160);
    m_table->setColumnWidth(DenialListModel::ClassColumn, 60);
    m_table->setColumnWidth(DenialListModel::CountColumn, 60);

    auto *chart = new QChart;
    chart->setTitle(tr("Denials per minute, busiest profiles"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setChart(chart);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(180);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_details);
    lower->addWidget(m_chart);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_privilegeLabel);
    layout->addWidget(m_sourceLabel);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &DenialFilterProxy::setText);
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setProfile(m_profile->currentData().toString());
    });
    connect(m_class, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setRuleClass(m_class->currentData().toString());
    });
    connect(m_time, &QComboBox::currentIndexChanged, this, [this] {
        const qint64 seconds = m_time->currentData().toLongLong();
        m_proxy->setSince(seconds ? QDateTime::currentMSecsSinceEpoch() - seconds * 1000 : 0);
    });
    connect(m_showEvents, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setKindShown(Denial::Kind::Status, on);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DenialsView::updateDetails);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &DenialsView::updateDetails);
    connect(m_details, &DenialDetailsView::allowRequested, this, &DenialsView::allowRequested);
    connect(m_details, &DenialDetailsView::openProfileRequested, this, &DenialsView::openProfileRequested);
    connect(m_details, &DenialDetailsView::muteRequested, monitor->throttle(), &NotificationThrottle::mute);
    connect(monitor, &DenialMonitor::sourceChanged, this, &DenialsView::updateSource);
    connect(monitor->model(), &DenialListModel::recordsAdded, this, &DenialsView::updateProfiles);
    // A flood must not redraw the chart thousands of times a second.
    m_chartTimer->setSingleShot(true);
    m_chartTimer->setInterval(1000);
    connect(m_chartTimer, &QTimer::timeout, this, &DenialsView::updateChart);
    connect(monitor->timeline(), &DenialTimeline::changed, this, [this] {
        if (!m_chartTimer->isActive())
            m_chartTimer->start();
    });
    updateSource();
    updateProfiles();
    updateChart();
}

QString DenialsView::sourceText() const
{
    return m_sourceLabel->text();
}

void DenialsView::updateSource()
{
    const DenialSource *source = m_monitor->source();
    if (!source) {
        m_sourceLabel->setText(tr("No log is being read."));
        return;
    }
    QString text = tr("Reading %1").arg(source->reason().isEmpty() ? source->name() : source->reason());
    if (source->state() == DenialSource::State::Following)
        text += tr(" — following new records");
    m_sourceLabel->setText(text);
    const bool blocked
        = source->state() == DenialSource::State::NeedsPrivileges || source->state() == DenialSource::State::Failed;
    m_privilegeLabel->setText(source->message());
    m_privilegeLabel->setVisible(blocked && !source->message().isEmpty());
}

void DenialsView::updateProfiles()
{
    const DenialListModel *model = m_monitor->model();
    QSet<QString> known;
    for (int i = 1; i < m_profile->count(); ++i)
        known.insert(m_profile->itemData(i).toString());
    QStringList fresh;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QString &p = model->group(r).latest.profile;
        if (!p.isEmpty() && !known.contains(p)) {
            known.insert(p);
            fresh.append(p);
        }
    }
    fresh.sort();
    for (const QString &p : std::as_const(fresh))
        m_profile->addItem(p, p);
    // Show the newest group's details until the user picks one.
    if (!m_table->selectionModel()->currentIndex().isValid() && m_proxy->rowCount() > 0) {
        const QModelIndex first = m_proxy->index(0, 0);
        m_table->selectionModel()->setCurrentIndex(
            first, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void DenialsView::updateChart()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const DenialTimeline *timeline = m_monitor->timeline();
    const QStringList profiles = timeline->busiestProfiles(5);
    if (profiles.isEmpty())
        return;
    auto *x = new QDateTimeAxis;
    x->setFormat(u"HH:mm"_s);
    x->setTitleText(tr("Time"));
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%d"_s);
    y->setTitleText(tr("Denials"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    qint64 minT = std::numeric_limits<qint64>::max();
    qint64 maxT = 0;
    int maxY = 1;
    for (const QString &profile : profiles) {
        auto *series = new QLineSeries;
        series->setName(profile);
        // A profile denied in one minute only is a single point: without a marker it is invisible.
        series->setPointsVisible(true);
        series->setMarkerSize(5);
        const QMap<qint64, int> points = timeline->series(profile);
        // Minutes without denials are zero, not interpolated.
        qint64 previous = -1;
        for (auto it = points.cbegin(); it != points.cend(); ++it) {
            if (previous >= 0 && it.key() - previous > DenialTimeline::BucketMs)
                series->append(qreal(previous + DenialTimeline::BucketMs), 0);
            if (previous >= 0 && it.key() - previous > 2 * DenialTimeline::BucketMs)
                series->append(qreal(it.key() - DenialTimeline::BucketMs), 0);
            series->append(qreal(it.key()), it.value());
            previous = it.key();
            minT = qMin(minT, it.key());
            maxT = qMax(maxT, it.key());
            maxY = qMax(maxY, it.value());
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    if (maxT <= minT)
        maxT = minT + DenialTimeline::BucketMs;
    x->setRange(QDateTime::fromMSecsSinceEpoch(minT), QDateTime::fromMSecsSinceEpoch(maxT));
    // Counts are whole numbers: ticks on a whole step (1, 2, 5, 10, 20, 50, ...), at most five.
    int step = 1;
    for (int base = 1; step * 4 < maxY; base *= 10) {
        for (const int m : {1, 2, 5}) {
            step = base * m;
            if (step * 4 >= maxY)
                break;
        }
    }
    const int top = (maxY / step + 1) * step;
    y->setRange(0, top);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(step);
    y->setMinorTickCount(0);
}

void DenialsView::updateDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        m_details->clear();
        return;
    }
    const QModelIndex source = m_proxy->mapToSource(current);
    m_details->setGroup(m_monitor->model()->group(source.row()));
}

void DenialsView::showDenial(const Denial &denial)
{
    const int row = m_monitor->model()->rowOfKey(DenialGroup::keyOf(denial));
    if (row < 0)
        return;
    m_search->clear();
    m_profile->setCurrentIndex(0);
    m_class->setCurrentIndex(0);
    m_time->setCurrentIndex(0);
    const QModelIndex index = m_proxy->mapFromSource(m_monitor->model()->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}
