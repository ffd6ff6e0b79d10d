// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QSortFilterProxyModel>

// A proxy whose row filter depends on state of its own. Qt 6.10 replaced
// invalidateRowsFilter() with beginFilterChange()/endFilterChange(), which must bracket the
// change of that state; this is the one place that knows both, so the proxies build without
// deprecation warnings on Qt 6.8 and on 6.10 and later.
class RowFilterProxy : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

protected:
    // Runs change, which alters what filterAcceptsRow() decides, and refilters the rows.
    template<typename Change>
    void changeRowFilter(Change &&change)
    {
#if QT_VERSION >= QT_VERSION_CHECK(6, 10, 0)
        beginFilterChange();
        change();
        endFilterChange(QSortFilterProxyModel::Direction::Rows);
#else
        change();
        invalidateRowsFilter();
#endif
    }
};
