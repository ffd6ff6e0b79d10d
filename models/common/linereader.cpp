// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "linereader.h"

#include <cerrno>
#include <cstring>
#include <poll.h>
#include <unistd.h>

namespace {
qsizetype findNewline(const QByteArray &buffer, qsizetype from)
{
    const void *hit = std::memchr(buffer.constData() + from, '\n', size_t(buffer.size() - from));
    return hit ? static_cast<const char *>(hit) - buffer.constData() : -1;
}
} // namespace

void LineReader::append(QByteArrayView data)
{
    m_appended += data.size();
    if (m_skipping) {
        const qsizetype nl = data.indexOf('\n');
        if (nl < 0)
            return;
        // The end of the line being skipped.
        m_skipping = false;
        ++m_lines;
        ++m_skipped;
        m_consumed = m_appended - (data.size() - nl - 1);
        data = data.sliced(nl + 1);
    }
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(data);
}

void LineReader::finish()
{
    m_finished = true;
    if (m_skipping) {
        m_skipping = false;
        ++m_lines;
        ++m_skipped;
        m_consumed = m_appended;
    }
}

void LineReader::reset()
{
    m_buffer.clear();
    m_pos = 0;
    m_skipping = false;
    m_finished = false;
    m_appended = 0;
    m_consumed = 0;
}

// The unfinished line held is already longer than the cap: drop it, and the rest of it as it comes.
void LineReader::skipPartial()
{
    m_buffer.clear();
    m_pos = 0;
    if (m_finished) {
        ++m_lines;
        ++m_skipped;
        m_consumed = m_appended;
    } else {
        m_skipping = true;
    }
}

bool LineReader::next(QByteArrayView *line)
{
    for (;;) {
        const qsizetype nl = findNewline(m_buffer, m_pos);
        if (nl < 0) {
            const qsizetype rest = m_buffer.size() - m_pos;
            if (rest > m_max) {
                skipPartial();
                return false;
            }
            if (!m_finished || rest == 0)
                return false;
            *line = QByteArrayView(m_buffer).sliced(m_pos, rest);
            m_pos = m_buffer.size();
            m_consumed += rest;
            ++m_lines;
            return true;
        }
        const qsizetype length = nl - m_pos;
        const qsizetype start = m_pos;
        m_pos = nl + 1;
        m_consumed += length + 1;
        ++m_lines;
        if (length > m_max) {
            ++m_skipped;
            continue;
        }
        *line = QByteArrayView(m_buffer).sliced(start, length);
        return true;
    }
}

bool LineReader::nextBlock(QByteArrayView *block)
{
    qsizetype start = m_pos;
    qsizetype end = m_pos;
    for (;;) {
        const qsizetype nl = findNewline(m_buffer, end);
        if (nl < 0)
            break;
        if (nl - end > m_max) {
            if (end > start)
                break; // hand out the run so far; the long line is skipped next time
            m_consumed += nl + 1 - end;
            ++m_lines;
            ++m_skipped;
            start = end = m_pos = nl + 1;
            continue;
        }
        ++m_lines;
        end = nl + 1;
    }
    if (end == start)
        return next(block);
    *block = QByteArrayView(m_buffer).sliced(start, end - start);
    m_consumed += end - start;
    m_pos = end;
    return true;
}

bool LineReader::readAll(
    int fd, qsizetype maxLength, const std::function<void(QByteArrayView)> &onLine, QString *error, quint64 *skipped)
{
    LineReader reader(maxLength);
    QByteArray chunk(256 * 1024, Qt::Uninitialized);
    QByteArrayView line;
    for (;;) {
        const ssize_t n = ::read(fd, chunk.data(), size_t(chunk.size()));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            // A pipe with nothing yet is not at its end: wait for its writer.
            pollfd p{fd, POLLIN, 0};
            ::poll(&p, 1, -1);
            continue;
        }
        if (n < 0) {
            if (error)
                *error = QString::fromLocal8Bit(std::strerror(errno));
            return false;
        }
        if (n == 0)
            reader.finish();
        else
            reader.append(QByteArrayView(chunk.constData(), n));
        while (reader.next(&line))
            onLine(line);
        if (n == 0)
            break;
    }
    if (skipped)
        *skipped = reader.skipped();
    return true;
}
