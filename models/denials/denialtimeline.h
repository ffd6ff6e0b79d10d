// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "apparmorevent.h"

#include <QHash>
#include <QMap>
#include <QObject>

// Denials per profile per minute, for the history chart: DENIED records only (complain-mode
// ALLOWED and STATUS records are not denials). Bounded: only the newest MaxBuckets minutes
// are kept per profile.
class DenialTimeline : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 BucketMs = 60 * 1000;
    static constexpr int MaxBuckets = 24 * 60;

    using QObject::QObject;

    void add(const QList<AppArmorEvent> &records);
    void clear();
    QStringList profiles() const { return m_buckets.keys(); }
    // Bucket start (ms since the epoch) -> count.
    QMap<qint64, int> series(const QString &profile) const { return m_buckets.value(profile); }
    // The profiles with the most records, at most n.
    QStringList busiestProfiles(int n) const;

    // The stacked bar chart: at most maxBars bars of a whole number of minutes each, from the
    // first to the last denial; per bar one count per profile in profiles, then the rest
    // ("others") as the last count.
    struct Bars
    {
        qint64 widthMs = BucketMs;
        QList<qint64> starts; // ms since the epoch, one per bar
        QList<QList<int>> counts; // [profile][bar]; the last row is every other profile
    };
    Bars bars(const QStringList &profiles, int maxBars) const;

Q_SIGNALS:
    void changed();

private:
    QHash<QString, QMap<qint64, int>> m_buckets;
    QHash<QString, quint64> m_totals;
};
