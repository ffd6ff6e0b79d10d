// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperlogreader.h"

#include "apparmorlogline.h"
#include "linereader.h"

#include <QFile>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <optional>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

QStringList HelperLogReader::logFiles()
{
    return {u"/var/log/audit/audit.log"_s, u"/var/log/kern.log"_s, u"/var/log/syslog"_s, u"/var/log/messages"_s};
}

bool HelperLogReader::isKernelLine(QByteArrayView line)
{
    // "Nov 22 10:00:00 host kernel: ..." or "2026-11-22T10:00:00.000000+00:00 host kernel: ...":
    // the tag after the host names the sender; any other program's lines are not the kernel's.
    qsizetype start = 0;
    for (int field = 0; field < 6; ++field) {
        while (start < line.size() && line.at(start) == ' ')
            ++start;
        qsizetype end = line.indexOf(' ', start);
        if (end < 0)
            return false;
        const QByteArrayView token = line.sliced(start, end - start);
        if (token == "kernel:")
            return field == 4 || field == 2;
        start = end;
    }
    return false;
}

HelperLogReader::Page HelperLogReader::read(const SystemRoot &root, const QString &cursor, quint32 max)
{
    Page page;
    static const QRegularExpression cursorRe(uR"(^(\d{1,20}):(\d{1,20})$)"_s);
    quint64 inode = 0;
    qint64 offset = 0;
    if (!cursor.isEmpty()) {
        const QRegularExpressionMatch m = cursorRe.match(cursor);
        if (!m.hasMatch()) {
            page.error = {HelperError::Code::InvalidArgument, u"not a cursor"_s};
            return page;
        }
        inode = m.captured(1).toULongLong();
        offset = m.captured(2).toLongLong();
    }
    max = qBound(1u, max, MaxRecords);

    int fd = -1;
    // syslog and messages take any local user's lines (logger): only the kernel's are read.
    bool kernelLinesOnly = false;
    for (const QString &file : logFiles()) {
        kernelLinesOnly = file.endsWith(u"/syslog"_s) || file.endsWith(u"/messages"_s);
        fd = ::open(QFile::encodeName(root.path(file)).constData(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
        if (fd >= 0) {
            page.file = file;
            break;
        }
    }
    if (fd < 0) {
        page.error = {HelperError::Code::NotFound, u"no log file"_s};
        return page;
    }
    struct stat st{};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        page.error = {HelperError::Code::PathRefused, page.file + u": not a regular file"_s};
        return page;
    }
    // Every line returned counts as verified (the client marks it the kernel's or auditd's), so a
    // log someone other than its writer could write to is refused, as the direct reader treats
    // it (LogOrigin::fileKind): owned by root, the syslog user or this helper's own user (the
    // demo's unprivileged helper), writable by its owner only.
    static const std::optional<uid_t> syslogUser = [] {
        const passwd *pw = ::getpwnam("syslog");
        return pw ? std::optional<uid_t>(pw->pw_uid) : std::nullopt;
    }();
    if ((st.st_uid != 0 && st.st_uid != ::geteuid() && st.st_uid != syslogUser) || (st.st_mode & (S_IWGRP | S_IWOTH))) {
        ::close(fd);
        page.error = {HelperError::Code::PathRefused, page.file + u": others than its owner may write to it"_s};
        return page;
    }
    // Another file, or the same one truncated: from the top.
    if (inode != st.st_ino || offset > st.st_size)
        offset = 0;
    // The same lines as every other reader: LineReader. A last line without its newline may
    // still be being written; it stays for the next page.
    LineReader reader(AppArmorLogLine::MaxLength);
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    qint64 readAt = offset;
    QByteArrayView line;
    while (reader.consumed() < MaxScan && quint32(page.records.size()) < max) {
        const ssize_t n = ::pread(fd, chunk.data(), size_t(chunk.size()), readAt);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            page.error = {HelperError::Code::IoError, page.file + u": "_s + QString::fromLocal8Bit(strerror(errno))};
            ::close(fd);
            return page;
        }
        if (n == 0)
            break;
        readAt += n;
        reader.append(QByteArrayView(chunk.constData(), n));
        while (quint32(page.records.size()) < max && reader.next(&line)) {
            // Raw lines: the caller parses them, not root.
            if (AppArmorLogLine::mightBe(line) && (!kernelLinesOnly || isKernelLine(line)))
                page.records.append(QString::fromUtf8(line));
        }
    }
    ::close(fd);
    offset += reader.consumed();
    page.nextCursor = QString::number(quint64(st.st_ino)) + u':' + QString::number(offset);
    return page;
}
