// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "denialgroup.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

// The denial history: one row per DenialGroup, newest groups appended. Memory stays bounded:
// past maxGroups the least recently seen groups leave the table, and only their counts are
// kept (per profile, evictedCount()).
class DenialListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LastSeenColumn,
        KindColumn,
        ProfileColumn,
        ClassColumn,
        OperationColumn,
        TargetColumn,
        MaskColumn,
        CountColumn,
        CommandColumn,
        ColumnCount
    };
    enum Role {
        DenialRole = Qt::UserRole + 1, // the group's latest record (AppArmorEvent)
        KeyRole,
        KindRole, // AppArmorEvent::Kind as int
        ProfileRole,
        ClassRole,
        CountRole,
        FirstSeenRole, // ms since the epoch
        LastSeenRole,
        SearchTextRole, // everything free-text search looks at
        VerifiedRole, // bool: AppArmorEvent::isVerified (unverified rows say why in their tooltip)
    };

    explicit DenialListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setMaxGroups(int max);
    int maxGroups() const { return m_maxGroups; }
    const DenialGroup &group(int row) const { return m_groups.at(row); }
    int rowOfKey(const QString &key) const { return m_rows.value(key, -1); }

    // Every record ever added, in or out of the window.
    quint64 totalRecords() const { return m_total; }
    // Records of groups that left the window, per profile.
    QHash<QString, quint64> evictedCounts() const { return m_evicted; }
    quint64 evictedTotal() const;

public Q_SLOTS:
    void addDenials(const QList<AppArmorEvent> &records);
    void clear();

Q_SIGNALS:
    // After each batch: how many records it held (the notifier and benchmarks listen).
    void recordsAdded(int count);

private:
    void evict();

    QList<DenialGroup> m_groups;
    QHash<QString, int> m_rows;
    QHash<QString, quint64> m_evicted;
    quint64 m_total = 0;
    int m_maxGroups = 10000;
};
