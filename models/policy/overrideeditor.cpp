// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "overrideeditor.h"

#include "apparmorquoting.h"
#include "policydocument.h"

using namespace Qt::StringLiterals;

namespace {
QString blockHeader(const QString &child)
{
    return u'^' + AppArmorQuoting::quoteIfNeeded(child) + u" {"_s;
}

QStringList splitLines(const QString &text, bool *finalNewline)
{
    *finalNewline = text.isEmpty() || text.endsWith(u'\n');
    QStringList lines = text.split(u'\n');
    if (text.endsWith(u'\n'))
        lines.removeLast();
    if (text.isEmpty())
        lines.clear();
    return lines;
}

QString joinLines(const QStringList &lines, bool finalNewline)
{
    QString out = lines.join(u'\n');
    if (finalNewline && !lines.isEmpty())
        out += u'\n';
    return out;
}
} // namespace

namespace {
// The statements of the override's top level, or of the top-level "^child {" / "profile child {"
// block; -1 as the block when the target is a child whose block is missing.
int targetBlock(const PolicyDocument &doc, const RuleTarget &target)
{
    if (!target.isChild())
        return PolicyDocument::RootNode;
    for (const int child : doc.node(PolicyDocument::RootNode).children) {
        const PolicyDocument::Node &n = doc.node(child);
        if (n.isProfile() && n.name == target.children.first())
            return child;
    }
    return -1;
}

// The rule's node among the block's own statements, or -1.
int findRule(const PolicyDocument &doc, int block, const QString &rule)
{
    if (block < 0)
        return -1;
    const QString wanted = rule.simplified();
    for (const int child : doc.node(block).children) {
        if (doc.node(child).kind == PolicyDocument::NodeKind::Rule && doc.statementText(child) == wanted)
            return child;
    }
    return -1;
}
} // namespace

bool OverrideEditor::containsRule(const QString &text, const RuleTarget &target, const QString &rule)
{
    const PolicyDocument doc = PolicyDocument::parse(text);
    return findRule(doc, targetBlock(doc, target), rule) >= 0;
}

QString OverrideEditor::insertRule(const QString &text, const RuleTarget &target, const QString &rule)
{
    const PolicyDocument doc = PolicyDocument::parse(text);
    const int block = targetBlock(doc, target);
    if (findRule(doc, block, rule) >= 0)
        return text;
    bool finalNewline = true;
    QStringList lines = splitLines(text, &finalNewline);
    finalNewline = true; // what Armorer writes ends with a newline
    if (!target.isChild()) {
        // Top-level rules go before the first block, so they stay in the profile body.
        qsizetype at = lines.size();
        for (const int child : doc.node(PolicyDocument::RootNode).children) {
            if (doc.node(child).kind == PolicyDocument::NodeKind::Block) {
                at = doc.startOf(child).line - 1;
                break;
            }
        }
        lines.insert(at, rule);
        return joinLines(lines, finalNewline);
    }
    if (block >= 0 && doc.node(block).closeToken >= 0) {
        const qsizetype closeLine = doc.position(doc.tokens().at(doc.node(block).closeToken).start).line - 1;
        lines.insert(closeLine, u"  "_s + rule);
    } else {
        lines += blockHeader(target.children.first());
        lines += u"  "_s + rule;
        lines += u"}"_s;
    }
    return joinLines(lines, finalNewline);
}

QString OverrideEditor::removeRule(const QString &text, const RuleTarget &target, const QString &rule)
{
    const PolicyDocument doc = PolicyDocument::parse(text);
    const int block = targetBlock(doc, target);
    const int node = findRule(doc, block, rule);
    if (node < 0)
        return text;
    bool finalNewline = true;
    QStringList lines = splitLines(text, &finalNewline);
    const int first = doc.startOf(node).line - 1;
    const int last = doc.position(doc.endOffset(node)).line - 1;
    lines.remove(first, last - first + 1);
    // A child block the removal left empty goes too.
    if (block != PolicyDocument::RootNode && doc.node(block).children.size() == 1 && doc.node(block).closeToken >= 0) {
        const int open = doc.startOf(block).line - 1;
        const int close = doc.position(doc.tokens().at(doc.node(block).closeToken).start).line - 1 - (last - first + 1);
        if (close == open + 1) {
            lines.remove(open, 2);
        }
    }
    return joinLines(lines, finalNewline);
}
