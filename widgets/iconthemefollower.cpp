// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "iconthemefollower.h"

#include <QApplication>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

IconThemeFollower::IconThemeFollower(QObject *parent)
    : QObject(parent)
{
    qApp->installEventFilter(this);
    update();
}

QString IconThemeFollower::themeFor(const QString &theme, bool dark, const QStringList &searchPaths)
{
    const auto installed = [&searchPaths](const QString &name) {
        return std::any_of(searchPaths.cbegin(), searchPaths.cend(), [&name](const QString &path) {
            return QFileInfo::exists(path + u'/' + name + u"/index.theme"_s);
        });
    };
    const bool isDark = theme.endsWith(u"-dark"_s);
    if (dark && !isDark && installed(theme + u"-dark"_s))
        return theme + u"-dark"_s;
    if (!dark && isDark && installed(theme.chopped(5)))
        return theme.chopped(5);
    return theme;
}

void IconThemeFollower::update()
{
    const bool dark = QApplication::palette().color(QPalette::Window).lightness() < 128;
    const QString theme = themeFor(QIcon::themeName(), dark, QIcon::themeSearchPaths());
    if (theme != QIcon::themeName())
        QIcon::setThemeName(theme);
}

bool IconThemeFollower::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange)
        update();
    return QObject::eventFilter(watched, event);
}
