// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profileflags.h"

#include "policydocument.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QStringList ProfileFlags::split(QStringView flags)
{
    static const QRegularExpression separators(uR"([\s,]+)"_s);
    return flags.toString().split(separators, Qt::SkipEmptyParts);
}

namespace {
// The mode flags a profile header can carry; exactly one of them is replaced.
bool isModeFlag(const QString &flag)
{
    return flag == u"enforce" || flag == u"complain" || flag == u"kill" || flag == u"unconfined" || flag == u"prompt"
        || flag == u"default_allow";
}

// The header of one top-level profile with its mode flag set; nullopt when it carries two
// flags=(...) groups: the parser rejects that, and editing one of them would leave the other,
// so a second edit would differ from the first. Only tokens after the name are read, so a
// name such as "flags=(x)" is never taken for the flags.
std::optional<QString> editHeader(const PolicyDocument &doc, int block, ProfileMode mode)
{
    const PolicyDocument::Node &b = doc.node(block);
    const auto &tokens = doc.tokens();
    const auto isWord = [&](qsizetype t, QStringView w) {
        return t < b.openToken && tokens[t].type >= PolicyDocument::Token::Type::Word && doc.tokenText(t) == w;
    };
    const auto nextSignificant = [&](qsizetype t) {
        for (++t; t < b.openToken; ++t) {
            if (tokens[t].type >= PolicyDocument::Token::Type::Word)
                return t;
        }
        return b.openToken;
    };
    qsizetype groupStart = -1; // the blanks before "flags"
    qsizetype groupEnd = -1;
    QStringList flags;
    for (qsizetype t = b.nameEndToken; t >= 0 && t < b.openToken; ++t) {
        if (!isWord(t, u"flags") || t == 0 || tokens[t - 1].type != PolicyDocument::Token::Type::Space)
            continue;
        const qsizetype eq = nextSignificant(t);
        if (!isWord(eq, u"="))
            continue;
        if (groupStart >= 0)
            return std::nullopt;
        qsizetype k = nextSignificant(eq);
        // Flags are words: punctuation among them ("flags=)", "flags=((x)") is a header the
        // parser rejects, and rewriting it would give one that reads differently again.
        const auto isPunct = [&](qsizetype at) {
            return at < b.openToken && tokens[at].type == PolicyDocument::Token::Type::Punct;
        };
        if (isWord(k, u"(")) {
            for (k = nextSignificant(k); k < b.openToken && !isWord(k, u")"); k = nextSignificant(k)) {
                if (isPunct(k) && !isWord(k, u","))
                    return std::nullopt;
                if (!isWord(k, u","))
                    flags += ProfileFlags::split(doc.tokenText(k));
            }
        } else if (isPunct(k)) {
            return std::nullopt;
        } else if (k < b.openToken) {
            flags += ProfileFlags::split(doc.tokenText(k));
        }
        groupStart = tokens[t - 1].start;
        groupEnd = k < b.openToken ? tokens[k].start + tokens[k].length : tokens[b.openToken].start;
        t = k;
    }
    // A flag is a plain word ("attach_disconnected", "kill.signal=hup"): anything else (an
    // escape, a quote) would be written back as something the next read splits differently.
    static const QRegularExpression plainFlag(u"^[A-Za-z0-9_.=-]+$"_s);
    for (const QString &flag : std::as_const(flags)) {
        if (!plainFlag.match(flag).hasMatch())
            return std::nullopt;
    }
    const qsizetype start = doc.startOffset(block);
    const qsizetype open = tokens[b.openToken].start;
    QString head = doc.text().mid(start, open - start);
    if (groupStart >= 0)
        head.remove(groupStart - start, groupEnd - groupStart);
    flags.removeIf(isModeFlag);
    // Enforce is the default and carries no flag.
    if (mode != ProfileMode::Enforce)
        flags.append(ProfileModes::toString(mode));
    // Blanks at the end go, but not one a backslash escapes: it is part of the name.
    const auto escaped = [&head](qsizetype at) {
        qsizetype backslashes = 0;
        while (at - 1 - backslashes >= 0 && head.at(at - 1 - backslashes) == u'\\')
            ++backslashes;
        return backslashes % 2 == 1;
    };
    while (!head.isEmpty() && head.back().isSpace() && !escaped(head.size() - 1))
        head.chop(1);
    if (!flags.isEmpty())
        head += u" flags=("_s + flags.join(u", "_s) + u')';
    return head + u' ';
}
} // namespace

namespace {
// Every top-level header of text with its mode flag set.
std::optional<QString> editHeaders(const PolicyDocument &doc, ProfileMode mode)
{
    const QList<int> top = doc.topLevelProfiles();
    if (top.isEmpty())
        return std::nullopt;
    QString out = doc.text();
    // Last first, so the offsets of the earlier headers stay true.
    for (auto it = top.crbegin(); it != top.crend(); ++it) {
        const std::optional<QString> header = editHeader(doc, *it, mode);
        if (!header)
            return std::nullopt;
        const qsizetype start = doc.startOffset(*it);
        out.replace(start, doc.tokens().at(doc.node(*it).openToken).start - start, *header);
    }
    return out;
}

QStringList topLevelNames(const PolicyDocument &doc)
{
    QStringList names;
    for (const int block : doc.topLevelProfiles())
        names.append(doc.node(block).fullName);
    return names;
}
} // namespace

std::optional<QString> ProfileFlags::setMode(QStringView text, ProfileMode mode)
{
    if (mode != ProfileMode::Enforce && mode != ProfileMode::Complain && mode != ProfileMode::Kill
        && mode != ProfileMode::Unconfined && mode != ProfileMode::Prompt)
        return std::nullopt;
    const PolicyDocument doc = PolicyDocument::parse(text.toString());
    const std::optional<QString> out = editHeaders(doc, mode);
    if (!out)
        return std::nullopt;
    // Read back: the same profiles, and a second edit that changes nothing. A header the
    // parser reads in some other way (a comment or an escape in it, stray punctuation) fails
    // this and is left alone rather than edited into something else.
    const PolicyDocument edited = PolicyDocument::parse(*out);
    if (topLevelNames(edited) != topLevelNames(doc) || editHeaders(edited, mode) != out)
        return std::nullopt;
    return out;
}
