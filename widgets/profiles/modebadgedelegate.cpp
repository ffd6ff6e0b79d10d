// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "modebadgedelegate.h"

#include <QApplication>
#include <QPainter>

ModeBadgeDelegate::ModeBadgeDelegate(int modeRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_modeRole(modeRole)
{
}

QColor ModeBadgeDelegate::color(ProfileMode mode)
{
    switch (mode) {
    case ProfileMode::Enforce:
        return QColor(0x27, 0xae, 0x60);
    case ProfileMode::Complain:
        return QColor(0xf6, 0x74, 0x00);
    case ProfileMode::Kill:
        return QColor(0xa0, 0x1c, 0x28);
    case ProfileMode::Unconfined:
        return QColor(0x7f, 0x8c, 0x8d);
    case ProfileMode::Prompt:
        return QColor(0x29, 0x80, 0xb9);
    case ProfileMode::Mixed:
        return QColor(0x8e, 0x44, 0xad);
    case ProfileMode::Unknown:
        break;
    }
    return QColor(0x55, 0x55, 0x55);
}

void ModeBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = label(static_cast<ProfileMode>(index.data(m_modeRole).toInt()));
    opt.text.clear();
    // The background and selection come from the style, the badge is drawn on top.
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const auto mode = static_cast<ProfileMode>(index.data(m_modeRole).toInt());
    const QFontMetrics fm(opt.font);
    const int padding = fm.height() / 2;
    const int width = fm.horizontalAdvance(text) + 2 * padding;
    const int height = fm.height() + 2;
    QRect badge(opt.rect.left() + 4, opt.rect.center().y() - height / 2, width, height);
    badge = badge.intersected(opt.rect.adjusted(2, 1, -2, -1));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(color(mode));
    painter->drawRoundedRect(badge, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->setFont(opt.font);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

QSize ModeBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    size.rwidth() += fm.height() + 8;
    size.setHeight(qMax(size.height(), fm.height() + 6));
    return size;
}

QString ModeBadgeDelegate::label(ProfileMode mode)
{
    switch (mode) {
    case ProfileMode::Enforce:
        return tr("Enforce");
    case ProfileMode::Complain:
        return tr("Complain");
    case ProfileMode::Kill:
        return tr("Kill");
    case ProfileMode::Unconfined:
        return tr("Unconfined");
    case ProfileMode::Prompt:
        return tr("Prompt");
    case ProfileMode::Mixed:
        return tr("Mixed");
    case ProfileMode::Unknown:
        break;
    }
    return tr("Unknown");
}
