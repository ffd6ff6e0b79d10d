// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "rulecandidate.h"

#include <QString>

// Edits the text of a local override (local/NAME, included inside the profile's body): adds
// a rule at the top level or inside the block of a hat or child profile, idempotently, and
// takes it out again. Everything else in the file stays byte for byte.
class OverrideEditor
{
public:
    // The text with the rule added (the text itself when the rule is already there).
    static QString insertRule(const QString &text, const RuleTarget &target, const QString &rule);
    // The text without the rule (and without a child block the removal left empty).
    static QString removeRule(const QString &text, const RuleTarget &target, const QString &rule);
    static bool containsRule(const QString &text, const RuleTarget &target, const QString &rule);

private:
    struct Block
    {
        qsizetype open = -1; // line index of "^child {"
        qsizetype close = -1; // line index of its "}"
    };
    static Block findBlock(const QStringList &lines, const QString &child);
};
