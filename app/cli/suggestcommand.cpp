// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "commands.h"
#include "denialparser.h"
#include "denialsource.h"
#include "existingrules.h"
#include "logfilesource.h"
#include "overridenaming.h"
#include "profileindex.h"
#include "rulesuggester.h"
#include "sourceselector.h"
#include "suggestedprofiles.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace {
QJsonObject toJson(const AppArmorEvent &d, const RuleSuggestion &s)
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
        {u"record"_s, AppArmorEvent::kindName(d.kind)},
        {u"rule"_s, def ? QJsonValue(def->rule) : QJsonValue()},
        {u"candidates"_s, candidates},
    };
}

// What a profile already grants: its own file and its local override, read once per profile.
class GrantedRules
{
public:
    explicit GrantedRules(const SystemRoot &root)
        : m_root(root)
    {
    }

    bool grants(const QString &profile, const RuleCandidate &candidate)
    {
        const ExistingRules &rules = rulesOf(profile);
        if (rules.contains(candidate.rule))
            return true;
        return candidate.kind == RuleCandidate::Kind::File
            && rules.allowing(candidate.path, candidate.perms, candidate.owner).has_value();
    }

private:
    const ExistingRules &rulesOf(const QString &profile)
    {
        const auto it = m_rules.constFind(profile);
        if (it != m_rules.constEnd())
            return *it;
        if (!m_index) {
            m_index.emplace();
            m_index->build(m_root.profileDir());
        }
        QString text;
        const auto read = [&text](const QString &path) {
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                text += QString::fromUtf8(file.read(4 * 1024 * 1024)) + u'\n';
        };
        const QString topLevel = profile.section(u"//"_s, 0, 0);
        const ProfileIndex::Source source = m_index->sourceOf(topLevel);
        // The override an allow would write to, and the one the profile shares with others.
        QStringList overrides;
        if (source.isValid()) {
            read(source.file);
            const OverrideNaming::Target target = OverrideNaming::targetInFile(source.file, profile);
            overrides << target.name << target.shared;
        } else {
            overrides << OverrideNaming::nameWithoutFile(profile);
        }
        overrides.removeAll(QString());
        overrides.removeDuplicates();
        for (const QString &name : std::as_const(overrides)) {
            if (hasOverride(name))
                read(m_root.localDir() + u'/' + name);
        }
        return *m_rules.insert(profile, ExistingRules::fromText(text));
    }

    // The override directory listed once: on a log of many profiles, most have no override,
    // and one failed open each would cost more than everything else done for them.
    bool hasOverride(const QString &name)
    {
        if (!m_overrides) {
            const QDir dir(m_root.localDir());
            const QStringList names = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
            m_overrides.emplace(names.cbegin(), names.cend());
        }
        return name.contains(u'/') || m_overrides->contains(name);
    }

