// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "rulecandidate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A rule of a local override, identified the same way by the helper (when it records which
// rules a change added or removed) and by the views (when they ask which change added a rule):
// the headers of the blocks it sits in and its text with whitespace simplified.
struct OverrideRuleRef
{
    QStringList blocks; // enclosing block headers, outermost first: {"^hat"}
    QString rule; // "/srv/tftp/** r,"
    friend bool operator==(const OverrideRuleRef &, const OverrideRuleRef &) = default;
};

// The rules of a local override (local/NAME), as PolicyDocument reads them: comments and
// blank lines skipped, a rule running on until its comma, hats and child profiles as blocks.
class OverrideRules
{
public:
    struct Item
    {
        enum class Kind { Rule, Block };
        Kind kind = Kind::Rule;
        OverrideRuleRef ref; // for a block: the blocks around it, and its header as rule
        int line = 0; // 1-based, where it starts
        int lineCount = 1;
    };

    // Every rule and block header, in the order they appear.
    static QList<Item> parse(const QString &text);
    static QList<OverrideRuleRef> rules(const QString &text);

    // Rules in after but not in before, and the other way round.
    static QList<OverrideRuleRef> added(const QString &before, const QString &after);

    // Where OverrideEditor puts a rule of this item: the top level, or the one hat or child
    // block named in its header ("^name {" or "profile name {"); nullopt for other nesting.
    static std::optional<RuleTarget> targetOf(const QString &profile, const Item &item);

    // text with exactly this one rule taken out (through OverrideEditor), or nullopt when
    // that cannot be done safely (a rule spanning lines, a duplicate, a block it cannot name).
    static std::optional<QString> without(const QString &text, const QString &profile, const Item &item);
};
