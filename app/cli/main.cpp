// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "commands.h"
#include "config.h"
#include "localname.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
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
        {u"mode"_s,
            QT_TRANSLATE_NOOP(
                "armorctl", "set a profile to enforce, complain, kill, unconfined or prompt mode (via the helper)"),
            Cli::mode},
        {u"unload"_s, QT_TRANSLATE_NOOP("armorctl", "remove a profile from the kernel (via the helper)"), Cli::unload},
        {u"disable"_s,
            QT_TRANSLATE_NOOP(
                "armorctl", "disable a profile file, off across reboots, like aa-disable (via the helper)"),
            Cli::disable},
        {u"enable"_s, QT_TRANSLATE_NOOP("armorctl", "enable a disabled profile file and load it (via the helper)"),
            Cli::enable},
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
    out << QCoreApplication::translate("armorctl", "Usage: armorctl [--root DIR] COMMAND [OPTIONS]") << "\n\n"
        << QCoreApplication::translate("armorctl", "Commands:") << '\n';
    for (const Command &c : commands())
        out << "  " << c.name.leftJustified(10) << QCoreApplication::translate("armorctl", c.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("armorctl", "Global options (before or after the command):") << '\n'
        << "  --root DIR  "
        << QCoreApplication::translate("armorctl", "use the system root in DIR instead of this system") << '\n'
        << "  --help      " << QCoreApplication::translate("armorctl", "show this help") << '\n'
        << "  --version   " << QCoreApplication::translate("armorctl", "show the version") << "\n\n"
        << QCoreApplication::translate("armorctl", "Run \"armorctl COMMAND --help\" for a command's options.") << '\n';
}

// Global options given before the command move after it, where the command's parser reads
// them: "armorctl --root X status" is "armorctl status --root X". Returns false (with the
// option in *unknown) for an option before the command that is not global.
bool moveGlobalOptions(QStringList &args, QString *unknown)
{
    QStringList globals;
    while (args.size() > 1 && args[1].startsWith(u'-') && args[1] != u"-" && args[1] != u"--help" && args[1] != u"-h"
        && args[1] != u"--version" && args[1] != u"-v") {
        const QString option = args.takeAt(1);
        if (option == u"--root" || option == u"-root") {
            globals << u"--root"_s;
            if (args.size() > 1)
                globals << args.takeAt(1);
        } else if (option.startsWith(u"--root=")) {
            globals << option;
        } else {
            *unknown = option;
            return false;
        }
    }
    args.append(globals);
    return true;
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

QString Cli::helpText(const QCommandLineParser &parser, const QString &command)
{
    // Qt names the program by its path and leaves out the command: "Usage: armorctl status [options]".
    QString text = parser.helpText();
    const qsizetype end = text.indexOf(u'\n');
    const QString exe = QCoreApplication::arguments().value(0);
    const QString first = text.left(end);
    const qsizetype at = first.indexOf(exe);
    if (at >= 0)
        text.replace(at, exe.size(), command);
    return text;
}

bool Cli::parse(QCommandLineParser &parser, const QStringList &arguments, int maxPositional)
{
    // Our own --help: Qt's addHelpOption() also adds --help-all, about Qt's own options.
    const QCommandLineOption help(
        {u"h"_s, u"help"_s}, QCoreApplication::translate("armorctl", "Show this command's options."));
    parser.addOption(help);
    const QString command = arguments.value(0, u"armorctl"_s);
    QTextStream err(stderr);
    if (!parser.parse(arguments)) {
        err << command << ": " << parser.errorText() << '\n';
        if (parser.errorText().contains(u"nknown option"_s) || parser.unknownOptionNames().size() > 0)
            err << QCoreApplication::translate("armorctl", "Run \"%1 --help\" for its options.").arg(command) << '\n';
        return false;
    }
    if (parser.isSet(help)) {
        QTextStream(stdout) << helpText(parser, command);
        ::exit(0);
    }
    const QStringList positional = parser.positionalArguments();
    if (maxPositional >= 0 && positional.size() > maxPositional) {
        err << command << ": "
            << QCoreApplication::translate("armorctl", "unexpected argument \"%1\"")
                   .arg(positional.value(maxPositional))
            << "\n\n"
            << helpText(parser, command);
        return false;
    }
    // Checked here, before any command reads from it: a mistyped --root is not "AppArmor
    // is disabled" nor an empty listing.
    if (parser.optionNames().contains(u"root"_s) && !QFileInfo(parser.value(u"root"_s)).isDir()) {
        err << "armorctl: "
            << QCoreApplication::translate("armorctl", "--root %1: no such directory").arg(parser.value(u"root"_s))
            << '\n';
        return false;
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
    // English plural forms ("1 denial", "2 denials") first: the user's language, installed
    // after it, is asked first.
    QTranslator plurals;
    if (plurals.load(u"armorer_en"_s, u":/i18n"_s))
        app.installTranslator(&plurals);
    QTranslator translator;
    if (translator.load(QLocale(), u"armorer"_s, u"_"_s, u":/i18n"_s))
        app.installTranslator(&translator);

    // Decoded without loss: a file name on the command line need not be UTF-8, and
    // QCoreApplication::arguments() would replace its bytes (LocalName).
    QStringList args = LocalName::arguments(argc, argv);
    QTextStream out(stdout);
    QString unknown;
    if (!moveGlobalOptions(args, &unknown)) {
        QTextStream err(stderr);
        err << QCoreApplication::translate("armorctl",
            "armorctl: unknown option \"%1\" before the command. Only --root DIR may come before it; "
            "a command's own options follow it (\"armorctl COMMAND --help\").")
                   .arg(unknown)
            << "\n\n";
        printUsage(err);
        return 2;
    }
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
