// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors

// armorer-vmtool: what the VM scenarios need from the project that armorctl does not do
// there, plus two measuring helpers.
//
//   denials --follow --json   every AppArmor record the kernel logs from now on (read from
//                             /dev/kmsg: the VM has no journal or syslog file for "armorctl
//                             denials"), one JSON object a line, parsed by DenialParser, with
//                             the same contract as "armorctl denials --follow --json": the
//                             scenarios take the command from ARMORER_DENIALS_CMD.
//   json-diff A B             compares two JSON documents field by field (object keys in any
//                             order, arrays as multisets); prints each difference, exit 1.
//   bench RUNS -- CMD...      runs CMD RUNS times (output discarded) and prints the median
//                             wall time and the peak resident set size.
//   watch FILE SKIP TIMEOUT_MS PATTERN...
//                             prints "ready", then waits for a line after the first SKIP
//                             lines of FILE holding every PATTERN and prints "MS<TAB>LINE",
//                             MS being the realtime clock (ms) at the sighting: a latency
//                             probe that costs no fork per poll.
//   hostile-sample write COUNT DIR OVERRIDE
//                             COUNT names of the path-escaping property test's hostile set
//                             (fixed seed): creates DIR/NAME and a sibling of each, turns a
//                             kernel-style denial of each into Armorer's default rule
//                             (DenialParser, RuleSuggester) and writes the rules to OVERRIDE.
//   hostile-sample check COUNT DIR PROBE
//                             the same names: PROBE read must succeed on each and fail
//                             with EACCES on each sibling; prints every miss, exit 1 on any.
#include "apparmorevent.h"
#include "denialparser.h"
#include "hostilename.h"
#include "rulesuggester.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <vector>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {
QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QJsonObject denialJson(const AppArmorEvent &d)
{
    QJsonObject o;
    const auto put = [&o](const QString &key, const QString &value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    o.insert(u"apparmor"_s, AppArmorEvent::kindName(d.kind));
    put(u"audit_id"_s, d.auditId);
    put(u"operation"_s, d.operation);
    put(u"class"_s, d.ruleClass);
    put(u"profile"_s, d.profile);
    put(u"peer_profile"_s, d.peerProfile);
    put(u"name"_s, d.name);
    put(u"name2"_s, d.name2);
    put(u"requested_mask"_s, d.requestedMask);
    put(u"denied_mask"_s, d.deniedMask);
    put(u"comm"_s, d.comm);
    put(u"info"_s, d.info);
    put(u"family"_s, d.netFamily);
    put(u"sock_type"_s, d.netSockType);
    put(u"protocol"_s, d.netProtocol);
    put(u"signal"_s, d.signal);
    put(u"peer"_s, d.peer);
    if (d.pid)
        o.insert(u"pid"_s, d.pid);
    if (d.peerPid)
        o.insert(u"peer_pid"_s, d.peerPid);
    if (d.fsuid)
        o.insert(u"fsuid"_s, qint64(*d.fsuid));
    if (d.ouid)
        o.insert(u"ouid"_s, qint64(*d.ouid));
    return o;
}

// /dev/kmsg hands out one record per read(2): "PRI,SEQ,USEC,FLAGS;MESSAGE\n" followed by
// continuation lines. Opening it starts at the oldest record; --follow starts at the end.
int followKmsg(const QString &path, bool fromStart)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        err() << "armorer-vmtool: cannot open " << path << ": " << qt_error_string(errno) << Qt::endl;
        return 1;
    }
    if (!fromStart)
        ::lseek(fd, 0, SEEK_END);
    std::vector<char> buffer(16 * 1024);
    for (;;) {
        const ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n < 0) {
            if (errno == EINTR || errno == EPIPE) // EPIPE: records were overwritten; go on
                continue;
            err() << "armorer-vmtool: read " << path << ": " << qt_error_string(errno) << Qt::endl;
            return 1;
        }
        if (n == 0)
            return 0;
        QByteArrayView record(buffer.data(), n);
        const qsizetype semicolon = record.indexOf(';');
        if (semicolon < 0)
            continue;
        record = record.sliced(semicolon + 1);
        const qsizetype newline = record.indexOf('\n');
        if (newline >= 0)
            record = record.first(newline);
        if (!DenialParser::mightBeAppArmor(record))
            continue;
        const std::optional<AppArmorEvent> denial = DenialParser::parseLine(record);
        if (!denial)
            continue;
        const QByteArray line = QJsonDocument(denialJson(*denial)).toJson(QJsonDocument::Compact) + '\n';
        std::fwrite(line.constData(), 1, line.size(), stdout);
        std::fflush(stdout);
    }
}

QString canonical(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact));
}

// Arrays compare as multisets: aa-status and armorctl need not list a profile's processes
// in the same order.
QJsonArray sorted(const QJsonArray &array)
{
    QList<QJsonValue> values(array.begin(), array.end());
    std::sort(values.begin(), values.end(), [](const QJsonValue &a, const QJsonValue &b) {
        return canonical(a) < canonical(b);
    });
    QJsonArray out;
    for (const QJsonValue &v : std::as_const(values))
        out.append(v);
    return out;
}

