// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "explanation.h"

#include <QHash>
#include <QIdentityProxyModel>

class DenialExplainer;

// The denial history (DenialListModel) with "why was this denied?" on every row: the
// explanation of each group's latest record, worked out when a view first asks and kept until
// the group changes or the policy does (refresh()).
class DenialExplanationModel : public QIdentityProxyModel
{
    Q_OBJECT
public:
    enum Role {
        ExplanationRole = Qt::UserRole + 100, // Explanation
        CauseRole, // Explanation::causeId(), "no-rule", "deny-rule", ...
        CauseTitleRole, // Explanation::causeTitle(), for people
    };

    explicit DenialExplanationModel(const DenialExplainer *explainer, QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    Explanation explanation(int row) const;

public Q_SLOTS:
    // The profiles or the kernel changed: explain every row again.
    void refresh();

private:
    const DenialExplainer *m_explainer;
    mutable QHash<QString, Explanation> m_cache; // by group key
};
