// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "profilemode.h"

#include <QStyledItemDelegate>

// Paints a profile mode as a coloured, rounded badge instead of a raw string. The mode comes
// from the index's modeRole (an int ProfileMode).
class ModeBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ModeBadgeDelegate(int modeRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Badge colours, chosen to be told apart by lightness too (colour-blind users).
    static QColor color(ProfileMode mode);
    // The mode in the user's language, as badges and filter chips show it.
    static QString label(ProfileMode mode);

private:
    int m_modeRole;
};
