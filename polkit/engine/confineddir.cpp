// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "confineddir.h"
#include "boundedfile.h"

#include <QRandomGenerator>
#include <QStringList>

#include <cerrno>
#include <climits>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
QString errnoString(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Opens (and with create, makes) one directory component below dirFd without following links.
int openComponent(int dirFd, const QByteArray &name, bool create, bool privateMode)
{
    const int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
    int fd = ::openat(dirFd, name.constData(), flags);
    if (fd < 0 && errno == ENOENT && create) {
        if (::mkdirat(dirFd, name.constData(), privateMode ? 0700 : 0755) != 0 && errno != EEXIST)
            return -1;
        fd = ::openat(dirFd, name.constData(), flags);
    }
    return fd;
}
} // namespace

ConfinedDir::~ConfinedDir()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

ConfinedDir::ConfinedDir(ConfinedDir &&other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_path(std::move(other.m_path))
    , m_error(std::move(other.m_error))
{
}

ConfinedDir &ConfinedDir::operator=(ConfinedDir &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = std::exchange(other.m_fd, -1);
        m_path = std::move(other.m_path);
        m_error = std::move(other.m_error);
    }
    return *this;
}

QStringList ConfinedDir::temporaryFiles(const ConfinedDir &dir)
{
    QStringList names = dir.list(true);
    names.removeIf([](const QString &name) {
        return !name.startsWith(u".armorer-"_s) || !name.endsWith(u".tmp"_s);
    });
    return names;
}

bool ConfinedDir::isPlainName(QStringView name)
{
    if (name.isEmpty() || name == u"." || name == u".." || name.contains(u'/') || name.contains(QChar(0)))
        return false;
    return name.toUtf8().size() <= 255;
}

ConfinedDir::Status ConfinedDir::open(const QString &absolutePath, bool create, bool privateMode)
{
    if (!absolutePath.startsWith(u'/')) {
        m_error = u"not an absolute path: "_s + absolutePath;
        return Status::Refused;
    }
    int fd = ::open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        m_error = errnoString(errno);
        return Status::Error;
    }
    const QStringList parts = absolutePath.split(u'/', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!isPlainName(part)) {
            ::close(fd);
            m_error = u"refused path component: "_s + part;
            return Status::Refused;
        }
        const int next = openComponent(fd, part.toUtf8(), create, privateMode);
        const int error = errno;
        ::close(fd);
        if (next < 0) {
            m_error = absolutePath + u": "_s + errnoString(error);
            // ELOOP / ENOTDIR: a symlink or a file where a directory must be.
            if (error == ENOENT)
                return Status::Missing;
            return (error == ELOOP || error == ENOTDIR) ? Status::Refused : Status::Error;
        }
        fd = next;
    }
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
    m_path = u"/"_s + parts.join(u'/');
    return Status::Ok;
}

ConfinedDir::Status ConfinedDir::openSub(const ConfinedDir &parent, const QString &name, bool create, bool privateMode)
{
    if (!parent.isOpen() || !isPlainName(name)) {
        m_error = u"refused directory name: "_s + name;
        return Status::Refused;
    }
    const int fd = openComponent(parent.fd(), name.toUtf8(), create, privateMode);
    if (fd < 0) {
        const int error = errno;
        m_error = parent.path() + u'/' + name + u": "_s + errnoString(error);
        if (error == ENOENT)
            return Status::Missing;
        return (error == ELOOP || error == ENOTDIR) ? Status::Refused : Status::Error;
    }
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
    m_path = parent.path() + u'/' + name;
    return Status::Ok;
}

bool ConfinedDir::stillAt() const
{
    struct stat held{};
    struct stat named{};
    if (m_fd < 0 || ::fstat(m_fd, &held) != 0)
        return false;
    // lstat: a symlink put in the directory's place is a different inode, and not a directory.
    if (::lstat(m_path.toLocal8Bit().constData(), &named) != 0)
        return false;
    return S_ISDIR(named.st_mode) && held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}

