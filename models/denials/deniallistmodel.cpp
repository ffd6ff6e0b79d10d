// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "deniallistmodel.h"
#include "displaytext.h"
#include "logorigin.h"

#include <QDateTime>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

DenialListModel::DenialListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int DenialListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int DenialListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

static QString maskText(const AppArmorEvent &d)
{
    if (d.deniedMask.isEmpty() || d.deniedMask == d.requestedMask)
        return d.requestedMask;
    return d.requestedMask + u" (denied "_s + d.deniedMask + u')';
}

QVariant DenialListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DenialGroup &g = m_groups.at(index.row());
    const AppArmorEvent &d = g.latest;
    switch (role) {
    case Qt::DisplayRole:
        // Names from the log are shown escaped: a newline or a bidi override in a file name
        // must not disguise the row.
        switch (index.column()) {
        case LastSeenColumn:
            return g.lastSeenMs > 0 ? QDateTime::fromMSecsSinceEpoch(g.lastSeenMs).toString(u"yyyy-MM-dd HH:mm:ss"_s)
                                    : QString();
        case KindColumn:
            return d.isVerified() ? AppArmorEvent::kindName(d.kind)
                                  : tr("%1 (unverified)").arg(AppArmorEvent::kindName(d.kind));
        case ProfileColumn:
            return DisplayText::escaped(d.profile);
        case ClassColumn:
            return DisplayText::escaped(DenialGroup::classOf(d));
        case OperationColumn:
            return DisplayText::escaped(d.operation);
        case TargetColumn:
            return DisplayText::escaped(DenialGroup::targetOf(d));
        case MaskColumn:
            return DisplayText::escaped(maskText(d));
        case CountColumn:
            return QVariant::fromValue(g.count);
        case CommandColumn:
            return DisplayText::escaped(d.comm);
        }
        return {};
    case Qt::ToolTipRole:
        if (!d.isVerified())
            return LogOrigin::unverifiedReason(d);
        if (index.column() == TargetColumn)
            return DisplayText::escaped(DenialGroup::targetOf(d));
        return {};
    case VerifiedRole:
        return d.isVerified();
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DenialRole:
        return QVariant::fromValue(d);
    case KeyRole:
        return g.key;
    case KindRole:
        return int(d.kind);
    case ProfileRole:
        return d.profile;
    case ClassRole:
        return DenialGroup::classOf(d);
    case CountRole:
        return QVariant::fromValue(g.count);
    case FirstSeenRole:
        return g.firstSeenMs;
    case LastSeenRole:
        return g.lastSeenMs;
    case SearchTextRole:
        return QStringList{d.profile, d.operation, DenialGroup::targetOf(d), d.comm, d.info, d.execPath,
            AppArmorEvent::kindName(d.kind)}
            .join(u'\n');
    }
    return {};
}

QVariant DenialListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LastSeenColumn:
        return tr("Last seen");
    case KindColumn:
        return tr("Kind");
    case ProfileColumn:
        return tr("Profile");
    case ClassColumn:
        return tr("Class");
    case OperationColumn:
        return tr("Operation");
    case TargetColumn:
        return tr("Target");
    case MaskColumn:
        return tr("Access");
    case CountColumn:
        return tr("Count");
    case CommandColumn:
        return tr("Command");
    }
    return {};
}

QHash<int, QByteArray> DenialListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(KindRole, "kind");
    names.insert(ProfileRole, "profile");
    names.insert(ClassRole, "ruleClass");
    names.insert(CountRole, "count");
    names.insert(FirstSeenRole, "firstSeen");
    names.insert(LastSeenRole, "lastSeen");
    names.insert(VerifiedRole, "verified");
    return names;
}

void DenialListModel::setMaxGroups(int max)
{
    m_maxGroups = qMax(1, max);
    evict();
}

quint64 DenialListModel::evictedTotal() const
{
    quint64 sum = 0;
    for (quint64 n : m_evicted)
        sum += n;
    return sum;
}

void DenialListModel::addDenials(const QList<AppArmorEvent> &records)
{
    if (records.isEmpty())
        return;
    const int oldRows = int(m_groups.size());
    int firstChanged = oldRows;
    int lastChanged = -1;
    for (const AppArmorEvent &d : records) {
        const QString key = DenialGroup::keyOf(d);
        // Records without a stamp (dbus-daemon's syslog lines) count as seen now.
        const qint64 when = d.epochMs > 0 ? d.epochMs : QDateTime::currentMSecsSinceEpoch();
        const auto it = m_rows.constFind(key);
        if (it == m_rows.constEnd()) {
            m_rows.insert(key, int(m_groups.size()));
            m_groups.append(DenialGroup{key, d, 1, when, when});
            continue;
        }
        DenialGroup &g = m_groups[*it];
        g.latest = d;
        ++g.count;
        g.firstSeenMs = qMin(g.firstSeenMs, when);
        g.lastSeenMs = qMax(g.lastSeenMs, when);
        if (*it < oldRows) {
            firstChanged = qMin(firstChanged, *it);
            lastChanged = qMax(lastChanged, *it);
        }
    }
    m_total += quint64(records.size());
    const int newRows = int(m_groups.size());
    if (newRows > oldRows) {
        // The rows are already in m_groups; announce them as one insertion.
        QList<DenialGroup> added = m_groups.sliced(oldRows);
        m_groups.resize(oldRows);
        beginInsertRows({}, oldRows, newRows - 1);
        m_groups.append(std::move(added));
        endInsertRows();
    }
    if (lastChanged >= firstChanged)
        Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
    evict();
    Q_EMIT recordsAdded(int(records.size()));
}

void DenialListModel::evict()
{
    if (m_groups.size() <= m_maxGroups)
        return;
    // Drop the least recently seen tenth beyond the cap at once, so eviction is rare.
    const int target = qMax(0, m_maxGroups - m_maxGroups / 10);
    QList<int> order(m_groups.size());
    std::iota(order.begin(), order.end(), 0);
    const qsizetype drop = m_groups.size() - target;
    std::nth_element(order.begin(), order.begin() + drop - 1, order.end(), [this](int a, int b) {
        return m_groups.at(a).lastSeenMs < m_groups.at(b).lastSeenMs;
    });
    QList<int> rows = order.first(drop);
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    // Remove contiguous runs, from the bottom up, so the rows above keep their numbers.
    for (qsizetype i = 0; i < rows.size();) {
        qsizetype j = i;
        while (j + 1 < rows.size() && rows[j + 1] == rows[j] - 1)
            ++j;
        const int first = rows[j];
        const int last = rows[i];
        beginRemoveRows({}, first, last);
        for (int r = first; r <= last; ++r)
            m_evicted[m_groups.at(r).latest.profile] += m_groups.at(r).count;
        m_groups.remove(first, last - first + 1);
        endRemoveRows();
        i = j + 1;
    }
    m_rows.clear();
    for (int r = 0; r < m_groups.size(); ++r)
        m_rows.insert(m_groups.at(r).key, r);
}

void DenialListModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_rows.clear();
    m_evicted.clear();
    m_total = 0;
    endResetModel();
}
