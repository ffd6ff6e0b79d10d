// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "allowflow.h"
#include "displaytext.h"

#include <QPointer>

#include "localoverridewriter.h"
#include "logorigin.h"
#include "overrideeditor.h"
#include "rulesuggester.h"
#include "scopechoicemodel.h"
#include "unifieddiff.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AllowFlow", text);
}

QString fileAccessWords(const QString &perms)
{
    static const QList<std::pair<QChar, const char *>> words = {
        {u'r', QT_TRANSLATE_NOOP("AllowFlow", "read")},
        {u'w', QT_TRANSLATE_NOOP("AllowFlow", "write")},
        {u'a', QT_TRANSLATE_NOOP("AllowFlow", "append")},
        {u'x', QT_TRANSLATE_NOOP("AllowFlow", "execute")},
        {u'm', QT_TRANSLATE_NOOP("AllowFlow", "map as code")},
        {u'l', QT_TRANSLATE_NOOP("AllowFlow", "link")},
        {u'k', QT_TRANSLATE_NOOP("AllowFlow", "lock")},
    };
    QStringList out;
    for (const auto &[letter, word] : words) {
        if (perms.contains(letter))
            out += tr(word);
    }
    return out.join(u", "_s);
}

std::optional<RuleSuggestion> suggestionFor(const AppArmorEvent &d)
{
    return RuleSuggester::suggest(d);
}
} // namespace

AllowFlow::AllowFlow(const AppArmorEvent &denial, OverrideApplier *applier, QObject *parent)
    : QObject(parent)
    , m_denial(denial)
    , m_applier(applier)
    , m_suggestion(suggestionFor(denial).value_or(RuleSuggestion{}))
    , m_scopes(new ScopeChoiceModel(this))
{
    for (int i = 0; i < m_suggestion.candidates.size(); ++i) {
        if (m_suggestion.candidates[i].isDefault)
            m_candidate = i;
    }
    if (m_applier && !m_suggestion.target.profile.isEmpty())
        m_before = m_applier->currentOverride(m_suggestion.target.label());
    refreshScopes();
}

AllowFlow::~AllowFlow() = default;

void AllowFlow::setRecentDenials(const QList<AppArmorEvent> &recent)
{
    m_recentPaths.clear();
    for (const AppArmorEvent &d : recent) {
        if (d.name.startsWith(u'/') && d.netFamily.isEmpty())
            m_recentPaths += d.name;
    }
    refreshScopes();
    Q_EMIT changed();
}

void AllowFlow::setProfileRules(const ExistingRules &rules)
{
    m_profileRules = rules;
    Q_EMIT changed();
}

void AllowFlow::setAbstractions(const AbstractionIndex &index)
{
    m_abstractions = index;
    m_haveAbstractions = true;
    refreshScopes();
    Q_EMIT changed();
}

void AllowFlow::refreshScopes()
{
    const bool isFile = hasRule() && m_suggestion.candidates[m_candidate].kind == RuleCandidate::Kind::File;
    if (isFile) {
        m_scopes->setCandidate(m_suggestion.candidates[m_candidate], m_recentPaths,
            m_haveAbstractions ? m_abstractions.variables() : FileScope::defaultVariables());
    } else {
        m_scopes->setCandidate(RuleCandidate{}, {});
    }
    m_scopeRow = 0;
}

void AllowFlow::setCandidateIndex(int index)
{
    if (index < 0 || index >= m_suggestion.candidates.size() || index == m_candidate)
        return;
    m_candidate = index;
    refreshScopes();
    Q_EMIT changed();
}

void AllowFlow::setScopeRow(int row)
{
    if (row < 0 || row >= m_scopes->rowCount() || row == m_scopeRow)
        return;
    m_scopeRow = row;
    Q_EMIT changed();
}

void AllowFlow::setCustomPattern(const QString &pattern)
{
    m_scopes->setCustomPattern(pattern);
    Q_EMIT changed();
}

void AllowFlow::setDeny(bool deny)
{
    if (deny == m_deny)
        return;
    m_deny = deny;
    Q_EMIT changed();
}

