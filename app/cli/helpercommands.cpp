// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "changerecord.h"
#include "commands.h"
#include "displaytext.h"
#include "helperchangechannel.h"
#include "helperclient.h"
#include "profileindex.h"
#include "profilename.h"
#include "systemroot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;

// Commands that change the system go through armorer-helper's one change channel (polkit
// decides), never as root in this process.
namespace {
int report(const HelperError &error)
{
    if (!error)
        return 0;
    QTextStream(stderr) << "armorctl: " << HelperClient::describe(error) << '\n';
    return 1;
}

// The shape of every command that changes a file through the helper: one positional
// argument, one call, and the change id printed so that an undo can follow.
int change(const QStringList &arguments, const QString &description, const QString &argument,
    const QString &argumentHelp,
    const std::function<void(HelperChangeChannel &, const QString &, HelperChangeChannel::Done)> &call)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(argument, argumentHelp);
    if (!Cli::parse(parser, arguments))
        return 2;
    if (parser.positionalArguments().size() != 1) {
        QTextStream(stderr) << Cli::helpText(parser, arguments.value(0));
        return 2;
    }
    HelperClient client;
    HelperChangeChannel channel(&client);
    HelperChangeChannel::Result result;
    call(channel, parser.positionalArguments().constFirst(), [&result](const HelperChangeChannel::Result &r) {
        result = r;
    });
    client.waitForPending();
    if (!result.error && !result.changeId.isEmpty())
        QTextStream(stdout)
            << QCoreApplication::translate("armorctl", "change %1 (undo: armorctl undo %1)").arg(result.changeId)
            << '\n';
    return report(result.error);
}

// The profile file's name: the one positional argument of enforce, complain and unload.
QString profileHelp()
{
    return QCoreApplication::translate("armorctl", "The profile file's name.");
}

int setMode(const QStringList &arguments, const QString &description, const QString &mode)
{
    return change(arguments, description, u"profile"_s, profileHelp(),
        [mode](HelperChangeChannel &c, const QString &profile, auto done) {
            c.setMode(profile, mode, done);
        });
}
} // namespace

int Cli::enforce(const QStringList &arguments)
{
    return setMode(arguments,
        QCoreApplication::translate("armorctl", "Set a profile to enforce mode (as aa-enforce) and reload it."),
        u"enforce"_s);
}

int Cli::complain(const QStringList &arguments)
{
    return setMode(arguments,
        QCoreApplication::translate("armorctl", "Set a profile to complain mode (as aa-complain) and reload it."),
        u"complain"_s);
}

int Cli::mode(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("armorctl",
        "Set a profile's mode and reload it: enforce, complain, kill, unconfined, or prompt where the "
        "kernel has it. Undo it with armorctl undo."));
    parser.addPositionalArgument(u"profile"_s, profileHelp());
    parser.addPositionalArgument(u"mode"_s, u"enforce|complain|kill|unconfined|prompt"_s);
    if (!Cli::parse(parser, arguments))
        return 2;
    const QStringList modes{u"enforce"_s, u"complain"_s, u"kill"_s, u"unconfined"_s, u"prompt"_s};
    if (parser.positionalArguments().size() != 2 || !modes.contains(parser.positionalArguments().at(1))) {
        QTextStream(stderr)
            << QCoreApplication::translate("armorctl", "armorctl: the mode is one of: %1").arg(modes.join(u", "_s))
            << '\n';
        return 2;
    }
    const QString mode = parser.positionalArguments().at(1);
    return change({arguments.first(), parser.positionalArguments().first()}, parser.applicationDescription(),
        u"profile"_s, profileHelp(), [mode](HelperChangeChannel &c, const QString &profile, auto done) {
            c.setMode(profile, mode, done);
        });
}