ConfinedDir::Status ConfinedDir::read(const QString &name, QByteArray *out, qint64 maxSize) const
{
    out->clear();
    if (!isOpen() || !isPlainName(name)) {
        m_error = u"refused file name: "_s + name;
        return Status::Refused;
    }
    int fd = -1;
    struct stat st{};
    // A file replaced (renamed over) between the open and the fstat has no link left: the name
    // now holds another file, so it is opened again. More than one link is refused.
    for (int attempt = 0; attempt < 8; ++attempt) {
        fd = ::openat(m_fd, name.toUtf8().constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            const int error = errno;
            m_error = m_path + u'/' + name + u": "_s + errnoString(error);
            if (error == ENOENT)
                return Status::Missing;
            return error == ELOOP ? Status::Refused : Status::Error;
        }
        if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_nlink != 0)
            break;
        ::close(fd);
        fd = -1;
    }
    if (fd < 0 || !S_ISREG(st.st_mode) || st.st_nlink != 1) {
        if (fd >= 0)
            ::close(fd);
        m_error = m_path + u'/' + name + u": not a regular file with one link"_s;
        return Status::Refused;
    }
    // The same bounded read as every other file: at most maxSize bytes, whatever fstat said.
    const BoundedFile::Result result = BoundedFile::readFd(fd, m_path + u'/' + name, maxSize);
    ::close(fd);
    switch (result.status) {
    case BoundedFile::Status::Ok:
        *out = result.data;
        return Status::Ok;
    case BoundedFile::Status::TooLarge:
        m_error = result.error;
        return Status::TooLarge;
    case BoundedFile::Status::NotRegular:
        m_error = result.error;
        return Status::Refused;
    default:
        m_error = result.error;
        return Status::Error;
    }
}

ConfinedDir::Status ConfinedDir::writeAtomic(const QString &name, const QByteArray &bytes, int mode, SyncDir sync)
{
    if (!isOpen() || !isPlainName(name)) {
        m_error = u"refused file name: "_s + name;
        return Status::Refused;
    }
    if (bytes.size() > MaxFileSize) {
        m_error = u"larger than the size limit"_s;
        return Status::TooLarge;
    }
    const QByteArray target = name.toUtf8();
    // Whatever is there now must be a regular file (or nothing): never replace a directory or a
    // device, and never write through a link.
    struct stat st{};
    if (::fstatat(m_fd, target.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (!S_ISREG(st.st_mode) || st.st_nlink != 1) {
            m_error = m_path + u'/' + name + u": not a regular file with one link"_s;
            return Status::Refused;
        }
    } else if (errno != ENOENT) {
        m_error = errnoString(errno);
        return Status::Error;
    }
    QByteArray temp;
    int fd = -1;
    for (int attempt = 0; attempt < 16 && fd < 0; ++attempt) {
        temp = ".armorer-" + QByteArray::number(QRandomGenerator::system()->generate64(), 36) + ".tmp";
        fd = ::openat(m_fd, temp.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        m_error = m_path + u": cannot create a temporary file: "_s + errnoString(errno);
        return Status::Error;
    }
    const auto fail = [&](const QString &what) {
        m_error = what + u": "_s + errnoString(errno);
        ::close(fd);
        ::unlinkat(m_fd, temp.constData(), 0);
        return Status::Error;
    };
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, bytes.size() - written);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return fail(u"write"_s);
        written += n;
    }
    if (::fchmod(fd, static_cast<mode_t>(mode)) != 0)
        return fail(u"fchmod"_s);
    if (::fsync(fd) != 0)
        return fail(u"fsync"_s);
    if (::close(fd) != 0) {
        fd = -1;
        m_error = u"close: "_s + errnoString(errno);
        ::unlinkat(m_fd, temp.constData(), 0);
        return Status::Error;
    }
    return moveIntoPlace(temp, target, sync);
}

// The last step of both atomic writes: the temporary entry replaces name, and the directory
// is made durable (a crash after the rename keeps the new entry).
ConfinedDir::Status ConfinedDir::moveIntoPlace(const QByteArray &temp, const QByteArray &name, SyncDir sync)
{
    if (::renameat(m_fd, temp.constData(), m_fd, name.constData()) != 0) {
        m_error = u"rename: "_s + errnoString(errno);
        ::unlinkat(m_fd, temp.constData(), 0);
        return Status::Error;
    }
    if (sync == SyncDir::Now && ::fsync(m_fd) != 0) {
        m_error = u"fsync directory: "_s + errnoString(errno);
        return Status::Error;
    }
    return Status::Ok;
}

