// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "diagnosticsmodel.h"
#include "parsermessageglossary.h"

using namespace Qt::StringLiterals;

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DiagnosticsModel::setDiagnostics(const QList<ParserDiagnostic> &diagnostics)
{
    if (diagnostics == m_items)
        return;
    beginResetModel();
    m_items = diagnostics;
    endResetModel();
}

int DiagnosticsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int DiagnosticsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosticsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ParserDiagnostic &d = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case MessageColumn:
            return d.message;
        case MeaningColumn:
            return ParserMessageGlossary::explain(d.message);
        case FileColumn:
            if (d.file.isEmpty())
                return tr("(no file)");
            return !m_profileDir.isEmpty() && d.file.startsWith(m_profileDir + u'/')
                ? d.file.mid(m_profileDir.size() + 1)
                : d.file;
        case LineColumn:
            return d.line > 0 ? QVariant(d.line) : QVariant();
        }
        return {};
    case Qt::ToolTipRole:
        if (d.reportedLine > 0 && (d.reportedLine != d.line || d.reportedFile != d.file))
            return tr("%1\napparmor_parser reported line %2 of %3: a rule without its final comma is "
                      "reported at the next token.")
                .arg(d.message)
                .arg(d.reportedLine)
                .arg(d.reportedFile);
        return d.file.isEmpty() ? tr("%1\nThe parser named no file or line.").arg(d.message) : d.message;
    case FileRole:
        return d.file;
    case LineRole:
        return d.line;
    case SeverityRole:
        return int(d.severity);
    default:
        return {};
    }
}

QVariant DiagnosticsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MessageColumn:
        return tr("Problem");
    case MeaningColumn:
        return tr("In Plain Words");
    case FileColumn:
        return tr("File");
    case LineColumn:
        return tr("Line");
    }
    return {};
}
