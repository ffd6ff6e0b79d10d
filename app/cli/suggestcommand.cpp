// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "commands.h"
#include "logfilesource.h"
#include "rulesuggester.h"
#include "suggestedprofiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
        u"log"_s, tr("Read denials from <file> (audit.log, syslog, dmesg, ...; - for standard input)."), u"file"_s);
    const QCommandLineOption jsonOption(u"json"_s, tr("Print every suggestion with its alternatives as JSON."));
    parser.addOption(logOption);
    parser.addOption(jsonOption);
    if (!Cli::parse(parser, arguments, 0))
        return 2;
    QTextStream err(stderr);
    if (!parser.isSet(logOption)) {
        err << tr("armorctl suggest: --log FILE is required") << '\n';
        return 2;
    }
    // The same reader as "armorctl denials --source": the same lines, the same records.
    QString error;
    const QList<Denial> records = LogFileSource::readAll(parser.value(logOption), &error);
    if (!error.isEmpty()) {
        err << tr("armorctl suggest: %1").arg(error) << '\n';
        return 1;
    }

    SuggestedProfiles profiles;
    QJsonArray json;
    for (const Denial &denial : records) {
        const std::optional<RuleSuggestion> s = RuleSuggester::suggest(denial);
        if (!s)
            continue;
        profiles.addProfile(s->target);
        if (const RuleCandidate *def = s->defaultCandidate())
            profiles.addRule(s->target, def->rule);
        json.append(toJson(denial, *s));
    }

    QTextStream out(stdout);
    if (parser.isSet(jsonOption))
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    else
        out << profiles.toText();
    return 0;
}
