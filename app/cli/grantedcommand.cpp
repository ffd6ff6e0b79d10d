// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "boundedfile.h"
#include "commands.h"
#include "grantedrulesmodel.h"
#include "helperchangechannel.h"
#include "helperchangehistory.h"
#include "helperclient.h"
#include "overridenaming.h"
#include "profileindex.h"
#include "rulecandidate.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

// armorctl granted: the rules a profile's local override grants, and the change that added
// each one (from the helper's journal), the same GrantedRulesModel the profiles page shows.
namespace {
void walk(const GrantedRulesModel &model, const QModelIndex &parent, const QStringList &blocks, QJsonArray *json,
    QTextStream *text)
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const QString rule = index.data(GrantedRulesModel::RuleRole).toString();
        const QString indent(blocks.size() * 2, u' ');
        if (index.data(GrantedRulesModel::IsBlockRole).toBool()) {
            if (text)
                *text << indent << rule << " {\n";
            walk(model, index, blocks + QStringList{rule}, json, text);
            if (text)
                *text << indent << "}\n";
            continue;
        }
        const QString change = index.data(GrantedRulesModel::ChangeIdRole).toString();
        const QString user = index.siblingAtColumn(GrantedRulesModel::UserColumn).data().toString();
        const QDateTime time = index.data(GrantedRulesModel::ChangeTimeRole).toDateTime();
        if (json) {
            QJsonObject o{{u"rule"_s, rule}, {u"line"_s, index.data(GrantedRulesModel::LineRole).toInt()},
                {u"removable"_s, index.data(GrantedRulesModel::RemovableRole).toBool()}};
            if (!blocks.isEmpty())
                o.insert(u"in"_s, QJsonArray::fromStringList(blocks));
            if (change.isEmpty()) {
                o.insert(u"change"_s, QJsonValue::Null);
            } else {
                o.insert(u"change"_s, change);
                o.insert(u"time"_s, time.toUTC().toString(Qt::ISODate));
                o.insert(u"uid"_s, index.data(GrantedRulesModel::UidRole).toLongLong());
                o.insert(u"user"_s, user);
            }
            json->append(o);
        }
        if (text) {
            *text << indent << rule;
            if (!change.isEmpty())
                *text << "  # "
                      << QCoreApplication::translate("armorctl", "change %1, %2, %3")
                             .arg(change, time.toLocalTime().toString(Qt::ISODate), user);
            *text << '\n';
        }
    }
}
} // namespace

int Cli::granted(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("armorctl",
        "The rules a profile's local override grants, and the change (from armorctl history) that "
        "added each one."));
    parser.addPositionalArgument(u"profile"_s, QCoreApplication::translate("armorctl", "The profile's name."));
    parser.addOptions({
        {u"json"_s, QCoreApplication::translate("armorctl", "Print JSON.")},
        {u"helper"_s,
            QCoreApplication::translate(
                "armorctl", "With --root: read the history from the helper on the system bus all the same.")},
        rootOption(),
    });
    if (!Cli::parse(parser, arguments))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        QTextStream(stderr) << Cli::helpText(parser, arguments.value(0));
        return 2;
    }
    const SystemRoot root = rootFrom(parser);
    // A hat's or child's rules live in the blocks of its top-level profile's override.
    const QString profile = RuleTarget::fromLabel(parser.positionalArguments().constFirst()).profile;
    ProfileIndex index;
    index.build(root.profileDir());
    const ProfileIndex::Source source = index.sourceOf(profile);
    // The override the profile's own block includes (OverrideNaming), or the one it shares.
    QString name = OverrideNaming::nameWithoutFile(profile);
    if (source.isValid()) {
        const OverrideNaming::Target target = OverrideNaming::targetInFile(source.file, profile);
        if (target.isValid())
            name = target.shared.isEmpty() || QFileInfo::exists(root.localDir() + u'/' + target.name) ? target.name
                                                                                                      : target.shared;
    }
    const QString overridePath = root.localDir() + u'/' + name;
    if (!source.isValid() && !QFileInfo::exists(overridePath)) {
        QTextStream(stderr) << "armorctl: "
                            << QCoreApplication::translate("armorctl", "no file in %1 defines the profile %2")
                                   .arg(root.profileDir(), profile)
                            << '\n';
        return 1;
    }
    const BoundedFile::Result file = BoundedFile::read(overridePath, 1024 * 1024);
    if (!file.ok() && file.status != BoundedFile::Status::Missing) {
        QTextStream(stderr) << "armorctl: " << file.error << '\n';
        return 1;
    }
    const QString text = QString::fromUtf8(file.data);

    // The journal is the helper's (root-only files): without it the rules are still listed.
    QList<ChangeRecord> history;
    QString historyError;
    if (!parser.isSet(rootOption()) || parser.isSet(u"helper"_s)) {
        HelperClient client;
        HelperChangeChannel channel(&client);
        HelperChangeHistory changes(&channel);
        changes.history([&](const ChangeHistory::Entries &entries) {
            history = entries.entries;
            historyError = entries.error;
        });
        client.waitForPending();
        if (!historyError.isEmpty())
            QTextStream(stderr) << "armorctl: "
                                << QCoreApplication::translate(
                                       "armorctl", "which change added each rule is not known: %1")
                                       .arg(historyError)
                                << '\n';
    }

    GrantedRulesModel model;
    model.setOverride(profile, u"local/"_s + name, text, history);
    QTextStream out(stdout);
    if (parser.isSet(u"json"_s)) {
        QJsonArray rules;
        walk(model, {}, {}, &rules, nullptr);
        QJsonObject o{{u"profile"_s, profile}, {u"file"_s, model.fileName()}, {u"rules"_s, rules}};
        const std::optional<ChangeRecord> undoable = model.undoableChange();
        o.insert(u"undoableChange"_s, undoable ? QJsonValue(undoable->id) : QJsonValue(QJsonValue::Null));
        if (!historyError.isEmpty())
            o.insert(u"historyError"_s, historyError);
        out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << "# " << model.fileName() << '\n';
    if (model.ruleCount() == 0)
        out << "# " << QCoreApplication::translate("armorctl", "no rules") << '\n';
    walk(model, {}, {}, nullptr, &out);
    if (const std::optional<ChangeRecord> undoable = model.undoableChange())
        out << "# "
            << QCoreApplication::translate("armorctl", "undo the latest change: armorctl undo %1").arg(undoable->id)
            << '\n';
    return 0;
}
