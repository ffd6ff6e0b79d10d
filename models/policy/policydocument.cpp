// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "policydocument.h"

#include "policyparser.h"

#include <algorithm>

using namespace Qt::StringLiterals;

PolicyDocument PolicyDocument::parse(const QString &text)
{
    return PolicyParser::parse(text);
}

namespace {
// Writes a node's tokens, its children's through the children themselves: a token that no
// node owns, or that two own, shows up as a difference in the round trip.
void writeNode(const PolicyDocument &doc, int index, QString *out)
{
    const PolicyDocument::Node &n = doc.node(index);
    qsizetype t = n.firstToken;
    for (const int child : n.children) {
        const PolicyDocument::Node &c = doc.node(child);
        for (; t < c.firstToken; ++t)
            out->append(doc.tokenText(t));
        writeNode(doc, child, out);
        t = c.endToken;
    }
    for (; t < n.endToken; ++t)
        out->append(doc.tokenText(t));
}
} // namespace

QString PolicyDocument::toText() const
{
    QString out;
    out.reserve(m_text.size());
    if (!m_nodes.isEmpty())
        writeNode(*this, RootNode, &out);
    return out;
}

QStringView PolicyDocument::tokenText(qsizetype token) const
{
    const Token &t = m_tokens.at(token);
    return QStringView(m_text).sliced(t.start, t.length);
}

qsizetype PolicyDocument::startOffset(int node) const
{
    const Node &n = m_nodes.at(node);
    return n.firstToken < m_tokens.size() ? m_tokens.at(n.firstToken).start : m_text.size();
}

qsizetype PolicyDocument::endOffset(int node) const
{
    const Node &n = m_nodes.at(node);
    if (n.endToken <= n.firstToken)
        return startOffset(node);
    const Token &last = m_tokens.at(n.endToken - 1);
    return last.start + last.length;
}

QStringView PolicyDocument::nodeText(int node) const
{
    const qsizetype start = startOffset(node);
    return QStringView(m_text).sliced(start, endOffset(node) - start);
}

PolicyDocument::Position PolicyDocument::position(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_text.size());
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qsizetype line = it - m_lineStarts.cbegin(); // 1-based: the count of starts <= offset
    return Position{offset, int(line), int(offset - m_lineStarts.at(line - 1) + 1)};
}

QString PolicyDocument::statementText(int node) const
{
    const Node &n = m_nodes.at(node);
    const qsizetype end = n.kind == NodeKind::Block && n.openToken >= 0 ? n.openToken + 1 : n.endToken;
    QString out;
    bool space = false;
    for (qsizetype t = n.firstToken; t < end; ++t) {
        const Token &tok = m_tokens.at(t);
        if (tok.type == Token::Type::Space || tok.type == Token::Type::Comment) {
            space = !out.isEmpty();
            continue;
        }
        const QStringView word = tokenText(t);
        // The terminating comma stays attached: "/x r,".
        if (space && !(tok.type == Token::Type::Punct && word == u","))
            out += u' ';
        space = false;
        out += word;
    }
    return out;
}

QList<int> PolicyDocument::profiles() const
{
    QList<int> out;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).isProfile())
            out.append(i);
    }
    return out;
}

QList<int> PolicyDocument::topLevelProfiles() const
{
    QList<int> out;
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).block == BlockKind::Profile)
            out.append(i);
    }
    return out;
}

int PolicyDocument::findProfile(QStringView fullName) const
{
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes.at(i).isProfile() && m_nodes.at(i).fullName == fullName)
            return i;
    }
    return -1;
}

int PolicyDocument::blockAt(qsizetype offset) const
{
    int current = RootNode;
    bool descended = true;
    while (descended) {
        descended = false;
        for (const int child : m_nodes.at(current).children) {
            const Node &c = m_nodes.at(child);
            if (c.kind != NodeKind::Block || c.openToken < 0)
                continue;
            const qsizetype open = m_tokens.at(c.openToken).start;
            const qsizetype close = c.closeToken >= 0 ? m_tokens.at(c.closeToken).start : m_text.size();
            if (offset > open && offset <= close) {
                current = child;
                descended = true;
                break;
            }
        }
    }
    return current;
}

