// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialfilterproxy.h"
#include "deniallistmodel.h"

DenialFilterProxy::DenialFilterProxy(QObject *parent)
    : RowFilterProxy(parent)
{
    setDynamicSortFilter(true);
}

void DenialFilterProxy::setProfile(const QString &profile)
{
    if (profile == m_profile)
        return;
    changeRowFilter([&] {
        m_profile = profile;
    });
}

void DenialFilterProxy::setRuleClass(const QString &ruleClass)
{
    if (ruleClass == m_class)
        return;
    changeRowFilter([&] {
        m_class = ruleClass;
    });
}

void DenialFilterProxy::setKindShown(AppArmorEvent::Kind kind, bool shown)
{
    if (shown == isKindShown(kind))
        return;
    changeRowFilter([&] {
        if (shown)
            m_hiddenKinds.remove(int(kind));
        else
            m_hiddenKinds.insert(int(kind));
    });
}

void DenialFilterProxy::setSince(qint64 sinceMs)
{
    if (sinceMs == m_since)
        return;
    changeRowFilter([&] {
        m_since = sinceMs;
    });
}

void DenialFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    changeRowFilter([&] {
        m_text = text;
    });
}

bool DenialFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_profile.isEmpty() && index.data(DenialListModel::ProfileRole).toString() != m_profile)
        return false;
    if (!m_class.isEmpty() && index.data(DenialListModel::ClassRole).toString() != m_class)
        return false;
    if (m_hiddenKinds.contains(index.data(DenialListModel::KindRole).toInt()))
        return false;
    if (m_since > 0 && index.data(DenialListModel::LastSeenRole).toLongLong() < m_since)
        return false;
    if (!m_text.isEmpty()
        && !index.data(DenialListModel::SearchTextRole).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool DenialFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (left.column()) {
    case DenialListModel::CountColumn:
        return left.data(DenialListModel::CountRole).toULongLong()
            < right.data(DenialListModel::CountRole).toULongLong();
    case DenialListModel::LastSeenColumn:
        return left.data(DenialListModel::LastSeenRole).toLongLong()
            < right.data(DenialListModel::LastSeenRole).toLongLong();
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}
