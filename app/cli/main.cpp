// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "commands.h"
#include "config.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <functional>

using namespace Qt::StringLiterals;

namespace {
struct Command
{
    QString name;
    const char *summary;
    std::function<int(const QStringList &)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {u"status"_s, QT_TRANSLATE_NOOP("armorctl", "loaded profiles and confined processes (like aa-status)"),
            Cli::status},
        {u"suggest"_s,
            QT_TRANSLATE_NOOP("armorctl", "the rules that would allow the denials in a log (like aa-logprof)"),
            Cli::suggest},
        {u"denials"_s, QT_TRANSLATE_NOOP("armorctl", "AppArmor denials from the journal or a log, optionally followed"),
            Cli::denials},
        {u"validate"_s, QT_TRANSLATE_NOOP("armorctl", "check profile files with apparmor_parser (gcc-style errors)"),
            Cli::validate},
        {u"export"_s, QT_TRANSLATE_NOOP("armorctl", "a profile for Kubernetes (SPO), pods, docker and LXC"),
            Cli::exportProfile},
        {u"enforce"_s, QT_TRANSLATE_NOOP("armorctl", "set a profile to enforce mode and reload it (via the helper)"),
            Cli::enforce},
        {u"complain"_s, QT_TRANSLATE_NOOP("armorctl", "set a profile to complain mode and reload it (via the helper)"),
            Cli::complain},
        {u"history"_s, QT_TRANSLATE_NOOP("armorctl", "changes made through Armorer"), Cli::history},
        {u"undo"_s, QT_TRANSLATE_NOOP("armorctl", "undo a change from the history"), Cli::undo},
        {u"allow"_s, QT_TRANSLATE_NOOP("armorctl", "allow (or deny) one denial in the profile's local override"),
            Cli::allow},
        {u"explain"_s, QT_TRANSLATE_NOOP("armorctl", "why each denial happened, and what to change"), Cli::explain},
        {u"granted"_s, QT_TRANSLATE_NOOP("armorctl", "the rules a profile's local override grants, and who added them"),
            Cli::granted},
    };
    return list;
}

void printUsage(QTextStream &out)
{
    out << QCoreApplication::translate("armorctl", "Usage: armorctl COMMAND [OPTIONS]") << "\n\n"
        << QCoreApplication::translate("armorctl", "Commands:") << '\n';
    for (const Command &c : commands())
        out << "  " << c.name.leftJustified(10) << QCoreApplication::translate("armorctl", c.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("armorctl", "Run \"armorctl COMMAND --help\" for a command's options.") << '\n';
}
} // namespace

const QCommandLineOption &Cli::rootOption()
{
    static const QCommandLineOption option(u"root"_s,
        QCoreApplication::translate("armorctl",
            "Use the system root in <dir> (holding etc/apparmor.d, "
            "sys/kernel/security/apparmor and proc)."),
        u"dir"_s);
    return option;
}

bool Cli::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        QTextStream(stderr) << "armorctl: " << parser.errorText() << '\n';
        return false;
    }
    if (parser.isSet(u"help"_s)) {
        QTextStream(stdout) << parser.helpText();
        ::exit(0);
    }
    return true;
}

SystemRoot Cli::rootFrom(const QCommandLineParser &parser)
{
    if (parser.isSet(rootOption()))
        return SystemRoot::fromDirectory(parser.value(rootOption()));
    return SystemRoot::system();
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    app.setApplicationName(u"armorctl"_s);
    app.setApplicationVersion(QStringLiteral(ARMORER_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), u"armorer"_s, u"_"_s, u":/i18n"_s))
        app.installTranslator(&translator);

    QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 2 || args[1] == u"--help" || args[1] == u"-h" || args[1] == u"help") {
        printUsage(out);
        return args.size() < 2 ? 2 : 0;
    }
    if (args[1] == u"--version" || args[1] == u"-v") {
        out << "armorctl " << app.applicationVersion() << '\n';
        return 0;
    }
    const QString name = args[1];
    for (const Command &c : commands()) {
        if (c.name == name) {
            args.removeAt(1);
            args[0] = u"armorctl "_s + name;
            return c.run(args);
        }
    }
    QTextStream err(stderr);
    err << QCoreApplication::translate("armorctl", "armorctl: unknown command \"%1\"").arg(name) << "\n\n";
    printUsage(err);
    return 2;
}
