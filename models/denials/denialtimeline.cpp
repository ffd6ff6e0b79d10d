// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialtimeline.h"

#include <algorithm>

void DenialTimeline::add(const QList<Denial> &records)
{
    bool any = false;
    for (const Denial &d : records) {
        if (d.kind != Denial::Kind::Denied && d.kind != Denial::Kind::Allowed)
            continue;
        if (d.epochMs <= 0)
            continue;
        QMap<qint64, int> &series = m_buckets[d.profile];
        ++series[d.epochMs - d.epochMs % BucketMs];
        while (series.size() > MaxBuckets)
            series.erase(series.begin());
        ++m_totals[d.profile];
        any = true;
    }
    if (any)
        Q_EMIT changed();
}

void DenialTimeline::clear()
{
    m_buckets.clear();
    m_totals.clear();
    Q_EMIT changed();
}

QStringList DenialTimeline::busiestProfiles(int n) const
{
    QStringList names = m_totals.keys();
    std::sort(names.begin(), names.end(), [this](const QString &a, const QString &b) {
        return m_totals.value(a) != m_totals.value(b) ? m_totals.value(a) > m_totals.value(b) : a < b;
    });
    return names.mid(0, n);
}
