// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "abstractionindex.h"
#include "apparmorevent.h"
#include "existingrules.h"
#include "explanation.h"
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
    AllowFlow(const AppArmorEvent &denial, OverrideApplier *applier, QObject *parent = nullptr);
    ~AllowFlow() override;

    // Context, all optional: recent records (for the scope preview), the profile's own rules
    // (for "already allowed"), the profile directory's abstractions (for "use <abstractions/x>").
    void setRecentDenials(const QList<AppArmorEvent> &recent);
    void setProfileRules(const ExistingRules &rules);
    void setAbstractions(const AbstractionIndex &index);
    // Why the denial happened (DenialExplainer): a deny rule means an allow rule cannot win.
    void setExplanation(const Explanation &explanation);
    const Explanation &explanation() const { return m_explanation; }
    // An allow rule written now would not take effect: a deny rule blocks the access and the
    // rule has no priority above it.
    bool allowIsBlocked() const;
    // AppArmor 5: write the allow rule with priority=N (0: none), to outrank a deny rule.
    void setPriority(int priority);
    int priority() const { return m_priority; }

    const AppArmorEvent &denial() const { return m_denial; }
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
    // The abstraction that already grants this file access ("abstractions/user-download"), or
    // "": offered as a choice, which makes the rule "include <abstractions/...>".
    QString coveringAbstraction() const;
    bool usesAbstraction() const { return m_useAbstraction && !coveringAbstraction().isEmpty(); }
    void setUseAbstraction(bool use);

    // The denial in words: who, what, which access.
    QString summary() const;
    // The rule as it would be written ("" when the chosen scope is not a valid rule).
    QString rule() const;
    // "Already allowed", "makes N rules redundant"; or "".
    QString hint() const;
    bool isAlreadyAllowed() const;
    QString overrideName() const; // "local/usr.bin.foo"
    // When the profile's own block includes an override other profiles include too: its name
    // ("local/X") and every profile that includes it; empty otherwise. By default the rule goes
    // into a new override of the denied profile alone; with allSharing into local/X, for all.
    QString sharedOverride() const;
    QStringList sharingProfiles() const;
    bool allSharing() const { return m_applier && m_applier->allSharing(); }
    void setAllSharing(bool all);
    QString currentText() const { return m_before; }
    QString proposedText() const;
    QString diff() const;

    // A record anyone could have written (AppArmorEvent::isVerified) is applied only once the user
    // confirmed it, having been told why it is unverified.
    QString unverifiedReason() const;
    bool needsConfirmation() const { return !m_denial.isVerified() && !m_unverifiedConfirmed; }
    void confirmUnverified(bool confirmed);

    bool canApply() const
    {
        return !rule().isEmpty() && !m_busy && !needsConfirmation() && !allowIsBlocked() && proposedText() != m_before;
    }
    bool canUndo() const { return m_undoText.has_value() && !m_busy; }
    bool canRedo() const { return m_redoText.has_value() && !m_busy; }
    void apply();
    void undo();
    // Writes again what undo() took back.
    void redo();
    // The rule the last apply wrote (what Undo takes back and Redo writes again).
    QString lastRule() const { return m_lastRule; }
    // The diff an undo (or a redo) would make.
    QString undoDiff() const;
    QString redoDiff() const;
    // The helper's change id of the last successful apply or undo ("" when the applier keeps
    // no journal): "armorctl undo ID" and the history refer to it.
    QString lastChangeId() const { return m_changeId; }

Q_SIGNALS:
    void changed();
    void applied(bool ok, const QString &message);
    void undone(bool ok, const QString &message);
    void redone(bool ok, const QString &message);

private:
    void refreshScopes();
    void finishApply(const OverrideApplier::Result &r, const QString &before, const QString &after);

    AppArmorEvent m_denial;
    OverrideApplier *m_applier;
    RuleSuggestion m_suggestion;
    int m_candidate = 0;
    ScopeChoiceModel *m_scopes;
    int m_scopeRow = 0;
    bool m_deny = false;
    bool m_busy = false;
    bool m_unverifiedConfirmed = false;
    int m_priority = 0;
    Explanation m_explanation;
    QStringList m_recentPaths;
    ExistingRules m_profileRules;
    AbstractionIndex m_abstractions;
    bool m_haveAbstractions = false;
    QString m_before;
    std::optional<QString> m_undoText;
    std::optional<QString> m_redoText;
    QString m_lastRule;
    bool m_useAbstraction = false;
    QString m_changeId;
};
