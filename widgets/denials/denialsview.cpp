// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialsview.h"
#include "denialdetailsview.h"
#include "denialexplanationmodel.h"
#include "denialfilterproxy.h"
#include "denialmonitor.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

DenialsView::DenialsView(DenialMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
    , m_proxy(new DenialFilterProxy(this))
    , m_sourceLabel(new QLabel(this))
    , m_privilegeLabel(new QLabel(this))
    , m_privilegeBar(new QWidget(this))
    , m_helperRead(new QPushButton(tr("&Read Through the Helper"), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_search(new QLineEdit(this))
    , m_profile(new QComboBox(this))
    , m_class(new QComboBox(this))
    , m_time(new QComboBox(this))
    , m_showEvents(new QCheckBox(tr("Profile &loads"), this))
    , m_table(new QTableView(this))
    , m_details(new DenialDetailsView(this))
    , m_chartTitle(new QLabel(this))
    , m_chart(new QChartView(this))
    , m_chartTimer(new QTimer(this))
{
    m_proxy->setSourceModel(monitor->model());
    m_proxy->setKindShown(AppArmorEvent::Kind::Status, false);

    m_sourceLabel->setWordWrap(true);
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_privilegeLabel->setWordWrap(true);
    m_privilegeLabel->setStyleSheet(u"QLabel { background: #fdecea; color: #611a15; padding: 6px; }"_s);
    m_privilegeLabel->setParent(m_privilegeBar);
    m_helperRead->setParent(m_privilegeBar);
    m_helperRead->setToolTip(tr("armorer-helper reads the system log for you; polkit decides whether you may "
                                "(members of adm and systemd-journal may without a password)."));
    m_helperRead->hide();
    auto *privilegeLayout = new QHBoxLayout(m_privilegeBar);
    privilegeLayout->setContentsMargins(0, 0, 0, 0);
    privilegeLayout->addWidget(m_privilegeLabel, 1);
    privilegeLayout->addWidget(m_helperRead, 0, Qt::AlignVCenter);
    m_privilegeBar->hide();
    m_refresh->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    m_refresh->hide();

    m_search->setPlaceholderText(tr("Search profile, path, command…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(u"Search profile, path"_s) + 40);
    auto *clearSearch = new QAction(m_search);
    clearSearch->setShortcut(QKeySequence(Qt::Key_Escape));
    clearSearch->setShortcutContext(Qt::WidgetShortcut);
    m_search->addAction(clearSearch);
    connect(clearSearch, &QAction::triggered, m_search, &QLineEdit::clear);

    // Mutes show here too: GNOME has no tray to undo them from.
    m_mutedBar = new QWidget(this);
    m_mutedLabel = new QLabel(m_mutedBar);
    m_mutedLabel->setWordWrap(true);
    m_unmute = new QToolButton(m_mutedBar);
    m_unmute->setText(tr("&Unmute"));
    m_unmute->setPopupMode(QToolButton::InstantPopup);
    m_unmute->setMenu(new QMenu(m_unmute));
    auto *mutedLayout = new QHBoxLayout(m_mutedBar);
    mutedLayout->setContentsMargins(0, 0, 0, 0);
    auto *mutedIcon = new QLabel(m_mutedBar);
    mutedIcon->setPixmap(QIcon::fromTheme(u"notifications-disabled"_s).pixmap(16, 16));
    mutedLayout->addWidget(mutedIcon);
    mutedLayout->addWidget(m_mutedLabel, 1);
    mutedLayout->addWidget(m_unmute);
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

    // The title is a label above the chart: QChart's own title is cut when the chart is narrow.
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setShowToolTips(true);
    chart->setMargins(QMargins(2, 2, 2, 2));
    // QChartView made a chart of its own, and setChart() lets go of it without deleting it.
    QChart *const initial = m_chart->chart();
    m_chart->setChart(chart);
    delete initial;
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(200);
    m_chartTitle->setAlignment(Qt::AlignCenter);
    m_chartTitle->setWordWrap(true);
    QFont bold = m_chartTitle->font();
    bold.setBold(true);
    m_chartTitle->setFont(bold);
    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(2);
    chartLayout->addWidget(m_chartTitle);
    chartLayout->addWidget(m_chart, 1);

    auto *lower = new QSplitter(Qt::Horizontal, this);
    lower->setObjectName(u"denialsLowerSplitter"_s);
    lower->addWidget(m_details);
    lower->addWidget(chartBox);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"denialsSplitter"_s);
    split->addWidget(m_table);
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_privilegeBar);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_sourceLabel, 1);
    sourceRow->addWidget(m_refresh);
    layout->addLayout(sourceRow);
    layout->addWidget(m_mutedBar);
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
        m_proxy->setKindShown(AppArmorEvent::Kind::Status, on);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DenialsView::updateDetails);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &DenialsView::updateDetails);
    connect(m_details, &DenialDetailsView::allowRequested, this, &DenialsView::allowRequested);
    connect(m_helperRead, &QPushButton::clicked, this, &DenialsView::helperReadRequested);
    connect(m_refresh, &QPushButton::clicked, m_monitor, &DenialMonitor::refresh);
    connect(m_details, &DenialDetailsView::openProfileRequested, this, &DenialsView::openProfileRequested);
    connect(m_details, &DenialDetailsView::muteRequested, monitor->throttle(), &NotificationThrottle::mute);
    connect(monitor, &DenialMonitor::sourceChanged, this, &DenialsView::updateSource);
    connect(monitor->throttle(), &NotificationThrottle::mutedChanged, this, &DenialsView::updateMuted);
    connect(monitor->model(), &DenialListModel::recordsAdded, this, &DenialsView::updateProfiles);
    // A flood must not redraw the chart thousands of times a second.
    m_chartTimer->setSingleShot(true);
    m_chartTimer->setInterval(1000);
    connect(m_chartTimer, &QTimer::timeout, this, &DenialsView::updateChart);
    // The labels of the time axis depend on the chart's width (updateChart).
    m_chart->installEventFilter(this);
    connect(monitor->timeline(), &DenialTimeline::changed, this, [this] {
        if (!m_chartTimer->isActive())
            m_chartTimer->start();
    });
    updateSource();
    updateProfiles();
    updateChart();
    updateMuted();
}

