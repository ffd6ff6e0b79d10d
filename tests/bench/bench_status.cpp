// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
//
// Loaded-profiles benchmark: a root with 1,500 loaded profiles and 3,000 processes.
//  - armorer: time from process start to the first painted frame with data, and peak RSS;
//  - armorctl status --json: wall time and peak RSS.
// aa-status cannot run here (it needs a kernel with AppArmor); the VM suite compares them.
#include "benchutil.h"
#include "demoroot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

static void makeFixture(const QString &dir, int profileCount, int processCount)
{
    QList<LoadedProfile> profiles;
    const QList<ProfileMode> modes{
        ProfileMode::Enforce, ProfileMode::Enforce, ProfileMode::Complain, ProfileMode::Unconfined, ProfileMode::Kill};
    QDir().mkpath(dir + u"/etc/apparmor.d"_s);
    for (int i = 0; i < profileCount; ++i) {
        const QString name = u"/usr/bin/tool-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
        profiles.append({name, {}, name, modes[i % modes.size()]});
        QFile f(dir + u"/etc/apparmor.d/usr.bin.tool-%1"_s.arg(i, 4, 10, QLatin1Char('0')));
        if (f.open(QIODevice::WriteOnly)) {
            f.write("abi <abi/4.0>,\ninclude <tunables/global>\n\n" + name.toUtf8()
                + " {\n  include <abstractions/base>\n  /etc/tool r,\n\n  profile child {\n    /x r,\n  }\n}\n");
        }
    }
    DemoRoot::writeProfiles(dir, profiles);
    for (int i = 0; i < processCount; ++i) {
        const LoadedProfile &p = profiles[i % profiles.size()];
        DemoRoot::addProcess(dir, 1000 + i, p.name, p.name + u" ("_s + ProfileModes::toString(p.mode) + u')');
    }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const bool quick = qEnvironmentVariableIsSet("ARMORER_BENCH_QUICK");
    const int runs = quick ? 3 : 11;

    QTemporaryDir dir;
    if (qEnvironmentVariableIsSet("ARMORER_BENCH_KEEP"))
        dir.setAutoRemove(false), out << "fixture: " << dir.path() << Qt::endl;
    makeFixture(dir.path(), 1500, 3000);
    out << "== Loaded profiles: 1,500 profiles, 3,000 processes (median of " << runs << " runs)\n";

    const QString armorctl = QStringLiteral(ARMORER_BIN_DIR "/armorctl");
    QList<double> ctlMs;
    QList<long> ctlRss;
    for (int i = 0; i < runs; ++i) {
        const auto r = Bench::run(armorctl, {u"status"_s, u"--json"_s, u"--root"_s, dir.path()});
        if (r.exitCode != 0 || !r.out.contains("\"version\":\"2\"")) {
            out << "armorctl status --json failed (exit " << r.exitCode << ")\n";
            return 1;
        }
        ctlMs << r.wallMs;
        ctlRss << r.maxRssKb;
    }
    out << u"  armorctl status --json   %1 ms   peak RSS %2 MB   (goal < 50 ms)\n"_s
               .arg(Bench::median(ctlMs), 0, 'f', 1)
               .arg(Bench::median(ctlRss) / 1024.0, 0, 'f', 1);

    const QString armorer = QStringLiteral(ARMORER_BIN_DIR "/armorer");
    QList<double> paintMs, dataMs;
    QList<long> guiRss;
    for (int i = 0; i < runs; ++i) {
        const auto r = Bench::run(armorer, {u"--root"_s, dir.path(), u"--report-first-paint"_s});
        double first = -1, withData = -1;
        for (const QByteArray &line : r.out.split('\n')) {
            if (line.startsWith("first-paint-ms "))
                first = line.mid(15).toDouble();
            if (line.startsWith("first-paint-with-data-ms "))
                withData = line.mid(25).toDouble();
        }
        if (r.exitCode != 0 || withData < 0) {
            out << "armorer --report-first-paint failed (exit " << r.exitCode << ")\n";
            return 1;
        }
        paintMs << first;
        dataMs << withData;
        guiRss << r.maxRssKb;
    }
    out << u"  armorer first paint      %1 ms   with all rows %2 ms   peak RSS %3 MB   (goal < 400 ms; platform %4)\n"_s
               .arg(Bench::median(paintMs), 0, 'f', 1)
               .arg(Bench::median(dataMs), 0, 'f', 1)
               .arg(Bench::median(guiRss) / 1024.0, 0, 'f', 1)
               .arg(qEnvironmentVariable("QT_QPA_PLATFORM", u"xcb (Xvfb)"_s));
    out << "  aa-status                n/a here: it reads the kernel's securityfs only (compared in the VM suite)\n";
    return 0;
}
