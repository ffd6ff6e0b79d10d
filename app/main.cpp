// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "armorerapp.h"
#include "colorscheme.h"
#include "commandline.h"
#include "config.h"
#include "iconthemefollower.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

// --help and --version print and exit: they need no display, so no QApplication either.
static bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "--help" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

static void describe(QCoreApplication &app)
{
    app.setApplicationName(u"armorer"_s);
    app.setApplicationVersion(QStringLiteral(ARMORER_VERSION));
    app.setOrganizationDomain(u"armorer.github.io"_s);
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    std::unique_ptr<QCoreApplication> owner;
    if (onlyPrints(argc, argv))
        owner = std::make_unique<QCoreApplication>(argc, argv);
    else
        owner = std::make_unique<QApplication>(argc, argv);
    QCoreApplication &app = *owner;
    describe(app);
    QGuiApplication::setDesktopFileName(u"io.github.armorer"_s);

    // Qt's own strings, then Armorer's (embedded under :/i18n by CMake).
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    // English plural forms ("1 denial", "2 denials") first: the user's language, installed
    // after it, is asked first.
    QTranslator plurals;
    if (plurals.load(u"armorer_en"_s, u":/i18n"_s))
        app.installTranslator(&plurals);
    QTranslator translator;
    if (translator.load(QLocale(), u"armorer"_s, u"_"_s, u":/i18n"_s))
        app.installTranslator(&translator);

    const CommandLine options = CommandLine::parse(app); // exits after --help or --version
    QGuiApplication::setApplicationDisplayName(u"Armorer"_s);
    if (!options.colorScheme.isEmpty())
        ColorScheme::apply(options.colorScheme);
    IconThemeFollower icons; // a dark palette gets the dark icons

    ArmorerApp armorer(options, sinceStart);
    return armorer.run();
}
