// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "grantedrulesmodel.h"

#include <QLocale>

#include <algorithm>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

GrantedRulesModel::GrantedRulesModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_userNames(&GrantedRulesModel::systemUserName)
{
}

QString GrantedRulesModel::systemUserName(qint64 uid)
{
    if (uid < 0)
        return {};
    passwd pw{};
    passwd *found = nullptr;
    char buffer[4096];
    if (getpwuid_r(uid_t(uid), &pw, buffer, sizeof buffer, &found) != 0 || !found)
        return {};
    return QString::fromLocal8Bit(found->pw_name);
}

QString GrantedRulesModel::userName(qint64 uid) const
{
    if (uid < 0)
        return tr("unknown");
    const QString name = m_userNames ? m_userNames(uid) : QString();
    return name.isEmpty() ? tr("uid %1").arg(uid) : name;
}

void GrantedRulesModel::clear()
{
    setOverride({}, {}, {}, {});
}

void GrantedRulesModel::setOverride(
    const QString &profile, const QString &fileName, const QString &text, const QList<ChangeRecord> &history)
{
    beginResetModel();
    m_profile = profile;
    m_fileName = fileName;
    m_text = text;
    m_nodes.clear();
    m_topLevel.clear();
    m_fileHistory.clear();
    for (const ChangeRecord &e : history) {
        if (!fileName.isEmpty() && e.file == fileName)
            m_fileHistory.append(e);
    }

    // Block headers in order, so each item finds its parent: the last open block whose path
    // is a prefix of the item's.
    std::vector<int> openBlocks;
    for (const OverrideRules::Item &item : OverrideRules::parse(text)) {
        while (!openBlocks.empty()) {
            const Node &top = m_nodes[size_t(openBlocks.back())];
            const QStringList path = top.item.ref.blocks + QStringList{top.item.ref.rule};
            if (item.ref.blocks.size() >= path.size() && item.ref.blocks.mid(0, path.size()) == path)
                break;
            openBlocks.pop_back();
        }
        Node node;
        node.item = item;
        node.parent = openBlocks.empty() ? -1 : openBlocks.back();
        const int id = int(m_nodes.size());
        std::vector<int> &siblings = node.parent < 0 ? m_topLevel : m_nodes[size_t(node.parent)].children;
        node.row = int(siblings.size());
        siblings.push_back(id);
        if (item.kind == OverrideRules::Item::Kind::Rule) {
            // The newest change that added this rule, as long as every newer change says what it
            // did: an entry without rule lists (or one that removed it) ends the search.
            for (const ChangeRecord &e : std::as_const(m_fileHistory)) {
                if (!e.rulesKnown || e.rulesRemoved.contains(item.ref))
                    break;
                if (e.rulesAdded.contains(item.ref)) {
                    node.change = e;
                    break;
                }
            }
        }
        m_nodes.push_back(std::move(node));
        if (item.kind == OverrideRules::Item::Kind::Block)
            openBlocks.push_back(id);
    }
    endResetModel();
}

int GrantedRulesModel::ruleCount() const
{
    return int(std::count_if(m_nodes.cbegin(), m_nodes.cend(), [](const Node &n) {
        return n.item.kind == OverrideRules::Item::Kind::Rule;
    }));
}

std::optional<QString> GrantedRulesModel::textWithout(const QModelIndex &index) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return std::nullopt;
    return OverrideRules::without(m_text, m_profile, node->item);
}

QString GrantedRulesModel::currentHash() const
{
    if (m_fileHistory.isEmpty())
        return {};
    return m_text.isEmpty() && m_fileHistory.constFirst().afterHash.isEmpty() ? QString()
                                                                              : ChangeRecord::hash(m_text.toUtf8());
}

// A change is in effect unless an undo of it is (an undo undone by a later undo is not).
bool GrantedRulesModel::isInEffect(const ChangeRecord &entry) const
{
    for (const ChangeRecord &later : m_fileHistory) {
        if (later.action == u"undo" && later.undoes == entry.id && later.id.toLongLong() > entry.id.toLongLong())
            return !isInEffect(later);
    }
    return true;
}

std::optional<ChangeRecord> GrantedRulesModel::undoableChange() const
{
    // The newest change in effect that is not itself an undo; the helper refuses anyway when
    // the file changed since, and not offering it says so earlier.
    for (const ChangeRecord &entry : m_fileHistory) {
        if (entry.action == u"undo" || !isInEffect(entry))
            continue;
        if (entry.afterHash != currentHash())
            return std::nullopt;
        return entry;
    }
    return std::nullopt;
}

