// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "suggestedprofiles.h"

#include "apparmorquoting.h"

using namespace Qt::StringLiterals;

SuggestedProfiles::Block &SuggestedProfiles::block(const RuleTarget &target)
{
    auto find = [](QList<Block> &list, const QString &name) -> Block & {
        for (Block &b : list) {
            if (b.name == name)
                return b;
        }
        list.append(Block{name, {}, {}});
        return list.last();
    };
    Block *b = &find(m_profiles, target.profile);
    for (const QString &child : target.children)
        b = &find(b->children, child);
    return *b;
}

void SuggestedProfiles::addProfile(const RuleTarget &target)
{
    block(target);
}

void SuggestedProfiles::addRule(const RuleTarget &target, const QString &rule)
{
    Block &b = block(target);
    if (!b.rules.contains(rule))
        b.rules.append(rule);
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
    for (const Block &p : m_profiles) {
        if (!out.isEmpty())
            out += u'\n';
        out += AppArmorQuoting::profileHeader(p.name) + u'\n';
        writeBody(writeBody, p, u"  "_s);
        out += u"}\n"_s;
    }
    return out;
}
