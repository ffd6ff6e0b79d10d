// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialexplanationmodel.h"
#include "denialexplainer.h"
#include "deniallistmodel.h"

using namespace Qt::StringLiterals;

DenialExplanationModel::DenialExplanationModel(const DenialExplainer *explainer, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_explainer(explainer)
{
}

void DenialExplanationModel::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_cache.clear();
    QIdentityProxyModel::setSourceModel(source);
    if (!source)
        return;
    // A group's latest record changes with every new one: its explanation may too.
    connect(source, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        for (int row = from.row(); row <= to.row(); ++row)
            m_cache.remove(sourceModel()->index(row, 0).data(DenialListModel::KeyRole).toString());
    });
    connect(source, &QAbstractItemModel::modelReset, this, [this] {
        m_cache.clear();
    });
    connect(source, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_cache.clear();
    });
}

Explanation DenialExplanationModel::explanation(int row) const
{
    if (!sourceModel() || row < 0 || row >= sourceModel()->rowCount())
        return {};
    const QModelIndex source = sourceModel()->index(row, 0);
    const QString key = source.data(DenialListModel::KeyRole).toString();
    if (const auto it = m_cache.constFind(key); it != m_cache.cend())
        return *it;
    const Explanation e = m_explainer->explain(source.data(DenialListModel::DenialRole).value<AppArmorEvent>());
    m_cache.insert(key, e);
    return e;
}

QVariant DenialExplanationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case ExplanationRole:
        return QVariant::fromValue(explanation(index.row()));
    case CauseRole:
        return Explanation::causeId(explanation(index.row()).cause);
    case CauseTitleRole:
        return Explanation::causeTitle(explanation(index.row()).cause);
    default:
        return QIdentityProxyModel::data(index, role);
    }
}

QHash<int, QByteArray> DenialExplanationModel::roleNames() const
{
    QHash<int, QByteArray> names = QIdentityProxyModel::roleNames();
    names.insert(ExplanationRole, "explanation");
    names.insert(CauseRole, "cause");
    names.insert(CauseTitleRole, "causeTitle");
    return names;
}

void DenialExplanationModel::refresh()
{
    m_cache.clear();
    const int rows = rowCount();
    if (rows > 0)
        Q_EMIT dataChanged(
            index(0, 0), index(rows - 1, columnCount() - 1), {ExplanationRole, CauseRole, CauseTitleRole});
}
