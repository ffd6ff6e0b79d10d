// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "profilemode.h"

#include "rowfilterproxy.h"
#include <QSet>

// Filters LoadedProfilesModel by free text (name, attachment, source file or the executable of
// a confined process, case-insensitive) and by mode, and sorts numerically where the column is
// a number. The mode filter is a set of modes to show only; empty shows every mode.
class ProfileFilterProxy : public RowFilterProxy
{
    Q_OBJECT
public:
    explicit ProfileFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // Shows only profiles in these modes; an empty set shows all.
    void setModeFilter(const QSet<ProfileMode> &modes);
    QSet<ProfileMode> modeFilter() const { return m_modes; }
    bool isModeShown(ProfileMode mode) const { return m_modes.isEmpty() || m_modes.contains(mode); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QSet<ProfileMode> m_modes;
};
