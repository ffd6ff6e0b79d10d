// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "loadedprofilesmodel.h"

#include <QDir>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

LoadedProfilesModel::LoadedProfilesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LoadedProfilesModel::setStatus(const StatusSnapshot &snapshot, const ProfileIndex &index)
{
    m_processes.clear();
    for (const ConfinedProcess &process : snapshot.processes)
        m_processes[process.profile].append(process);

    QList<Row> rows;
    rows.reserve(snapshot.profiles.size());
    for (const LoadedProfile &profile : snapshot.profiles) {
        Row row{profile, int(m_processes.value(profile.name).size()), index.sourceOf(profile.localName), {}};
        if (row.source.isValid())
            row.sourceDisplay = QDir(index.profileDir()).relativeFilePath(row.source.file);
        rows.append(std::move(row));
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.profile.name < b.profile.name;
    });
    m_status = snapshot;
    applyRows(std::move(rows));
}

// Both lists are sorted by name: drop the rows that went away (in contiguous runs, from the
// end), then walk both lists together inserting new runs and reporting changed rows.
void LoadedProfilesModel::applyRows(QList<Row> rows)
{
    QSet<QString> incoming;
    incoming.reserve(rows.size());
    for (const Row &row : std::as_const(rows))
        incoming.insert(row.profile.name);

    for (int last = int(m_rows.size()) - 1; last >= 0;) {
        if (incoming.contains(m_rows[last].profile.name)) {
            --last;
            continue;
        }
        int first = last;
        while (first > 0 && !incoming.contains(m_rows[first - 1].profile.name))
            --first;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
        last = first - 1;
    }

    int i = 0;
    while (i < rows.size()) {
        if (i < m_rows.size() && m_rows[i].profile.name == rows[i].profile.name) {
            if (!(m_rows[i] == rows[i])) {
                m_rows[i] = rows[i];
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
            ++i;
            continue;
        }
        // rows[i] is new: insert it and every following new row before the next kept one.
        const QString next = i < m_rows.size() ? m_rows[i].profile.name : QString();
        int end = i;
        while (end < rows.size() && (next.isNull() || rows[end].profile.name != next))
            ++end;
        beginInsertRows({}, i, end - 1);
        m_rows.insert(i, end - i, Row{});
        for (int k = i; k < end; ++k)
            m_rows[k] = rows[k];
        endInsertRows();
        i = end;
    }
}

QList<ConfinedProcess> LoadedProfilesModel::processesOf(const QString &profileName) const
{
    return m_processes.value(profileName);
}

int LoadedProfilesModel::rowOf(const QString &profileName) const
{
    const auto it
        = std::lower_bound(m_rows.cbegin(), m_rows.cend(), profileName, [](const Row &row, const QString &name) {
              return row.profile.name < name;
          });
    if (it == m_rows.cend() || it->profile.name != profileName)
        return -1;
    return int(it - m_rows.cbegin());
}

int LoadedProfilesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LoadedProfilesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoadedProfilesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.profile.name;
        case ModeColumn:
            return ProfileModes::toString(row.profile.mode);
        case ProcessesColumn:
            return row.processCount;
        case SourceColumn:
            return row.sourceDisplay;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn && row.source.isValid())
            return tr("%1, line %2").arg(row.source.file).arg(row.source.line);
        if (index.column() == SourceColumn)
            return tr("No file in the profile directory defines this profile.");
        return row.profile.name;
    case Qt::TextAlignmentRole:
        if (index.column() == ProcessesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case ModeRole:
        return int(row.profile.mode);
    case NameRole:
        return row.profile.name;
    case SourceFileRole:
        return row.source.file;
    case SourceLineRole:
        return row.source.line;
    case ProcessCountRole:
        return row.processCount;
    case NameSpaceRole:
        return row.profile.nameSpace;
    case SourceDisplayRole:
        return row.sourceDisplay;
    case AttachmentRole:
        return row.source.attachment;
    case ExecutablesRole: {
        QStringList exes;
        for (const ConfinedProcess &process : m_processes.value(row.profile.name)) {
            if (!exes.contains(process.exe))
                exes.append(process.exe);
        }
        return exes;
    }
    }
    return {};
}

QVariant LoadedProfilesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Profile");
    case ModeColumn:
        return tr("Mode");
    case ProcessesColumn:
        return tr("Processes");
    case SourceColumn:
        return tr("Source file");
    }
    return {};
}

QHash<int, QByteArray> LoadedProfilesModel::roleNames() const
{
    auto names = QAbstractTableModel::roleNames();
    names.insert(ModeRole, "mode");
    names.insert(NameRole, "name");
    names.insert(SourceFileRole, "sourceFile");
    names.insert(SourceLineRole, "sourceLine");
    names.insert(ProcessCountRole, "processCount");
    names.insert(NameSpaceRole, "nameSpace");
    names.insert(SourceDisplayRole, "sourceDisplay");
    names.insert(AttachmentRole, "attachment");
    names.insert(ExecutablesRole, "executables");
    return names;
}