int Cli::unload(const QStringList &arguments)
{
    return change(arguments,
        QCoreApplication::translate("armorctl",
            "Remove a profile file's profiles from the kernel (apparmor_parser -R). The file stays: the "
            "next reload or boot loads it again."),
        u"profile"_s, profileHelp(), [](HelperChangeChannel &c, const QString &profile, auto done) {
            c.unload(profile, done);
        });
}

namespace {
// disable and enable name a profile file in the system's profile directory; a profile's name
// (as aa-status lists it) is found through the profile index, so a disabled profile, which
// the kernel no longer lists, is still found by its name.
QString profileFileOf(const QString &argument)
{
    const QString profileDir = SystemRoot::system().profileDir();
    if (ProfileName::isValid(argument) && QFileInfo(profileDir + u'/' + argument).isFile())
        return argument;
    ProfileIndex index;
    index.buildFor(profileDir, argument);
    const ProfileIndex::Source source = index.sourceOf(argument);
    // Unknown: the argument as it is, which the helper checks like any.
    return source.isValid() ? QFileInfo(source.file).fileName() : argument;
}

QString disableHelp()
{
    return QCoreApplication::translate("armorctl", "The profile file's name, or the name of a profile it defines.");
}
} // namespace

int Cli::disable(const QStringList &arguments)
{
    return change(arguments,
        QCoreApplication::translate("armorctl",
            "Disable a profile file as aa-disable does: a link to it in disable/ keeps it from loading at "
            "boot, and its profiles are removed from the kernel. Every profile in the file goes off. Undo "
            "it with armorctl enable or armorctl undo."),
        u"profile"_s, disableHelp(), [](HelperChangeChannel &c, const QString &profile, auto done) {
            c.disable(profileFileOf(profile), done);
        });
}

int Cli::enable(const QStringList &arguments)
{
    return change(arguments,
        QCoreApplication::translate("armorctl",
            "Enable a disabled profile file as aa-enable does: its link in disable/ is removed and the file "
            "is loaded."),
        u"profile"_s, disableHelp(), [](HelperChangeChannel &c, const QString &profile, auto done) {
            c.enable(profileFileOf(profile), done);
        });
}

int Cli::history(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("armorctl", "Changes made through Armorer."));
    const QCommandLineOption json(u"json"_s, QCoreApplication::translate("armorctl", "Print JSON."));
    parser.addOption(json);
    if (!Cli::parse(parser, arguments, 0))
        return 2;
    HelperClient client;
    HelperError error;
    QString text;
    client.history([&](const HelperError &e, const QString &t) {
        error = e;
        text = t;
    });
    client.waitForPending();
    if (error)
        return report(error);
    QTextStream out(stdout);
    if (parser.isSet(json)) {
        out << text << '\n';
        return 0;
    }
    for (const ChangeRecord &e : ChangeRecord::fromJson(text.toUtf8())) {
        out << e.id.rightJustified(5) << "  " << e.time.toLocalTime().toString(Qt::ISODate) << "  uid " << e.uid << "  "
            << e.action.leftJustified(15) << DisplayText::escaped(e.file);
        if (!e.undoes.isEmpty())
            out << "  (undoes " << e.undoes << ')';
        if (e.state == ChangeRecord::State::Pending)
            out << "  " << QCoreApplication::translate("armorctl", "(in progress)");
        else if (e.state == ChangeRecord::State::RollbackFailed)
            out << "  "
                << QCoreApplication::translate("armorctl",
                       "ROLLBACK FAILED: the file is not as it was before; the previous version is kept "
                       "(armorctl undo %1): %2")
                       .arg(e.id, e.stateDetail);
        out << '\n';
    }
    return 0;
}

int Cli::undo(const QStringList &arguments)
{
    return change(arguments,
        QCoreApplication::translate(
            "armorctl", "Put a file back as it was before a change, if nobody changed it since."),
        u"change"_s, QCoreApplication::translate("armorctl", "The change id (armorctl history)."),
        [](HelperChangeChannel &c, const QString &id, auto done) {
            c.undo(id, done);
        });
}
