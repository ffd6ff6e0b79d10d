// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperlogreader.h"

#include "denialparser.h"

#include <QFile>
#include <QRegularExpression>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

QStringList HelperLogReader::logFiles()
{
    return {u"/var/log/audit/audit.log"_s, u"/var/log/kern.log"_s, u"/var/log/syslog"_s, u"/var/log/messages"_s};
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
    for (const QString &file : logFiles()) {
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
    // Another file, or the same one truncated: from the top.
    if (inode != st.st_ino || offset > st.st_size)
        offset = 0;
    QFile file;
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle) || !file.seek(offset)) {
        page.error = {HelperError::Code::IoError, page.file + u": "_s + file.errorString()};
        return page;
    }
    qint64 scanned = 0;
    while (scanned < MaxScan && quint32(page.records.size()) < max) {
        QByteArray line = file.readLine(DenialParser::MaxLineLength + 2);
        if (line.size() > DenialParser::MaxLineLength && !line.endsWith('\n')) {
            // Too long to be a record: skip to its end.
            qint64 skipped = line.size();
            QByteArray rest;
            do {
                rest = file.readLine(64 * 1024);
                skipped += rest.size();
            } while (!rest.isEmpty() && !rest.endsWith('\n'));
            if (rest.isEmpty())
                break;
            scanned += skipped;
            offset += skipped;
            continue;
        }
        if (line.isEmpty() || !line.endsWith('\n'))
            break; // end of file, or a line still being written: read it next time
        scanned += line.size();
        offset += line.size();
        const QByteArrayView body = QByteArrayView(line).chopped(1);
        if (DenialParser::mightBeAppArmor(body) && DenialParser::parseLine(body))
            page.records.append(QString::fromUtf8(body));
    }
    page.nextCursor = QString::number(quint64(st.st_ino)) + u':' + QString::number(offset);
    return page;
}
