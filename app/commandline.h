// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// armorer's command line, parsed once: --help and --version print and exit inside parse().
struct CommandLine
{
    QString root; // --root DIR: a sandbox system root
    bool demo = false;
    QString screenshot; // --screenshot FILE
    bool reportFirstPaint = false;
    bool tray = false; // the notifier alone
    QString source = QStringLiteral("auto");
    QString page; // profiles | denials
    QString edit; // a file to open in the editor
    QString colorScheme; // light | dark
    bool setupCheck = false;
    QString exportProfile;

    static CommandLine parse(const QCoreApplication &app);
    // Another start's arguments (handed over by SingleInstance), without the program name;
    // unknown options are ignored rather than ending this process.
    static CommandLine fromArguments(const QStringList &arguments);
};
