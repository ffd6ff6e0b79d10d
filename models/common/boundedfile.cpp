// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "boundedfile.h"
#include "localname.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace {
// The file system of anonymous pipes (pipe(2), <(cmd), a shell's |): linux/magic.h's PIPEFS_MAGIC.
constexpr long PipeFsMagic = 0x50495045;

BoundedFile::Status statusOf(int error)
{
    switch (error) {
    case ENOENT:
    case ENOTDIR:
        return BoundedFile::Status::Missing;
    case EACCES:
    case EPERM:
        return BoundedFile::Status::NoPermission;
    default:
        return BoundedFile::Status::Error;
    }
}

QString kindOf(mode_t mode)
{
    if (S_ISDIR(mode))
        return QCoreApplication::translate("BoundedFile", "a directory");
    if (S_ISFIFO(mode))
        return QCoreApplication::translate("BoundedFile", "a FIFO");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return QCoreApplication::translate("BoundedFile", "a device");
    if (S_ISSOCK(mode))
        return QCoreApplication::translate("BoundedFile", "a socket");
    return QCoreApplication::translate("BoundedFile", "not a regular file");
}

BoundedFile::Result refused(const QString &name, mode_t mode)
{
    return {BoundedFile::Status::NotRegular, {},
        QCoreApplication::translate("BoundedFile", "%1 is %2, not a regular file: refused").arg(name, kindOf(mode))};
}

BoundedFile::Result tooLarge(const QString &name, qint64 cap)
{
    return {BoundedFile::Status::TooLarge, {},
        QCoreApplication::translate("BoundedFile", "%1 is larger than %2: refused")
            .arg(name, QLocale::c().formattedDataSize(cap, 0))};
}

// Reads to the end, at most cap + 1 bytes (the extra byte tells "too large" from "exactly cap").
// A non-blocking descriptor that has nothing yet is waited for, never taken for the end.
BoundedFile::Result readToEnd(int fd, const QString &name, qint64 cap)
{
    BoundedFile::Result result;
    QByteArray &data = result.data;
    for (;;) {
        const qint64 want = qMin<qint64>(cap + 1 - data.size(), 64 * 1024);
        if (want <= 0)
            return tooLarge(name, cap);
        const qsizetype old = data.size();
        data.resize(old + want);
        const ssize_t n = ::read(fd, data.data() + old, size_t(want));
        data.resize(old + qMax<ssize_t>(n, 0));
        if (n > 0)
            continue;
        if (n == 0)
            break;
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN) {
            pollfd p{fd, POLLIN, 0};
            ::poll(&p, 1, -1);
            continue;
        }
        return {statusOf(errno), {}, BoundedFile::errorText(name, errno)};
    }
    result.status = BoundedFile::Status::Ok;
    return result;
}

int openNonBlocking(const QString &path)
{
    // O_NONBLOCK: opening a FIFO without a writer would otherwise block until one comes.
    return ::open(LocalName::encode(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
}
} // namespace

QString BoundedFile::errorText(const QString &path, int error)
{
    return QCoreApplication::translate("BoundedFile", "cannot read %1: %2")
        .arg(path, QString::fromLocal8Bit(std::strerror(error)));
}

BoundedFile::Result BoundedFile::readFd(int fd, const QString &name, qint64 cap)
{
    struct stat st{};
    if (::fstat(fd, &st) != 0)
        return {statusOf(errno), {}, errorText(name, errno)};
    if (!S_ISREG(st.st_mode))
        return refused(name, st.st_mode);
    if (st.st_size > cap)
        return tooLarge(name, cap);
    return readToEnd(fd, name, cap);
}

BoundedFile::Result BoundedFile::read(const QString &path, qint64 cap)
{
    const int fd = openNonBlocking(path);
    if (fd < 0)
        return {statusOf(errno), {}, errorText(path, errno)};
    Result result = readFd(fd, path, cap);
    ::close(fd);
    return result;
}

BoundedFile::Result BoundedFile::readInput(const QString &path, qint64 cap)
{
    if (path != u"-")
        return read(path, cap);
    const Stream in = openStream(path);
    if (in.fd < 0)
        return {in.status, {}, in.error};
    Result result = readToEnd(in.fd, QCoreApplication::translate("BoundedFile", "standard input"), cap);
    ::close(in.fd);
    return result;
}

BoundedFile::Stream BoundedFile::openStream(const QString &path)
{
    Stream stream;
    int fd = -1;
    const bool standardInput = path == u"-";
    const QString name = standardInput ? QCoreApplication::translate("BoundedFile", "standard input") : path;
    if (standardInput) {
        // A description of its own where the system gives one (pipes, files), so that
        // O_NONBLOCK is not set on the caller's shared standard input.
        fd = ::open("/proc/self/fd/0", O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);
        if (fd < 0)
            fd = ::fcntl(0, F_DUPFD_CLOEXEC, 3);
    } else {
        fd = openNonBlocking(path);
    }
    if (fd < 0) {
        stream.status = statusOf(errno);
        stream.error = errorText(name, errno);
        return stream;
    }
    struct stat st{};
    if (::fstat(fd, &st) != 0) {
        stream.status = statusOf(errno);
        stream.error = errorText(name, errno);
        ::close(fd);
        return stream;
    }
    const bool terminal = S_ISCHR(st.st_mode) && ::isatty(fd);
    if (!S_ISREG(st.st_mode) && !S_ISFIFO(st.st_mode) && !S_ISSOCK(st.st_mode) && !terminal) {
        stream.status = Status::NotRegular;
        stream.error = QCoreApplication::translate("BoundedFile", "%1 is %2, not a log file or a pipe: refused")
                           .arg(name, kindOf(st.st_mode));
        ::close(fd);
        return stream;
    }
    stream.fd = fd;
    stream.regular = S_ISREG(st.st_mode);
    struct statfs fs{};
    stream.namedFifo = S_ISFIFO(st.st_mode) && ::fstatfs(fd, &fs) == 0 && fs.f_type != PipeFsMagic;
    stream.status = Status::Ok;
    return stream;
}
