// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "commands.h"
#include "denialexplainer.h"
#include "denialgroup.h"
#include "denialjson.h"
#include "denialparser.h"
#include "denialsource.h"
#include "sourceselector.h"
#include "statusreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

static QString tr(const char *text)
{
    return QCoreApplication::translate("armorctl", text);
}

static QByteArray explained(const DenialExplainer &explainer, const AppArmorEvent &d, bool json)
{
    const Explanation e = explainer.explain(d);
    if (json) {
        QJsonObject o = DenialJson::toJson(d);
        o.insert(u"explanation"_s, e.toJson());
        return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    }
    QString head
        = d.epochMs > 0 ? QDateTime::fromMSecsSinceEpoch(d.epochMs).toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
    head += (head.isEmpty() ? QString() : u" "_s) + AppArmorEvent::kindName(d.kind) + u' ' + d.profile + u' '
        + d.operation;
    const QString target = DenialGroup::targetOf(d).trimmed();
    if (!target.isEmpty())
        head += u' ' + target;
    if (!d.deniedMask.isEmpty())
        head += u" ["_s + d.deniedMask + u']';
    return (head + u'\n' + e.toText() + u'\n').toUtf8();
}

int Cli::explain(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Explain AppArmor denials: what decided each one (no rule, a deny rule, older policy in the kernel, a "
           "rule the kernel or the ABI downgrades, complain-mode exceptions, a stacked or peer profile, the "
           "user-namespace restriction, a profile snapd or the Security Profiles Operator owns) and what to "
           "change. Reads the log as \"armorctl denials\" does, or the records given with --record."));
    const QCommandLineOption sourceOption(u"source"_s,
        tr("Where to read: auto, journal, audit, kern, syslog, messages or a file."), u"source"_s, u"auto"_s);
    const QCommandLineOption sinceOption(u"since"_s,
        tr("Only records at or after <time>: 2026-11-22T10:00, @EPOCH, or relative such as 10m, 2h."), u"time"_s);
    const QCommandLineOption recordOption(
        u"record"_s, tr("Explain this log line instead of reading a log (may be given several times)."), u"line"_s);
    const QCommandLineOption jsonOption(
        u"json"_s, tr("One JSON object per record and line: the record's fields and \"explanation\"."));
    parser.addOptions({sourceOption, sinceOption, recordOption, jsonOption, rootOption()});
    if (!parse(parser, arguments))
        return 2;
    QTextStream err(stderr);
    const bool json = parser.isSet(jsonOption);
    const SystemRoot root = rootFrom(parser);
    DenialExplainer explainer(root);
    // The kernel's modes where they can be read (root, or a sandboxed root); the flags on disk
    // otherwise.
    QHash<QString, ProfileMode> modes;
    for (const LoadedProfile &p : StatusReader(root).readProfiles().profiles)
        modes.insert(p.name, p.mode);
    explainer.setLoadedModes(modes);

    if (parser.isSet(recordOption)) {
        int bad = 0;
        for (const QString &line : parser.values(recordOption)) {
            const std::optional<AppArmorEvent> d = DenialParser::parseLine(line.toUtf8());
            if (!d) {
                err << tr("armorctl explain: not an AppArmor record: %1").arg(line) << '\n';
                ++bad;
                continue;
            }
            const QByteArray out = explained(explainer, *d, json);
            std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        }
        return bad ? 1 : 0;
    }

    DenialStart start = DenialStart::beginning();
    if (parser.isSet(sinceOption)) {
        const std::optional<qint64> since = parseSince(parser.value(sinceOption), QDateTime::currentMSecsSinceEpoch());
        if (!since) {
            err << tr("armorctl: cannot read the time \"%1\"").arg(parser.value(sinceOption)) << '\n';
            return 2;
        }
        start = DenialStart::since(*since);
    }
    const SourceSelector selector(root);
    const SourceSelector::Choice choice = selector.choose(parser.value(sourceOption));
    if (choice.kind == SourceSelector::Choice::Kind::None) {
        err << tr("armorctl: no AppArmor log to read: %1").arg(choice.reason) << '\n';
        return 1;
    }
    err << tr("Reading %1").arg(choice.reason) << '\n';
    err.flush();
    std::unique_ptr<DenialSource> source = SourceSelector::create(choice);
    int exitCode = 0;
    QObject::connect(source.get(), &DenialSource::denialsRead, source.get(), [&](const QList<AppArmorEvent> &records) {
        QByteArray out;
        for (const AppArmorEvent &d : records) {
            if (d.kind == AppArmorEvent::Kind::Denied || d.kind == AppArmorEvent::Kind::Allowed)
                out += explained(explainer, d, json);
        }
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
    });
    QObject::connect(source.get(), &DenialSource::stateChanged, source.get(),
        [&](DenialSource::State state, const QString &message) {
            if (state == DenialSource::State::NeedsPrivileges) {
                err << message << '\n';
                exitCode = 1;
            } else if (state == DenialSource::State::Failed) {
                err << "armorctl: " << message << '\n';
                exitCode = 1;
                QCoreApplication::exit(1);
            }
        });
    bool caughtUp = false;
    QObject::connect(source.get(), &DenialSource::caughtUp, source.get(), [&caughtUp] {
        caughtUp = true;
        QCoreApplication::exit(0);
    });
    source->start(start, false);
    if (source->state() == DenialSource::State::Failed)
        return 1;
    if (caughtUp)
        return exitCode;
    if (source->state() == DenialSource::State::NeedsPrivileges && source->linesRead() == 0)
        return 1;
    const int loop = QCoreApplication::exec();
    return exitCode ? exitCode : loop;
}