void diff(const QString &path, const QJsonValue &a, const QJsonValue &b, QStringList &out)
{
    if (a.type() != b.type()) {
        out << path + u": "_s + canonical(a) + u" != "_s + canonical(b);
        return;
    }
    if (a.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        QStringList keys = oa.keys() + ob.keys();
        keys.removeDuplicates();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            const QString sub = path + u'/' + key;
            if (!oa.contains(key))
                out << sub + u": only in the second"_s;
            else if (!ob.contains(key))
                out << sub + u": only in the first"_s;
            else
                diff(sub, oa.value(key), ob.value(key), out);
        }
        return;
    }
    if (a.isArray()) {
        const QJsonArray sa = sorted(a.toArray()), sb = sorted(b.toArray());
        if (sa.size() != sb.size()) {
            out << path + u": "_s + QString::number(sa.size()) + u" entries != "_s + QString::number(sb.size());
            return;
        }
        for (qsizetype i = 0; i < sa.size(); ++i)
            diff(path + u'[' + QString::number(i) + u']', sa.at(i), sb.at(i), out);
        return;
    }
    if (a != b)
        out << path + u": "_s + canonical(a) + u" != "_s + canonical(b);
}

std::optional<QJsonDocument> readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "armorer-vmtool: " << path << ": " << file.errorString() << Qt::endl;
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError) {
        err() << "armorer-vmtool: " << path << ": " << error.errorString() << " at " << error.offset << Qt::endl;
        return std::nullopt;
    }
    return doc;
}

int jsonDiff(const QString &first, const QString &second)
{
    const auto a = readJson(first), b = readJson(second);
    if (!a || !b)
        return 2;
    QStringList differences;
    diff(QString(), a->isObject() ? QJsonValue(a->object()) : QJsonValue(a->array()),
        b->isObject() ? QJsonValue(b->object()) : QJsonValue(b->array()), differences);
    QTextStream out(stdout);
    for (const QString &d : std::as_const(differences))
        out << d << '\n';
    return differences.isEmpty() ? 0 : 1;
}

int bench(int runs, const QStringList &command)
{
    QList<QByteArray> argStorage;
    for (const QString &a : command)
        argStorage.append(QFile::encodeName(a));
    std::vector<char *> argv;
    for (QByteArray &a : argStorage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    std::vector<double> ms;
    long peakKiB = 0;
    for (int i = 0; i < runs; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const pid_t pid = ::fork();
        if (pid == 0) {
            const int null = ::open("/dev/null", O_WRONLY);
            ::dup2(null, STDOUT_FILENO);
            ::execvp(argv[0], argv.data());
            ::_exit(127);
        }
        int status = 0;
        struct rusage usage{};
        if (pid < 0 || ::wait4(pid, &status, 0, &usage) < 0) {
            err() << "armorer-vmtool: cannot run " << command.join(u' ') << Qt::endl;
            return 1;
        }
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        peakKiB = std::max(peakKiB, usage.ru_maxrss);
        if (!WIFEXITED(status) || WEXITSTATUS(status) == 127) {
            err() << "armorer-vmtool: " << command.join(u' ') << " failed" << Qt::endl;
            return 1;
        }
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    std::printf("runs=%d median_ms=%.1f min_ms=%.1f max_ms=%.1f peak_rss_kib=%ld\n", runs, median, ms.front(),
        ms.back(), peakKiB);
    return 0;
}

qint64 realtimeMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

int watch(const QString &path, qint64 skip, qint64 timeoutMs, const QList<QByteArray> &patterns)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << "armorer-vmtool: " << path << ": " << file.errorString() << Qt::endl;
        return 2;
    }
    std::puts("ready");
    std::fflush(stdout);
    const qint64 deadline = realtimeMs() + timeoutMs;
    QByteArray pending;
    qint64 lineNumber = 0;
    while (realtimeMs() < deadline) {
        pending += file.readAll();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray line = pending.first(newline);
            pending.remove(0, newline + 1);
            if (++lineNumber <= skip)
                continue;
            if (std::all_of(patterns.begin(), patterns.end(), [&line](const QByteArray &p) {
                    return line.contains(p);
                })) {
                std::printf("%lld\t%s\n", static_cast<long long>(realtimeMs()), line.constData());
                return 0;
            }
        }
        ::usleep(2000);
    }
    return 1;
}

int usage()
{
    err() << "usage: armorer-vmtool denials --follow --json [--from-start] [--kmsg PATH]\n"
             "       armorer-vmtool json-diff A B\n"
             "       armorer-vmtool bench RUNS -- CMD...\n"
             "       armorer-vmtool watch FILE SKIP TIMEOUT_MS PATTERN...\n"
             "       armorer-vmtool hostile-sample write COUNT DIR OVERRIDE | check COUNT DIR PROBE\n";
    return 2;
}