void DenialsView::updateMuted()
{
    NotificationThrottle *throttle = m_monitor->throttle();
    const QStringList muted = throttle->mutedProfiles();
    m_mutedBar->setVisible(!muted.isEmpty());
    m_mutedLabel->setText(
        tr("Notifications are muted for %n profile(s): %1", nullptr, int(muted.size())).arg(muted.join(u", "_s)));
    QMenu *menu = m_unmute->menu();
    menu->clear();
    for (const QString &profile : muted) {
        connect(menu->addAction(tr("Unmute %1").arg(profile)), &QAction::triggered, throttle, [throttle, profile] {
            throttle->unmute(profile);
        });
    }
    if (muted.size() > 1) {
        menu->addSeparator();
        connect(menu->addAction(tr("Unmute &All")), &QAction::triggered, throttle, [throttle, muted] {
            for (const QString &profile : muted)
                throttle->unmute(profile);
        });
    }
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
        m_privilegeBar->hide();
        m_refresh->hide();
        return;
    }
    QString text = tr("Reading %1").arg(source->reason().isEmpty() ? source->name() : source->reason());
    if (source->state() == DenialSource::State::Following)
        text += tr(" — following new records");
    m_sourceLabel->setText(text);
    const bool blocked
        = source->state() == DenialSource::State::NeedsPrivileges || source->state() == DenialSource::State::Failed;
    m_privilegeLabel->setText(source->message());
    m_privilegeBar->setVisible(blocked && !source->message().isEmpty());
    m_helperRead->setVisible(m_helperReadAvailable && source->state() == DenialSource::State::NeedsPrivileges);
    m_refresh->setVisible(source->isOneShot());
    m_refresh->setEnabled(source->state() != DenialSource::State::Reading);
    if (source->isOneShot() && source->state() == DenialSource::State::Stopped)
        m_sourceLabel->setText(text + u" — "_s + source->message());
}

void DenialsView::setHelperReadAvailable(bool available)
{
    m_helperReadAvailable = available;
    updateSource();
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

namespace {
// Colours told apart in light and dark palettes.
const QList<QColor> &chartColours()
{
    static const QList<QColor> colours
        = {QColor(0x3d, 0xae, 0xe9), QColor(0xf6, 0x74, 0x00), QColor(0x27, 0xae, 0x60), QColor(0xda, 0x44, 0x53),
            QColor(0x9b, 0x59, 0xb6), QColor(0xfd, 0xbc, 0x4b), QColor(0x1a, 0xbc, 0x9c), QColor(0xe9, 0x3d, 0x9b)};
    return colours;
}
} // namespace

QColor DenialsView::profileColor(const QString &profile)
{
    // The same profile keeps its colour across refreshes and runs: picked by a hash of its
    // name (FNV-1a, not qHash, whose seed changes per process).
    quint32 hash = 2166136261u;
    for (const QChar c : profile) {
        hash ^= c.unicode();
        hash *= 16777619u;
    }
    return chartColours().at(int(hash % quint32(chartColours().size())));
}

QHash<QString, QColor> DenialsView::profileColors(QStringList profiles)
{
    const QList<QColor> &all = chartColours();
    profiles.sort();
    QHash<QString, QColor> colours;
    QList<QColor> taken;
    for (const QString &profile : std::as_const(profiles)) {
        qsizetype i = all.indexOf(profileColor(profile));
        for (int tries = 1; taken.contains(all.at(i)) && tries < all.size(); ++tries)
            i = (i + 1) % all.size();
        taken.append(all.at(i));
        colours.insert(profile, all.at(i));
    }
    return colours;
}

bool DenialsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chart && event->type() == QEvent::Resize && qAbs(m_chart->width() - m_chartLabelledWidth) > 40)
        updateChart();
    return QWidget::eventFilter(watched, event);
}

