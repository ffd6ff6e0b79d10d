// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "parsermessageglossary.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
struct Entry
{
    QRegularExpression pattern; // %1 in the text is the first capture, when there is one
    const char *text;
};
} // namespace

QString ParserMessageGlossary::explain(const QString &message)
{
    // First match wins: the specific messages come before the general syntax errors.
    static const Entry table[] = {
        {QRegularExpression(u"expecting TOK_MODE"_s),
            QT_TR_NOOP("A rule is missing its permissions or its comma (for example \"/etc/foo r,\").")},
        {QRegularExpression(u"expecting TOK_END_OF_RULE|missing an end of line character"_s),
            QT_TR_NOOP("A rule is missing its comma at the end.")},
        {QRegularExpression(u"unexpected \\$end|unexpected end of file"_s),
            QT_TR_NOOP("The file ends inside a block: a closing \"}\" is missing.")},
        {QRegularExpression(u"unexpected TOK_CLOSE"_s),
            QT_TR_NOOP("A \"}\" comes where a rule is not finished: check the comma of the line before.")},
        {QRegularExpression(u"unexpected TOK_OPEN"_s),
            QT_TR_NOOP("A \"{\" where it does not belong: a profile or hat header is written wrong.")},
        {QRegularExpression(u"^Invalid capability (\\S+?)\\.?$"_s),
            QT_TR_NOOP("\"%1\" is not a capability name (see capabilities(7); write it in lower case without CAP_).")},
        {QRegularExpression(u"^Could not open '([^']*)'"_s),
            QT_TR_NOOP("The included file \"%1\" does not exist; use \"include if exists\" for optional files.")},
        // AppArmor 4 names the variable bare, AppArmor 5 as @{X}.
        {QRegularExpression(u"(?:Found reference to variable|Failed to find declaration for:) @?\\{?(\\w+)"_s),
            QT_TR_NOOP("The variable @{%1} is not defined: define it, or include the tunables that do "
                       "(usually <tunables/global>).")},
        {QRegularExpression(u"^Found unexpected character: '(.*)'"_s),
            QT_TR_NOOP("The character %1 is not allowed here: a path with spaces or special characters "
                       "needs double quotes.")},
        {QRegularExpression(u"Invalid mode, in deny rules|Invalid mode, 'x' must be preceded"_s),
            QT_TR_NOOP("Execute permission needs a qualifier that says how: ix, px, cx, ux (or Px, Cx…); "
                       "deny rules take a plain x.")},
        {QRegularExpression(u"conflicting x modifiers|Conflicting x modifiers"_s),
            QT_TR_NOOP("Two rules give the same path different execute modes (ix and px, say): keep one.")},
        {QRegularExpression(u"Multiple definitions for hat (\\S+)"_s),
            QT_TR_NOOP("The hat %1 is defined twice in the same profile.")},
        {QRegularExpression(u"Invalid profile flag: (\\S+)"_s),
            QT_TR_NOOP("\"%1\" is not a profile flag (flags are complain, enforce, kill, unconfined, "
                       "attach_disconnected, …).")},
        {QRegularExpression(u"Invalid network entry"_s),
            QT_TR_NOOP("The network rule names an unknown family or type (inet, inet6, unix; stream, dgram…).")},
        {QRegularExpression(u"^Invalid mode|Unknown mode"_s),
            QT_TR_NOOP("The permissions contain a letter the rule does not take (files take r w a l k m "
                       "and an execute mode).")},
        {QRegularExpression(u"Profile names must begin with"_s),
            QT_TR_NOOP("A profile name needs a leading \"/\" (an attachment) or the word \"profile\" before it.")},
        {QRegularExpression(u"^syntax error"_s),
            QT_TR_NOOP("The rule is not written as the parser expects: check its spelling, its "
                       "permissions and its comma.")},
    };
    for (const Entry &entry : table) {
        const QRegularExpressionMatch m = entry.pattern.match(message);
        if (!m.hasMatch())
            continue;
        const QString text = tr(entry.text);
        return m.lastCapturedIndex() >= 1 ? text.arg(m.captured(1)) : text;
    }
    return {};
}
