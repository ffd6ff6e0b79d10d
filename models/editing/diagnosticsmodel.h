// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "parserdiagnostic.h"

#include <QAbstractTableModel>

// The problems list: one row per parser diagnostic (severity, file, line, message), for the
// editor's problems view. File names are shown relative to the profile directory.
class DiagnosticsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MessageColumn, MeaningColumn, FileColumn, LineColumn, ColumnCount };
    enum Role { FileRole = Qt::UserRole + 1, LineRole, SeverityRole };

    explicit DiagnosticsModel(QObject *parent = nullptr);

    void setProfileDir(const QString &dir) { m_profileDir = dir; }
    void setDiagnostics(const QList<ParserDiagnostic> &diagnostics);
    QList<ParserDiagnostic> diagnostics() const { return m_items; }
    ParserDiagnostic diagnostic(int row) const { return m_items.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_profileDir;
    QList<ParserDiagnostic> m_items;
};
