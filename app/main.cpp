// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "armorerapp.h"
#include "colorscheme.h"
#include "commandline.h"
#include "config.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();

    QApplication app(argc, argv);
    app.setApplicationName(u"armorer"_s);
    app.setApplicationDisplayName(u"Armorer"_s);
    app.setApplicationVersion(QStringLiteral(ARMORER_VERSION));
    app.setOrganizationDomain(u"armorer.github.io"_s);
    app.setDesktopFileName(u"io.github.armorer"_s);

    // Qt's own strings, then Armorer's (embedded under :/i18n by CMake).
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale(), u"armorer"_s, u"_"_s, u":/i18n"_s))
        app.installTranslator(&translator);

    const CommandLine options = CommandLine::parse(app);
    if (!options.colorScheme.isEmpty())
        ColorScheme::apply(options.colorScheme);

    ArmorerApp armorer(options, sinceStart);
    return armorer.run();
}
