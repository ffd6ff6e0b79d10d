// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "parserdiagnostics.h"
#include "boundedfile.h"
#include "includedirective.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

void ParserDiagnostics::mapPath(const QString &parserPath, const QString &realPath, const QString &text)
{
    m_realPaths.insert(parserPath, realPath);
    m_texts.insert(parserPath, text);
}

bool ParserDiagnostics::isMissingCommaMessage(const QString &message)
{
    return message.startsWith(u"missing an end of line character"_s)
        || message.contains(u"expecting TOK_END_OF_RULE"_s);
}

QString ParserDiagnostics::textOf(const QString &parserPath) const
{
    const auto it = m_texts.constFind(parserPath);
    if (it != m_texts.constEnd())
        return *it;
    // Only regular files, and at most a profile's worth of them: a device never ends.
    if (!m_readsFiles)
        return {};
    return QString::fromUtf8(BoundedFile::read(parserPath, 4 * 1024 * 1024).data);
}

QString ParserDiagnostics::realPath(const QString &parserPath) const
{
    return m_realPaths.value(parserPath, parserPath);
}

static bool isContentLine(QStringView line)
{
    const QStringView t = line.trimmed();
    if (t.isEmpty())
        return false;
    // "#include" is a directive, every other "#" line a comment.
    return !t.startsWith(u'#') || IncludeDirective::parse(t).isValid();
}

void ParserDiagnostics::fixMissingComma(ParserDiagnostic &d, const QString &parserPath) const
{
    const QStringList lines = textOf(parserPath).split(u'\n');
    // "(entry: /etc/foo)" names the rule that lacks its comma, when the parser says it.
    static const QRegularExpression entryRe(u"\\(entry: (.+)\\)$"_s);
    const QString entry = entryRe.match(d.message).captured(1);
    int previous = 0;
    for (int i = qMin<int>(d.line - 1, lines.size()); i >= 1; --i) {
        if (isContentLine(lines[i - 1])) {
            previous = i;
            break;
        }
    }
    if (previous == 0)
        return;
    if (!entry.isEmpty() && !lines[previous - 1].contains(entry) && d.line <= lines.size()
        && lines[d.line - 1].contains(entry))
        return; // the rule without its comma is on the reported line itself
    const IncludeDirective inc = IncludeDirective::parse(lines[previous - 1]);
    if (inc.isValid()) {
        // The rule without a comma ended an included file: point at that file's last rule.
        const QString included = inc.resolve(m_includeDirs, parserPath);
        if (!included.isEmpty()) {
            const QStringList incLines = textOf(included).split(u'\n');
            for (int i = incLines.size(); i >= 1; --i) {
                if (isContentLine(incLines[i - 1])) {
                    d.reportedFile = d.file;
                    d.reportedLine = d.line;
                    d.file = realPath(included);
                    d.line = i;
                    return;
                }
            }
        }
    }
    d.reportedFile = d.file;
    d.reportedLine = d.line;
    d.line = previous;
}

QList<ParserDiagnostic> ParserDiagnostics::parse(const QString &output) const
{
    static const QRegularExpression withFile(
        u"^AppArmor parser error for (.+?) in profile (.+) at line (\\d+): (.*)$"_s);
    static const QRegularExpression withLine(u"^AppArmor parser error at line (\\d+): (.*)$"_s);
    static const QRegularExpression forArg(u"^AppArmor parser error for (.+?): (.*)$"_s);
    static const QRegularExpression bare(u"^AppArmor parser error: (.*)$"_s);
    static const QRegularExpression warning(u"^Warning (?:from (.+?) \\((.+?)\\) )?(.*)$"_s);
    QList<ParserDiagnostic> result;
    const QStringList lines = output.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        ParserDiagnostic d;
        QRegularExpressionMatch m = withFile.match(line);
        if (m.hasMatch()) {
            const QString parserPath = m.captured(2);
            d.file = realPath(parserPath);
            d.line = m.captured(3).toInt();
            d.message = m.captured(4);
            if (isMissingCommaMessage(d.message))
                fixMissingComma(d, parserPath);
            result.append(d);
            continue;
        }
        if ((m = withLine.match(line)).hasMatch()) {
            // Standard input: the file mapped to "" when there is one (see mapPath()).
            d.file = realPath(QString());
            d.line = m.captured(1).toInt();
            d.message = m.captured(2);
            if (!d.file.isEmpty() && isMissingCommaMessage(d.message))
                fixMissingComma(d, QString());
        } else if ((m = forArg.match(line)).hasMatch()) {
            d.file = realPath(m.captured(1));
            d.message = m.captured(2);
        } else if ((m = bare.match(line)).hasMatch()) {
            d.message = m.captured(1);
        } else if ((line.startsWith(u"ERROR merging rules"_s) || line.startsWith(u"ERROR expanding variables"_s))
            && !result.isEmpty() && result.constLast().file.isEmpty()) {
            // The follow-up of "conflicting x modifiers", and AppArmor 5's of an undefined
            // variable: the same problem, said twice.
            continue;
        } else if ((m = warning.match(line)).hasMatch()) {
            d.severity = ParserDiagnostic::Severity::Warning;
            d.message = line;
        } else {
            d.message = line;
        }
        result.append(d);
    }
    return result;
}
