// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "apparmorevent.h"

#include "rowfilterproxy.h"
#include <QSet>

// Filters DenialListModel by profile, class, kind, time (last seen at or after) and free text,
// and sorts counts and times as numbers.
class DenialFilterProxy : public RowFilterProxy
{
    Q_OBJECT
public:
    explicit DenialFilterProxy(QObject *parent = nullptr);

    // Empty shows all.
    void setProfile(const QString &profile);
    QString profile() const { return m_profile; }
    void setRuleClass(const QString &ruleClass);
    QString ruleClass() const { return m_class; }
    void setKindShown(AppArmorEvent::Kind kind, bool shown);
    bool isKindShown(AppArmorEvent::Kind kind) const { return !m_hiddenKinds.contains(int(kind)); }
    // Groups last seen before sinceMs are hidden; 0 shows all.
    void setSince(qint64 sinceMs);
    qint64 since() const { return m_since; }
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_profile;
    QString m_class;
    QSet<int> m_hiddenKinds;
    qint64 m_since = 0;
    QString m_text;
};
