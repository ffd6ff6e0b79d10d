// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QList>
#include <QString>

// Back and Forward through the places the editor jumped from and to (Ctrl+click on an include,
// a problem in another file), as a browser keeps them: a new jump drops the forward places.
class NavigationHistory
{
public:
    struct Place
    {
        QString file;
        int line = 0;
        bool operator==(const Place &) const = default;
    };

    // Leaving from for a new place.
    void jumped(const Place &from);
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    // The place to go back (or forward) to; current is where the editor is now, kept for the
    // other direction.
    Place back(const Place &current);
    Place forward(const Place &current);

private:
    static constexpr qsizetype MaxPlaces = 100;
    QList<Place> m_back;
    QList<Place> m_forward;
};
