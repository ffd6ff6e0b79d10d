// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "statussnapshot.h"

#include <QByteArray>

// The JSON of "aa-status --json", format version 2:
// {"version": "2", "profiles": {NAME: MODE}, "processes": {EXE: [{"profile", "pid", "status"}]}}
// (pids are strings there, and so here). Written directly rather than through QJsonObject:
// with thousands of processes the DOM costs more than the /proc walk.
namespace StatusJson {
QByteArray toAaStatus(const StatusSnapshot &snapshot, bool indented = false);
// A JSON string literal, quotes included, escaped per RFC 8259.
void appendString(QByteArray &out, const QString &value);
} // namespace StatusJson
