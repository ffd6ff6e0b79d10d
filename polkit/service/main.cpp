// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "armorerhelper.h"
#include "authorizer.h"
#include "config.h"
#include "helper1adaptor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QTextStream>

using namespace Qt::StringLiterals;

// armorer-helper: started by D-Bus activation on the system bus, as root, with no arguments.
// Tests and the demo start it themselves with a sandbox root; D-Bus activation never passes
// arguments, so a caller cannot point it anywhere else.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    app.setApplicationName(u"armorer-helper"_s);
    app.setApplicationVersion(QStringLiteral(ARMORER_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Armorer's privileged helper (D-Bus service io.github.armorer.Helper1)."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption rootOption(u"root"_s, u"Work on the system root in <dir> (tests, demo)."_s, u"dir"_s);
    const QCommandLineOption validateOnlyOption(
        u"validate-only"_s, u"Never load into the kernel: reload and unload run apparmor_parser -QK (tests, demo)."_s);
    const QCommandLineOption busOption(u"bus"_s,
        u"Serve on the private bus at <address>, allowing only callers of this "
        u"user (the demo; refused as root, needs --root)."_s,
        u"address"_s);
    const QCommandLineOption idleOption(
        u"idle-timeout"_s, u"Exit after <ms> without calls (default 60000)."_s, u"ms"_s, u"60000"_s);
    parser.addOptions({rootOption, validateOnlyOption, busOption, idleOption});
    parser.process(app);

    QTextStream err(stderr);
    const bool privateBus = parser.isSet(busOption);
    // Same-user authorization grants a caller nothing it does not have, and a private-bus
    // helper never touches the system's profiles or the kernel.
    if (privateBus && (!parser.isSet(rootOption) || !parser.isSet(validateOnlyOption))) {
        err << "armorer-helper: --bus is for the demo helper: it needs --root and --validate-only\n";
        return 2;
    }
    bool ok = false;
    const int idleMs = parser.value(idleOption).toInt(&ok);
    if (!ok || idleMs < 100) {
        err << "armorer-helper: --idle-timeout takes milliseconds (>= 100)\n";
        return 2;
    }

    const SystemRoot root
        = parser.isSet(rootOption) ? SystemRoot::fromDirectory(parser.value(rootOption)) : SystemRoot::system();
    const ParserRunner runner(
        parser.isSet(validateOnlyOption) ? ParserRunner::LoadMode::ValidateOnly : ParserRunner::LoadMode::Kernel);
    QDBusConnection bus = privateBus ? QDBusConnection::connectToBus(parser.value(busOption), u"armorer-private"_s)
                                     : QDBusConnection::systemBus();
    if (!bus.isConnected()) {
        err << "armorer-helper: cannot connect to the bus: " << bus.lastError().message() << '\n';
        return 1;
    }

    Authorizer authorizer(bus, privateBus ? Authorizer::Mode::SameUser : Authorizer::Mode::Polkit);
    // The system helper compiles as nobody; the demo's helper is unprivileged already.
    ArmorerHelper helper(root, runner, &authorizer, idleMs,
        ParserSandbox(privateBus ? ParserSandbox::Level::NoNewPrivs : ParserSandbox::Level::Unprivileged));
    if (const HelperError error = helper.open()) {
        err << "armorer-helper: " << error.detail << '\n';
        return 1;
    }
    new Helper1Adaptor(&helper);
    QObject::connect(&helper, &ArmorerHelper::idle, &app, &QCoreApplication::quit);
    if (!bus.registerObject(QString::fromLatin1(ArmorerHelper::ObjectPath), &helper)) {
        err << "armorer-helper: cannot register the object\n";
        return 1;
    }
    // The object first, then the name: a call arriving at once finds it.
    if (!bus.registerService(QString::fromLatin1(ArmorerHelper::ServiceName))) {
        err << "armorer-helper: cannot own " << ArmorerHelper::ServiceName << ": " << bus.lastError().message() << '\n';
        return 1;
    }
    return app.exec();
}
