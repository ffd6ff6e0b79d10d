// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "navigationhistory.h"

void NavigationHistory::jumped(const Place &from)
{
    m_back.append(from);
    if (m_back.size() > MaxPlaces)
        m_back.removeFirst();
    m_forward.clear();
}

NavigationHistory::Place NavigationHistory::back(const Place &current)
{
    if (m_back.isEmpty())
        return current;
    m_forward.append(current);
    return m_back.takeLast();
}

NavigationHistory::Place NavigationHistory::forward(const Place &current)
{
    if (m_forward.isEmpty())
        return current;
    m_back.append(current);
    return m_forward.takeLast();
}
