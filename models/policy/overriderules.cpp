// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "overriderules.h"

#include "apparmorquoting.h"
#include "overrideeditor.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {
// The line without its comment. '#' starts one at the start of a line or after whitespace,
// outside quotes; "#include" is the old spelling of include, not a comment.
QString codeOf(const QString &line)
{
    const QString trimmed = line.trimmed();
    if (trimmed.startsWith(u"#include"))
        return trimmed;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (c == u'\\') {
            ++i; // an escaped character is never a quote or a comment
        } else if (c == u'"') {
            quoted = !quoted;
        } else if (c == u'#' && !quoted && (i == 0 || line.at(i - 1).isSpace())) {
            return line.left(i).simplified();
        }
    }
    return line.simplified();
}

// Lines that end without a comma but are complete: includes and variable assignments.
bool completeWithoutComma(const QString &code)
{
    return code.startsWith(u"include") || code.startsWith(u"#include") || code.startsWith(u"@{")
        || code.startsWith(u"abi ");
}

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
    QList<Item> items;
    QStringList blocks;
    std::optional<Item> pending; // a rule running over several lines
    const auto flush = [&] {
        if (pending) {
            items.append(*pending);
            pending.reset();
        }
    };
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString code = codeOf(lines.at(i));
        if (code.isEmpty())
            continue;
        const int lineNumber = int(i) + 1;
        if (code == u"}" || code == u"},") {
            flush();
            if (!blocks.isEmpty())
                blocks.removeLast();
            continue;
        }
        if (pending) {
            pending->ref.rule += u' ' + code;
            pending->source += u' ' + code;
            pending->lineCount = lineNumber - pending->line + 1;
            if (code.endsWith(u','))
                flush();
            continue;
        }
        Item item;
        item.ref.blocks = blocks;
        item.ref.rule = code;
        item.source = lines.at(i).simplified();
        item.line = lineNumber;
        if (code.endsWith(u'{')) {
            item.kind = Item::Kind::Block;
            item.ref.rule = code.chopped(1).simplified();
            items.append(item);
            blocks.append(item.ref.rule);
        } else if (code.endsWith(u',') || completeWithoutComma(code)) {
            items.append(item);
        } else {
            pending = item;
        }
    }
    flush();
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
