// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "commands.h"
#include "denialgroup.h"
#include "denialjson.h"
#include "denialsource.h"
#include "displaytext.h"
#include "helperclient.h"
#include "helperdenialsource.h"
#include "sourceselector.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

// "2026-11-22T10:00:00", "2026-11-22 10:00", "2026-11-22", "@1700000000", "-10m", "2h", "3d".
std::optional<qint64> Cli::parseSince(const QString &text, qint64 nowMs)
{
    static const QRegularExpression relative(u"^-?(\\d+)\\s*(s|m|min|h|d)(?:\\s*ago)?$"_s);
    const QRegularExpressionMatch m = relative.match(text.trimmed());
    if (m.hasMatch()) {
        bool ok = false;
        const qint64 n = m.captured(1).toLongLong(&ok);
        const QString unit = m.captured(2);
        const qint64 factor = unit == u"s" ? 1000 : unit == u"h" ? 3600000 : unit == u"d" ? 86400000 : 60000;
        qint64 ago = 0;
        // Out of range is an error, never a wrapped time that lets everything through.
        if (!ok || qMulOverflow(n, factor, &ago) || ago > nowMs)
            return std::nullopt;
        return nowMs - ago;
    }
    if (text.startsWith(u'@')) {
        bool ok = false;
        const qint64 s = text.mid(1).toLongLong(&ok);
        qint64 ms = 0;
        if (!ok || s < 0 || qMulOverflow(s, qint64(1000), &ms))
            return std::nullopt;
        return ms;
    }
    for (const QString &format : {u"yyyy-MM-ddTHH:mm:ss"_s, u"yyyy-MM-dd HH:mm:ss"_s, u"yyyy-MM-dd HH:mm"_s,
             u"yyyy-MM-ddTHH:mm"_s, u"yyyy-MM-dd"_s}) {
        const QDateTime t = QDateTime::fromString(text, format);
        if (t.isValid())
            return t.toMSecsSinceEpoch();
    }
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODate);
    if (iso.isValid())
        return iso.toMSecsSinceEpoch();
    return std::nullopt;
}

static QString textLine(const AppArmorEvent &d)
{
    QString line = d.epochMs > 0 ? QDateTime::fromMSecsSinceEpoch(d.epochMs).toString(u"yyyy-MM-dd HH:mm:ss"_s)
                                 : u"-"_s.leftJustified(19);
    line += u' ' + AppArmorEvent::kindName(d.kind).leftJustified(7) + u' ' + d.profile + u' ' + d.operation;
    const QString target = DenialGroup::targetOf(d).trimmed();
    if (!target.isEmpty())
        line += u' ' + target;
    if (!d.requestedMask.isEmpty())
        line += u" ["_s + d.requestedMask + u']';
    if (!d.info.isEmpty())
        line += u" ("_s + d.info + u')';
    if (!d.comm.isEmpty())
        line += u" comm="_s + d.comm;
    if (d.pid)
        line += u" pid="_s + QString::number(d.pid);
    if (!d.isVerified())
        line += u' ' + QCoreApplication::translate("armorctl", "[unverified: anyone could have written this record]");
    // The names come from the log: a newline or escape sequence in one must not reach the terminal.
    return DisplayText::escaped(line);
}

static QString helperHint()
{
    return QCoreApplication::translate(
        "armorctl", "armorer-helper can read it for you (polkit asks when needed): armorctl denials --helper");
}

