// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profileflags.h"

#include "profileindex.h"

#include <QRegularExpression>
#include <QStringTokenizer>

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

// Position of the block's opening brace in a header line: the last '{' before the comment (as
// ProfileIndex strips it: the first '#' outside quotes), with only blanks between.
qsizetype openingBrace(const QString &line)
{
    qsizetype end = line.size();
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == u'\\') {
            ++i;
        } else if (line[i] == u'"') {
            quoted = !quoted;
        } else if (line[i] == u'#' && !quoted) {
            end = i;
            break;
        }
    }
    for (qsizetype i = end - 1; i >= 0; --i) {
        if (line[i] == u'{')
            return i;
        if (!line[i].isSpace())
            return -1;
    }
    return -1;
}

// nullopt when the header carries two flags=(...) groups: the parser rejects that, and
// editing one of them would leave the other, so a second edit would differ from the first.
std::optional<QString> editHeader(const QString &line, ProfileMode mode)
{
    // flags=(...) stands on its own after the name: "fooflags=(" is part of a name.
    static const QRegularExpression flagsRe(uR"(\s+flags\s*=\s*\(([^()]*)\))"_s);
    const qsizetype brace = openingBrace(line);
    if (brace < 0)
        return line;
    // The keyword and the name come first (as ProfileIndex reads them): flags are only looked
    // for after them, so a name such as "flags=(x)" is never taken for the flags.
    static const QRegularExpression nameRe(uR"(^\s*(?:(?:profile|hat)\s+)?(?:"(?:[^"\\]|\\.)*"|[^\s"]+))"_s);
    QString head = line.first(brace);
    const QString tail = line.sliced(brace);
    const QRegularExpressionMatch name = nameRe.match(head);
    const qsizetype afterName = name.hasMatch() ? name.capturedEnd() : 0;
    QStringList flags;
    const QRegularExpressionMatch m = flagsRe.match(head, afterName);
    if (m.hasMatch()) {
        if (flagsRe.match(head, m.capturedEnd()).hasMatch())
            return std::nullopt;
        flags = ProfileFlags::split(m.capturedView(1));
        head.remove(m.capturedStart(), m.capturedLength());
    }
    flags.removeIf(isModeFlag);
    // Enforce is the default and carries no flag.
    if (mode != ProfileMode::Enforce)
        flags.append(ProfileModes::toString(mode));
    while (!head.isEmpty() && head.back().isSpace())
        head.chop(1);
    if (!flags.isEmpty())
        head += u" flags=("_s + flags.join(u", "_s) + u')';
    return head + u' ' + tail;
}
} // namespace

std::optional<QString> ProfileFlags::setMode(QStringView text, ProfileMode mode)
{
    if (mode != ProfileMode::Enforce && mode != ProfileMode::Complain && mode != ProfileMode::Kill
        && mode != ProfileMode::Unconfined && mode != ProfileMode::Prompt)
        return std::nullopt;
    QList<int> headerLines;
    for (const ProfileIndex::Header &h : ProfileIndex::parseHeaders(text)) {
        if (!h.name.contains(u"//"))
            headerLines.append(h.line);
    }
    if (headerLines.isEmpty())
        return std::nullopt;
    QStringList lines = text.toString().split(u'\n');
    for (const int number : std::as_const(headerLines)) {
        QString &line = lines[number - 1];
        // Keep a Windows line end where it was.
        const bool cr = line.endsWith(u'\r');
        if (cr)
            line.chop(1);
        const std::optional<QString> edited = editHeader(line, mode);
        if (!edited)
            return std::nullopt;
        line = *edited;
        if (cr)
            line += u'\r';
    }
    return lines.join(u'\n');
}
