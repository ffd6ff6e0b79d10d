// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "allowflow.h"
#include "commands.h"
#include "config.h"
#include "denialjson.h"
#include "denialparser.h"
#include "directoverrideapplier.h"
#include "helperchangechannel.h"
#include "helperclient.h"
#include "helperoverrideapplier.h"
#include "localoverridewriter.h"
#include "logfilesource.h"
#include "logorigin.h"
#include "profileindex.h"
#include "rulesuggester.h"
#include "scopechoicemodel.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTextStream>

#include <unistd.h>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

// Where an allow's time goes on the client side (QT_LOGGING_RULES="armorer.allow.info=true"):
// the VM's round-trip benchmark prints it.
Q_LOGGING_CATEGORY(lcAllow, "armorer.allow", QtWarningMsg)

// "Allow" for scripts and terminals: the same AllowFlow the dialog drives (same rule, same
// scopes, same override text), applied through armorer-helper, or to a sandbox root directly.
namespace {
int fail(const QString &message)
{
    QTextStream(stderr) << "armorctl: " << message << '\n';
    return 1;
}

// The denial to allow: --line, the Nth (or last) access record in --log, or one record on
// stdin (a raw log line, or a JSON object as "armorctl denials --json" prints it).
std::optional<AppArmorEvent> readDenial(const QCommandLineParser &parser, QString *error)
{
    if (parser.isSet(u"line"_s)) {
        const std::optional<AppArmorEvent> d = DenialParser::parseLine(parser.value(u"line"_s).toUtf8());
        if (!d)
            *error = QCoreApplication::translate("armorctl", "the line is not an AppArmor record");
        return d;
    }
    if (parser.isSet(u"log"_s)) {
        // The same reader as "armorctl denials --source", so that record N is the same one.
        const QString log = parser.value(u"log"_s);
        QString readError;
        QList<AppArmorEvent> records = LogFileSource::readAll(log, &readError);
        if (!readError.isEmpty()) {
            *error = readError;
            return std::nullopt;
        }
        records.removeIf([](const AppArmorEvent &d) {
            return !d.isAccessRecord();
        });
        bool ok = true;
        const qsizetype index = parser.isSet(u"last"_s) ? records.size() : parser.value(u"index"_s).toLongLong(&ok);
        if (!ok || index < 1 || index > records.size()) {
            *error = QCoreApplication::translate(
                "armorctl", "%1 holds %n access record(s); there is no record %2", nullptr, int(records.size()))
                         .arg(log, parser.value(u"index"_s));
            return std::nullopt;
        }
        return records[index - 1];
    }
    const bool terminal = ::isatty(STDIN_FILENO);
    if (terminal) {
        // Not silence: say what is awaited.
        QTextStream(stderr) << QCoreApplication::translate("armorctl",
            "armorctl allow: reading one denial from standard input: paste a log line (or a "
            "JSON object from \"armorctl denials --json\") and press Enter, or give --line or "
            "--log. Ctrl+C to stop.")
                            << Qt::endl;
    }
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly)) {
        *error = in.errorString();
        return std::nullopt;
    }
    // From a terminal one line is the input (Enter ends it); from a pipe, everything up to the cap.
    const QByteArray input
        = (terminal ? in.readLine(DenialParser::MaxLineLength) : in.read(DenialParser::MaxLineLength)).trimmed();
    if (input.startsWith('{')) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(input, &parseError);
        if (!doc.isObject()) {
            *error = QCoreApplication::translate("armorctl", "stdin: %1").arg(parseError.errorString());
            return std::nullopt;
        }
        return DenialJson::fromJson(doc.object(), error);
    }
    const std::optional<AppArmorEvent> d = DenialParser::parseLine(input);
    if (!d)
        *error = QCoreApplication::translate("armorctl", "stdin holds no AppArmor record");
    return d;
}

