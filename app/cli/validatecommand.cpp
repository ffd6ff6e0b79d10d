// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "boundedfile.h"
#include "commands.h"
#include "displaytext.h"
#include "profileindex.h"
#include "profilevalidator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

// Each file is checked as the editor checks it (a local override through its profile, an
// abstraction through a wrapper), with the real apparmor_parser; problems print gcc-style so
// editors and CI jump to them.
int Cli::validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("armorctl",
        "Check profile files with apparmor_parser without loading them.\n"
        "Prints FILE:LINE: error: MESSAGE for each problem; exits 0 when every file is valid, "
        "1 when one is not, 2 on usage errors."));
    parser.addPositionalArgument(u"FILE"_s,
        QCoreApplication::translate("armorctl",
            "Profile files to check; a NAME that is not a file is looked up in the profile directory, "
            "as a file name there or as the name of a profile."),
        u"FILE|NAME..."_s);
    parser.addOption(rootOption());
    if (!parse(parser, arguments))
        return 2;
    const QStringList files = parser.positionalArguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (files.isEmpty()) {
        err << QCoreApplication::translate("armorctl", "armorctl validate: no file given") << '\n';
        return 2;
    }

    const SystemRoot root = rootFrom(parser);
    ProfileValidator validator(root.profileDir());
    QEventLoop loop;
    ProfileValidator::Result result;
    QObject::connect(&validator, &ProfileValidator::finished, &loop, [&](const ProfileValidator::Result &r) {
        result = r;
        loop.quit();
    });

    // A name, not a path: the file of that name in the profile directory, or the one that
    // defines a profile of that name (indexed once, when first needed).
    std::optional<ProfileIndex> index;
    const auto resolve = [&](const QString &arg) -> QString {
        if (arg == u"-"_s || QFileInfo::exists(arg))
            return arg;
        const QString inDir = root.profileDir() + u'/' + arg;
        if (!arg.contains(u'/') && QFileInfo(inDir).isFile())
            return inDir;
        if (!index) {
            index.emplace();
            index->build(root.profileDir());
        }
        const ProfileIndex::Source source = index->sourceOf(arg);
        return source.isValid() ? source.file : QString();
    };

    bool allValid = true;
    for (const QString &name : files) {
        const QString arg = resolve(name);
        if (arg.isEmpty()) {
            out << DisplayText::escaped(name) << ": error: "
                << QCoreApplication::translate("armorctl", "no such file, and no file or profile of that name in %1")
                       .arg(root.profileDir())
                << '\n';
            allValid = false;
            continue;
        }
        const BoundedFile::Result f = BoundedFile::readInput(arg, ProfileIndex::MaxProfileSize);
        if (!f.ok()) {
            out << DisplayText::escaped(arg) << ": error: " << f.error << '\n';
            allValid = false;
            continue;
        }
        const QString absolute = QFileInfo(arg).absoluteFilePath();
        validator.validate(absolute, QString::fromUtf8(f.data));
        loop.exec();
        allValid = allValid && result.valid;
        // Print paths as the user gave them when the problem is in that file.
        auto shown = [&](const QString &file) {
            if (file.isEmpty() || QDir::cleanPath(file) == QDir::cleanPath(absolute))
                return DisplayText::escaped(arg);
            return DisplayText::escaped(file);
        };
        for (const ParserDiagnostic &d : std::as_const(result.diagnostics)) {
            const char *kind = d.severity == ParserDiagnostic::Severity::Warning ? "warning" : "error";
            out << shown(d.file);
            if (d.line > 0)
                out << ':' << d.line;
            out << ": " << kind << ": " << d.message << '\n';
        }
    }
    return allValid ? 0 : 1;
}
