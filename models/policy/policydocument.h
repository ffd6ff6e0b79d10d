// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// The one reader of AppArmor profile text: a lossless syntax tree of one file. Every byte of
// the text belongs to exactly one token (blanks, line ends and comments included), every token
// to exactly one node, so toText() writes the file back byte for byte. Nodes are statements
// (includes, variable assignments, rules) and blocks (profiles, child profiles, hats, if/else,
// qualifier blocks) with their children; each knows its exact position. PolicyParser builds it.
class PolicyDocument
{
public:
    struct Position
    {
        qsizetype offset = 0;
        int line = 1; // 1-based
        int column = 1; // 1-based, in UTF-16 code units
    };
    struct Token
    {
        enum class Type : quint8 {
            Space, // blanks, at most one line end
            Comment, // from '#' to the end of the line (not "#include")
            Word, // a name, path or keyword, with its globs, alternations and @{variables}
            String, // "..." with its escapes
            Punct, // , { } ( ) = += ->
        };
        Type type = Type::Space;
        qsizetype start = 0;
        qsizetype length = 0;
    };
    enum class NodeKind : quint8 {
        Root, // the file
        Comment, // one comment token between statements
        Include, // include / #include / include if exists, <x> or "x"
        Variable, // @{VAR} = ..., @{VAR} += ..., $BOOL = ...
        Rule, // anything that ends with ',' (abi and alias too)
        Block, // a header, '{', the children, '}'
        Stray, // a '}' without a block
    };
    enum class BlockKind : quint8 { None, Profile, ChildProfile, Hat, If, Else, Other };
    enum class Access : quint8 { Unspecified, Allow, Deny };
    enum class Owner : quint8 { Unspecified, Owner, Other };

    struct Node
    {
        NodeKind kind = NodeKind::Root;
        BlockKind block = BlockKind::None;
        int parent = -1;
        qsizetype firstToken = 0; // the node's tokens: [firstToken, endToken)
        qsizetype endToken = 0;
        QList<int> children;
        // Block: the '{' and '}' tokens (-1 when missing: a file cut short).
        qsizetype openToken = -1;
        qsizetype closeToken = -1;
        qsizetype nameEndToken = -1; // profiles: the first header token after the name
        // Block: its own name (a hat without '^'), the full name ("parent//child"), the
        // attachment (a path-named profile attaches to its name) and the flags.
        // Include: the target; Variable: the variable.
        QString name;
        QString fullName;
        QString attachment;
        QStringList flags;
        // Include.
        bool angled = false;
        bool ifExists = false;
        // Rule (and qualifier blocks): the prefix and the class ("file", "capability",
        // "network", "dbus", "abi", "alias", "rlimit", ...).
        bool audit = false;
        Access access = Access::Unspecified;
        Owner owner = Owner::Unspecified;
        std::optional<int> priority;
        QString ruleClass;

        bool isProfile() const
        {
            return block == BlockKind::Profile || block == BlockKind::ChildProfile || block == BlockKind::Hat;
        }
    };

    PolicyDocument() = default;
    // Parses text (PolicyParser); never fails: what it cannot read stays in the tree as is.
    static PolicyDocument parse(const QString &text);

    const QString &text() const { return m_text; }
    // The text written back from the tree (equal to text() by construction, which the
    // round-trip test checks over every shipped profile).
    QString toText() const;

    const QList<Token> &tokens() const { return m_tokens; }
    const QList<Node> &nodes() const { return m_nodes; }
    const Node &node(int index) const { return m_nodes.at(index); }
    static constexpr int RootNode = 0;

    QStringView tokenText(qsizetype token) const;
    // The node's span in the text, from its first to its last token.
    qsizetype startOffset(int node) const;
    qsizetype endOffset(int node) const;
    QStringView nodeText(int node) const;
    Position position(qsizetype offset) const;
    Position startOf(int node) const { return position(startOffset(node)); }

    // The node's significant text (no comments), blanks collapsed to one space: "/x r,".
    QString statementText(int node) const;

    // Every profile, child profile and hat, in file order.
    QList<int> profiles() const;
    // The top-level profiles (outside if/else they are the ones apparmor_parser loads first).
    QList<int> topLevelProfiles() const;
    // The profile with that full name ("a", "a//b", "a//hat"), or -1.
    int findProfile(QStringView fullName) const;
    // The innermost profile block around offset, or -1.
    int profileAt(qsizetype offset) const;
    // The innermost block (of any kind) whose braces enclose offset, or the root.
    int blockAt(qsizetype offset) const;
    // The nearest enclosing profile of a node, or -1.
    int enclosingProfile(int node) const;

    // The includes of a block's own body: conditionals and qualifier blocks are searched,
    // nested profiles and hats are not (what they include is theirs).
    QList<int> ownIncludes(int block) const;
    // The rules of a block's own body (as ownIncludes).
    QList<int> ownRules(int block) const;
    // Whether block's own body includes target ("local/x"), with <> (any include form).
    bool includes(int block, QStringView target) const;
    // The profiles whose own body includes target.
    QList<int> profilesIncluding(QStringView target) const;

    // The text with "include if exists <target>" as the last statement of block's body,
    // indented like the body; nullopt when block is no block or the brace is missing.
    std::optional<QString> withIncludeIn(int block, const QString &target) const;

private:
    friend class PolicyParser;
    void collectOwn(int block, NodeKind kind, QList<int> *out) const;

    QString m_text;
    QList<Token> m_tokens;
    QList<Node> m_nodes;
    QList<qsizetype> m_lineStarts;
};
