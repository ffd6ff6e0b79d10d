// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "processlistmodel.h"

ProcessListModel::ProcessListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ProcessListModel::setProcesses(const QList<ConfinedProcess> &processes)
{
    if (processes == m_processes)
        return;
    beginResetModel();
    m_processes = processes;
    endResetModel();
}

int ProcessListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_processes.size());
}

int ProcessListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProcessListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ConfinedProcess &process = m_processes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PidColumn:
            return process.pid;
        case ExeColumn:
            return process.exe;
        case ModeColumn:
            return ProfileModes::toString(process.mode);
        }
        break;
    case Qt::ToolTipRole:
        return tr("%1 (pid %2), confined by %3").arg(process.exe).arg(process.pid).arg(process.profile);
    case PidRole:
        return process.pid;
    case ModeRole:
        return int(process.mode);
    }
    return {};
}

QVariant ProcessListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PidColumn:
        return tr("PID");
    case ExeColumn:
        return tr("Executable");
    case ModeColumn:
        return tr("Mode");
    }
    return {};
}
