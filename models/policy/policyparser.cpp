// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "policyparser.h"

using namespace Qt::StringLiterals;

// ":ns:name" and ":ns://name" both put a profile in policy namespace ns (AppArmor 5 ships
// such profiles); the parser and the kernel name it ":ns://name".
static QString withNamespaceSeparator(const QString &name)
{
    if (!name.startsWith(u':'))
        return name;
    const qsizetype end = name.indexOf(u':', 1);
    if (end < 0 || QStringView(name).sliced(end + 1).startsWith(u"//"))
        return name;
    return name.left(end + 1) + u"//"_s + name.sliced(end + 1);
}

using Token = PolicyDocument::Token;
using Node = PolicyDocument::Node;
using NodeKind = PolicyDocument::NodeKind;
using BlockKind = PolicyDocument::BlockKind;

namespace {
bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\f' || c == u'\v';
}

bool isSpace(QChar c)
{
    return isBlank(c) || c == u'\n';
}

// An alternation or variable "{...}" that closes before the next blank: part of the word.
// A '{' followed by a blank (or nothing that closes) opens a block. The look-ahead is bounded,
// so a line of a million '{' costs linear time.
qsizetype closingBrace(QStringView text, qsizetype open)
{
    constexpr qsizetype MaxLookahead = 4096;
    int depth = 0;
    const qsizetype end = std::min(text.size(), open + MaxLookahead);
    for (qsizetype i = open; i < end; ++i) {
        const QChar c = text[i];
        if (isSpace(c) || c == u'"')
            return -1;
        if (c == u'\\') {
            ++i;
        } else if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            if (--depth == 0)
                return i;
        }
    }
    return -1;
}

bool isIdentifier(QStringView word)
{
    if (word.isEmpty())
        return false;
    for (const QChar c : word) {
        if (!(c.isLetterOrNumber() || c == u'_'))
            return false;
    }
    return true;
}

// "@{VAR}" or "$VAR": the left side of an assignment.
bool isVariableName(QStringView word)
{
    if (word.startsWith(u"@{") && word.endsWith(u'}'))
        return word.indexOf(u'}') == word.size() - 1;
    return word.startsWith(u'$') && isIdentifier(word.sliced(1));
}
} // namespace

QList<Token> PolicyParser::tokenize(QStringView text)
{
    QList<Token> tokens;
    tokens.reserve(text.size() / 4);
    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto push = [&tokens](Token::Type type, qsizetype start, qsizetype end) {
        tokens.append(Token{type, start, end - start});
    };
    while (i < n) {
        const qsizetype start = i;
        const QChar c = text[i];
        if (c == u'\n') {
            push(Token::Type::Space, start, ++i);
            continue;
        }
        if (isBlank(c)) {
            while (i < n && isBlank(text[i]))
                ++i;
            // The line end joins the blanks before it: one token per line's tail.
            if (i < n && text[i] == u'\n')
                ++i;
            push(Token::Type::Space, start, i);
            continue;
        }
        if (c == u'#') {
            // "#include" is the old spelling of include; any other '#' starts a comment.
            const QStringView rest = text.sliced(i);
            if (rest.startsWith(u"#include")
                && (rest.size() == 8 || isSpace(rest[8]) || rest[8] == u'<' || rest[8] == u'"')) {
                i += 8;
                push(Token::Type::Word, start, i);
                continue;
            }
            while (i < n && text[i] != u'\n')
                ++i;
            push(Token::Type::Comment, start, i);
            continue;
        }
        if (c == u'"') {
            ++i;
            while (i < n && text[i] != u'"') {
                if (text[i] == u'\\' && i + 1 < n)
                    ++i;
                ++i;
            }
            if (i < n)
                ++i; // the closing quote
            push(Token::Type::String, start, i);
            continue;
        }
        if (c == u',' || c == u'}' || c == u')' || c == u'(' || c == u'=') {
            push(Token::Type::Punct, start, ++i);
            continue;
        }
        if (c == u'+' && i + 1 < n && text[i + 1] == u'=') {
            i += 2;
            push(Token::Type::Punct, start, i);
            continue;
        }
        if (c == u'{') {
            const qsizetype close = closingBrace(text, i);
            if (close < 0 || close == i + 1) {
                push(Token::Type::Punct, start, ++i);
                continue;
            }
        }
        // A word: up to a blank, a quote, a ',' '(' ')' '}' outside braces; "{...}" that
        // closes on the line is an alternation (or @{variable}) inside it; '=' ends a key
        // ("flags=", "peer=", "@{VAR}=").
        while (i < n) {
            const QChar w = text[i];
            if (isSpace(w) || w == u'"' || w == u',' || w == u'}' || w == u')')
                break;
            if (w == u'(' && i > start)
                break;
            if (w == u'\\') {
                i = std::min(n, i + 2);
                continue;
            }
            if (w == u'{') {
                const qsizetype close = closingBrace(text, i);
                if (close < 0)
                    break;
                i = close + 1;
                continue;
            }
            if (w == u'=' || (w == u'+' && i + 1 < n && text[i + 1] == u'=')) {
                const QStringView sofar = text.sliced(start, i - start);
                if (isIdentifier(sofar) || isVariableName(sofar))
                    break;
            }
            ++i;
        }
        if (i == start) // a lone '(' at the start of a word
            ++i;
        push(Token::Type::Word, start, i);
    }
    return tokens;
}

