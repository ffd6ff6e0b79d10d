// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "profilemode.h"

#include <QSet>
#include <QSortFilterProxyModel>

// Filters LoadedProfilesModel by free text (name or source file, case-insensitive) and by
// mode, and sorts numerically where the column is a number.
class ProfileFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProfileFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    void setModeShown(ProfileMode mode, bool shown);
    bool isModeShown(ProfileMode mode) const { return !m_hiddenModes.contains(mode); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QSet<ProfileMode> m_hiddenModes;
};
