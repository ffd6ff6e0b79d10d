// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "overriderules.h"

#include "apparmorquoting.h"
#include "overrideeditor.h"
#include "policydocument.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {
QString keyOf(const OverrideRuleRef &ref)
{
    return ref.blocks.join(u'\n') + u'\x1f' + ref.rule;
}

QString unquote(const QString &token)
{
    if (token.size() < 2 || !token.startsWith(u'"') || !token.endsWith(u'"'))
        return token;
    QString out;
    const QString inner = token.mid(1, token.size() - 2);
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner.at(i) == u'\\' && i + 1 < inner.size())
            ++i;
        out += inner.at(i);
    }
    return out;
}
} // namespace

QList<OverrideRules::Item> OverrideRules::parse(const QString &text)
{
    // PolicyDocument reads the text: comments, quotes, rules over several lines, blocks.
    const PolicyDocument doc = PolicyDocument::parse(text);
    QList<Item> items;
    QStringList blocks;
    const auto walk = [&](const auto &self, int parent) -> void {
        for (const int child : doc.node(parent).children) {
            const PolicyDocument::Node &n = doc.node(child);
            if (n.kind == PolicyDocument::NodeKind::Comment || n.kind == PolicyDocument::NodeKind::Stray)
                continue;
            Item item;
            item.ref.blocks = blocks;
            item.line = doc.startOf(child).line;
            item.lineCount = doc.position(doc.endOffset(child)).line - item.line + 1;
            QString statement = doc.statementText(child);
            if (n.kind == PolicyDocument::NodeKind::Block) {
                // Its header, as written without the brace: "^hat", "profile child".
                if (statement.endsWith(u'{'))
                    statement = statement.chopped(1).trimmed();
                item.kind = Item::Kind::Block;
                item.ref.rule = statement;
                items.append(item);
                blocks.append(statement);
                self(self, child);
                blocks.removeLast();
            } else {
                // Rules, and the statements that end without a comma (include, variables).
                item.ref.rule = statement;
                items.append(item);
            }
        }
    };
    walk(walk, PolicyDocument::RootNode);
    return items;
}

QList<OverrideRuleRef> OverrideRules::rules(const QString &text)
{
    QList<OverrideRuleRef> result;
    for (const Item &item : parse(text)) {
        if (item.kind == Item::Kind::Rule)
            result.append(item.ref);
    }
    return result;
}

QList<OverrideRuleRef> OverrideRules::added(const QString &before, const QString &after)
{
    QHash<QString, int> remaining;
    for (const OverrideRuleRef &ref : rules(before))
        ++remaining[keyOf(ref)];
    QList<OverrideRuleRef> result;
    for (const OverrideRuleRef &ref : rules(after)) {
        int &count = remaining[keyOf(ref)];
        if (count > 0)
            --count;
        else
            result.append(ref);
    }
    return result;
}

std::optional<RuleTarget> OverrideRules::targetOf(const QString &profile, const Item &item)
{
    RuleTarget target = RuleTarget::fromLabel(profile);
    target.children.clear();
    if (item.ref.blocks.isEmpty())
        return target;
    if (item.ref.blocks.size() != 1)
        return std::nullopt;
    const QString header = item.ref.blocks.constFirst();
    QString name;
    if (header.startsWith(u'^'))
        name = header.mid(1).trimmed();
    else if (header.startsWith(u"profile "))
        name = header.mid(8).trimmed();
    else
        return std::nullopt;
    name = unquote(name);
    if (name.isEmpty())
        return std::nullopt;
    target.children = {name};
    return target;
}

std::optional<QString> OverrideRules::without(const QString &text, const QString &profile, const Item &item)
{
    if (item.kind != Item::Kind::Rule || item.lineCount != 1)
        return std::nullopt;
    const std::optional<RuleTarget> target = targetOf(profile, item);
    if (!target)
        return std::nullopt;
    const QList<OverrideRuleRef> before = rules(text);
    if (before.count(item.ref) != 1)
        return std::nullopt;
    const QString result = OverrideEditor::removeRule(text, *target, item.ref.rule);
    // Exactly this rule gone and nothing else: anything else means the editor matched some
    // other line, and the user would be shown a change they did not ask for.
    QList<OverrideRuleRef> expected = before;
    expected.removeOne(item.ref);
    if (result == text || rules(result) != expected)
        return std::nullopt;
    return result;
}
