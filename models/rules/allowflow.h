// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "abstractionindex.h"
#include "denial.h"
#include "existingrules.h"
#include "overrideapplier.h"
#include "rulecandidate.h"

#include <QObject>

class ScopeChoiceModel;

// One "allow this denial" (or deny it) from choice to undo, without any widget: the rule
// candidates and, for a file, the scope; the local override before and after with its diff;
// what the profile already allows; then apply and undo through an OverrideApplier.
class AllowFlow : public QObject
{
    Q_OBJECT
public:
    AllowFlow(const Denial &denial, OverrideApplier *applier, QObject *parent = nullptr);
    ~AllowFlow() override;

    // Context, all optional: recent records (for the scope preview), the profile's own rules
    // (for "already allowed"), the profile directory's abstractions (for "use <abstractions/x>").
    void setRecentDenials(const QList<Denial> &recent);
    void setProfileRules(const ExistingRules &rules);
    void setAbstractions(const AbstractionIndex &index);

    const Denial &denial() const { return m_denial; }
    bool hasRule() const { return !m_suggestion.candidates.isEmpty(); }
    const RuleSuggestion &suggestion() const { return m_suggestion; }
    int candidateIndex() const { return m_candidate; }
    void setCandidateIndex(int index);
    // The scopes of the chosen candidate; empty (no rows) unless it is a file rule.
    ScopeChoiceModel *scopeModel() const { return m_scopes; }
    int scopeRow() const { return m_scopeRow; }
    void setScopeRow(int row);
    void setCustomPattern(const QString &pattern);
    bool isDeny() const { return m_deny; }
    void setDeny(bool deny);

    // The denial in words: who, what, which access.
    QString summary() const;
    // The rule as it would be written ("" when the chosen scope is not a valid rule).
    QString rule() const;
    // "Already allowed", "<abstractions/x> covers this", "makes N rules redundant"; or "".
    QString hint() const;
    bool isAlreadyAllowed() const;
    QString overrideName() const; // "local/usr.bin.foo"
    QString currentText() const { return m_before; }
    QString proposedText() const;
    QString diff() const;

    bool canApply() const { return !rule().isEmpty() && !m_busy && proposedText() != m_before; }
    bool canUndo() const { return m_undoText.has_value() && !m_busy; }
    void apply();
    void undo();
    // The helper's change id of the last successful apply or undo ("" when the applier keeps
    // no journal): "armorctl undo ID" and the history refer to it.
    QString lastChangeId() const { return m_changeId; }

Q_SIGNALS:
    void changed();
    void applied(bool ok, const QString &message);
    void undone(bool ok, const QString &message);

private:
    void refreshScopes();

    Denial m_denial;
    OverrideApplier *m_applier;
    RuleSuggestion m_suggestion;
    int m_candidate = 0;
    ScopeChoiceModel *m_scopes;
    int m_scopeRow = 0;
    bool m_deny = false;
    bool m_busy = false;
    QStringList m_recentPaths;
    ExistingRules m_profileRules;
    AbstractionIndex m_abstractions;
    bool m_haveAbstractions = false;
    QString m_before;
    std::optional<QString> m_undoText;
    QString m_changeId;
};
