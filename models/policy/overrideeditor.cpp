// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "overrideeditor.h"

#include "apparmorquoting.h"

using namespace Qt::StringLiterals;

namespace {
QString blockHeader(const QString &child)
{
    return u'^' + AppArmorQuoting::quoteIfNeeded(child) + u" {"_s;
}

bool sameRule(const QString &line, const QString &rule)
{
    return line.simplified() == rule.simplified();
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

OverrideEditor::Block OverrideEditor::findBlock(const QStringList &lines, const QString &child)
{
    const QString header = blockHeader(child);
    const QString profileHeader = u"profile "_s + AppArmorQuoting::quoteIfNeeded(child) + u" {"_s;
    Block b;
    int depth = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString t = lines[i].simplified();
        if (b.open < 0 && depth == 0 && (t == header || t == profileHeader)) {
            b.open = i;
            depth = 1;
            continue;
        }
        if (b.open >= 0) {
            if (t.endsWith(u'{'))
                ++depth;
            else if (t == u"}")
                --depth;
            if (depth == 0) {
                b.close = i;
                return b;
            }
        }
    }
    return {};
}

bool OverrideEditor::containsRule(const QString &text, const RuleTarget &target, const QString &rule)
{
    bool finalNewline = true;
    const QStringList lines = splitLines(text, &finalNewline);
    if (!target.isChild()) {
        int depth = 0;
        for (const QString &line : lines) {
            const QString t = line.simplified();
            if (depth == 0 && sameRule(t, rule))
                return true;
            if (t.endsWith(u'{'))
                ++depth;
            else if (t == u"}")
                --depth;
        }
        return false;
    }
    const Block b = findBlock(lines, target.children.first());
    for (qsizetype i = b.open + 1; b.open >= 0 && i < b.close; ++i) {
        if (sameRule(lines[i], rule))
            return true;
    }
    return false;
}

QString OverrideEditor::insertRule(const QString &text, const RuleTarget &target, const QString &rule)
{
    if (containsRule(text, target, rule))
        return text;
    bool finalNewline = true;
    QStringList lines = splitLines(text, &finalNewline);
    finalNewline = true; // what Armorer writes ends with a newline
    if (!target.isChild()) {
        // Top-level rules go before the first child block, so they stay in the profile body.
        qsizetype at = lines.size();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString t = lines[i].simplified();
            if (t.endsWith(u'{') && !t.startsWith(u'#')) {
                at = i;
                break;
            }
        }
        lines.insert(at, rule);
        return joinLines(lines, finalNewline);
    }
    const QString child = target.children.first();
    const Block b = findBlock(lines, child);
    if (b.open >= 0) {
        lines.insert(b.close, u"  "_s + rule);
    } else {
        lines += blockHeader(child);
        lines += u"  "_s + rule;
        lines += u"}"_s;
    }
    return joinLines(lines, finalNewline);
}

QString OverrideEditor::removeRule(const QString &text, const RuleTarget &target, const QString &rule)
{
    bool finalNewline = true;
    QStringList lines = splitLines(text, &finalNewline);
    if (!target.isChild()) {
        int depth = 0;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString t = lines[i].simplified();
            if (depth == 0 && sameRule(t, rule)) {
                lines.removeAt(i);
                return joinLines(lines, finalNewline);
            }
            if (t.endsWith(u'{'))
                ++depth;
            else if (t == u"}")
                --depth;
        }
        return text;
    }
    const Block b = findBlock(lines, target.children.first());
    for (qsizetype i = b.open + 1; b.open >= 0 && i < b.close; ++i) {
        if (sameRule(lines[i], rule)) {
            lines.removeAt(i);
            if (b.close - b.open == 2) { // the block is now empty
                lines.removeAt(b.open + 1);
                lines.removeAt(b.open);
            }
            return joinLines(lines, finalNewline);
        }
    }
    return text;
}
