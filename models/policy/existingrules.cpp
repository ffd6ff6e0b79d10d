// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "existingrules.h"

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
    static const QRegularExpression includeRe(u"^#?include\\s+(?:if\\s+exists\\s+)?[<\"]([^>\"]+)[>\"]"_s);
    ExistingRules rules;
    int depth = 0;
    int skipBelow = -1; // inside a skipped block opened at this depth
    int lineNo = firstLine - 1;
    for (const QString &raw : text.split(u'\n')) {
        ++lineNo;
        QString line = raw.trimmed();
        if (line.endsWith(u'{') && !line.startsWith(u'#')) {
            const bool isProfile = line.startsWith(u"profile ") || line.startsWith(u'^') || line.startsWith(u'/');
            if (skipBelow < 0 && isProfile && (depth > 0 || !topLevelProfiles))
                skipBelow = depth;
            ++depth;
            continue;
        }
        if (line == u"}" || line.startsWith(u"} ")) {
            --depth;
            if (depth == skipBelow)
                skipBelow = -1;
            continue;
        }
        if (skipBelow >= 0)
            continue;
        if (const auto m = includeRe.match(line); m.hasMatch()) {
            rules.m_includes += m.captured(1);
            continue;
        }
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        // A trailing comment after the rule.
        if (const qsizetype hash = line.indexOf(u" #"); hash > 0 && line.left(hash).trimmed().endsWith(u','))
            line = line.left(hash).trimmed();
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