std::optional<ChangeRecord> GrantedRulesModel::redoableChange() const
{
    for (const ChangeRecord &entry : m_fileHistory) {
        if (!isInEffect(entry))
            continue;
        if (entry.action != u"undo" || entry.afterHash != currentHash())
            return std::nullopt;
        // A redo (an undo of an undo) is not offered for redoing: that would be Undo again.
        const bool undoesAnUndo = std::any_of(m_fileHistory.cbegin(), m_fileHistory.cend(), [&](const auto &e) {
            return e.id == entry.undoes && e.action == u"undo";
        });
        return undoesAnUndo ? std::nullopt : std::optional(entry);
    }
    return std::nullopt;
}

QString GrantedRulesModel::describe(const ChangeRecord &e) const
{
    QString what;
    if (e.action == u"undo")
        what = tr("undo of change %1").arg(e.undoes);
    else if (e.rulesKnown)
        what = tr("%1 added, %2 removed").arg(e.rulesAdded.size()).arg(e.rulesRemoved.size());
    else
        what = e.action;
    return tr("Change %1 (%2) by %3, %4")
        .arg(e.id, what, userName(e.uid), QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat));
}

bool GrantedRulesModel::isRemovable(const Node &node) const
{
    if (!node.removable)
        node.removable = node.item.kind == OverrideRules::Item::Kind::Rule
            && OverrideRules::without(m_text, m_profile, node.item).has_value();
    return *node.removable;
}

const GrantedRulesModel::Node *GrantedRulesModel::nodeOf(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[size_t(index.internalId())];
}

QModelIndex GrantedRulesModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Node *parentNode = nodeOf(parent);
    if (parent.isValid() && !parentNode)
        return {};
    const std::vector<int> &siblings = parentNode ? parentNode->children : m_topLevel;
    if (size_t(row) >= siblings.size())
        return {};
    return createIndex(row, column, quintptr(siblings[size_t(row)]));
}

QModelIndex GrantedRulesModel::parent(const QModelIndex &child) const
{
    const Node *node = nodeOf(child);
    if (!node || node->parent < 0)
        return {};
    return createIndex(m_nodes[size_t(node->parent)].row, 0, quintptr(node->parent));
}

int GrantedRulesModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_topLevel.size());
    if (parent.column() != 0)
        return 0;
    const Node *node = nodeOf(parent);
    return node ? int(node->children.size()) : 0;
}

int GrantedRulesModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant GrantedRulesModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeOf(index);
    if (!node)
        return {};
    const bool isBlock = node->item.kind == OverrideRules::Item::Kind::Block;
    const auto &change = node->change;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RuleColumn:
            return isBlock ? node->item.ref.rule + u" { … }"_s : node->item.ref.rule;
        case ChangeColumn:
            if (isBlock)
                return {};
            if (!change)
                return tr("—");
            return change->action == u"undo" ? tr("%1 (undo of %2)").arg(change->id, change->undoes) : change->id;
        case TimeColumn: {
            // Compact for a narrow pane: the time today, the date before; the tooltip has both.
            if (!change)
                return QString();
            const QDateTime local = change->time.toLocalTime();
            return local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                        : QLocale().toString(local.date(), QLocale::ShortFormat);
        }
        case UserColumn:
            return change ? userName(change->uid) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == RuleColumn) {
            QString tip = tr("Line %1 of %2").arg(node->item.line).arg(m_fileName);
            if (!isBlock && !isRemovable(*node))
                tip += u'\n'
                    + tr("This rule cannot be removed on its own here (it spans several lines, appears "
                         "twice or sits in a block Armorer does not edit): open the override in the editor.");
            return tip;
        }
        if (isBlock)
            return {};
        return change ? describe(*change)
                      : tr("No change in the helper's history added this rule: it was written by hand, "
                           "or before the history begins.");
    case Qt::AccessibleTextRole:
        return index.column() == RuleColumn ? data(index, Qt::DisplayRole) : QVariant();
    case RuleRole:
        return node->item.ref.rule;
    case IsBlockRole:
        return isBlock;
    case LineRole:
        return node->item.line;
    case ChangeIdRole:
        return change ? change->id : QString();
    case ChangeTimeRole:
        return change ? change->time : QDateTime();
    case UidRole:
        return change ? change->uid : qint64(-1);
    case RemovableRole:
        return isRemovable(*node);
    }
    return {};
}

QVariant GrantedRulesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RuleColumn:
        return tr("Rule");
    case ChangeColumn:
        return tr("Change");
    case TimeColumn:
        return tr("When");
    case UserColumn:
        return tr("By");
    }
    return {};
}
