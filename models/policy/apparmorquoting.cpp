// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "apparmorquoting.h"

#include "localname.h"

using namespace Qt::StringLiterals;

namespace {
bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7f;
}

// Octal, three digits: the parser's quoted-string escape that no following digit can extend.
QString octalEscape(char16_t c)
{
    return u"\\"_s + QString::number(c, 8).rightJustified(3, u'0');
}

// The octal escape for text[i] when it must not appear raw inside quotes: a control character,
// or a byte of a name that is not UTF-8 (LocalName), which the parser takes as that byte.
QString rawEscape(const QString &text, qsizetype i)
{
    if (isControl(text[i].unicode()))
        return octalEscape(text[i].unicode());
    if (const int byte = LocalName::escapedByte(text, i); byte >= 0)
        return octalEscape(char16_t(byte));
    return {};
}

QString quoteAndEscapeControls(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    out += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (const QString escape = rawEscape(text, i); !escape.isEmpty())
            out += escape;
        else if (ch == u'"')
            out += u"\\\""_s;
        else
            out += ch;
    }
    out += u'"';
    return out;
}

bool needsQuotes(const QString &name)
{
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar ch = name[i];
        if (ch.isSpace() || isControl(ch.unicode()) || ch == u'"' || LocalName::escapedByte(name, i) >= 0)
            return true;
    }
    return false;
}
} // namespace

bool AppArmorQuoting::isPlainToken(const QString &token)
{
    if (token.isEmpty())
        return false;
    for (const QChar ch : token) {
        const char16_t c = ch.unicode();
        if (c <= 0x20 || c >= 0x7f || c == u',' || c == u'#' || c == u'"')
            return false;
    }
    return true;
}

QString AppArmorQuoting::escapeGlobCharacters(const QString &text)
{
    static const QString specials = u"*?[]{}^\"!\\"_s;
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar ch : text) {
        if (specials.contains(ch))
            escaped += u'\\';
        escaped += ch;
    }
    return escaped;
}

QString AppArmorQuoting::literalPath(const QString &path)
{
    QString escaped = escapeGlobCharacters(path);
    // The lexer reads an unquoted trailing "\\" as escaping what follows: quote any token with
    // a backslash (property-tested against apparmor_parser).
    if (isPlainToken(escaped) && !escaped.contains(u'\\'))
        return escaped;
    // The lexer also takes a backslash right before the closing quote as escaping that quote:
    // a trailing backslash is written as the one-character class [\\] instead.
    if (path.endsWith(u'\\'))
        escaped = escaped.chopped(2) + u"[\\\\]"_s;
    // Quoted: the escapes above stay (the parser keeps "\*", turns "\\" into one backslash and
    // "\"" into a quote, exactly as unquoted); only control characters need octal.
    QString out;
    out.reserve(escaped.size() + 8);
    out += u'"';
    for (qsizetype i = 0; i < escaped.size(); ++i) {
        if (const QString escape = rawEscape(escaped, i); !escape.isEmpty())
            out += escape;
        else
            out += escaped[i];
    }
    out += u'"';
    return out;
}

QString AppArmorQuoting::patternToken(const QString &pattern)
{
    if (isPlainToken(pattern))
        return pattern;
    QString out;
    out += u'"';
    for (int i = 0; i < pattern.size(); ++i) {
        const QChar ch = pattern.at(i);
        if (ch == u'\\' && i + 1 < pattern.size()) {
            // An escape the pattern already carries stays as it is.
            out += ch;
            out += pattern.at(++i);
        } else if (const QString escape = rawEscape(pattern, i); !escape.isEmpty()) {
            out += escape;
        } else if (ch == u'"') {
            out += u"\\\""_s;
        } else {
            out += ch;
        }
    }
    out += u'"';
    return out;
}

QString AppArmorQuoting::quoteIfNeeded(const QString &name)
{
    return needsQuotes(name) ? quoteAndEscapeControls(name) : name;
}

QString AppArmorQuoting::literalLabel(const QString &label)
{
    // A peer label is matched as a pattern: its own glob characters ("/usr{,/lib/wine}/bin/wine"
    // is a real profile name) must match only themselves.
    return literalPath(label);
}

bool AppArmorQuoting::isKeyword(const QString &value)
{
    if (value.isEmpty() || value.size() > 64)
        return false;
    for (const QChar ch : value) {
        const char16_t c = ch.unicode();
        if (!((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-'
                || c == u'+' || c == u'.' || c == u':'))
            return false;
    }
    return true;
}

QString AppArmorQuoting::profileHeader(const QString &name)
{
    const QString quoted = quoteIfNeeded(name);
    if (name.startsWith(u'/'))
        return quoted + u" {"_s;
    return u"profile "_s + quoted + u" {"_s;
}