void DenialsView::updateChart()
{
    QChart *chart = m_chart->chart();
    chart->removeAllSeries(); // deletes them
    // removeAxis() only lets go of an axis: the chart rebuilt at every resize leaked its two.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    // The chart follows the palette (a dark desktop gets a dark chart).
    const QPalette pal = palette();
    chart->setTheme(pal.color(QPalette::Window).lightness() < 128 ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(pal.color(QPalette::Base));
    chart->setBackgroundRoundness(0);
    chart->legend()->setLabelColor(pal.color(QPalette::Text));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    chart->legend()->setFont(small);

    const DenialTimeline *timeline = m_monitor->timeline();
    const QStringList profiles = timeline->busiestProfiles(5);
    if (profiles.isEmpty()) {
        m_chartTitle->setText(tr("Denials over time: none yet"));
        return;
    }
    // Times in the user's locale; the date too where it is not today.
    const QLocale locale;
    const QDate today = QDate::currentDate();
    const auto labelsOf = [&](const DenialTimeline::Bars &b) {
        QStringList labels;
        for (qint64 start : b.starts) {
            const QDateTime when = QDateTime::fromMSecsSinceEpoch(start);
            const QString time = locale.toString(when.time(), QLocale::ShortFormat);
            labels << (when.date() == today ? time : locale.toString(when.date(), u"d MMM"_s) + u' ' + time);
        }
        return labels;
    };
    // At most 24 bars, and no more than their time labels fit under: a narrow chart gets
    // fewer, wider buckets rather than labels cut to "…".
    const QFontMetrics metrics(small);
    const int plotWidth = qMax(120, m_chart->width() - 80);
    DenialTimeline::Bars bars = timeline->bars(profiles, 24);
    QStringList categories = labelsOf(bars);
    for (int attempt = 0; attempt < 3; ++attempt) {
        int widest = 1;
        for (const QString &c : std::as_const(categories))
            widest = qMax(widest, metrics.horizontalAdvance(c));
        const int fit = qMax(3, plotWidth / (widest + 14));
        if (categories.size() <= fit)
            break;
        bars = timeline->bars(profiles, fit);
        categories = labelsOf(bars);
    }
    m_chartLabelledWidth = m_chart->width();
    const QHash<QString, QColor> colours = profileColors(profiles);
    const qint64 minutes = bars.widthMs / DenialTimeline::BucketMs;
    m_chartTitle->setText(minutes < 60 ? tr("Denials per %n minute(s), busiest profiles", nullptr, int(minutes))
                                       : tr("Denials per %n hour(s), busiest profiles", nullptr, int(minutes / 60)));

    auto *series = new QStackedBarSeries;
    series->setBarWidth(0.9);
    int maxY = 1;
    QList<int> totals(bars.starts.size(), 0);
    for (int row = 0; row < bars.counts.size(); ++row) {
        const QList<int> &counts = bars.counts[row];
        if (std::all_of(counts.cbegin(), counts.cend(), [](int n) {
                return n == 0;
            }))
            continue;
        const bool others = row == profiles.size();
        const QString name = others ? tr("Other profiles") : profiles[row];
        // Long paths are cut in the middle, so the legend fits and both ends stay readable.
        auto *set = new QBarSet(QFontMetrics(small).elidedText(name, Qt::ElideMiddle, 160));
        set->setColor(others ? QColor(0x90, 0x90, 0x90) : colours.value(name));
        set->setBorderColor(set->color());
        for (int i = 0; i < counts.size(); ++i) {
            *set << counts[i];
            totals[i] += counts[i];
        }
        series->append(set);
    }
    for (int total : std::as_const(totals))
        maxY = qMax(maxY, total);
    chart->addSeries(series);

    auto *x = new QBarCategoryAxis;
    x->append(categories);
    // The bars are as many as their labels fit under (above): Qt's own truncation, which cuts
    // "15:26" to "15:2…" in a narrow chart, is not needed.
    x->setTruncateLabels(false);
    x->setLabelsFont(small);
    x->setLabelsColor(pal.color(QPalette::Text));
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%d"_s);
    y->setLabelsFont(small);
    y->setLabelsColor(pal.color(QPalette::Text));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
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
    if (m_explanations)
        m_details->setExplanation(m_explanations->explanation(source.row()));
}

void DenialsView::setExplanationModel(DenialExplanationModel *model)
{
    m_explanations = model;
    // After refresh() (the policy changed); new records update the details as before.
    connect(model, &QAbstractItemModel::dataChanged, this,
        [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
            if (roles.contains(DenialExplanationModel::ExplanationRole))
                updateDetails();
        });
    updateDetails();
}

void DenialsView::showDenial(const AppArmorEvent &denial)
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
