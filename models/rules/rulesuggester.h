// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "apparmorevent.h"
#include "rulecandidate.h"

#include <optional>

// Turns an AppArmor record into the rules that would allow it, the way aa-logprof's engine
// does: the default candidate is what aa-logprof would write; the others are the choices a
// person may prefer (exec modes, owner or not, link rules, wider network rules).
class RuleSuggester
{
public:
    // nullopt when the record is not an access record or names no profile. The suggestion
    // may hold no candidates: then the record carries too little to build a rule (a file
    // event without a name, a ptrace event without a mask...).
    static std::optional<RuleSuggestion> suggest(const AppArmorEvent &denial);

    // The AppArmor file permissions for a logged mask: c and d become w, a is dropped when w
    // is there, x is dropped (exec is decided separately), unknown letters are ignored.
    // Ordered as AppArmor writes them (m r w a l k).
    static QString filePermissions(const QString &mask);
};
