// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "benchutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

// "armorctl suggest" end to end on logs of many distinct profiles and of many rules in one
// profile: the figures issue 15 asked for (before: 10k profiles 0.7 s, 40k 11.7 s, 100k 162 s;
// 100k rules in one profile 76 s). Prints figures; never fails on timing.
// ARMORER_BENCH_QUICK=1 shrinks the sizes.
namespace {
QTextStream out(stdout);

QByteArray line(int n, int profile)
{
    return "Nov 22 10:00:00 host kernel: audit: type=1400 audit(1700000000." + QByteArray::number(n % 1000) + ':'
        + QByteArray::number(n) + R"(): apparmor="DENIED" operation="open" class="file" profile="app)"
        + QByteArray::number(profile) + R"(" name="/srv/data/f)" + QByteArray::number(n)
        + R"(" pid=10 comm="app" requested_mask="r" denied_mask="r" fsuid=1000 ouid=0)" + '\n';
}

// count records; each in its own profile, or all in one.
QString writeLog(const QTemporaryDir &dir, int count, bool oneProfile)
{
    const QString path = dir.filePath(u"kern.log."_s + QString::number(count) + (oneProfile ? u"-one"_s : u""_s));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    QByteArray buffer;
    for (int i = 0; i < count; ++i) {
        buffer += line(i, oneProfile ? 0 : i);
        if (buffer.size() > (1 << 20)) {
            f.write(buffer);
            buffer.clear();
        }
    }
    f.write(buffer);
    return path;
}
} // namespace

int main()
{
    const bool quick = qEnvironmentVariableIntValue("ARMORER_BENCH_QUICK") == 1;
    QTemporaryDir dir;
    const QString armorctl = QStringLiteral(ARMORER_BIN_DIR "/armorctl");
    out << "armorctl suggest (median of 3 runs, wall time)\n";
    const QList<int> sizes = quick ? QList<int>{1000, 10000} : QList<int>{10000, 40000, 100000};
    for (const bool oneProfile : {false, true}) {
        for (const int n : sizes) {
            if (oneProfile && n != sizes.last())
                continue;
            const QString log = writeLog(dir, n, oneProfile);
            QList<double> times;
            qsizetype outputBytes = 0;
            int exitCode = 0;
            for (int run = 0; run < 3; ++run) {
                const Bench::RunResult r = Bench::run(armorctl, {u"suggest"_s, u"--log"_s, log});
                times.append(r.wallMs);
                outputBytes = r.out.size();
                exitCode = r.exitCode;
            }
            out << "  " << n << (oneProfile ? " rules in one profile: " : " distinct profiles: ")
                << QString::number(Bench::median(times) / 1000.0, 'f', 2) << " s (exit " << exitCode << ", "
                << outputBytes / 1024 << " KiB out)\n";
            out.flush();
        }
    }
    return 0;
}
