// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "explanation.h"

using namespace Qt::StringLiterals;

QString Explanation::causeId(Cause cause)
{
    switch (cause) {
    case Cause::NotADenial:
        return u"not-a-denial"_s;
    case Cause::NoRule:
        return u"no-rule"_s;
    case Cause::DenyRule:
        return u"deny-rule"_s;
    case Cause::StalePolicy:
        return u"stale-policy"_s;
    case Cause::Downgraded:
        return u"downgraded"_s;
    case Cause::ComplainException:
        return u"complain-exception"_s;
    case Cause::StackOrPeer:
        return u"stack-or-peer"_s;
    case Cause::UserNamespace:
        return u"userns-restriction"_s;
    case Cause::ManagedProfile:
        return u"managed-profile"_s;
    }
    return {};
}

QString Explanation::fixId(Fix fix)
{
    switch (fix) {
    case Fix::None:
        return u"none"_s;
    case Fix::AllowDialog:
        return u"allow"_s;
    case Fix::Reload:
        return u"reload"_s;
    case Fix::ChangeDenyRule:
        return u"change-deny-rule"_s;
    case Fix::PriorityRule:
        return u"priority-rule"_s;
    case Fix::WiderRule:
        return u"wider-rule"_s;
    case Fix::ChangeOtherProfile:
        return u"change-other-profile"_s;
    case Fix::UsernsProfile:
        return u"userns-profile"_s;
    case Fix::AskOwner:
        return u"ask-owner"_s;
    }
    return {};
}

QString Explanation::causeTitle(Cause cause)
{
    switch (cause) {
    case Cause::NotADenial:
        return tr("Not a denial");
    case Cause::NoRule:
        return tr("No rule allows it");
    case Cause::DenyRule:
        return tr("A deny rule blocks it");
    case Cause::StalePolicy:
        return tr("The kernel has older policy");
    case Cause::Downgraded:
        return tr("The rule is downgraded");
    case Cause::ComplainException:
        return tr("Denied in complain mode");
    case Cause::StackOrPeer:
        return tr("Another profile decided");
    case Cause::UserNamespace:
        return tr("User namespaces are restricted");
    case Cause::ManagedProfile:
        return tr("The profile is managed elsewhere");
    }
    return {};
}

QJsonObject Explanation::toJson() const
{
    QJsonObject o{
        {u"cause"_s, causeId(cause)},
        {u"fix"_s, fixId(fix)},
        {u"summary"_s, summary},
        {u"advice"_s, advice},
    };
    if (!warning.isEmpty())
        o.insert(u"warning"_s, warning);
    if (!rule.isEmpty())
        o.insert(u"rule"_s, rule);
    if (!file.isEmpty())
        o.insert(u"file"_s, file);
    if (line > 0)
        o.insert(u"line"_s, line);
    if (!profile.isEmpty())
        o.insert(u"profile"_s, profile);
    if (!owner.isEmpty())
        o.insert(u"owner"_s, owner);
    if (!proposal.isEmpty())
        o.insert(u"proposal"_s, proposal);
    if (kernelAllows)
        o.insert(u"kernel_allows"_s, *kernelAllows);
    return o;
}

QString Explanation::toText() const
{
    QString out = causeTitle(cause) + u": "_s + summary + u'\n';
    if (!rule.isEmpty()) {
        out += u"  "_s + rule;
        if (!file.isEmpty())
            out += u"  ("_s + file + (line > 0 ? u':' + QString::number(line) : QString()) + u')';
        out += u'\n';
    }
    if (!advice.isEmpty())
        out += tr("Fix: %1").arg(advice) + u'\n';
    if (!warning.isEmpty())
        out += tr("Warning: %1").arg(warning) + u'\n';
    if (!proposal.isEmpty()) {
        for (const QString &l : proposal.trimmed().split(u'\n'))
            out += u"    "_s + l + u'\n';
    }
    return out;
}
