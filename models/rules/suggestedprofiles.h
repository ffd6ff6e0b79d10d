// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "rulecandidate.h"

#include <QList>
#include <QString>

// Rules gathered per profile (and per hat or child inside it), written as profile blocks the
// way aa-logprof writes them. Keeps first-seen order and drops duplicates.
class SuggestedProfiles
{
public:
    // Notes that the profile was seen, even when no rule comes of it (it then prints empty).
    void addProfile(const RuleTarget &target);
    void addRule(const RuleTarget &target, const QString &rule);

    bool isEmpty() const { return m_profiles.isEmpty(); }
    QString toText() const;

private:
    struct Block
    {
        QString name;
        QStringList rules;
        QList<Block> children;
    };
    Block &block(const RuleTarget &target);
    QList<Block> m_profiles;
};
