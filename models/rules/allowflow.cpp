// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "allowflow.h"

#include "localoverridewriter.h"
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

std::optional<RuleSuggestion> suggestionFor(const Denial &d)
{
    return RuleSuggester::suggest(d);
}
} // namespace

AllowFlow::AllowFlow(const Denial &denial, OverrideApplier *applier, QObject *parent)
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

void AllowFlow::setRecentDenials(const QList<Denial> &recent)
{
    m_recentPaths.clear();
    for (const Denial &d : recent) {
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
    const Denial &d = m_denial;
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
    return tr("%1 (pid %2, profile %3) %4.").arg(who, QString::number(d.pid), profile, what);
}

QString AllowFlow::rule() const
{
    if (!hasRule())
        return {};
    const RuleCandidate &c = m_suggestion.candidates[m_candidate];
    QString text = c.rule;
    if (c.kind == RuleCandidate::Kind::File && m_scopes->rowCount() > 0)
        text = m_scopes->index(m_scopeRow).data(ScopeChoiceModel::RuleRole).toString();
    if (text.isEmpty())
        return {};
    return m_deny ? u"deny "_s + text : text;
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
    if (c.kind == RuleCandidate::Kind::File && !m_deny) {
        if (m_haveAbstractions) {
            const QString a = m_abstractions.covering(c.path, c.perms, c.owner);
            if (!a.isEmpty())
                hints += tr("<%1> already covers this access: including it may be the better fix.").arg(a);
        }
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
    if (!canApply() || !m_applier)
        return;
    m_busy = true;
    const QString before = m_before;
    const QString after = proposedText();
    Q_EMIT changed();
    m_applier->apply(m_suggestion.target.label(), after, [this, before, after](const OverrideApplier::Result &r) {
        m_busy = false;
        if (r.ok) {
            m_undoText = before;
            m_before = after;
            m_changeId = r.changeId;
        }
        Q_EMIT changed();
        Q_EMIT applied(
            r.ok, r.ok ? tr("Done: the rule is in %1 and the profile was reloaded.").arg(overrideName()) : r.error);
    });
}

void AllowFlow::undo()
{
    if (!canUndo() || !m_applier)
        return;
    m_busy = true;
    const QString restore = *m_undoText;
    Q_EMIT changed();
    m_applier->apply(m_suggestion.target.label(), restore, [this, restore](const OverrideApplier::Result &r) {
        m_busy = false;
        if (r.ok) {
            m_undoText.reset();
            m_before = restore;
            m_changeId = r.changeId;
        }
        Q_EMIT changed();
        Q_EMIT undone(r.ok, r.ok ? tr("Undone: %1 is back as it was.").arg(overrideName()) : r.error);
    });
}
