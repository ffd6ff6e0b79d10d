// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "processscanner.h"
#include "profilelistparser.h"

#include <QFile>
#include <QtConcurrentRun>

#include <cerrno>
#include <cstdio>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

using namespace Qt::StringLiterals;

ProcessScanner::ProcessScanner(const QString &procDir)
    : m_procDir(procDir)
{
}

static bool isPid(const char *name)
{
    if (!*name)
        return false;
    for (const char *c = name; *c; ++c) {
        if (*c < '0' || *c > '9')
            return false;
    }
    return true;
}

// Reads a small file relative to dirfd into buffer; returns its length or -1.
static ssize_t readSmall(int dirfd, const char *path, char *buffer, size_t size)
{
    const int fd = ::openat(dirfd, path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return -1;
    const ssize_t n = ::read(fd, buffer, size);
    ::close(fd);
    return n;
}

// With LSM stacking the AppArmor label is in attr/apparmor/current, and attr/current may belong
// to another LSM. Older kernels only have attr/current. Whether the directory exists is a
// property of the kernel, so it is looked up once per scan (Unknown) and then reused.
enum class AttrLayout { Unknown, Stacked, Plain };

static QString labelAt(int procfd, qint64 pid, AttrLayout &layout)
{
    char path[64];
    char buffer[4096];
    ssize_t n = -1;
    if (layout != AttrLayout::Plain) {
        std::snprintf(path, sizeof path, "%lld/attr/apparmor/current", static_cast<long long>(pid));
        n = readSmall(procfd, path, buffer, sizeof buffer);
        if (layout == AttrLayout::Unknown && (n >= 0 || errno != ENOENT))
            layout = AttrLayout::Stacked;
    }
    if (n < 0 && errno == ENOENT) {
        if (layout == AttrLayout::Unknown) {
            std::snprintf(path, sizeof path, "%lld/attr", static_cast<long long>(pid));
            struct stat st;
            if (::fstatat(procfd, path, &st, 0) == 0)
                layout = AttrLayout::Plain; // attr exists without apparmor/: not a stacking kernel
        }
        std::snprintf(path, sizeof path, "%lld/attr/current", static_cast<long long>(pid));
        n = readSmall(procfd, path, buffer, sizeof buffer);
    }
    if (n <= 0)
        return {};
    QByteArrayView data(buffer, n);
    const qsizetype end = data.indexOf('\n');
    if (end >= 0)
        data = data.first(end);
    const qsizetype nul = data.indexOf('\0');
    if (nul >= 0)
        data = data.first(nul);
    return QString::fromUtf8(data).trimmed();
}

static QString exeAt(int procfd, qint64 pid)
{
    char path[64];
    char buffer[4096];
    std::snprintf(path, sizeof path, "%lld/exe", static_cast<long long>(pid));
    const ssize_t n = ::readlinkat(procfd, path, buffer, sizeof buffer);
    if (n <= 0 || size_t(n) >= sizeof buffer)
        return {};
    return QFile::decodeName(QByteArray(buffer, n));
}

QString ProcessScanner::readLabel(qint64 pid) const
{
    const int procfd = ::open(QFile::encodeName(m_procDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (procfd < 0)
        return {};
    AttrLayout layout = AttrLayout::Unknown;
    QString label = labelAt(procfd, pid, layout);
    ::close(procfd);
    return label;
}

QString ProcessScanner::readExe(qint64 pid) const
{
    const int procfd = ::open(QFile::encodeName(m_procDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (procfd < 0)
        return {};
    QString exe = exeAt(procfd, pid);
    ::close(procfd);
    return exe;
}

// Reads the pids in [begin, end) of one directory fd.
static QList<ConfinedProcess> scanPids(
    int procfd, const qint64 *begin, const qint64 *end, const QSet<QString> &loadedProfileNames)
{
    QList<ConfinedProcess> processes;
    AttrLayout layout = AttrLayout::Unknown;
    for (const qint64 *it = begin; it != end; ++it) {
        const qint64 pid = *it;
        const QString label = labelAt(procfd, pid, layout);
        if (label.isEmpty())
            continue; // gone, or not readable
        const auto parsed = ProfileListParser::parseLabel(label);
        if (!parsed)
            continue;
        ConfinedProcess process;
        process.pid = pid;
        process.exe = exeAt(procfd, pid);
        if (process.exe.isEmpty())
            continue; // kernel threads have no exe; aa-status skips them too
        if (parsed->mode == ProfileMode::Unconfined && parsed->name == u"unconfined") {
            // Unconfined: listed only when a profile named after its executable is loaded.
            if (!loadedProfileNames.contains(process.exe))
                continue;
            process.profile = process.exe;
            process.mode = ProfileMode::Unconfined;
        } else {
            process.profile = parsed->name;
            process.mode = parsed->mode;
        }
        processes.append(std::move(process));
    }
    return processes;
}

QList<ConfinedProcess> ProcessScanner::scan(const QSet<QString> &loadedProfileNames) const
{
    DIR *dir = ::opendir(QFile::encodeName(m_procDir).constData());
    if (!dir)
        return {};
    QList<qint64> pids;
    while (const dirent *entry = ::readdir(dir)) {
        if (isPid(entry->d_name))
            pids.append(QByteArrayView(entry->d_name).toLongLong());
    }
    std::sort(pids.begin(), pids.end());
    // The walk is bound by system calls; on a busy machine, half of it goes to another core.
    const int procfd = ::dirfd(dir);
    const qint64 *begin = pids.constData();
    const qint64 *end = begin + pids.size();
    const qint64 *middle = pids.size() >= 1000 ? begin + pids.size() / 2 : end;
    QFuture<QList<ConfinedProcess>> secondHalf;
    if (middle != end) {
        secondHalf = QtConcurrent::run([&]() -> QList<ConfinedProcess> {
            return scanPids(procfd, middle, end, loadedProfileNames);
        });
    }
    QList<ConfinedProcess> processes = scanPids(procfd, begin, middle, loadedProfileNames);
    if (secondHalf.isValid())
        processes.append(secondHalf.result());
    ::closedir(dir);
    return processes;
}
