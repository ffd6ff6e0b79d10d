// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "commands.h"
#include "disabledprofiles.h"
#include "displaytext.h"
#include "helperclient.h"
#include "statusjson.h"
#include "statusreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

// The human-readable listing follows aa-status's layout, so scripts that grep it keep working.
static void printText(QTextStream &out, const StatusSnapshot &status)
{
    out << "apparmor module is loaded.\n";
    out << status.profiles.size() << " profiles are loaded.\n";
    for (ProfileMode mode : ProfileModes::profileModes()) {
        QStringList names;
        for (const LoadedProfile &p : status.profiles) {
            if (p.mode == mode)
                names.append(p.name);
        }
        out << names.size() << " profiles are in " << ProfileModes::toString(mode) << " mode.\n";
        for (const QString &name : std::as_const(names))
            out << "   " << DisplayText::escaped(name) << '\n';
    }
    out << status.processes.size() << " processes have profiles defined.\n";
    QList<ProfileMode> processModes = ProfileModes::profileModes();
    processModes.append(ProfileMode::Mixed);
    for (ProfileMode mode : std::as_const(processModes)) {
        QList<ConfinedProcess> list;
        for (const ConfinedProcess &p : status.processes) {
            if (p.mode == mode)
                list.append(p);
        }
        std::stable_sort(list.begin(), list.end(), [](const ConfinedProcess &a, const ConfinedProcess &b) {
            return a.profile < b.profile;
        });
        if (mode == ProfileMode::Unconfined)
            out << list.size() << " processes are unconfined but have a profile defined.\n";
        else
            out << list.size() << " processes are in " << ProfileModes::toString(mode) << " mode.\n";
        for (const ConfinedProcess &p : std::as_const(list)) {
            // A program's name is its owner's choice: escaped, so it cannot write to the terminal.
            out << "   " << DisplayText::escaped(p.exe) << " (" << p.pid << ") "
                << DisplayText::escaped(p.profile == p.exe ? QString() : p.profile) << '\n';
        }
    }
}

int Cli::status(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("armorctl",
        "Show the loaded AppArmor profiles and the processes they confine.\n"
        "Exit codes as aa-status: 0 ok, 1 AppArmor disabled, 2 no policy "
        "loaded, 3 no control files, 4 no permission."));
    const QCommandLineOption json(
        u"json"_s, QCoreApplication::translate("armorctl", "Print aa-status's JSON (version 2)."));
    const QCommandLineOption pretty(
        u"pretty-json"_s, QCoreApplication::translate("armorctl", "Print the JSON indented."));
    parser.addOptions({rootOption(), json, pretty});
    if (!parse(parser, arguments, 0))
        return 2;

    StatusSnapshot status = StatusReader(rootFrom(parser)).read();
    // Only root can read securityfs: other users get the same listing from armorer-helper
    // (polkit action io.github.armorer.read-status).
    if (status.state == StatusSnapshot::State::NoPermission && !parser.isSet(rootOption())) {
        HelperClient client;
        client.listProfiles([&status](const HelperClient::Profiles &profiles) {
            if (!profiles.error.isError())
                status = profiles.snapshot;
        });
        client.waitForPending();
    }
    QTextStream out(stdout);
    QTextStream err(stderr);
    for (const QString &e : status.parseErrors)
        err << "armorctl: " << rootFrom(parser).profilesFile() << ": " << e << '\n';

    const bool wantJson = parser.isSet(json) || parser.isSet(pretty);
    const bool listed = status.state == StatusSnapshot::State::Ok || status.state == StatusSnapshot::State::NoPolicy;
    // Like aa-status, "no policy" still prints (an empty listing) and exits 2.
    if (!listed)
        err << status.message << '\n';
    if (wantJson) {
        // JSON in every state, so a script parses stdout whatever happened: when nothing could be
        // listed, the empty listing says why ("error") next to the exit code's state.
        QByteArray data = StatusJson::toAaStatus(status, parser.isSet(pretty));
        if (!listed) {
            QJsonObject object = QJsonDocument::fromJson(data).object();
            object.insert(u"error"_s, status.message);
            object.insert(u"exit_code"_s, status.exitCode());
            data
                = QJsonDocument(object).toJson(parser.isSet(pretty) ? QJsonDocument::Indented : QJsonDocument::Compact);
            if (!parser.isSet(pretty))
                data += '\n';
        }
        out.flush();
        std::fwrite(data.constData(), 1, data.size(), stdout);
    } else if (!listed) {
        return status.exitCode();
    } else {
        if (status.state == StatusSnapshot::State::NoPolicy)
            err << status.message << '\n';
        printText(out, status);
        // After aa-status's layout, which scripts read, and only when there is one.
        const QStringList disabled = DisabledProfiles::files(rootFrom(parser).profileDir());
        if (!disabled.isEmpty()) {
            out << QCoreApplication::translate(
                "armorctl", "%n profile file(s) disabled (armorctl enable FILE):", "", int(disabled.size()))
                << '\n';
            for (const QString &name : disabled)
                out << "   " << DisplayText::escaped(name) << '\n';
        }
    }
    return status.exitCode();
}
