// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "rulecandidate.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

// Rules gathered per profile (and per hat or child inside it), written as profile blocks the
// way aa-logprof writes them. Keeps first-seen order and drops duplicates. Blocks and rules are
// looked up by hash, so a log of many profiles or many rules takes linear time.
class SuggestedProfiles
{
public:
    // Notes that the profile was seen, even when no rule comes of it (it then prints empty).
    void addProfile(const RuleTarget &target);
    void addRule(const RuleTarget &target, const QString &rule);

    bool isEmpty() const { return m_top.children.isEmpty(); }
    QString toText() const;

private:
    struct Block
    {
        QString name;
        QStringList rules;
        QSet<QString> ruleSet;
        QList<Block> children;
        QHash<QString, qsizetype> childIndex; // name -> position in children + 1
    };
    static Block &child(Block &parent, const QString &name);
    Block &block(const RuleTarget &target);
    Block m_top; // its children are the profiles
};