QString PolicyParser::unquote(QStringView token)
{
    if (token.size() < 2 || !token.startsWith(u'"') || !token.endsWith(u'"'))
        return token.toString();
    QString out;
    const QStringView inner = token.sliced(1, token.size() - 2);
    out.reserve(inner.size());
    for (qsizetype i = 0; i < inner.size(); ++i) {
        if (inner[i] == u'\\' && i + 1 < inner.size()) {
            const QChar e = inner[++i];
            out.append(e == u'n' ? QChar(u'\n') : e == u't' ? QChar(u'\t') : e);
        } else {
            out.append(inner[i]);
        }
    }
    return out;
}

namespace {
class Builder
{
public:
    Builder(const QString &text, const QList<Token> &tokens)
        : m_text(text)
        , m_tokens(tokens)
    {
    }

    QList<Node> run()
    {
        Node root;
        root.kind = NodeKind::Root;
        m_nodes.append(root);
        m_pos = 0;
        body(PolicyDocument::RootNode);
        m_nodes[0].endToken = m_tokens.size();
        return std::move(m_nodes);
    }

private:
    bool significant(qsizetype t) const { return m_tokens[t].type >= Token::Type::Word; }
    QStringView text(qsizetype t) const { return QStringView(m_text).sliced(m_tokens[t].start, m_tokens[t].length); }
    bool isPunct(qsizetype t, QStringView p) const
    {
        return t < m_tokens.size() && m_tokens[t].type == Token::Type::Punct && text(t) == p;
    }
    bool endsLine(qsizetype t) const
    {
        return m_tokens[t].type == Token::Type::Space && m_text[m_tokens[t].start + m_tokens[t].length - 1] == u'\n';
    }

    // Whether nothing but blanks and a comment follow token t on its line.
    bool endsItsLine(qsizetype t) const
    {
        for (++t; t < m_tokens.size(); ++t) {
            if (m_tokens[t].type == Token::Type::Space && endsLine(t))
                return true;
            if (significant(t))
                return false;
        }
        return true;
    }

    // The run of tokens from h[k] with nothing between them ("fooflags=(x", "flags=(x)"): a
    // name is everything up to a blank. k is moved past it.
    QString joinedName(const QList<qsizetype> &h, qsizetype &k) const
    {
        QString name = text(h[k]).toString();
        const bool quoted = m_tokens[h[k]].type == Token::Type::String;
        qsizetype end = m_tokens[h[k]].start + m_tokens[h[k]].length;
        ++k;
        while (!quoted && k < h.size() && m_tokens[h[k]].start == end && m_tokens[h[k]].type != Token::Type::String) {
            name += text(h[k]);
            end += m_tokens[h[k]].length;
            ++k;
        }
        return quoted ? PolicyParser::unquote(name) : name;
    }

    int add(Node node, int parent)
    {
        node.parent = parent;
        const int index = int(m_nodes.size());
        m_nodes.append(std::move(node));
        m_nodes[parent].children.append(index);
        return index;
    }

    // The significant tokens of [from, to).
    QList<qsizetype> words(qsizetype from, qsizetype to) const
    {
        QList<qsizetype> out;
        for (qsizetype t = from; t < to; ++t) {
            if (significant(t))
                out.append(t);
        }
        return out;
    }

    // Parses statements until the '}' that closes parent (left unconsumed) or the end.
    void body(int parent)
    {
        const bool topLevel = parent == PolicyDocument::RootNode;
        while (m_pos < m_tokens.size()) {
            const Token &tok = m_tokens[m_pos];
            if (tok.type == Token::Type::Space) {
                ++m_pos;
                continue;
            }
            if (tok.type == Token::Type::Comment) {
                Node c;
                c.kind = NodeKind::Comment;
                c.firstToken = m_pos;
                c.endToken = ++m_pos;
                add(c, parent);
                continue;
            }
            if (isPunct(m_pos, u"}")) {
                if (!topLevel)
                    return;
                Node s;
                s.kind = NodeKind::Stray;
                s.firstToken = m_pos;
                s.endToken = ++m_pos;
                add(s, parent);
                continue;
            }
            const QStringView first = text(m_pos);
            if (tok.type == Token::Type::Word && (first == u"include" || first == u"#include")) {
                include(parent);
                continue;
            }
            if (tok.type == Token::Type::Word && isVariableName(first) && assignmentFollows(m_pos + 1)) {
                lineStatement(parent, NodeKind::Variable);
                continue;
            }
            statement(parent);
        }
    }

