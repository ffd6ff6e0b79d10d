// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperchangechannel.h"
#include "helperclient.h"
#include "privatehelper.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QThread>

using namespace Qt::StringLiterals;

// armorer-helperprobe: one helper call through HelperClient, and changes through
// HelperChangeChannel (the GUI's and armorctl's client), printed as one JSON line. A change
// refused as a conflict also prints "conflict": true and the helper's "currentText". The polkit tests run it as a real
// non-root user with setpriv.
//   probe list | mode | history | denials CURSOR MAX | read PROFILE | write PROFILE TEXTFILE HASH
//   probe apply FILE CHILD NAME TEXTFILE HASH (an allow: ApplyOverride of local/NAME)
//   probe unload PROFILE | setmode PROFILE MODE | undo ID | disable PROFILE | enable PROFILE
//   probe again FILE                 (Mode, then Mode again on the same connection once FILE
//                                     exists: one JSON line each)
//   probe --private ROOT COMMAND ... (the demo's private helper over ROOT)
//   probe bench PROFILE COUNT        (COUNT WriteOverride round trips, alternating two texts)
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    // --private ROOT: talk to a PrivateHelper (the demo's) over ROOT instead of the system bus.
    std::unique_ptr<PrivateHelper> privateHelper;
    if (args.value(0) == u"--private") {
        privateHelper = std::make_unique<PrivateHelper>();
        QString error;
        if (!privateHelper->start(args.value(1), &error)) {
            QTextStream(stdout) << "{\"probe-failed\":\"" << error << "\"}\n";
            return 1;
        }
        args = args.mid(2);
    }
    QTextStream out(stdout);
    if (args.isEmpty()) {
        out << "usage: armorer-helperprobe COMMAND ARGS...\n";
        return 2;
    }
    HelperClient client(privateHelper ? privateHelper->connection() : QDBusConnection::systemBus());
    HelperChangeChannel channel(&client);
    QJsonObject result;
    const auto putError = [&result](const HelperError &error) {
        if (error) {
            result.insert(u"error"_s, HelperError::dbusName(error.code));
            result.insert(u"detail"_s, error.detail);
        }
    };
    const auto putChange = [&](const HelperChangeChannel::Result &change) {
        putError(change.error);
        result.insert(u"changeId"_s, change.changeId);
        result.insert(u"hash"_s, change.hash);
        if (change.isConflict()) {
            result.insert(u"conflict"_s, true);
            result.insert(u"currentText"_s, change.currentText);
            result.insert(u"currentHash"_s, change.currentHash);
        }
    };
    const QString command = args.value(0);
    if (command == u"list") {
        client.listProfiles([&](const HelperClient::Profiles &p) {
            putError(p.error);
            result.insert(u"state"_s, int(p.snapshot.state));
            result.insert(u"profiles"_s, p.snapshot.profiles.size());
            result.insert(u"processes"_s, p.snapshot.processes.size());
            if (!p.snapshot.profiles.isEmpty())
                result.insert(u"first"_s, p.snapshot.profiles.first().name);
        });
    } else if (command == u"mode") {
        client.mode([&](const HelperError &e, const QString &mode) {
            putError(e);
            result.insert(u"mode"_s, mode);
        });
    } else if (command == u"history") {
        client.history([&](const HelperError &e, const QString &json) {
            putError(e);
            result.insert(u"history"_s, QJsonDocument::fromJson(json.toUtf8()).array());
        });
    } else if (command == u"denials") {
        client.readDenials(args.value(1), args.value(2).toUInt(), [&](const HelperClient::Denials &d) {
            putError(d.error);
            result.insert(u"records"_s, QJsonArray::fromStringList(d.records));
            result.insert(u"nextCursor"_s, d.nextCursor);
        });
    } else if (command == u"read") {
        client.readOverride(args.value(1), [&](const HelperClient::Override &o) {
            putError(o.error);
            result.insert(u"text"_s, o.text);
            result.insert(u"hash"_s, o.hash);
        });
    } else if (command == u"write") {
        QFile file(args.value(2));
        if (!file.open(QIODevice::ReadOnly)) {
            out << "cannot read " << args.value(2) << '\n';
            return 2;
        }
        channel.writeOverride(args.value(1), QString::fromUtf8(file.readAll()), args.value(3), putChange);
    } else if (command == u"apply") {
        QFile file(args.value(4));
        if (!file.open(QIODevice::ReadOnly)) {
            out << "cannot read " << args.value(4) << '\n';
            return 2;
        }
        channel.applyOverride(
            args.value(1), args.value(2), args.value(3), QString::fromUtf8(file.readAll()), args.value(5), putChange);
    } else if (command == u"again") {
        for (int call = 0; call < 2; ++call) {
            if (call == 1) {
                while (!QFile::exists(args.value(1)))
                    QThread::msleep(20);
            }
            result = {};
            client.mode([&](const HelperError &e, const QString &mode) {
                putError(e);
                result.insert(u"mode"_s, mode);
            });
            client.waitForPending();
            out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
        }
        return 0;
    } else if (command == u"unload") {
        channel.unload(args.value(1), putChange);
    } else if (command == u"disable") {
        channel.disable(args.value(1), putChange);
    } else if (command == u"enable") {
        channel.enable(args.value(1), putChange);
    } else if (command == u"setmode") {
        channel.setMode(args.value(1), args.value(2), putChange);
    } else if (command == u"undo") {
        channel.undo(args.value(1), putChange);
    } else if (command == u"bench") {
        // Each write is one full round trip: authorization (the first write pays the modify check),
        // validation by apparmor_parser, backup, atomic replace, -QK reload.
        const int count = args.value(2).toInt();
        QString hash;
        client.readOverride(args.value(1), [&hash](const HelperClient::Override &o) {
            hash = o.hash;
        });
        client.waitForPending();
        QElapsedTimer timer;
        QList<double> ms;
        for (int i = 0; i < count; ++i) {
            const QString text = u"/etc/armorer-bench-%1 r,\n"_s.arg(i % 2);
            timer.start();
            HelperChangeChannel::Result change;
            channel.writeOverride(args.value(1), text, hash, [&change](const HelperChangeChannel::Result &c) {
                change = c;
            });
            client.waitForPending();
            ms.append(timer.nsecsElapsed() / 1e6);
            if (change.error) {
                putError(change.error);
                break;
            }
            hash = change.hash;
        }
        QJsonArray times;
        for (const double t : std::as_const(ms))
            times.append(t);
        result.insert(u"ms"_s, times);
    } else {
        out << "unknown command " << command << '\n';
        return 2;
    }
    client.waitForPending();
    out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
    return 0;
}
