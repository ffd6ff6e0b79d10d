// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "existingrules.h"

#include "policydocument.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
// The quoted token's text as the AARE it stands for: octal escapes become the characters,
// other escapes stay (they are AARE escapes).
QString unquote(const QString &token)
{
    if (!token.startsWith(u'"') || !token.endsWith(u'"') || token.size() < 2)
        return token;
    const QString body = token.mid(1, token.size() - 2);
    QString out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body.at(i) == u'\\' && i + 3 < body.size() + 0 && body.at(i + 1).isDigit() && body.at(i + 2).isDigit()
            && body.at(i + 3).isDigit()) {
            out += QChar(char16_t(body.mid(i + 1, 3).toUInt(nullptr, 8)));
            i += 3;
        } else if (body.at(i) == u'\\' && i + 1 < body.size()) {
            out += body.at(i);
            out += body.at(++i);
        } else {
            out += body.at(i);
        }
    }
    return out;
}

bool hasGlob(const QString &pattern)
{
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (c == u'*' || c == u'?' || c == u'[' || c == u'{' || (c == u'@' && pattern.mid(i + 1, 1) == u"{"))
            return true;
    }
    return false;
}

QString unescape(const QString &pattern)
{
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) == u'\\' && i + 1 < pattern.size())
            ++i;
        out += pattern.at(i);
    }
    return out;
}
} // namespace

QString ExistingRules::normalized(const QString &rule)
{
    return rule.simplified();
}

bool ExistingRules::permsCover(const QString &have, const QString &need)
{
    for (const QChar p : need) {
        if (p == u'a') {
            if (!have.contains(u'a') && !have.contains(u'w'))
                return false;
        } else if (!have.contains(p, Qt::CaseInsensitive)) {
            return false;
        }
    }
    return true;
}

ExistingRules ExistingRules::fromText(const QString &text, bool topLevelProfiles, int firstLine)
{
    static const QRegularExpression fileRe(
        u"^(?:audit\\s+)?(deny\\s+)?(owner\\s+)?(?:file\\s+)?(\"(?:[^\"\\\\]|\\\\.)*\"|[/@]\\S*?)\\s+([rwaklmixpcuCPUIDs]+)\\s*(?:->\\s*\\S+\\s*)?,$"_s);
    static const QRegularExpression permsFirstRe(
        u"^(?:audit\\s+)?(deny\\s+)?(owner\\s+)?(?:file\\s+)?([rwaklmixpcuCPUIDs]+)\\s+(\"(?:[^\"\\\\]|\\\\.)*\"|[/@]\\S*?)\\s*(?:->\\s*\\S+\\s*)?,$"_s);
    const PolicyDocument doc = PolicyDocument::parse(text);
    ExistingRules rules;
    // The statements of the file and of its top-level profiles (when it is a profile file);
    // conditionals are read through, child profiles and hats are not (their rules are theirs).
    const auto collect = [&](const auto &self, int block) -> void {
        for (const int child : doc.node(block).children) {
            const PolicyDocument::Node &n = doc.node(child);
            if (n.kind == PolicyDocument::NodeKind::Include) {
                rules.m_includes += n.name;
            } else if (n.kind == PolicyDocument::NodeKind::Block) {
                const bool topProfile = topLevelProfiles && n.block == PolicyDocument::BlockKind::Profile;
                if (!n.isProfile() || topProfile)
                    self(self, child);
            } else if (n.kind == PolicyDocument::NodeKind::Rule) {
                const QString line = doc.statementText(child);
                const int lineNo = doc.startOf(child).line + firstLine - 1;
                if (auto m = fileRe.match(line); m.hasMatch()) {
                    rules.m_fileRules += FileRule{unquote(m.captured(3)), m.captured(4), !m.captured(2).isEmpty(),
                        !m.captured(1).isEmpty(), line, lineNo};
                } else if (auto p = permsFirstRe.match(line); p.hasMatch()) {
                    rules.m_fileRules += FileRule{unquote(p.captured(4)), p.captured(3), !p.captured(2).isEmpty(),
                        !p.captured(1).isEmpty(), line, lineNo};
                } else if (line.endsWith(u',')) {
                    rules.m_otherRules += normalized(line);
                    rules.m_otherRuleLines += OtherRule{rules.m_otherRules.last(), lineNo};
                }
            }
        }
    };
    collect(collect, PolicyDocument::RootNode);
    return rules;
}

void ExistingRules::append(const ExistingRules &other)
{
    m_fileRules += other.m_fileRules;
    m_otherRules += other.m_otherRules;
    m_otherRuleLines += other.m_otherRuleLines;
    m_includes += other.m_includes;
}

std::optional<ExistingRules::FileRule> ExistingRules::allowing(
    const QString &path, const QString &perms, bool owner, const FileScope::Variables &variables) const
{
    // A deny rule for any of the permissions wins over every allow rule.
    for (const FileRule &r : m_fileRules) {
        if (!r.deny || (r.owner && !owner) || !FileScope::matches(r.pattern, path, variables))
            continue;
        for (const QChar p : r.perms) {
            if (perms.contains(p))
                return std::nullopt;
        }
    }
    QString granted;
    std::optional<FileRule> first;
    for (const FileRule &r : m_fileRules) {
        if (r.deny || (r.owner && !owner) || !FileScope::matches(r.pattern, path, variables))
            continue;
        if (permsCover(r.perms, perms))
            return r;
        granted += r.perms;
        if (!first)
            first = r;
    }
    // Permissions may come from several rules together ("/a r," and "/a w,").
    if (first && permsCover(granted, perms))
        return first;
    return std::nullopt;
}

bool ExistingRules::contains(const QString &rule) const
{
    const QString n = normalized(rule);
    if (m_otherRules.contains(n))
        return true;
    for (const FileRule &r : m_fileRules) {
        if (normalized(r.text) == n)
            return true;
    }
    return false;
}

QList<ExistingRules::FileRule> ExistingRules::redundantUnder(
    const QString &pattern, const QString &perms, bool owner, const FileScope::Variables &variables) const
{
    QList<FileRule> out;
    for (const FileRule &r : m_fileRules) {
        if (r.deny || hasGlob(r.pattern) || (owner && !r.owner))
            continue;
        if (r.pattern == pattern)
            continue; // the same rule, not a narrower one
        if (permsCover(perms, r.perms) && FileScope::matches(pattern, unescape(r.pattern), variables))
            out += r;
    }
    return out;
}