int Cli::denials(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("armorctl",
        "AppArmor records (denials, complain-mode ALLOWED, AUDIT and profile loads) from the journal or a log "
        "file. Without --source the log that holds them on this system is picked, and the choice explained."));
    const QCommandLineOption followOption({u"f"_s, u"follow"_s},
        QCoreApplication::translate(
            "armorctl", "Keep printing records as they are logged (from now, or from --since)."));
    const QCommandLineOption sourceOption(u"source"_s,
        QCoreApplication::translate("armorctl",
            "Where to read: auto, journal, audit, kern, syslog, messages, a file or a pipe (- for standard input)."),
        u"source"_s, u"auto"_s);
    const QCommandLineOption sinceOption(u"since"_s,
        QCoreApplication::translate("armorctl",
            "Only records at or after <time>: 2026-11-22T10:00, @EPOCH, or relative "
            "such as 10m, 2h, 3d."),
        u"time"_s);
    const QCommandLineOption jsonOption(
        u"json"_s, QCoreApplication::translate("armorctl", "One JSON object per record and line."));
    const QCommandLineOption deniedOnlyOption(
        u"denied-only"_s, QCoreApplication::translate("armorctl", "Only DENIED records."));
    const QCommandLineOption countOption(u"count"_s,
        QCoreApplication::translate("armorctl",
            "Print only how many lines were read and how many records "
            "they held (with --follow: once caught up, then whenever they change)."));
    const QCommandLineOption helperOption(u"helper"_s,
        QCoreApplication::translate("armorctl",
            "Read the system log through armorer-helper (polkit action io.github.armorer.read-log), for a user "
            "who may not read it: once, not with --follow or --source."));
    parser.addOptions({followOption, sourceOption, sinceOption, jsonOption, deniedOnlyOption, countOption, helperOption,
        rootOption()});
    if (!parse(parser, arguments, 0))
        return 2;
    const bool viaHelper = parser.isSet(helperOption);
    if (viaHelper && (parser.isSet(followOption) || parser.isSet(sourceOption))) {
        QTextStream(stderr) << QCoreApplication::translate("armorctl",
            "armorctl: --helper reads the log armorer-helper picks, once: it cannot follow (run it again for "
            "new records) and takes no --source")
                            << '\n';
        return 2;
    }

    DenialStart start = parser.isSet(followOption) ? DenialStart::end() : DenialStart::beginning();
    if (parser.isSet(sinceOption)) {
        const std::optional<qint64> since = parseSince(parser.value(sinceOption), QDateTime::currentMSecsSinceEpoch());
        if (!since) {
            QTextStream(stderr) << QCoreApplication::translate("armorctl", "armorctl: cannot read the time \"%1\"")
                                       .arg(parser.value(sinceOption))
                                << '\n';
            return 2;
        }
        start = DenialStart::since(*since);
    }

    QTextStream err(stderr);
    std::unique_ptr<HelperClient> client;
    std::unique_ptr<DenialSource> source;
    if (viaHelper) {
        client = std::make_unique<HelperClient>();
        source = std::make_unique<HelperDenialSource>(client.get());
        err << QCoreApplication::translate("armorctl", "Reading %1").arg(source->name()) << '\n';
    } else {
        const SourceSelector selector(rootFrom(parser));
        const SourceSelector::Choice choice = selector.choose(parser.value(sourceOption));
        if (choice.kind == SourceSelector::Choice::Kind::None) {
            err << QCoreApplication::translate("armorctl", "armorctl: no AppArmor log to read: %1").arg(choice.reason)
                << '\n';
            if (!choice.missing.isEmpty())
                err << choice.missing << '\n' << helperHint() << '\n';
            return 1;
        }
        err << QCoreApplication::translate("armorctl", "Reading %1").arg(choice.reason) << '\n';
        source = SourceSelector::create(choice);
    }
    err.flush();

    const bool json = parser.isSet(jsonOption);
    const bool deniedOnly = parser.isSet(deniedOnlyOption);
    const bool follow = parser.isSet(followOption);
    const bool countOnly = parser.isSet(countOption);
    int exitCode = 0;
    bool caughtUpOnce = false;
    const auto printCount = [&] {
        QTextStream(stdout) << "lines " << source->linesRead() << " records " << source->recordsRead() << Qt::endl;
    };
    QObject::connect(source.get(), &DenialSource::denialsRead, source.get(), [&](const QList<AppArmorEvent> &records) {
        if (countOnly) {
            // Following, the running totals: one line each time they change.
            if (follow && caughtUpOnce)
                printCount();
            return;
        }
        QByteArray out;
        for (const AppArmorEvent &d : records) {
            if (deniedOnly && d.kind != AppArmorEvent::Kind::Denied)
                continue;
            if (json)
                out += QJsonDocument(DenialJson::toJson(d)).toJson(QJsonDocument::Compact);
            else
                out += textLine(d).toUtf8();
            out += '\n';
        }
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
    });
    QObject::connect(source.get(), &DenialSource::stateChanged, source.get(),
        [&](DenialSource::State state, const QString &message) {
            if (state == DenialSource::State::NeedsPrivileges) {
                err << message << '\n' << helperHint() << '\n';
                err.flush();
                if (!follow)
                    exitCode = 1;
            } else if (state == DenialSource::State::Failed) {
                err << "armorctl: " << message << '\n';
                err.flush();
                exitCode = 1;
                QCoreApplication::exit(1);
            }
        });
    QObject::connect(source.get(), &DenialSource::errorOccurred, source.get(), [&](const QString &message) {
        err << "armorctl: " << message << '\n';
        err.flush();
    });
    // caughtUp can come from within start(), before the event loop runs. Following, the
    // backlog's count is printed once caught up; a pipe that ends ends the follow too.
    bool caughtUp = false;
    QObject::connect(source.get(), &DenialSource::caughtUp, source.get(), [&] {
        caughtUpOnce = true;
        if (follow && source->state() != DenialSource::State::Stopped) {
            if (countOnly)
                printCount();
            return;
        }
        caughtUp = true;
        QCoreApplication::exit(0);
    });
    source->start(start, follow);
    if (source->state() == DenialSource::State::Failed)
        return 1;
    const auto finish = [&](int code) {
        if (countOnly)
            printCount();
        return code;
    };
    if (caughtUp)
        return finish(exitCode);
    if (source->state() == DenialSource::State::NeedsPrivileges && !follow && source->linesRead() == 0)
        return 1;
    const int loop = QCoreApplication::exec();
    return finish(exitCode ? exitCode : loop);
}
