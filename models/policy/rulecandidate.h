// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// Where a rule goes: the top-level profile and, for a hat or child profile ("a//b"), the
// nested block names.
struct RuleTarget
{
    QString profile;
    QStringList children;

    // "/usr/sbin/sshd//ubuntu" -> {"/usr/sbin/sshd", {"ubuntu"}}. Like aa-logprof, a label is
    // split at "//", so "a///usr/bin/b" is the child "/usr/bin/b" of "a".
    static RuleTarget fromLabel(const QString &label);
    QString label() const;
    bool isChild() const { return !children.isEmpty(); }
    friend bool operator==(const RuleTarget &, const RuleTarget &) = default;
};

// One rule Armorer can offer for a denial.
struct RuleCandidate
{
    enum class Kind {
        File,
        Exec,
        Link,
        Capability,
        Network,
        Unix,
        Signal,
        Ptrace,
        Dbus,
        Mount,
        PivotRoot,
        ChangeProfile,
        Userns,
        IoUring,
        Mqueue,
    };

    Kind kind = Kind::File;
    QString rule; // complete rule text with its trailing comma, e.g. "owner /etc/passwd r,"
    QString label; // what choosing it means, in words
    bool isDefault = false;
    // For file and exec rules: the parts, so a scope can rebuild the rule around another path.
    QString path; // the literal path from the log
    QString perms; // "r", "mrix", ...
    bool owner = false;

    // The same rule as an explicit deny rule.
    // An exec rule's deny form has no exec mode: "deny /usr/bin/tool mrx,".
    QString denyRule() const;
    // A file rule with path replaced by an already-formatted token (a scope's pattern).
    QString fileRuleFor(const QString &pathToken) const;
};

// The candidates for one denial, and the block they go into.
struct RuleSuggestion
{
    RuleTarget target;
    QList<RuleCandidate> candidates;

    // The candidate chosen when the user just clicks Allow (nullptr when there is no rule to
    // suggest, e.g. a record without the fields a rule needs).
    const RuleCandidate *defaultCandidate() const;
};

Q_DECLARE_METATYPE(RuleCandidate)
