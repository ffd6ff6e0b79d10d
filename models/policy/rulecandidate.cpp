// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "rulecandidate.h"

#include "apparmorquoting.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

RuleTarget RuleTarget::fromLabel(const QString &label)
{
    RuleTarget t;
    const qsizetype sep = label.indexOf(u"//"_s);
    if (sep < 0) {
        t.profile = label;
        return t;
    }
    t.profile = label.left(sep);
    // Only one level, like aa-logprof: the rest (which may itself hold "//") is the child.
    t.children = {label.mid(sep + 2)};
    return t;
}

QString RuleTarget::label() const
{
    QStringList parts{profile};
    parts += children;
    return parts.join(u"//"_s);
}

QString RuleCandidate::fileRuleFor(const QString &pathToken) const
{
    return (owner ? u"owner "_s : QString()) + pathToken + u' ' + perms + u',';
}

QString RuleCandidate::denyRule() const
{
    if (kind != Kind::Exec)
        return u"deny "_s + rule;
    QString denied = perms;
    static const QRegularExpression execMode(u"[iupcIUPC]x$"_s);
    denied.replace(execMode, u"x"_s);
    return u"deny "_s + AppArmorQuoting::literalPath(path) + u' ' + denied + u',';
}

const RuleCandidate *RuleSuggestion::defaultCandidate() const
{
    for (const RuleCandidate &c : candidates) {
        if (c.isDefault)
            return &c;
    }
    return nullptr;
}
