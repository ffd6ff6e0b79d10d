// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "benchutil.h"
#include "config.h"
#include "helperharness.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QTextStream>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

// The helper's cost next to what a user does today (edit, then apparmor_parser by hand):
// one WriteOverride round trip (polkit authorization through real polkitd, argument checks,
// one apparmor_parser compile, journal and backup, atomic replace; a private helper loads
// nothing) against one bare
// "apparmor_parser -QK" of the same profile. Then the helper's RSS while idle and its exit
// after the idle timeout.
int main(int argc, char *argv[])
{
    QString error;
    if (!HelperHarness::enterPrivateMounts(&error)) {
        std::fprintf(stderr, "bench_helper: %s\n", qPrintable(error));
        return 1;
    }
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const bool quick = qEnvironmentVariableIsSet("ARMORER_BENCH_QUICK");
    const int runs = quick ? 5 : 21;
    constexpr int IdleTimeoutMs = 3000;

    HelperHarness harness;
    if (!harness.start(&error)) {
        out << "bench_helper: " << error << '\n';
        return 1;
    }
    const QString root = harness.dir() + u"/root"_s;
    const QString profileDir = root + u"/etc/apparmor.d"_s;
    QDir().mkpath(profileDir + u"/local"_s);
    {
        QFile profile(profileDir + u"/usr.bin.armorertest"_s);
        Bench::open(profile, QIODevice::WriteOnly);
        profile.write("profile armorertest /usr/bin/armorertest {\n  /etc/armorertest r,\n"
                      "  include if exists <local/usr.bin.armorertest>\n}\n");
        QFile local(profileDir + u"/local/usr.bin.armorertest"_s);
        Bench::open(local, QIODevice::WriteOnly);
        local.write("/etc/armorer-bench-1 r,\n");
    }
    harness.setRule(HelperHarness::Rule::Yes);
    if (!harness.startHelper(root, IdleTimeoutMs, &error)) {
        out << "bench_helper: " << error << '\n';
        return 1;
    }
    harness.setRule(HelperHarness::Rule::Yes);

    out << "helper (real dbus-daemon + polkitd, client uid 4711, " << runs << " runs, medians)\n";
    QList<double> bare;
    for (int i = 0; i < runs; ++i) {
        const auto r = Bench::run(QStringLiteral(ARMORER_APPARMOR_PARSER),
            {u"-QK"_s, u"-M"_s, QStringLiteral(ARMORER_FEATURES_FILE), u"--base"_s, profileDir, u"-I"_s, profileDir,
                profileDir + u"/usr.bin.armorertest"_s});
        bare << r.wallMs;
    }
    const double bareMs = Bench::median(bare);
    out << u"  apparmor_parser -QK (bare)                  %1 ms\n"_s.arg(bareMs, 0, 'f', 1);

    // One client, many writes. polkit is asked on every call; the first also starts the
    // helper's connection and warms polkitd.
    const QJsonObject steady = harness.probe({u"bench"_s, u"usr.bin.armorertest"_s, QString::number(runs + 1)});
    const QJsonArray times = steady.value(u"ms"_s).toArray();
    if (steady.contains(u"error"_s) || times.size() != runs + 1) {
        out << "bench_helper: WriteOverride failed: " << steady.value(u"detail"_s).toString() << '\n';
        return 1;
    }
    QList<double> later;
    for (qsizetype i = 1; i < times.size(); ++i)
        later << times.at(i).toDouble();
    const double firstMs = times.at(0).toDouble();
    const double laterMs = Bench::median(later);
    out << u"  WriteOverride round trip, first call        %1 ms   (polkit check + one parser compile + journal, backup, fsyncs)\n"_s
               .arg(firstMs, 0, 'f', 1);
    out << u"  WriteOverride round trip, later calls       %1 ms   ratio %2x bare apparmor_parser -QK\n"_s
               .arg(laterMs, 0, 'f', 1)
               .arg(laterMs / bareMs, 0, 'f', 2);
    out << "  (each call: a polkit check through polkitd, the compile as nobody beside it, the journal,\n"
           "   the backup and the fsyncs; the VM suite compares the whole allow with apparmor_parser -r)\n";

    // Idle: RSS after the calls, then the exit.
    const qint64 pid = harness.helper()->processId();
    QElapsedTimer sinceLastCall;
    sinceLastCall.start();
    QThread::msleep(300);
    QFile status(u"/proc/%1/status"_s.arg(pid));
    QByteArray rss = "?";
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmRSS:"))
                rss = line.mid(6).trimmed();
        }
    }
    out << "  helper RSS while idle                       " << rss << '\n';
    const bool exited = harness.helper()->waitForFinished(IdleTimeoutMs + 10000);
    out << u"  helper exit after idle timeout (%1 ms)      %2\n"_s.arg(IdleTimeoutMs)
               .arg(exited ? u"exited %1 ms after the last call returned, code %2"_s.arg(sinceLastCall.elapsed())
                                 .arg(harness.helper()->exitCode())
                           : u"DID NOT EXIT"_s);
    out << "  (users today: edit local/ in an editor, then run apparmor_parser -r by hand: no check of who,\n"
           "   no backup, no undo)\n";
    return exited ? 0 : 1;
}