// The sample: distinct names and, for each, a sibling a widened rule would also match (glob
// characters turned into plain ones, or one more character), distinct from every name.
QList<std::pair<QString, QString>> hostileSample(int count)
{
    QRandomGenerator rng(20261122);
    QList<std::pair<QString, QString>> sample;
    QSet<QString> used;
    while (sample.size() < count) {
        const QString name = HostileName::random(rng);
        QString sibling = name;
        for (QChar &c : sibling) {
            if (QStringView(u"*?[]{}^!\\@").contains(c))
                c = u'x';
        }
        if (sibling == name)
            sibling += u'x';
        // "." and ".." are no file names; NAME and its sibling must be new.
        if (name == u"." || name == u".." || used.contains(name) || used.contains(sibling))
            continue;
        used.insert(name);
        used.insert(sibling);
        sample.append({name, sibling});
    }
    return sample;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

int hostileWrite(int count, const QString &dir, const QString &override)
{
    QByteArray rules;
    for (const auto &[name, sibling] : hostileSample(count)) {
        const QString path = dir + u'/' + name;
        if (!writeFile(path, "data\n") || !writeFile(dir + u'/' + sibling, "data\n")) {
            std::fprintf(stderr, "cannot create the sample's files in %s\n", qPrintable(dir));
            return 1;
        }
        // What the kernel logs for it (the name hex-encoded, as for any name with a space,
        // quote or control byte), through the same parser and rule engine as "armorctl allow".
        const QByteArray line = "type=1400 audit(1700000000.100:1): apparmor=\"DENIED\" operation=\"open\" "
                                "class=\"file\" profile=\"armorer-probe\" name="
            + path.toUtf8().toHex().toUpper()
            + " pid=10 comm=\"armorer-probe\" requested_mask=\"r\" denied_mask=\"r\" fsuid=0 ouid=0";
        const std::optional<AppArmorEvent> denial = DenialParser::parseLine(line);
        const std::optional<RuleSuggestion> suggestion
            = denial ? RuleSuggester::suggest(*denial) : std::optional<RuleSuggestion>();
        const RuleCandidate *rule = suggestion ? suggestion->defaultCandidate() : nullptr;
        if (!rule) {
            std::fprintf(stderr, "no rule for %s\n", line.constData());
            return 1;
        }
        rules += rule->rule.toUtf8() + '\n';
    }
    if (!writeFile(override, rules)) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(override));
        return 1;
    }
    std::printf("%d names, %d rules written\n", count, int(rules.count('\n')));
    return 0;
}

int hostileCheck(int count, const QString &dir, const QString &probe)
{
    const auto read = [&probe](const QString &path) {
        QProcess p;
        p.start(probe, {u"read"_s, path});
        p.waitForFinished(30000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    };
    int misses = 0;
    for (const auto &[name, sibling] : hostileSample(count)) {
        const QByteArray shown = QByteArray(name.toUtf8()).toPercentEncoding("", "");
        if (const int code = read(dir + u'/' + name); code != 0) {
            std::printf("name not readable (exit %d): %s\n", code, shown.constData());
            ++misses;
        }
        if (const int code = read(dir + u'/' + sibling); code != EACCES) {
            std::printf("sibling not denied (exit %d): %s\n", code,
                QByteArray(sibling.toUtf8()).toPercentEncoding().constData());
            ++misses;
        }
    }
    std::printf("%d names: %d misses\n", count, misses);
    return misses == 0 ? 0 : 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.isEmpty())
        return usage();
    const QString command = args.takeFirst();
    if (command == u"denials") {
        QString kmsg = u"/dev/kmsg"_s;
        bool follow = false, json = false, fromStart = false;
        for (qsizetype i = 0; i < args.size(); ++i) {
            if (args[i] == u"--follow")
                follow = true;
            else if (args[i] == u"--json")
                json = true;
            else if (args[i] == u"--from-start")
                fromStart = true;
            else if (args[i] == u"--kmsg" && i + 1 < args.size())
                kmsg = args[++i];
            else
                return usage();
        }
        if (!follow || !json)
            return usage(); // the only form the scenarios need
        return followKmsg(kmsg, fromStart);
    }
    if (command == u"watch" && args.size() >= 4) {
        QList<QByteArray> patterns;
        for (const QString &p : args.mid(3))
            patterns.append(p.toUtf8());
        return watch(args[0], args[1].toLongLong(), args[2].toLongLong(), patterns);
    }
    if (command == u"json-diff" && args.size() == 2)
        return jsonDiff(args[0], args[1]);
    if (command == u"bench" && args.size() >= 3 && args[1] == u"--") {
        bool ok = false;
        const int runs = args[0].toInt(&ok);
        if (!ok || runs < 1)
            return usage();
        return bench(runs, args.mid(2));
    }
    if (command == u"hostile-sample" && args.size() == 4) {
        bool ok = false;
        const int count = args[1].toInt(&ok);
        if (!ok || count < 1)
            return usage();
        if (args[0] == u"write")
            return hostileWrite(count, args[2], args[3]);
        if (args[0] == u"check")
            return hostileCheck(count, args[2], args[3]);
    }
    return usage();
}
