// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialtimeline.h"

#include <algorithm>
#include <limits>

void DenialTimeline::add(const QList<AppArmorEvent> &records)
{
    bool any = false;
    for (const AppArmorEvent &d : records) {
        if (d.kind != AppArmorEvent::Kind::Denied)
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

DenialTimeline::Bars DenialTimeline::bars(const QStringList &profiles, int maxBars) const
{
    Bars out;
    qint64 first = std::numeric_limits<qint64>::max();
    qint64 last = std::numeric_limits<qint64>::min();
    for (const QMap<qint64, int> &series : m_buckets) {
        if (series.isEmpty())
            continue;
        first = std::min(first, series.firstKey());
        last = std::max(last, series.lastKey());
    }
    out.counts = QList<QList<int>>(profiles.size() + 1);
    if (first > last || maxBars < 1)
        return out;
    // Bar widths people read at a glance: 1, 2, 5, 10, 15, 30 minutes, 1, 2, 3, 6, 12, 24 hours.
    static constexpr int minutes[] = {1, 2, 5, 10, 15, 30, 60, 120, 180, 360, 720, 1440};
    const qint64 span = last - first + BucketMs;
    for (int m : minutes) {
        out.widthMs = qint64(m) * BucketMs;
        if (span <= out.widthMs * maxBars)
            break;
    }
    const qint64 start = first - first % out.widthMs;
    const int n = int((last - start) / out.widthMs) + 1;
    for (int i = 0; i < n; ++i)
        out.starts.append(start + i * out.widthMs);
    for (QList<int> &row : out.counts)
        row = QList<int>(n, 0);
    for (auto it = m_buckets.cbegin(); it != m_buckets.cend(); ++it) {
        const qsizetype index = profiles.indexOf(it.key());
        QList<int> &row = out.counts[index < 0 ? profiles.size() : index];
        for (auto bucket = it->cbegin(); bucket != it->cend(); ++bucket)
            row[int((bucket.key() - start) / out.widthMs)] += bucket.value();
    }
    return out;
}
