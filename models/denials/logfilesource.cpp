// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "logfilesource.h"
#include "denialparser.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

LogFileSource::LogFileSource(const QString &path, QObject *parent)
    : DenialSource(parent)
    , m_path(QFileInfo(path).absoluteFilePath())
{
}

LogFileSource::~LogFileSource()
{
    stop();
}

QString LogFileSource::position() const
{
    return QString::number(m_inode) + u':' + QString::number(m_offset - m_partial.size());
}

void LogFileSource::closeFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_partial.clear();
    m_skippingLongLine = false;
}

bool LogFileSource::openFile(bool fromEnd)
{
    closeFile();
    m_fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (m_fd < 0) {
        if (errno == EACCES || errno == EPERM)
            setState(State::NeedsPrivileges, LogAccess::fileHint(m_path));
        else if (errno == ENOENT)
            setState(m_follow ? State::Following : State::Failed,
                QCoreApplication::translate("LogFileSource", "Waiting for %1 to be created.").arg(m_path));
        else
            setState(State::Failed,
                QCoreApplication::translate("LogFileSource", "Cannot open %1: %2")
                    .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        return false;
    }
    struct stat st{};
    ::fstat(m_fd, &st);
    m_inode = st.st_ino;
    m_device = st.st_dev;
    m_offset = fromEnd ? qint64(st.st_size) : 0;
    ::lseek(m_fd, m_offset, SEEK_SET);
    return true;
}

void LogFileSource::start(const DenialStart &from, bool follow)
{
    stop();
    m_follow = follow;
    m_caughtUp = false;
    m_sinceMs = from.mode == DenialStart::Mode::Since ? from.sinceMs : 0;
    if (follow) {
        // Watch the directory, not the file: that sees appends and also the rename and
        // creation of a rotation, and a file that does not exist yet.
        m_inotify = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        const QByteArray dir = QFile::encodeName(QFileInfo(m_path).absolutePath());
        if (m_inotify < 0
            || ::inotify_add_watch(m_inotify, dir.constData(),
                   IN_MODIFY | IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CLOSE_WRITE | IN_ATTRIB)
                < 0) {
            setState(State::Failed,
                QCoreApplication::translate("LogFileSource", "Cannot watch %1: %2")
                    .arg(QFileInfo(m_path).absolutePath(), QString::fromLocal8Bit(std::strerror(errno))));
            return;
        }
        m_notifier = new QSocketNotifier(m_inotify, QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &LogFileSource::onInotify);
    }
    if (!openFile(from.mode == DenialStart::Mode::End))
        return;
    if (from.mode == DenialStart::Mode::Position) {
        const QStringList parts = from.position.split(u':');
        struct stat st{};
        ::fstat(m_fd, &st);
        // The saved position holds only while the file is the same one and has not shrunk.
        if (parts.size() == 2 && parts[0].toULongLong() == st.st_ino && parts[1].toLongLong() <= st.st_size) {
            m_offset = parts[1].toLongLong();
            ::lseek(m_fd, m_offset, SEEK_SET);
        }
    }
    setState(State::Reading, QCoreApplication::translate("LogFileSource", "Reading %1").arg(m_path));
    readMore();
}

void LogFileSource::stop()
{
    delete m_notifier;
    m_notifier = nullptr;
    if (m_inotify >= 0)
        ::close(m_inotify);
    m_inotify = -1;
    closeFile();
    if (state() != State::NeedsPrivileges)
        setState(State::Stopped, {});
}

void LogFileSource::onInotify()
{
    // Drain the events; which file changed matters less than reading promptly.
    alignas(inotify_event) char buffer[4096];
    while (::read(m_inotify, buffer, sizeof buffer) > 0) { }
    if (!m_scheduled)
        readMore();
}

void LogFileSource::checkRotation(QList<Denial> &out)
{
    struct stat st{};
    const bool exists = ::stat(QFile::encodeName(m_path).constData(), &st) == 0;
    if (m_fd < 0) {
        if (exists && openFile(false))
            setState(State::Following, QCoreApplication::translate("LogFileSource", "Following %1").arg(m_path));
        return;
    }
    if (exists && (st.st_ino != m_inode || st.st_dev != m_device)) {
        // Rotated: finish the old file (its last line is complete now), then start the new one.
        while (!readSlice(m_sliceBytes, out)) { }
        if (!m_partial.isEmpty() && !m_skippingLongLine)
            handleLine(m_partial, out);
        openFile(false);
        return;
    }
    struct stat current{};
    ::fstat(m_fd, &current);
    if (qint64(current.st_size) < m_offset) {
        // Truncated (copytruncate): what is there now is new.
        m_partial.clear();
        m_skippingLongLine = false;
        m_offset = 0;
        ::lseek(m_fd, 0, SEEK_SET);
    }
}

void LogFileSource::readMore()
{
    m_scheduled = false;
    QList<Denial> out;
    if (m_follow)
        checkRotation(out);
    // Yield to the event loop every few milliseconds, so a flood or a long backlog never
    // stalls the GUI: the budget is time, checked every 64 KiB.
    QElapsedTimer slice;
    slice.start();
    bool atEnd = m_fd < 0;
    qint64 bytes = 0;
    while (!atEnd && slice.elapsed() < m_sliceMs && bytes < m_sliceBytes) {
        atEnd = readSlice(64 * 1024, out);
        bytes += 64 * 1024;
    }
    deliver(out);
    if (!atEnd) {
        // More backlog: continue after the event loop has had its turn.
        m_scheduled = true;
        QTimer::singleShot(0, this, &LogFileSource::readMore);
        return;
    }
    if (!m_caughtUp) {
        m_caughtUp = true;
        if (m_fd >= 0)
            setState(m_follow ? State::Following : State::Stopped,
                m_follow ? QCoreApplication::translate("LogFileSource", "Following %1").arg(m_path) : QString());
        Q_EMIT caughtUp();
    }
}

bool LogFileSource::readSlice(qint64 budget, QList<Denial> &out)
{
    static constexpr qsizetype Chunk = 256 * 1024;
    // Kept between reads: a fresh 256 KiB buffer is an mmap, page faults and a munmap each time.
    QByteArray &buffer = m_readBuffer;
    while (budget > 0) {
        buffer.resize(Chunk);
        const ssize_t n = ::read(m_fd, buffer.data(), Chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return true;
        m_offset += n;
        budget -= n;
        QByteArrayView data(buffer.constData(), n);
        // First the line that began in an earlier chunk.
        if (m_skippingLongLine || !m_partial.isEmpty()) {
            const qsizetype nl = data.indexOf('\n');
            if (nl < 0) {
                if (!m_skippingLongLine) {
                    m_partial += data;
                    if (m_partial.size() > DenialParser::MaxLineLength) {
                        m_partial.clear();
                        m_skippingLongLine = true;
                    }
                }
                continue;
            }
            if (m_skippingLongLine) {
                m_skippingLongLine = false;
                ++m_lines;
            } else {
                m_partial += data.first(nl);
                handleLine(m_partial, out);
                m_partial.clear();
            }
            data = data.sliced(nl + 1);
        }
        // Then the complete lines, as one block; the rest waits for its newline.
        const qsizetype lastNl = data.lastIndexOf('\n');
        if (lastNl >= 0)
            handleBlock(data.first(lastNl + 1), out);
        const QByteArrayView rest = data.sliced(lastNl + 1);
        if (rest.size() > DenialParser::MaxLineLength)
            m_skippingLongLine = true;
        else
            m_partial = rest.toByteArray();
    }
    return false;
}

// glibc's memmem: no per-call set-up, which matters when it is called once per line.
static qsizetype find(QByteArrayView haystack, QByteArrayView needle, qsizetype from)
{
    if (from < 0 || from >= haystack.size())
        return -1;
    const void *hit = needle.size() == 1
        ? std::memchr(haystack.data() + from, needle.front(), size_t(haystack.size() - from))
        : ::memmem(haystack.data() + from, size_t(haystack.size() - from), needle.data(), size_t(needle.size()));
    return hit ? static_cast<const char *>(hit) - haystack.data() : -1;
}

// memchr is several times faster than QByteArrayView::count on the long stretches between newlines.
static quint64 countLines(QByteArrayView block)
{
    quint64 n = 0;
    for (qsizetype pos = find(block, "\n", 0); pos >= 0; pos = find(block, "\n", pos + 1))
        ++n;
    return n;
}

void LogFileSource::handleBlock(QByteArrayView block, QList<Denial> &out)
{
    // Most lines of a log are not AppArmor's: rather than testing each line, search the whole
    // block for the prefilter's markers and parse only the lines that hold one.
    m_lines += countLines(block);
    // The same markers as DenialParser::mightBeAppArmor, in two passes rather than four: the
    // old kernels' three all begin with "type=".
    m_hits.clear();
    const auto lineStart = [&](qsizetype pos) {
        return pos == 0 ? 0 : block.lastIndexOf('\n', pos - 1) + 1;
    };
    // The start of the next line (the block ends with a newline), or -1.
    const auto nextLine = [&](qsizetype pos) {
        const qsizetype nl = find(block, "\n", pos);
        return nl < 0 ? -1 : nl + 1;
    };
    for (qsizetype pos = find(block, "apparmor=", 0); pos >= 0;) {
        m_hits.append(lineStart(pos));
        pos = find(block, "apparmor=", nextLine(pos));
    }
    for (qsizetype pos = find(block, "type=", 0); pos >= 0;) {
        const QByteArrayView type = block.sliced(pos + 5);
        if (type.startsWith("APPARMOR") || type.startsWith("150") || type.startsWith("UNKNOWN[15")) {
            m_hits.append(lineStart(pos));
            pos = find(block, "type=", nextLine(pos));
        } else {
            pos = find(block, "type=", pos + 5);
        }
    }
    if (m_hits.isEmpty())
        return;
    std::sort(m_hits.begin(), m_hits.end());
    m_hits.erase(std::unique(m_hits.begin(), m_hits.end()), m_hits.end());
    for (const qsizetype start : std::as_const(m_hits))
        parseLine(block.sliced(start, block.indexOf('\n', start) - start), out);
}

void LogFileSource::handleLine(QByteArrayView line, QList<Denial> &out)
{
    ++m_lines;
    parseLine(line, out);
}

void LogFileSource::parseLine(QByteArrayView line, QList<Denial> &out)
{
    // Parsed in place at the end of the batch, and dropped again when it is not a record.
    Denial &d = out.emplace_back();
    if (!DenialParser::parseLineInto(line, d) || (m_sinceMs > 0 && d.epochMs > 0 && d.epochMs < m_sinceMs))
        out.removeLast();
}
