// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "suggestedprofiles.h"

#include "apparmorquoting.h"

using namespace Qt::StringLiterals;

SuggestedProfiles::Block &SuggestedProfiles::child(Block &parent, const QString &name)
{
    qsizetype &index = parent.childIndex[name];
    if (index == 0) {
        parent.children.append(Block{name, {}, {}, {}, {}});
        index = parent.children.size(); // one past: 0 is "not seen yet"
    }
    return parent.children[index - 1];
}

SuggestedProfiles::Block &SuggestedProfiles::block(const RuleTarget &target)
{
    Block *b = &child(m_top, target.profile);
    for (const QString &name : target.children)
        b = &child(*b, name);
    return *b;
}

void SuggestedProfiles::addProfile(const RuleTarget &target)
{
    block(target);
}

void SuggestedProfiles::addRule(const RuleTarget &target, const QString &rule)
{
    Block &b = block(target);
    if (!b.ruleSet.contains(rule)) {
        b.ruleSet.insert(rule);
        b.rules.append(rule);
    }
}

QString SuggestedProfiles::toText() const
{
    QString out;
    auto writeBody = [&out](const auto &self, const Block &b, const QString &indent) -> void {
        for (const QString &rule : b.rules)
            out += indent + rule + u'\n';
        if (!b.rules.isEmpty())
            out += u'\n';
        for (const Block &child : b.children) {
            out += indent + u'^' + AppArmorQuoting::quoteIfNeeded(child.name) + u" {\n"_s;
            self(self, child, indent + u"  "_s);
            out += indent + u"}\n"_s;
        }
    };
    for (const Block &p : m_top.children) {
        if (!out.isEmpty())
            out += u'\n';
        out += AppArmorQuoting::profileHeader(p.name) + u'\n';
        writeBody(writeBody, p, u"  "_s);
        out += u"}\n"_s;
    }
    return out;
}