    bool assignmentFollows(qsizetype t) const
    {
        while (t < m_tokens.size() && m_tokens[t].type == Token::Type::Space && !endsLine(t))
            ++t;
        return isPunct(t, u"=") || isPunct(t, u"+=");
    }

    // Tokens up to the end of the line (the line end and a trailing comment stay outside).
    qsizetype lineEnd(qsizetype from) const
    {
        qsizetype end = from;
        qsizetype lastSignificant = from;
        while (end < m_tokens.size() && !endsLine(end)) {
            if (significant(end))
                lastSignificant = end;
            ++end;
        }
        return lastSignificant + 1;
    }

    int lineStatement(int parent, NodeKind kind)
    {
        Node s;
        s.kind = kind;
        s.firstToken = m_pos;
        s.endToken = lineEnd(m_pos);
        if (kind == NodeKind::Variable)
            s.name = text(m_pos).toString();
        m_pos = s.endToken;
        return add(s, parent);
    }

    void include(int parent)
    {
        const int index = lineStatement(parent, NodeKind::Include);
        Node &inc = m_nodes[index];
        const QList<qsizetype> w = words(inc.firstToken, inc.endToken);
        qsizetype k = 1;
        if (k + 1 < w.size() && text(w[k]) == u"if" && text(w[k + 1]) == u"exists") {
            inc.ifExists = true;
            k += 2;
        }
        if (k < w.size()) {
            const QStringView target = text(w[k]);
            if (target.size() >= 2 && target.startsWith(u'<') && target.endsWith(u'>')) {
                inc.angled = true;
                inc.name = target.sliced(1, target.size() - 2).trimmed().toString();
            } else {
                inc.name = PolicyParser::unquote(target);
            }
        }
    }

    // A rule (up to ',' outside parentheses) or a block header (up to '{').
    void statement(int parent)
    {
        Node s;
        s.firstToken = m_pos;
        int parens = 0;
        while (m_pos < m_tokens.size()) {
            if (m_tokens[m_pos].type == Token::Type::Punct) {
                const QStringView p = text(m_pos);
                if (p == u"(") {
                    ++parens;
                } else if (p == u")") {
                    parens = std::max(0, parens - 1);
                } else if (p == u"," && parens == 0) {
                    s.kind = NodeKind::Rule;
                    s.endToken = ++m_pos;
                    describeRule(s);
                    add(s, parent);
                    return;
                } else if (p == u"{" && (parens == 0 || endsItsLine(m_pos))) {
                    // (A '{' that ends its line opens a block even after an unclosed '('.)
                    block(parent, s);
                    return;
                } else if (p == u"}") {
                    break; // a rule without its comma before a closing brace
                }
            }
            ++m_pos;
        }
        // Cut short: the statement ends at its last significant token.
        qsizetype end = m_pos;
        while (end > s.firstToken && !significant(end - 1))
            --end;
        s.kind = NodeKind::Rule;
        s.endToken = end;
        m_pos = end;
        describeRule(s);
        add(s, parent);
    }

    void describeRule(Node &s) const
    {
        const QList<qsizetype> w = words(s.firstToken, s.endToken);
        qsizetype k = 0;
        for (; k < w.size(); ++k) {
            const QStringView word = text(w[k]);
            if (word == u"audit") {
                s.audit = true;
            } else if (word == u"allow") {
                s.access = PolicyDocument::Access::Allow;
            } else if (word == u"deny") {
                s.access = PolicyDocument::Access::Deny;
            } else if (word == u"owner") {
                s.owner = PolicyDocument::Owner::Owner;
            } else if (word == u"other") {
                s.owner = PolicyDocument::Owner::Other;
            } else if (word == u"priority" && k + 2 < w.size() && text(w[k + 1]) == u"=") {
                bool ok = false;
                const int value = text(w[k + 2]).toInt(&ok);
                if (ok)
                    s.priority = value;
                k += 2;
            } else {
                break;
            }
        }
        if (k >= w.size())
            return;
        const Token &t = m_tokens[w[k]];
        const QStringView word = text(w[k]);
        if (t.type == Token::Type::String || word.startsWith(u'/') || word.startsWith(u"@{") || word.startsWith(u'{')
            || word.startsWith(u'~'))
            s.ruleClass = u"file"_s;
        else if (word == u"set" && k + 1 < w.size() && text(w[k + 1]) == u"rlimit")
            s.ruleClass = u"rlimit"_s;
        else if (t.type == Token::Type::Word)
            s.ruleClass = word.toString();
    }