// --scope NAME: the row of the flow's scope model, or -1 with the reason in error.
int scopeRow(AllowFlow &flow, const QString &scope, QString *error)
{
    ScopeChoiceModel *model = flow.scopeModel();
    if (scope.startsWith(u"custom:"_s)) {
        if (model->rowCount() == 0) {
            *error = QCoreApplication::translate("armorctl", "only a file rule has scopes");
            return -1;
        }
        flow.setCustomPattern(scope.mid(7));
        const QModelIndex custom = model->index(model->customRow());
        if (custom.data(ScopeChoiceModel::RuleRole).toString().isEmpty()) {
            *error = custom.data(ScopeChoiceModel::ErrorRole).toString();
            return -1;
        }
        return model->customRow();
    }
    static const QHash<QString, FileScope::Kind> kinds = {
        {u"exact"_s, FileScope::Kind::Exact},
        {u"dir"_s, FileScope::Kind::Folder},
        {u"recursive"_s, FileScope::Kind::FolderRecursive},
        {u"ext"_s, FileScope::Kind::Extension},
        {u"home"_s, FileScope::Kind::Home},
    };
    if (model->rowCount() == 0 && scope == u"exact")
        return 0; // not a file rule: the rule is exactly the denied access anyway
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row).data(ScopeChoiceModel::KindRole).toInt()
                == int(kinds.value(scope, FileScope::Kind::Custom))
            && row != model->customRow())
            return row;
    }
    if (!kinds.contains(scope)) {
        *error = QCoreApplication::translate(
            "armorctl", "unknown scope \"%1\"; the scopes are: exact, dir, recursive, ext, home, custom:PATTERN")
                     .arg(scope);
        return -1;
    }
    *error = QCoreApplication::translate("armorctl", "the scope \"%1\" is not offered for this denial").arg(scope);
    return -1;
}
} // namespace

