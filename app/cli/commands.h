// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "systemroot.h"

#include <QCommandLineOption>
#include <QStringList>

#include <optional>

class QCommandLineParser;

// armorctl's subcommands. Each takes its own arguments (argv[0] is "armorctl COMMAND") and
// returns the process exit code.
namespace Cli {
int status(const QStringList &arguments);
int suggest(const QStringList &arguments);
int denials(const QStringList &arguments);
int validate(const QStringList &arguments);
int exportProfile(const QStringList &arguments);
// Through armorer-helper (helpercommands.cpp).
int enforce(const QStringList &arguments);
int complain(const QStringList &arguments);
int mode(const QStringList &arguments);
int unload(const QStringList &arguments);
int disable(const QStringList &arguments);
int enable(const QStringList &arguments);
int history(const QStringList &arguments);
int undo(const QStringList &arguments);
int allow(const QStringList &arguments); // allowcommand.cpp
int granted(const QStringList &arguments); // grantedcommand.cpp
int explain(const QStringList &arguments); // explaincommand.cpp

// Options every command shares.
const QCommandLineOption &rootOption();
// Parses arguments; on error prints it with usage and returns false (exit 2). Also an error:
// more than maxPositional positional arguments (-1: any number), and a --root that is not a
// directory.
bool parse(QCommandLineParser &parser, const QStringList &arguments, int maxPositional = -1);
SystemRoot rootFrom(const QCommandLineParser &parser);
// parser's help with the command in its usage line ("Usage: armorctl status [options]").
QString helpText(const QCommandLineParser &parser, const QString &command);
// "2026-11-22T10:00", "@EPOCH", "-10m", "2h", "3d" as milliseconds since the epoch.
std::optional<qint64> parseSince(const QString &text, qint64 nowMs);
} // namespace Cli
