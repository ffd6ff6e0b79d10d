// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "denial.h"

#include <QHash>
#include <QMap>
#include <QObject>

// Denials per profile per minute, for the history plot. Bounded: only the newest MaxBuckets
// minutes are kept per profile.
class DenialTimeline : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 BucketMs = 60 * 1000;
    static constexpr int MaxBuckets = 24 * 60;

    using QObject::QObject;

    void add(const QList<Denial> &records);
    void clear();
    QStringList profiles() const { return m_buckets.keys(); }
    // Bucket start (ms since the epoch) -> count.
    QMap<qint64, int> series(const QString &profile) const { return m_buckets.value(profile); }
    // The profiles with the most records, at most n.
    QStringList busiestProfiles(int n) const;

Q_SIGNALS:
    void changed();

private:
    QHash<QString, QMap<qint64, int>> m_buckets;
    QHash<QString, quint64> m_totals;
};
