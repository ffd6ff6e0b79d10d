// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

// Why one denial happened and what to do about it, as DenialExplainer works it out.
struct Explanation
{
    Q_DECLARE_TR_FUNCTIONS(Explanation)

public:
    enum class Cause {
        NotADenial, // not an access record (status, hint...), or an audit rule's record
        NoRule, // no rule allows it
        DenyRule, // an explicit deny rule blocks it
        StalePolicy, // a rule on disk allows it; the kernel has older policy
        Downgraded, // the ABI or the kernel's features weaken the rule that would allow it
        ComplainException, // denied although the profile is in complain mode
        StackOrPeer, // another profile of a stack, or the peer's profile, decided
        UserNamespace, // Ubuntu's unprivileged user-namespace restriction
        ManagedProfile, // snapd or the Security Profiles Operator owns the profile
    };
    // What Armorer offers for it.
    enum class Fix {
        None,
        AllowDialog, // add the rule (the allow dialog)
        Reload, // reload the profile
        ChangeDenyRule, // edit or remove the deny rule (AppArmor 4)
        PriorityRule, // an allow rule with priority= that outranks the deny rule (AppArmor 5)
        WiderRule, // a rule the kernel can enforce, wider than the one written
        ChangeOtherProfile, // the rule goes into the other profile
        UsernsProfile, // a profile for the program with "userns,"
        AskOwner, // change it where its owner (snapd, SPO) keeps it
    };

    Cause cause = Cause::NotADenial;
    Fix fix = Fix::None;
    QString summary; // the cause, one sentence
    QString advice; // the fix, in words
    QString warning; // what to know before taking the fix (priority rules...)
    QString rule; // the rule that decided, as written (a deny rule, the allow rule on disk)
    QString file; // where that rule is
    int line = 0;
    QString profile; // the profile to change
    QString owner; // for ManagedProfile: "snapd" or "Security Profiles Operator"
    QString proposal; // text Armorer would write: a rule or a whole profile
    std::optional<bool> kernelAllows; // the loaded policy's answer, when the kernel was asked

    // A stable identifier for scripts ("no-rule", "deny-rule", ...).
    static QString causeId(Cause cause);
    static QString fixId(Fix fix);
    // The cause's name for people ("No rule allows it").
    static QString causeTitle(Cause cause);
    QJsonObject toJson() const;
    // Several lines for a terminal or a tooltip.
    QString toText() const;
};

Q_DECLARE_METATYPE(Explanation)