QString AllowFlow::summary() const
{
    const AppArmorEvent &d = m_denial;
    const QString who = d.comm.isEmpty() ? tr("A program") : d.comm;
    const QString profile = d.profile;
    QString what;
    if (!hasRule()) {
        what = tr("was refused \"%1\", but the record holds too little to build a rule from").arg(d.operation);
    } else {
        const RuleCandidate &c = m_suggestion.candidates[m_candidate];
        switch (c.kind) {
        case RuleCandidate::Kind::File:
        case RuleCandidate::Kind::Link:
            what = tr("was denied %1 access to %2").arg(fileAccessWords(c.perms), d.name);
            break;
        case RuleCandidate::Kind::Exec:
            what = tr("was denied running %1").arg(d.name);
            break;
        case RuleCandidate::Kind::Capability:
            what = tr("was denied the capability %1").arg(d.name);
            break;
        case RuleCandidate::Kind::Network:
        case RuleCandidate::Kind::Unix:
            what = tr("was denied %1 on a %2 %3 socket")
                       .arg(d.deniedMask.isEmpty() ? d.operation : d.deniedMask, d.netFamily, d.netSockType);
            break;
        case RuleCandidate::Kind::Signal:
            what = tr("was denied to %1 the signal %2 (peer %3)").arg(d.deniedMask, d.signal, d.peer);
            break;
        case RuleCandidate::Kind::Dbus:
            what = tr("was denied D-Bus %1 %2.%3 on the %4 bus")
                       .arg(d.deniedMask, d.dbusInterface, d.dbusMember, d.dbusBus);
            break;
        default:
            what = tr("was denied \"%1\" %2").arg(d.operation, d.deniedMask.isEmpty() ? d.requestedMask : d.deniedMask);
            break;
        }
    }
    // Names from the log, escaped: a newline or escape sequence in one must not reshape the text.
    return DisplayText::escaped(tr("%1 (pid %2, profile %3) %4.").arg(who, QString::number(d.pid), profile, what));
}

QString AllowFlow::unverifiedReason() const
{
    return LogOrigin::unverifiedReason(m_denial);
}

void AllowFlow::confirmUnverified(bool confirmed)
{
    if (m_unverifiedConfirmed == confirmed)
        return;
    m_unverifiedConfirmed = confirmed;
    Q_EMIT changed();
}

QString AllowFlow::coveringAbstraction() const
{
    if (!hasRule() || m_deny || !m_haveAbstractions)
        return {};
    const RuleCandidate &c = m_suggestion.candidates[m_candidate];
    if (c.kind != RuleCandidate::Kind::File)
        return {};
    return m_abstractions.covering(c.path, c.perms, c.owner);
}

void AllowFlow::setUseAbstraction(bool use)
{
    if (use == m_useAbstraction)
        return;
    m_useAbstraction = use;
    Q_EMIT changed();
}

QString AllowFlow::rule() const
{
    if (!hasRule())
        return {};
    if (usesAbstraction())
        return u"include <"_s + coveringAbstraction() + u'>';
    const RuleCandidate &c = m_suggestion.candidates[m_candidate];
    QString text = c.rule;
    if (c.kind == RuleCandidate::Kind::File && m_scopes->rowCount() > 0)
        text = m_scopes->index(m_scopeRow).data(ScopeChoiceModel::RuleRole).toString();
    if (text.isEmpty())
        return {};
    if (m_deny && c.kind == RuleCandidate::Kind::Exec)
        return c.denyRule();
    if (m_deny)
        return u"deny "_s + text;
    return m_priority != 0 ? u"priority="_s + QString::number(m_priority) + u' ' + text : text;
}

void AllowFlow::setExplanation(const Explanation &explanation)
{
    m_explanation = explanation;
    Q_EMIT changed();
}

bool AllowFlow::allowIsBlocked() const
{
    const bool denyRule
        = m_explanation.fix == Explanation::Fix::ChangeDenyRule || m_explanation.fix == Explanation::Fix::PriorityRule;
    return denyRule && !m_deny && m_priority == 0;
}

void AllowFlow::setPriority(int priority)
{
    if (m_priority == priority)
        return;
    m_priority = priority;
    Q_EMIT changed();
}

bool AllowFlow::isAlreadyAllowed() const
{
    if (!hasRule() || m_deny)
        return false;
    const RuleCandidate &c = m_suggestion.candidates[m_candidate];
    if (m_profileRules.contains(rule()) || OverrideEditor::containsRule(m_before, RuleTarget{}, rule()))
        return true;
    return c.kind == RuleCandidate::Kind::File && m_profileRules.allowing(c.path, c.perms, c.owner).has_value();
}

QString AllowFlow::hint() const
{
    if (!hasRule() || m_undoText)
        return {}; // nothing to add right after this dialog wrote the rule itself
    if (isAlreadyAllowed())
        return tr("The profile already allows this: it only needs to be reloaded.");
    const RuleCandidate &c = m_suggestion.candidates[m_candidate];
    QStringList hints;
    if (c.kind == RuleCandidate::Kind::File && !m_deny && !usesAbstraction()) {
        const QString pattern = m_scopes->index(m_scopeRow).data(ScopeChoiceModel::PatternRole).toString();
        const auto redundant = m_profileRules.redundantUnder(pattern, c.perms, c.owner);
        if (!redundant.isEmpty())
            hints += tr("This rule makes %n existing rule(s) redundant.", nullptr, int(redundant.size()));
    }
    return hints.join(u'\n');
}

QString AllowFlow::overrideName() const
{
    return u"local/"_s + m_applier->overrideNameFor(m_suggestion.target.label());
}

QString AllowFlow::sharedOverride() const
{
    if (!m_applier)
        return {};
    const OverrideNaming::Target t = m_applier->targetFor(m_suggestion.target.label());
    return t.shared.isEmpty() ? QString() : u"local/"_s + t.shared;
}

