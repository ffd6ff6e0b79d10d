// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "changerecord.h"
#include "overriderules.h"

#include <QAbstractItemModel>

#include <functional>
#include <optional>
#include <vector>

// The rules a profile's local override grants, as a tree: top-level rules, and hat or child
// blocks with their rules under them. Next to each rule, where the helper's journal tells,
// the change that added it, when, and by whom. The latest change to the file can be undone
// when the file is still what it left.
class GrantedRulesModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { RuleColumn, ChangeColumn, TimeColumn, UserColumn, ColumnCount };
    enum Role {
        RuleRole = Qt::UserRole + 1, // the rule (or block header) without comments
        IsBlockRole,
        LineRole, // 1-based line in the override
        ChangeIdRole, // "" when no change in the journal added it
        ChangeTimeRole, // QDateTime
        UidRole, // qint64, -1 when unknown
        RemovableRole, // OverrideRules::without() can take exactly this rule out
    };

    explicit GrantedRulesModel(QObject *parent = nullptr);

    // Maps a uid to a user name; by default the system's user database.
    void setUserNames(std::function<QString(qint64)> names) { m_userNames = std::move(names); }
    static QString systemUserName(qint64 uid);

    // profile: the top-level profile; fileName: "local/NAME" as the journal names it; history:
    // the journal, newest first (entries for other files are ignored).
    void setOverride(
        const QString &profile, const QString &fileName, const QString &text, const QList<ChangeRecord> &history);
    void clear();

    QString profile() const { return m_profile; }
    QString fileName() const { return m_fileName; }
    QString text() const { return m_text; }
    int ruleCount() const;

    // The override without the rule at index, or nullopt when it cannot be taken out alone.
    std::optional<QString> textWithout(const QModelIndex &index) const;
    // The latest change to this file, when the file is still what it left (so Undo applies).
    std::optional<ChangeRecord> undoableChange() const;
    // The undo that Redo would revert (the latest step, when it was an undo of this file).
    // Undo never picks an undo: after one, Undo goes on to the change before, and Redo is
    // its own action.
    std::optional<ChangeRecord> redoableChange() const;
    // "change 12: added 1 rule, removed 2 (uid 1000, 2026-11-22 06:31)" for a change.
    QString describe(const ChangeRecord &entry) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        OverrideRules::Item item;
        int parent = -1;
        int row = 0;
        std::vector<int> children;
        std::optional<ChangeRecord> change;
        mutable std::optional<bool> removable; // worked out when first asked: it edits the whole text
    };
    bool isRemovable(const Node &node) const;
    const Node *nodeOf(const QModelIndex &index) const;
    QString userName(qint64 uid) const;

    QString m_profile;
    QString m_fileName;
    QString m_text;
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
    bool isInEffect(const ChangeRecord &entry) const;
    QString currentHash() const;
    QList<ChangeRecord> m_fileHistory; // newest first
    std::function<QString(qint64)> m_userNames;
};
