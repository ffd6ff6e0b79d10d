// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "commandline.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

static CommandLine parseArguments(const QStringList &arguments, bool exitOnError)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "AppArmor profiles, denials and rules."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption rootOption(u"root"_s,
        QCoreApplication::translate("main",
            "Show the system root in <dir> (holding "
            "etc/apparmor.d, sys/kernel/security/apparmor "
            "and proc) instead of this system."),
        u"dir"_s);
    const QCommandLineOption demoOption(u"demo"_s,
        QCoreApplication::translate("main",
            "Show a demo on a sandboxed "
            "system root built from the "
            "profiles this system ships."));
    const QCommandLineOption screenshotOption(u"screenshot"_s,
        QCoreApplication::translate("main", "Save a screenshot to <file> once the data is shown, then quit."),
        u"file"_s);
    const QCommandLineOption firstPaintOption(u"report-first-paint"_s,
        QCoreApplication::translate("main",
            "Print when the window is first painted "
            "with data, then quit (benchmarks)."));
    const QCommandLineOption trayOption(u"tray"_s,
        QCoreApplication::translate("main",
            "Run only the denial notifier "
            "in the system tray."));
    const QCommandLineOption sourceOption(u"source"_s,
        QCoreApplication::translate("main",
            "Read denials from <source>: auto, journal, "
            "audit, kern, syslog, messages or a file."),
        u"source"_s, u"auto"_s);
    const QCommandLineOption pageOption(
        u"page"_s, QCoreApplication::translate("main", "Open on <page>: profiles or denials."), u"page"_s);
    const QCommandLineOption editOption(u"edit"_s,
        QCoreApplication::translate("main",
            "Open <file> (in the profile directory) in "
            "the profile editor."),
        u"file"_s);
    const QCommandLineOption colorSchemeOption(u"color-scheme"_s,
        QCoreApplication::translate("main", "Force a light or dark palette (screenshots)."), u"light|dark"_s);
    const QCommandLineOption setupCheckOption(u"setup-check"_s,
        QCoreApplication::translate("main", "Show what this system lacks for Armorer and how to fix it."));
    const QCommandLineOption exportOption(u"export-profile"_s,
        QCoreApplication::translate("main", "Open the export for containers and Kubernetes of the profile <name>."),
        u"name"_s);
    parser.addOptions({rootOption, demoOption, screenshotOption, firstPaintOption, trayOption, sourceOption, pageOption,
        editOption, colorSchemeOption, setupCheckOption, exportOption});
    if (exitOnError)
        parser.process(arguments);
    else
        parser.parse(arguments);

    CommandLine options;
    options.root = parser.value(rootOption);
    options.demo = parser.isSet(demoOption);
    options.screenshot = parser.value(screenshotOption);
    options.reportFirstPaint = parser.isSet(firstPaintOption);
    options.tray = parser.isSet(trayOption);
    options.source = parser.value(sourceOption);
    options.page = parser.value(pageOption);
    options.edit = parser.value(editOption);
    options.colorScheme = parser.value(colorSchemeOption);
    options.setupCheck = parser.isSet(setupCheckOption);
    options.exportProfile = parser.value(exportOption);
    return options;
}

CommandLine CommandLine::parse(const QCoreApplication &app)
{
    return parseArguments(app.arguments(), true);
}

CommandLine CommandLine::fromArguments(const QStringList &arguments)
{
    return parseArguments(QStringList{u"armorer"_s} + arguments, false);
}