    void block(int parent, Node s)
    {
        s.kind = NodeKind::Block;
        s.openToken = m_pos;
        const QList<qsizetype> header = words(s.firstToken, m_pos);
        classify(parent, s, header);
        ++m_pos;
        const int index = add(s, parent);
        body(index);
        Node &b = m_nodes[index];
        if (m_pos < m_tokens.size()) {
            b.closeToken = m_pos;
            ++m_pos;
        }
        b.endToken = m_pos;
    }

    int nearestProfile(int node) const
    {
        for (int n = node; n > 0; n = m_nodes[n].parent) {
            if (m_nodes[n].isProfile())
                return n;
        }
        return -1;
    }

    void classify(int parent, Node &s, const QList<qsizetype> &h) const
    {
        if (h.isEmpty()) {
            s.block = BlockKind::Other;
            return;
        }
        const QStringView first = text(h[0]);
        const bool firstIsString = m_tokens[h[0]].type == Token::Type::String;
        qsizetype next = 1; // where the attachment and flags may start
        if (first == u"if") {
            s.block = BlockKind::If;
            return;
        }
        if (first == u"else") {
            s.block = BlockKind::Else;
            return;
        }
        const int enclosing = nearestProfile(parent);
        QString name;
        if ((first == u"profile" || first == u"hat") && h.size() >= 2) {
            next = 1;
            name = joinedName(h, next);
            s.block = first == u"hat" ? BlockKind::Hat : (enclosing < 0 ? BlockKind::Profile : BlockKind::ChildProfile);
        } else if (first.startsWith(u'^') && !firstIsString) {
            name = first.size() > 1 ? first.sliced(1).toString() : QString();
            if (name.isEmpty() && h.size() >= 2) {
                name = PolicyParser::unquote(text(h[1]));
                next = 2;
            }
            s.block = BlockKind::Hat;
        } else if (first.startsWith(u'/') || first.startsWith(u"@{") || first.startsWith(u':')
            || (firstIsString && PolicyParser::unquote(first).startsWith(u'/'))) {
            next = 0;
            name = joinedName(h, next);
            s.block = enclosing < 0 ? BlockKind::Profile : BlockKind::ChildProfile;
            if (!name.startsWith(u':'))
                s.attachment = name;
        } else {
            // A qualifier block ("audit {", "owner {"): describe its prefix like a rule's.
            s.block = BlockKind::Other;
            Node copy = s;
            copy.endToken = s.openToken;
            describeRule(copy);
            s.audit = copy.audit;
            s.access = copy.access;
            s.owner = copy.owner;
            return;
        }
        s.name = name;
        s.nameEndToken = next < h.size() ? h[next] : s.openToken;
        s.fullName = enclosing < 0 ? withNamespaceSeparator(name) : m_nodes[enclosing].fullName + u"//"_s + name;
        // An attachment, then flags=(...) and xattrs=(...) in any order.
        for (qsizetype k = next; k < h.size(); ++k) {
            const QStringView word = text(h[k]);
            const bool key = k + 1 < h.size() && text(h[k + 1]) == u"=";
            if (key && word == u"flags") {
                k += 2;
                const bool parenthesized = k < h.size() && text(h[k]) == u"(";
                if (parenthesized)
                    ++k;
                for (; k < h.size(); ++k) {
                    const QStringView flag = text(h[k]);
                    if (flag == u")")
                        break;
                    if (flag != u",")
                        s.flags += flag.toString();
                    if (!parenthesized)
                        break;
                }
            } else if (key) {
                k += 2; // xattrs=(...): skip to its ')'
                if (k < h.size() && text(h[k]) == u"(") {
                    while (k < h.size() && text(h[k]) != u")")
                        ++k;
                }
            } else if (k == next && s.attachment.isEmpty()) {
                s.attachment = PolicyParser::unquote(word);
            }
        }
    }

    QList<Node> m_nodes;
    const QString &m_text;
    const QList<Token> &m_tokens;
    qsizetype m_pos = 0;
};
} // namespace

PolicyDocument PolicyParser::parse(const QString &text)
{
    PolicyDocument doc;
    doc.m_text = text;
    doc.m_tokens = tokenize(text);
    doc.m_lineStarts.append(0);
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\n')
            doc.m_lineStarts.append(i + 1);
    }
    doc.m_nodes = Builder(doc.m_text, doc.m_tokens).run();
    return doc;
}
