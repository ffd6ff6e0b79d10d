// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialexplainer.h"
#include "denialparser.h"
#include "profileindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

// "Why was this denied?" on a 10 000-denial kern.log against the profiles this system ships
// (/etc/apparmor.d: includes, abstractions, tunables): the time per denial with the profiles
// read on first use (cold) and already compiled (warm). Goal: under 50 µs a denial and the
// whole log under a second. ARMORER_BENCH_QUICK=1 shrinks the log.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = qEnvironmentVariableIntValue("ARMORER_BENCH_QUICK") == 1 ? 1000 : 10000;

    ProfileIndex index;
    index.build(u"/etc/apparmor.d"_s);
    QStringList names;
    for (const QString &file : index.files()) {
        for (const QString &name : index.profilesIn(file)) {
            if (!name.contains(u"//"))
                names.append(name);
        }
    }
    if (names.size() < 10) {
        out << "bench_explain: fewer than 10 shipped profiles in /etc/apparmor.d; skipped\n";
        return 0;
    }
    names.sort();
    // A system root whose profile directory is this system's; a features tree of a kernel
    // with family-level network mediation.
    QTemporaryDir dir;
    QDir().mkpath(dir.filePath(u"etc"_s));
    QFile::link(u"/etc/apparmor.d"_s, dir.filePath(u"etc/apparmor.d"_s));
    const QString features = dir.filePath(u"sys/kernel/security/apparmor/features"_s);
    QDir().mkpath(features + u"/network"_s);
    QDir().mkpath(features + u"/namespaces"_s);
    QFile mask(features + u"/network/af_mask"_s);
    if (!mask.open(QIODevice::WriteOnly) || mask.write("unspec unix inet inet6 netlink packet\n") < 0) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(mask.fileName()));
        return 1;
    }
    mask.close();

    // The log: every record a different object, so nothing is answered twice.
    QList<QByteArray> lines;
    for (int i = 0; i < count; ++i) {
        const QByteArray profile = names.at(i % names.size()).toUtf8();
        const QByteArray n = QByteArray::number(i);
        QByteArray body;
        switch (i % 10) {
        case 0:
        case 1:
        case 2:
            body = "apparmor=\"DENIED\" operation=\"open\" class=\"file\" profile=\"" + profile
                + "\" name=\"/home/user/.config/app/f" + n
                + "\" pid=4242 comm=\"app\" requested_mask=\"r\" denied_mask=\"r\" fsuid=1000 ouid=1000";
            break;
        case 3:
            body = "apparmor=\"DENIED\" operation=\"open\" class=\"file\" profile=\"" + profile
                + "\" name=\"/usr/share/zoneinfo/Region" + n
                + "\" pid=4242 comm=\"app\" requested_mask=\"r\" denied_mask=\"r\" fsuid=0 ouid=0";
            break;
        case 4:
            body = "apparmor=\"DENIED\" operation=\"mknod\" class=\"file\" profile=\"" + profile
                + "\" name=\"/var/tmp/x" + n
                + "\" pid=4242 comm=\"app\" requested_mask=\"c\" denied_mask=\"c\" fsuid=0 ouid=0";
            break;
        case 5:
            body = "apparmor=\"DENIED\" operation=\"open\" class=\"file\" profile=\"" + profile + "\" name=\"/proc/" + n
                + "/status\" pid=4242 comm=\"app\" requested_mask=\"r\" denied_mask=\"r\" fsuid=0 ouid=0";
            break;
        case 6:
            body = "apparmor=\"DENIED\" operation=\"capable\" class=\"cap\" profile=\"" + profile + "\" pid=" + n
                + " comm=\"app\" capability=21 capname=\"sys_admin\"";
            break;
        case 7:
            body = "apparmor=\"DENIED\" operation=\"create\" class=\"net\" profile=\"" + profile + "\" pid=" + n
                + " comm=\"app\" family=\"inet\" sock_type=\"stream\" protocol=6 requested_mask=\"create\" "
                  "denied_mask=\"create\"";
            break;
        case 8:
            body = "apparmor=\"DENIED\" operation=\"signal\" class=\"signal\" profile=\"" + profile + "\" pid=" + n
                + " comm=\"kill\" requested_mask=\"receive\" denied_mask=\"receive\" signal=term peer=\"unconfined\"";
            break;
        default:
            body = "apparmor=\"DENIED\" operation=\"exec\" class=\"file\" profile=\"" + profile
                + "\" name=\"/usr/libexec/helper" + n
                + "\" pid=4242 comm=\"app\" requested_mask=\"x\" denied_mask=\"x\" fsuid=0 ouid=0";
            break;
        }
        lines.append("Nov 22 10:00:00 host kernel: [12345.678901] audit: type=1400 audit(1700000000." + n.right(3) + ':'
            + n + "): " + body);
    }
    QList<AppArmorEvent> denials;
    for (const QByteArray &line : std::as_const(lines)) {
        if (const std::optional<AppArmorEvent> d = DenialParser::parseLine(line))
            denials.append(*d);
    }

    const SystemRoot root = SystemRoot::fromDirectory(dir.path());
    QMap<QString, int> causes;
    QElapsedTimer timer;
    timer.start();
    DenialExplainer explainer(root);
    for (const AppArmorEvent &d : std::as_const(denials))
        causes[Explanation::causeId(explainer.explain(d).cause)]++;
    const double coldMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    for (const AppArmorEvent &d : std::as_const(denials))
        explainer.explain(d);
    const double warmMs = timer.nsecsElapsed() / 1e6;

    out << "== Explain: " << denials.size() << " denials of " << names.size()
        << " shipped profiles (/etc/apparmor.d, includes and abstractions followed)\n";
    out << QString::asprintf("cold (profiles read on first use): %.1f ms in all, %.1f us a denial\n", coldMs,
        coldMs * 1000 / denials.size());
    out << QString::asprintf("warm (profiles compiled):          %.1f ms in all, %.1f us a denial\n", warmMs,
        warmMs * 1000 / denials.size());
    out << "goal: under 50 us a denial, under 1000 ms the whole log\n";
    out << "causes:";
    for (auto it = causes.cbegin(); it != causes.cend(); ++it)
        out << ' ' << it.key() << '=' << it.value();
    out << '\n';
    return 0;
}