ConfinedDir::Status ConfinedDir::remove(const QString &name)
{
    if (!isOpen() || !isPlainName(name))
        return Status::Refused;
    struct stat st{};
    const QByteArray target = name.toUtf8();
    if (::fstatat(m_fd, target.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return errno == ENOENT ? Status::Missing : Status::Error;
    if (!S_ISREG(st.st_mode))
        return Status::Refused;
    if (::unlinkat(m_fd, target.constData(), 0) != 0) {
        m_error = errnoString(errno);
        return Status::Error;
    }
    ::fsync(m_fd);
    return Status::Ok;
}

QStringList ConfinedDir::entries() const
{
    return list(false);
}

QStringList ConfinedDir::list(bool links) const
{
    QStringList names;
    if (!isOpen())
        return names;
    const int fd = ::dup(m_fd);
    if (fd < 0)
        return names;
    DIR *dir = ::fdopendir(fd);
    if (!dir) {
        ::close(fd);
        return names;
    }
    ::rewinddir(dir);
    while (const dirent *entry = ::readdir(dir)) {
        struct stat st{};
        if (::fstatat(m_fd, entry->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0
            && (S_ISREG(st.st_mode) || (links && S_ISLNK(st.st_mode))))
            names.append(QString::fromUtf8(entry->d_name));
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());
    return names;
}

// Both link operations: a plain name whose entry is a symbolic link (never followed).
ConfinedDir::Status ConfinedDir::checkLink(const QString &name) const
{
    if (!isOpen() || !isPlainName(name)) {
        m_error = u"refused file name: "_s + name;
        return Status::Refused;
    }
    struct stat st{};
    const QByteArray link = name.toUtf8();
    if (::fstatat(m_fd, link.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0) {
        const int error = errno;
        m_error = m_path + u'/' + name + u": "_s + errnoString(error);
        return error == ENOENT ? Status::Missing : Status::Error;
    }
    if (!S_ISLNK(st.st_mode)) {
        m_error = m_path + u'/' + name + u": not a symbolic link"_s;
        return Status::Refused;
    }
    return Status::Ok;
}

ConfinedDir::Status ConfinedDir::readLink(const QString &name, QByteArray *target) const
{
    target->clear();
    if (const Status status = checkLink(name); status != Status::Ok)
        return status;
    const QByteArray link = name.toUtf8();
    char buffer[PATH_MAX];
    const ssize_t n = ::readlinkat(m_fd, link.constData(), buffer, sizeof buffer);
    if (n < 0 || n >= ssize_t(sizeof buffer)) {
        const int error = n < 0 ? errno : ENAMETOOLONG;
        m_error = m_path + u'/' + name + u": "_s + errnoString(error);
        return error == ENOENT ? Status::Missing : Status::Error;
    }
    *target = QByteArray(buffer, n);
    return Status::Ok;
}

ConfinedDir::Status ConfinedDir::writeLinkAtomic(const QString &name, const QByteArray &target, SyncDir sync)
{
    if (!isOpen() || !isPlainName(name) || target.isEmpty() || target.contains('\0')) {
        m_error = u"refused link: "_s + name;
        return Status::Refused;
    }
    const QByteArray link = name.toUtf8();
    // Only a link may be replaced: never a file, a directory or a device.
    struct stat st{};
    if (::fstatat(m_fd, link.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (!S_ISLNK(st.st_mode)) {
            m_error = m_path + u'/' + name + u": not a symbolic link"_s;
            return Status::Refused;
        }
    } else if (errno != ENOENT) {
        m_error = errnoString(errno);
        return Status::Error;
    }
    QByteArray temp;
    bool made = false;
    for (int attempt = 0; attempt < 16 && !made; ++attempt) {
        temp = ".armorer-" + QByteArray::number(QRandomGenerator::system()->generate64(), 36) + ".tmp";
        made = ::symlinkat(target.constData(), m_fd, temp.constData()) == 0;
        if (!made && errno != EEXIST)
            break;
    }
    if (!made) {
        m_error = m_path + u": cannot create a temporary link: "_s + errnoString(errno);
        return Status::Error;
    }
    return moveIntoPlace(temp, link, sync);
}

ConfinedDir::Status ConfinedDir::removeLink(const QString &name)
{
    if (const Status status = checkLink(name); status != Status::Ok)
        return status;
    const QByteArray link = name.toUtf8();
    if (::unlinkat(m_fd, link.constData(), 0) != 0) {
        m_error = errnoString(errno);
        return Status::Error;
    }
    ::fsync(m_fd);
    return Status::Ok;
}
