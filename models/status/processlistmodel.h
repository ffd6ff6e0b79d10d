// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "confinedprocess.h"

#include <QAbstractTableModel>

// The processes of one profile, for the details pane: pid, executable, mode.
class ProcessListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { PidColumn, ExeColumn, ModeColumn, ColumnCount };
    enum Role { PidRole = Qt::UserRole + 1, ModeRole };

    explicit ProcessListModel(QObject *parent = nullptr);

    // Replaces the list; an identical list changes nothing, so a refresh keeps the selection.
    void setProcesses(const QList<ConfinedProcess> &processes);
    const QList<ConfinedProcess> &processes() const { return m_processes; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ConfinedProcess> m_processes;
};