    SystemRoot m_root;
    std::optional<ProfileIndex> m_index;
    std::optional<QSet<QString>> m_overrides;
    QHash<QString, ExistingRules> m_rules;
};
// The log "armorctl denials" would pick (or --source), read to its end; the exit code.
int readSource(const SystemRoot &root, const QString &sourceName, QList<AppArmorEvent> *denials)
{
    QTextStream err(stderr);
    const SourceSelector::Choice choice = SourceSelector(root).choose(sourceName);
    if (choice.kind == SourceSelector::Choice::Kind::None) {
        err << QCoreApplication::translate("armorctl", "armorctl suggest: no AppArmor log to read: %1")
                   .arg(choice.reason)
            << '\n';
        if (!choice.missing.isEmpty())
            err << choice.missing << '\n';
        return 1;
    }
    err << QCoreApplication::translate("armorctl", "Reading %1").arg(choice.reason) << '\n';
    err.flush();
    std::unique_ptr<DenialSource> source = SourceSelector::create(choice);
    int exitCode = 0;
    QObject::connect(
        source.get(), &DenialSource::denialsRead, source.get(), [denials](const QList<AppArmorEvent> &records) {
            *denials += records;
        });
    QObject::connect(source.get(), &DenialSource::stateChanged, source.get(),
        [&](DenialSource::State state, const QString &message) {
            if (state == DenialSource::State::NeedsPrivileges || state == DenialSource::State::Failed) {
                err << QCoreApplication::translate("armorctl", "armorctl suggest: %1").arg(message) << '\n';
                err.flush();
                exitCode = 1;
                if (state == DenialSource::State::Failed)
                    QCoreApplication::exit(1);
            }
        });
    // caughtUp can come from within start(), before the event loop runs.
    bool caughtUp = false;
    QObject::connect(source.get(), &DenialSource::caughtUp, source.get(), [&caughtUp] {
        caughtUp = true;
        QCoreApplication::exit(0);
    });
    source->start(DenialStart::beginning(), false);
    if (source->state() == DenialSource::State::Failed)
        return 1;
    if (!caughtUp && !(source->state() == DenialSource::State::NeedsPrivileges && source->linesRead() == 0)) {
        if (const int loop = QCoreApplication::exec())
            exitCode = loop;
    }
    return exitCode;
}
} // namespace

int Cli::suggest(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("armorctl",
        "Suggest the rules that would allow the AppArmor denials in a log, per profile, like aa-logprof. "
        "Without --log or --source the log that holds them on this system is read, as \"armorctl denials\" "
        "picks it. Rules the profile or its local override already grant are left out."));
    const QCommandLineOption logOption(u"log"_s,
        QCoreApplication::translate(
            "armorctl", "Read denials from <file> (audit.log, syslog, dmesg, ...; - for standard input)."),
        u"file"_s);
    const QCommandLineOption sourceOption(u"source"_s,
        QCoreApplication::translate(
            "armorctl", "Where to read: auto, journal, audit, kern, syslog, messages or a file."),
        u"source"_s, u"auto"_s);
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("armorctl", "Print every suggestion with its alternatives as JSON."));
    const QCommandLineOption allOption(
        u"all"_s, QCoreApplication::translate("armorctl", "Also suggest rules the profile already grants."));
    parser.addOptions({logOption, sourceOption, jsonOption, allOption, rootOption()});
    if (!Cli::parse(parser, arguments, 0))
        return 2;
    QTextStream err(stderr);
    if (parser.isSet(logOption) && parser.isSet(sourceOption)) {
        err << QCoreApplication::translate("armorctl", "armorctl suggest: give --log or --source, not both") << '\n';
        return 2;
    }
    const SystemRoot root = rootFrom(parser);
    QList<AppArmorEvent> denials;
    if (parser.isSet(logOption)) {
        // The same reader as "armorctl denials --source": the same lines, the same records.
        QString error;
        denials = LogFileSource::readAll(parser.value(logOption), &error);
        if (!error.isEmpty()) {
            err << QCoreApplication::translate("armorctl", "armorctl suggest: %1").arg(error) << '\n';
            return 1;
        }
    } else {
        const int code = readSource(root, parser.value(sourceOption), &denials);
        if (code && denials.isEmpty())
            return code;
    }

    GrantedRules granted(root);
    const bool all = parser.isSet(allOption);
    SuggestedProfiles profiles;
    const bool wantJson = parser.isSet(jsonOption);
    QJsonArray json;
    for (const AppArmorEvent &denial : std::as_const(denials)) {
        const std::optional<RuleSuggestion> s = RuleSuggester::suggest(denial);
        if (!s)
            continue;
        const RuleCandidate *def = s->defaultCandidate();
        if (!all && def && granted.grants(s->target.label(), *def))
            continue;
        profiles.addProfile(s->target);
        if (def)
            profiles.addRule(s->target, def->rule);
        if (wantJson)
            json.append(toJson(denial, *s));
    }

    QTextStream out(stdout);
    if (wantJson)
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    else
        out << profiles.toText();
    return 0;
}
