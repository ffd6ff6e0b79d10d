// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

// Small helpers shared by the benchmarks: run a program and measure its wall time and peak
// RSS (from wait4's rusage), and take medians.
#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Bench {
struct RunResult
{
    double wallMs = 0;
    long maxRssKb = 0;
    int exitCode = -1;
    QByteArray out;
};

// Runs program with args, stdout captured, stderr discarded.
inline RunResult run(const QString &program, const QStringList &args)
{
    RunResult result;
    int pipefd[2];
    if (::pipe(pipefd) != 0)
        return result;
    QList<QByteArray> storage;
    storage.append(program.toLocal8Bit());
    for (const QString &a : args)
        storage.append(a.toLocal8Bit());
    QList<char *> argv;
    for (QByteArray &s : storage)
        argv.append(s.data());
    argv.append(nullptr);

    QElapsedTimer timer;
    timer.start();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(pipefd[1], 1);
        const int devnull = ::open("/dev/null", O_WRONLY);
        ::dup2(devnull, 2);
        ::close(pipefd[0]);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    ::close(pipefd[1]);
    char buffer[65536];
    ssize_t n;
    while ((n = ::read(pipefd[0], buffer, sizeof buffer)) > 0)
        result.out.append(buffer, n);
    ::close(pipefd[0]);
    int status = 0;
    rusage usage{};
    ::wait4(pid, &status, 0, &usage);
    result.wallMs = timer.nsecsElapsed() / 1e6;
    result.maxRssKb = usage.ru_maxrss;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

template<typename T>
T median(QList<T> values)
{
    if (values.isEmpty())
        return T{};
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Opens file or ends the benchmark: a figure measured on a file that was never written would
// be a lie.
inline void open(QFile &file, QIODevice::OpenMode mode)
{
    if (!file.open(mode)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(file.fileName()), qPrintable(file.errorString()));
        std::exit(1);
    }
}

// An empty file at path (truncated when it exists).
inline void createEmpty(const QString &path)
{
    QFile file(path);
    open(file, QIODevice::WriteOnly);
}
} // namespace Bench