QStringList AllowFlow::sharingProfiles() const
{
    return m_applier ? m_applier->targetFor(m_suggestion.target.label()).sharedBy : QStringList();
}

void AllowFlow::setAllSharing(bool all)
{
    if (!m_applier || m_busy || all == m_applier->allSharing())
        return;
    m_applier->setAllSharing(all);
    // Another file: its own text, and no undo of a write to the other one.
    m_before = m_applier->currentOverride(m_suggestion.target.label());
    m_undoText.reset();
    Q_EMIT changed();
}

QString AllowFlow::proposedText() const
{
    const QString r = rule();
    if (r.isEmpty())
        return m_before;
    // The override file is the target's own (a hat's included in the hat): top level.
    return OverrideEditor::insertRule(m_before, RuleTarget{m_suggestion.target.label(), {}}, r);
}

QString AllowFlow::diff() const
{
    return UnifiedDiff::format(m_before, proposedText(), overrideName(), overrideName());
}

void AllowFlow::apply()
{
    if (needsConfirmation()) {
        Q_EMIT applied(
            false, tr("Not applied: the record is unverified and that was not confirmed. %1").arg(unverifiedReason()));
        return;
    }
    if (!canApply() || !m_applier)
        return;
    m_busy = true;
    const QString before = m_before;
    const QString after = proposedText();
    Q_EMIT changed();
    // The applier outlives the flow (a dialog closed during the polkit prompt deletes it).
    const QPointer<AllowFlow> self(this);
    m_applier->apply(m_suggestion.target.label(), after, [self, before, after](const OverrideApplier::Result &r) {
        if (!self)
            return;
        AllowFlow *const flow = self;
        flow->finishApply(r, before, after);
    });
}

void AllowFlow::finishApply(const OverrideApplier::Result &r, const QString &before, const QString &after)
{
    m_busy = false;
    if (r.ok) {
        m_undoText = before;
        m_redoText.reset();
        m_lastRule = rule();
        m_before = after;
        m_changeId = r.changeId;
    } else if (r.conflict) {
        // Someone changed the override since it was read: nothing was written. Read it again,
        // so the preview is the fresh diff, and the next apply is a new decision on it.
        m_before = m_applier->currentOverride(m_suggestion.target.label());
        Q_EMIT changed();
        Q_EMIT applied(false,
            tr("%1 was changed by someone else since it was read, so nothing was written. The preview now "
               "shows the rule added to the file as it is; apply again to write it.")
                .arg(overrideName()));
        return;
    }
    Q_EMIT changed();
    Q_EMIT applied(
        r.ok, r.ok ? tr("Done: the rule is in %1 and the profile was reloaded.").arg(overrideName()) : r.error);
}

void AllowFlow::undo()
{
    if (!canUndo() || !m_applier)
        return;
    m_busy = true;
    const QString restore = *m_undoText;
    Q_EMIT changed();
    // Through the applier's undo: the helper's Undo of the change, which puts back exactly the
    // bytes it replaced, or refuses when someone changed the file since.
    const QPointer<AllowFlow> self(this);
    m_applier->undo(
        m_suggestion.target.label(), m_changeId, restore, [self, restore](const OverrideApplier::Result &r) {
            if (!self)
                return;
            AllowFlow *const flow = self;
            flow->m_busy = false;
            if (r.ok) {
                flow->m_redoText = flow->m_before;
                flow->m_undoText.reset();
                flow->m_before = restore;
                flow->m_changeId = r.changeId;
            }
            Q_EMIT flow->changed();
            Q_EMIT flow->undone(r.ok, r.ok ? tr("Undone: %1 is back as it was.").arg(flow->overrideName()) : r.error);
        });
}

void AllowFlow::redo()
{
    if (!canRedo() || !m_applier)
        return;
    m_busy = true;
    const QString before = m_before;
    const QString again = *m_redoText;
    Q_EMIT changed();
    const QPointer<AllowFlow> self(this);
    m_applier->apply(m_suggestion.target.label(), again, [self, before, again](const OverrideApplier::Result &r) {
        if (!self)
            return;
        AllowFlow *const flow = self;
        flow->m_busy = false;
        if (r.ok) {
            flow->m_redoText.reset();
            flow->m_undoText = before;
            flow->m_before = again;
            flow->m_changeId = r.changeId;
        }
        Q_EMIT flow->changed();
        Q_EMIT flow->redone(
            r.ok, r.ok ? tr("Redone: %1 is in %2 again.").arg(flow->m_lastRule, flow->overrideName()) : r.error);
    });
}

QString AllowFlow::undoDiff() const
{
    return m_undoText ? UnifiedDiff::format(m_before, *m_undoText, overrideName(), overrideName()) : QString();
}

QString AllowFlow::redoDiff() const
{
    return m_redoText ? UnifiedDiff::format(m_before, *m_redoText, overrideName(), overrideName()) : QString();
}