int PolicyDocument::enclosingProfile(int node) const
{
    for (int n = node; n > 0; n = m_nodes.at(n).parent) {
        if (m_nodes.at(n).isProfile())
            return n;
    }
    return -1;
}

int PolicyDocument::profileAt(qsizetype offset) const
{
    return enclosingProfile(blockAt(offset));
}

void PolicyDocument::collectOwn(int block, NodeKind kind, QList<int> *out) const
{
    for (const int child : m_nodes.at(block).children) {
        const Node &c = m_nodes.at(child);
        if (c.kind == kind)
            out->append(child);
        else if (c.kind == NodeKind::Block && !c.isProfile())
            collectOwn(child, kind, out);
    }
}

QList<int> PolicyDocument::ownIncludes(int block) const
{
    QList<int> out;
    if (block >= 0 && block < m_nodes.size())
        collectOwn(block, NodeKind::Include, &out);
    return out;
}

QList<int> PolicyDocument::ownRules(int block) const
{
    QList<int> out;
    if (block >= 0 && block < m_nodes.size())
        collectOwn(block, NodeKind::Rule, &out);
    return out;
}

bool PolicyDocument::includes(int block, QStringView target) const
{
    const QList<int> own = ownIncludes(block);
    return std::any_of(own.cbegin(), own.cend(), [this, target](int i) {
        return m_nodes.at(i).angled && m_nodes.at(i).name == target;
    });
}

QList<int> PolicyDocument::profilesIncluding(QStringView target) const
{
    QList<int> out;
    for (const int p : profiles()) {
        if (includes(p, target))
            out.append(p);
    }
    return out;
}

std::optional<QString> PolicyDocument::withIncludeIn(int block, const QString &target) const
{
    if (block <= 0 || block >= m_nodes.size())
        return std::nullopt;
    const Node &b = m_nodes.at(block);
    if (b.kind != NodeKind::Block || b.closeToken < 0)
        return std::nullopt;
    const auto lineStartOf = [this](qsizetype offset) {
        return m_lineStarts.at(position(offset).line - 1);
    };
    const auto indentAt = [this](qsizetype lineStart) {
        qsizetype end = lineStart;
        while (end < m_text.size() && (m_text[end] == u' ' || m_text[end] == u'\t'))
            ++end;
        return m_text.mid(lineStart, end - lineStart);
    };
    const QString newline = m_text.contains(u"\r\n"_s) ? u"\r\n"_s : u"\n"_s;
    // Indented like the body's last statement that starts a line, else one step (two spaces)
    // deeper than the header.
    const qsizetype headerLine = lineStartOf(startOffset(block));
    QString indent = indentAt(headerLine) + u"  "_s;
    for (auto it = b.children.crbegin(); it != b.children.crend(); ++it) {
        const qsizetype start = startOffset(*it);
        const qsizetype lineStart = lineStartOf(start);
        if (lineStart != headerLine && QStringView(m_text).sliced(lineStart, start - lineStart).trimmed().isEmpty()) {
            indent = indentAt(lineStart);
            break;
        }
    }
    const QString directive = u"include if exists <"_s + target + u'>';
    const qsizetype close = m_tokens.at(b.closeToken).start;
    const qsizetype closeLine = lineStartOf(close);
    QString out = m_text;
    if (closeLine != headerLine && QStringView(m_text).sliced(closeLine, close - closeLine).trimmed().isEmpty()) {
        out.insert(closeLine, indent + directive + newline);
    } else {
        // "rule, }" or "{ }" on one line: the brace moves to a line of its own.
        out.insert(close, newline + indent + directive + newline + indentAt(headerLine));
    }
    // Read back: in a block the parser cannot read as statements (one without its comma
    // before the brace, an unclosed '('), the include would be part of something else.
    const PolicyDocument edited = parse(out);
    const int again = edited.findProfile(b.fullName);
    if (again < 0 || !edited.includes(again, target))
        return std::nullopt;
    return out;
}
