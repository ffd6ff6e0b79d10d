// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "profileindex.h"
#include "statussnapshot.h"

#include <QAbstractTableModel>
#include <QHash>

// The loaded profiles as a table: name, mode, confined processes, source file. Updates are
// applied as a diff (rows inserted, removed or changed), so views keep selection and scroll.
class LoadedProfilesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ModeColumn, ProcessesColumn, SourceColumn, ColumnCount };
    enum Role {
        ModeRole = Qt::UserRole + 1, // int(ProfileMode)
        NameRole,
        SourceFileRole, // the absolute path; DisplayRole shows it relative to the profile directory
        SourceLineRole,
        ProcessCountRole,
        NameSpaceRole,
        SourceDisplayRole, // the source file relative to the profile directory
        AttachmentRole, // what the profile's header attaches to, "" when nothing
        ExecutablesRole, // QStringList: the executables of the processes it confines
    };
    Q_ENUM(Role)

    explicit LoadedProfilesModel(QObject *parent = nullptr);

    void setStatus(const StatusSnapshot &snapshot, const ProfileIndex &index);
    const StatusSnapshot &status() const { return m_status; }
    // The processes confined by one profile (or unconfined with it defined), sorted by pid.
    QList<ConfinedProcess> processesOf(const QString &profileName) const;
    // The row of a profile, or -1.
    int rowOf(const QString &profileName) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        LoadedProfile profile;
        int processCount = 0;
        ProfileIndex::Source source;
        QString sourceDisplay; // the file relative to the profile directory
        bool operator==(const Row &o) const
        {
            return profile == o.profile && processCount == o.processCount && source.file == o.source.file
                && source.line == o.source.line && source.attachment == o.source.attachment;
        }
    };
    void applyRows(QList<Row> rows);

    QList<Row> m_rows;
    StatusSnapshot m_status;
    QHash<QString, QList<ConfinedProcess>> m_processes;
};
