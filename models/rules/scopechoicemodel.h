// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "filescope.h"
#include "rulecandidate.h"

#include <QAbstractListModel>
#include <QHash>

// The scope choices for one file denial, one row each, the last row being the custom pattern;
// each row previews which recent denials and which existing files its rule would match.
class ScopeChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // FileScope::Kind as int
        PatternRole, // the AARE
        RuleRole, // the complete rule ("owner /home/*/x r,"); empty for an invalid custom row
        MatchedDenialsRole, // QStringList: recent denied paths this scope matches
        ExistingFilesRole, // QStringList: files on disk it matches (at most MaxFiles)
        ErrorRole, // why the custom pattern cannot be used (not a valid glob, or misses the denied file)
    };
    static constexpr int MaxFiles = 50;

    explicit ScopeChoiceModel(QObject *parent = nullptr);

    // A file candidate (RuleSuggester's), the recently denied paths, and the variables for
    // matching (AbstractionIndex::variables()).
    void setCandidate(const RuleCandidate &candidate, const QStringList &recentPaths,
        const FileScope::Variables &variables = FileScope::defaultVariables(), const QStringList &homeDirectories = {});
    void setCustomPattern(const QString &pattern);
    int customRow() const { return int(m_choices.size()) - 1; } // -1 when there are no scopes

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QStringList existingFiles(int row) const;

    RuleCandidate m_candidate;
    QStringList m_recentPaths;
    FileScope::Variables m_variables;
    QList<FileScope::Choice> m_choices;
    QString m_customError;
    mutable QHash<int, QStringList> m_fileCache;
};