int Cli::allow(const QStringList &arguments)
{
    QElapsedTimer clock;
    clock.start();
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("armorctl",
        "Allow (or deny) one denied access: the rule goes into the profile's local override, "
        "which is validated and reloaded through armorer-helper. The denial is given with "
        "--line, with --log and --index or --last, or on stdin (a log line, or a JSON object "
        "from \"armorctl denials --json\")."));
    parser.addOptions({
        {u"line"_s, QCoreApplication::translate("armorctl", "The denial's log line."), u"line"_s},
        {u"log"_s, QCoreApplication::translate("armorctl", "A log file holding the denial (- for standard input)."),
            u"file"_s},
        {u"index"_s,
            QCoreApplication::translate("armorctl", "With --log: the Nth access record in it, counting from 1."),
            u"n"_s},
        {u"last"_s, QCoreApplication::translate("armorctl", "With --log: its last access record.")},
        {u"scope"_s,
            QCoreApplication::translate(
                "armorctl", "exact, dir, recursive, ext, home or custom:PATTERN (default: exact)."),
            u"scope"_s, u"exact"_s},
        {u"deny"_s, QCoreApplication::translate("armorctl", "Write a deny rule instead (silences the denial).")},
        {u"dry-run"_s, QCoreApplication::translate("armorctl", "Print the override's diff; change nothing.")},
        {u"all-sharing"_s,
            QCoreApplication::translate("armorctl",
                "When the profile shares its override with other profiles of its file: write the "
                "shared one, for all of them (default: a new override for this profile alone).")},
        {u"helper"_s,
            QCoreApplication::translate(
                "armorctl", "With --root: write through the helper on the system bus all the same.")},
        {u"allow-unverified"_s,
            QCoreApplication::translate("armorctl",
                "Allow a record that anyone could have written (a line given with --line or on stdin, or one "
                "from a log that is not the kernel's, auditd's or the bus daemon's) after checking it.")},
        rootOption(),
    });
    if (!Cli::parse(parser, arguments))
        return 2;
    if (!parser.positionalArguments().isEmpty() || (parser.isSet(u"line"_s) && parser.isSet(u"log"_s))
        || (parser.isSet(u"log"_s) && parser.isSet(u"index"_s) == parser.isSet(u"last"_s))
        || (!parser.isSet(u"log"_s) && (parser.isSet(u"index"_s) || parser.isSet(u"last"_s)))) {
        QTextStream(stderr) << Cli::helpText(parser, arguments.value(0));
        return 2;
    }

    QString error;
    const std::optional<AppArmorEvent> denial = readDenial(parser, &error);
    if (!denial)
        return fail(error);

    if (!denial->isVerified() && !parser.isSet(u"allow-unverified"_s) && !parser.isSet(u"dry-run"_s))
        return fail(QCoreApplication::translate("armorctl",
            "refusing an unverified record. %1 Check that the access really happened, then pass "
            "--allow-unverified.")
                .arg(LogOrigin::unverifiedReason(*denial)));
    qCInfo(lcAllow) << "denial read:" << clock.elapsed() << "ms";
    const SystemRoot root = rootFrom(parser);
    const bool viaHelper = !parser.isSet(rootOption()) || parser.isSet(u"helper"_s);
    std::unique_ptr<HelperClient> client;
    std::unique_ptr<HelperChangeChannel> channel;
    std::unique_ptr<OverrideApplier> applier;
    if (viaHelper) {
        client = std::make_unique<HelperClient>();
        channel = std::make_unique<HelperChangeChannel>(client.get());
        qCInfo(lcAllow) << "system bus connected:" << clock.elapsed() << "ms";
        auto helperApplier = std::make_unique<HelperOverrideApplier>(channel.get(), root);
        // Only the profile this allow is about: reading every profile costs more than the rest
        // of the command on a slow machine.
        const std::optional<RuleSuggestion> suggestion = RuleSuggester::suggest(*denial);
        ProfileIndex index;
        index.buildFor(root.profileDir(), suggestion ? suggestion->target.label() : denial->profile);
        helperApplier->setIndex(index);
        qCInfo(lcAllow) << "profile index built:" << clock.elapsed() << "ms";
        applier = std::move(helperApplier);
    } else {
        // The helper's own transaction in this process: same target, lock and expected hash.
        auto direct = std::make_unique<DirectOverrideApplier>(root);
        if (const HelperError openError = direct->open())
            return fail(openError.detail);
        applier = std::move(direct);
    }
    applier->setAllSharing(parser.isSet(u"all-sharing"_s));

    AllowFlow flow(*denial, applier.get());
    flow.confirmUnverified(parser.isSet(u"allow-unverified"_s));
    if (!flow.hasRule())
        return fail(flow.summary());
    const int row = scopeRow(flow, parser.value(u"scope"_s), &error);
    if (row < 0)
        return fail(error);
    flow.setScopeRow(row);
    flow.setDeny(parser.isSet(u"deny"_s));
    qCInfo(lcAllow) << "rule and override ready:" << clock.elapsed() << "ms";

    QTextStream out(stdout);
    // Say when the override is shared, and what the other choice is.
    const OverrideNaming::Target target = applier->targetFor(flow.suggestion().target.label());
    if (!target.shared.isEmpty()) {
        const QString note = target.name == target.shared
            ? QCoreApplication::translate("armorctl",
                  "note: local/%1 is shared: the rule applies to all %n profile(s) "
                  "that include it (%2).",
                  nullptr, int(target.sharedBy.size()))
                  .arg(target.shared, target.sharedBy.join(u", "_s))
            : QCoreApplication::translate("armorctl",
                  "note: local/%1 is shared by %n profile(s) (%2): the rule goes "
                  "into local/%3, for %4 alone (--all-sharing writes the shared one).",
                  nullptr, int(target.sharedBy.size()))
                  .arg(target.shared, target.sharedBy.join(u", "_s), target.name, flow.suggestion().target.label());
        QTextStream(stderr) << note << '\n';
    }
    if (parser.isSet(u"dry-run"_s)) {
        if (!denial->isVerified())
            QTextStream(stderr) << QCoreApplication::translate("armorctl", "armorctl: warning: unverified record. %1")
                                       .arg(LogOrigin::unverifiedReason(*denial))
                                << '\n';
        out << flow.diff();
        return 0;
    }
    if (flow.proposedText() == flow.currentText()) {
        out << QCoreApplication::translate("armorctl", "%1 already holds \"%2\": nothing to change.")
                   .arg(flow.overrideName(), flow.rule())
            << '\n';
        return 0;
    }
    std::optional<std::pair<bool, QString>> result;
    QEventLoop loop;
    QObject::connect(&flow, &AllowFlow::applied, &loop, [&](bool ok, const QString &message) {
        result = {ok, message};
        loop.quit();
    });
    flow.apply();
    if (!result)
        loop.exec();
    qCInfo(lcAllow) << "helper replied:" << clock.elapsed() << "ms";
    if (!result->first)
        return fail(result->second);
    out << flow.rule() << '\n' << result->second << '\n';
    if (!flow.lastChangeId().isEmpty()) {
        out << QCoreApplication::translate("armorctl", "Change %1 (undo it with: armorctl undo %1)")
                   .arg(flow.lastChangeId())
            << '\n';
    }
    return 0;
}
