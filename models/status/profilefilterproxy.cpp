// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profilefilterproxy.h"
#include "loadedprofilesmodel.h"

ProfileFilterProxy::ProfileFilterProxy(QObject *parent)
    : RowFilterProxy(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ProfileFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    changeRowFilter([&] {
        m_text = trimmed;
    });
}

void ProfileFilterProxy::setModeFilter(const QSet<ProfileMode> &modes)
{
    if (modes == m_modes)
        return;
    changeRowFilter([&] {
        m_modes = modes;
    });
}

bool ProfileFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto mode = static_cast<ProfileMode>(index.data(LoadedProfilesModel::ModeRole).toInt());
    if (!isModeShown(mode))
        return false;
    if (m_text.isEmpty())
        return true;
    const auto matches = [this](const QString &value) {
        return value.contains(m_text, Qt::CaseInsensitive);
    };
    if (matches(index.data(LoadedProfilesModel::NameRole).toString())
        || matches(index.data(LoadedProfilesModel::AttachmentRole).toString())
        || matches(index.data(LoadedProfilesModel::SourceFileRole).toString()))
        return true;
    const QStringList exes = index.data(LoadedProfilesModel::ExecutablesRole).toStringList();
    return std::any_of(exes.cbegin(), exes.cend(), matches);
}

bool ProfileFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == LoadedProfilesModel::ProcessesColumn) {
        return left.data(LoadedProfilesModel::ProcessCountRole).toInt()
            < right.data(LoadedProfilesModel::ProcessCountRole).toInt();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
