// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profilefilterproxy.h"
#include "loadedprofilesmodel.h"

ProfileFilterProxy::ProfileFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ProfileFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void ProfileFilterProxy::setModeShown(ProfileMode mode, bool shown)
{
    if (shown == isModeShown(mode))
        return;
    if (shown)
        m_hiddenModes.remove(mode);
    else
        m_hiddenModes.insert(mode);
    invalidateRowsFilter();
}

bool ProfileFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto mode = static_cast<ProfileMode>(index.data(LoadedProfilesModel::ModeRole).toInt());
    if (m_hiddenModes.contains(mode))
        return false;
    if (m_text.isEmpty())
        return true;
    return index.data(LoadedProfilesModel::NameRole).toString().contains(m_text, Qt::CaseInsensitive)
        || index.data(LoadedProfilesModel::SourceFileRole).toString().contains(m_text, Qt::CaseInsensitive);
}

bool ProfileFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == LoadedProfilesModel::ProcessesColumn) {
        return left.data(LoadedProfilesModel::ProcessCountRole).toInt()
            < right.data(LoadedProfilesModel::ProcessCountRole).toInt();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
