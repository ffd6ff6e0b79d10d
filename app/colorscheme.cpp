// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "colorscheme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

void ColorScheme::apply(const QString &scheme)
{
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    QPalette palette = QApplication::style()->standardPalette();
    if (scheme == u"dark") {
        palette.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
        palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
        palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
        palette.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
        palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
        palette.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
        palette.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
        palette.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
        palette.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
        palette.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
        palette.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
        for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
            palette.setColor(QPalette::Disabled, role, QColor(0x6e, 0x75, 0x7b));
    }
    QApplication::setPalette(palette);
}
