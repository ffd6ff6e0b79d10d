// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "localoverride.h"
#include "includedirective.h"

#include <QStringList>

using namespace Qt::StringLiterals;

QString LocalOverride::relativePathFor(const QString &profileFileName)
{
    return u"local/"_s + profileFileName;
}

QString LocalOverride::newOverrideText(const QString &profileFileName)
{
    return u"# Site-specific additions and overrides for '%1'.\n"
           "# Package updates never replace this file.\n"_s.arg(profileFileName);
}

bool LocalOverride::includesOverride(const QString &profileText, const QString &profileFileName)
{
    const QString target = relativePathFor(profileFileName);
    for (QStringView line : QStringView(profileText).split(u'\n')) {
        const IncludeDirective inc = IncludeDirective::parse(line);
        if (inc.isValid() && inc.angled && inc.target == target)
            return true;
    }
    return false;
}

// The line's text outside comments and quoted strings, for counting braces.
static QString code(QStringView line)
{
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (c == u'\\') {
            ++i;
            continue;
        }
        if (c == u'"')
            quoted = !quoted;
        else if (c == u'#' && !quoted)
            break;
        else if (!quoted)
            out.append(c);
    }
    return out;
}

QString LocalOverride::withOverrideInclude(const QString &profileText, const QString &profileFileName)
{
    QStringList lines = profileText.split(u'\n');
    int depth = 0;
    bool opened = false;
    for (int i = 0; i < lines.size(); ++i) {
        if (IncludeDirective::parse(lines[i]).isValid())
            continue; // "#include" is no comment, but has no braces either
        for (QChar c : code(lines[i])) {
            if (c == u'{') {
                ++depth;
                opened = true;
            } else if (c == u'}') {
                --depth;
            }
        }
        if (opened && depth == 0) {
            // Line i closes the first profile: insert before it, indented as the body.
            QString indent = u"  "_s;
            for (int j = i - 1; j >= 0; --j) {
                const QString &prev = lines[j];
                if (!prev.trimmed().isEmpty()) {
                    indent = prev.left(prev.indexOf(QStringView(prev).trimmed()));
                    if (prev.trimmed().endsWith(u'{'))
                        indent += u"  "_s;
                    break;
                }
            }
            const QString closing = lines[i];
            const qsizetype brace = closing.indexOf(u'}');
            if (brace > 0 && !closing.left(brace).trimmed().isEmpty()) {
                // "rule, }" on one line: split it.
                lines[i] = closing.left(brace).trimmed().prepend(indent);
                lines.insert(i + 1, indent + u"include if exists <"_s + relativePathFor(profileFileName) + u'>');
                lines.insert(i + 2, closing.mid(brace));
            } else {
                lines.insert(i, indent + u"include if exists <"_s + relativePathFor(profileFileName) + u'>');
            }
            return lines.join(u'\n');
        }
    }
    return profileText;
}
