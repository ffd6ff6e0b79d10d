// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "commands.h"
#include "denialparser.h"
#include "rulesuggester.h"
#include "suggestedprofiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("armorctl", text);
}

QJsonObject toJson(const Denial &d, const RuleSuggestion &s)
{
    QJsonArray candidates;
    for (const RuleCandidate &c : s.candidates) {
        candidates.append(QJsonObject{{u"rule"_s, c.rule}, {u"label"_s, c.label}, {u"default"_s, c.isDefault}});
    }
    const RuleCandidate *def = s.defaultCandidate();
    return QJsonObject{
        {u"profile"_s, s.target.profile},
        {u"children"_s, QJsonArray::fromStringList(s.target.children)},
        {u"operation"_s, d.operation},
        {u"record"_s, Denial::kindName(d.kind)},
        {u"rule"_s, def ? QJsonValue(def->rule) : QJsonValue()},
        {u"candidates"_s, candidates},
    };
}
} // namespace

int Cli::suggest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Suggest the rules that would allow the AppArmor denials in a log, per profile, like aa-logprof."));
    const QCommandLineOption logOption(
        u"log"_s, tr("Read denials from <file> (audit.log, syslog, dmesg, ...)."), u"file"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print every suggestion with its alternatives as JSON."));
    parser.addOption(logOption);
    parser.addOption(jsonOption);
    if (!Cli::parse(parser, arguments))
        return 2;
    QTextStream err(stderr);
    if (!parser.isSet(logOption)) {
        err << tr("armorctl suggest: --log FILE is required") << '\n';
        return 2;
    }
    QFile file(parser.value(logOption));
    if (!file.open(QIODevice::ReadOnly)) {
        err << tr("armorctl suggest: cannot read %1: %2").arg(file.fileName(), file.errorString()) << '\n';
        return 1;
    }

    SuggestedProfiles profiles;
    QJsonArray json;
    while (!file.atEnd()) {
        QByteArray line = file.readLine(DenialParser::MaxLineLength + 1);
        if (line.size() > DenialParser::MaxLineLength) {
            // Not an AppArmor record: skip the rest of that line.
            while (!file.atEnd() && !line.endsWith('\n'))
                line = file.readLine(DenialParser::MaxLineLength + 1);
            continue;
        }
        const std::optional<Denial> denial = DenialParser::parseLine(line.trimmed());
        if (!denial)
            continue;
        const std::optional<RuleSuggestion> s = RuleSuggester::suggest(*denial);
        if (!s)
            continue;
        profiles.addProfile(s->target);
        if (const RuleCandidate *def = s->defaultCandidate())
            profiles.addRule(s->target, def->rule);
        json.append(toJson(*denial, *s));
    }

    QTextStream out(stdout);
    if (parser.isSet(jsonOption))
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    else
        out << profiles.toText();
    return 0;
}
