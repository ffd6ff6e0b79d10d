// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QObject>
#include <QStringList>

// Keeps the icon theme's variant in step with the palette: a dark palette gets "breeze-dark"
// where "breeze" is set (and back), when the variant is installed. Desktops that switch their
// own icon theme with the colour scheme (Plasma) already set it; this covers the rest, and the
// --color-scheme screenshots.
class IconThemeFollower : public QObject
{
    Q_OBJECT
public:
    explicit IconThemeFollower(QObject *parent = nullptr);

    // The theme to use for a palette: theme itself, or its "-dark" variant (or the light one)
    // when that exists under one of searchPaths.
    static QString themeFor(const QString &theme, bool dark, const QStringList &searchPaths);
    // Applies themeFor() to the application's palette now.
    static void update();

    bool eventFilter(QObject *watched, QEvent *event) override;
};
