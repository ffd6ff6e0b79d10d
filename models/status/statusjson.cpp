// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "statusjson.h"

#include <QJsonDocument>
#include <QMap>

void StatusJson::appendString(QByteArray &out, const QString &value)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

QByteArray StatusJson::toAaStatus(const StatusSnapshot &snapshot, bool indented)
{
    QByteArray out;
    out.reserve(64 * (snapshot.profiles.size() + snapshot.processes.size()) + 64);
    out += "{\"version\":\"2\",\"profiles\":{";
    bool first = true;
    for (const LoadedProfile &profile : snapshot.profiles) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, profile.name);
        out += ':';
        appendString(out, ProfileModes::toString(profile.mode));
    }
    out += "},\"processes\":{";

    // Grouped per executable, each group in pid order, as aa-status groups them.
    QMap<QString, QList<const ConfinedProcess *>> byExe;
    for (const ConfinedProcess &process : snapshot.processes)
        byExe[process.exe].append(&process);
    first = true;
    for (auto it = byExe.cbegin(); it != byExe.cend(); ++it) {
        if (!first)
            out += ',';
        first = false;
        appendString(out, it.key());
        out += ":[";
        bool firstProcess = true;
        for (const ConfinedProcess *process : it.value()) {
            if (!firstProcess)
                out += ',';
            firstProcess = false;
            out += "{\"profile\":";
            appendString(out, process->profile);
            out += ",\"pid\":\"" + QByteArray::number(process->pid) + "\",\"status\":";
            appendString(out, ProfileModes::toString(process->mode));
            out += '}';
        }
        out += ']';
    }
    out += "}}";
    if (indented)
        return QJsonDocument::fromJson(out).toJson(QJsonDocument::Indented);
    out += '\n';
    return out;
}
