// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "logfilesource.h"
#include "boundedfile.h"
#include "denialparser.h"
#include "localname.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
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

static constexpr qsizetype HeadBytes = 1024;

LogFileSource::LogFileSource(const QString &path, QObject *parent)
    : DenialSource(parent)
    , m_path(path == u"-" ? path : QFileInfo(path).absoluteFilePath())
    , m_reader(DenialParser::MaxLineLength)
{
}

LogFileSource::~LogFileSource()
{
    stop();
}

QString LogFileSource::position() const
{
    return QString::number(m_inode) + u':' + QString::number(m_offset - m_reader.pending());
}

// Notifiers may be deleted from their own signal (a pipe ends while it is being read): later,
// and disabled now, so a reused descriptor number never wakes them.
static void dispose(QSocketNotifier *&notifier)
{
    if (!notifier)
        return;
    notifier->setEnabled(false);
    notifier->deleteLater();
    notifier = nullptr;
}

void LogFileSource::closeFile()
{
    dispose(m_streamNotifier);
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_reader.reset();
    m_head.clear();
}

bool LogFileSource::openFile(bool fromEnd)
{
    closeFile();
    const BoundedFile::Stream stream = BoundedFile::openStream(m_path);
    if (stream.fd < 0) {
        if (stream.status == BoundedFile::Status::NoPermission)
            setState(State::NeedsPrivileges, LogAccess::fileHint(m_path));
        else if (stream.status == BoundedFile::Status::Missing && m_follow)
            setState(State::Following,
                QCoreApplication::translate("LogFileSource", "Waiting for %1 to be created.").arg(m_path));
        else
            setState(State::Failed, stream.error);
        return false;
    }
    m_kind = LogOrigin::fileKind(m_path);
    m_fd = stream.fd;
    m_regular = stream.regular;
    m_waitForWriter = stream.namedFifo;
    struct stat st{};
    ::fstat(m_fd, &st);
    m_inode = st.st_ino;
    m_device = st.st_dev;
    m_offset = fromEnd && m_regular ? qint64(st.st_size) : 0;
    if (m_regular) {
        ::lseek(m_fd, m_offset, SEEK_SET);
        rememberHead();
    } else {
        m_streamNotifier = new QSocketNotifier(m_fd, QSocketNotifier::Read, this);
        connect(m_streamNotifier, &QSocketNotifier::activated, this, &LogFileSource::poll);
    }
    return true;
}

void LogFileSource::rememberHead()
{
    m_head.resize(HeadBytes);
    const ssize_t n = ::pread(m_fd, m_head.data(), size_t(qMin<qint64>(HeadBytes, qMax<qint64>(m_offset, 0))), 0);
    m_head.resize(qMax<ssize_t>(n, 0));
}

// Whether the bytes at the start of the file differ from those read there: the file was
// truncated and written again (copytruncate), whatever its size is now.
bool LogFileSource::headChanged()
{
    if (m_head.isEmpty())
        return false;
    QByteArray now(m_head.size(), Qt::Uninitialized);
    const ssize_t n = ::pread(m_fd, now.data(), size_t(now.size()), 0);
    return n != now.size() || now != m_head;
}

void LogFileSource::start(const DenialStart &from, bool follow)
{
    stop();
    m_follow = follow;
    m_caughtUp = false;
    m_sinceMs = from.mode == DenialStart::Mode::Since ? from.sinceMs : 0;
    m_linesBefore = m_lines;
    m_reader = LineReader(DenialParser::MaxLineLength);
    if (follow && m_path != u"-") {
        // Watch the directory, not the file: that sees appends and also the rename and
        // creation of a rotation, and a file that does not exist yet.
        m_inotify = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        const QByteArray dir = LocalName::encode(QFileInfo(m_path).absolutePath());
        struct stat st{};
        const bool pipe = ::stat(LocalName::encode(m_path).constData(), &st) == 0 && !S_ISREG(st.st_mode);
        const bool watched = m_inotify >= 0
            && ::inotify_add_watch(m_inotify, dir.constData(),
                   IN_MODIFY | IN_CREATE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE | IN_CLOSE_WRITE | IN_ATTRIB)
                >= 0;
        if (!watched && pipe) {
            // A pipe (/dev/fd/N) has a notifier of its own and never rotates: no watch needed.
            if (m_inotify >= 0)
                ::close(m_inotify);
            m_inotify = -1;
        } else if (!watched) {
            setState(State::Failed,
                QCoreApplication::translate("LogFileSource", "Cannot watch %1: %2")
                    .arg(QFileInfo(m_path).absolutePath(), QString::fromLocal8Bit(std::strerror(errno))));
            return;
        }
        if (m_inotify >= 0) {
            m_notifier = new QSocketNotifier(m_inotify, QSocketNotifier::Read, this);
            connect(m_notifier, &QSocketNotifier::activated, this, &LogFileSource::onInotify);
        }
    }
    if (!openFile(from.mode == DenialStart::Mode::End))
        return;
    if (from.mode == DenialStart::Mode::Position && m_regular) {
        const QStringList parts = from.position.split(u':');
        struct stat st{};
        ::fstat(m_fd, &st);
        // The saved position holds only while the file is the same one and has not shrunk.
        if (parts.size() == 2 && parts[0].toULongLong() == st.st_ino && parts[1].toLongLong() <= st.st_size) {
            m_offset = parts[1].toLongLong();
            ::lseek(m_fd, m_offset, SEEK_SET);
            rememberHead();
        }
    }
    setState(State::Reading, QCoreApplication::translate("LogFileSource", "Reading %1").arg(m_path));
    readMore();
}

void LogFileSource::stop()
{
    dispose(m_notifier);
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
    poll();
}

QList<AppArmorEvent> LogFileSource::readAll(const QString &path, QString *error)
{
    LogFileSource source(path);
    QList<AppArmorEvent> records;
    QEventLoop loop;
    connect(&source, &DenialSource::denialsRead, &loop, [&records](const QList<AppArmorEvent> &batch) {
        records += batch;
    });
    bool done = false;
    connect(&source, &DenialSource::caughtUp, &loop, [&] {
        done = true;
        loop.quit();
    });
    connect(&source, &DenialSource::stateChanged, &loop, [&](DenialSource::State state, const QString &message) {
        if (state == DenialSource::State::Failed || state == DenialSource::State::NeedsPrivileges) {
            *error = message;
            done = true;
            loop.quit();
        }
    });
    connect(&source, &DenialSource::errorOccurred, &loop, [error](const QString &message) {
        *error = message;
    });
    source.start(DenialStart::beginning(), false);
    if (!done)
        loop.exec();
    if (!error->isEmpty())
        records.clear();
    return records;
}

void LogFileSource::poll()
{
    if (!m_scheduled && (m_fd >= 0 || m_follow))
        readMore();
}

void LogFileSource::checkRotation(QList<AppArmorEvent> &out)
{
    struct stat st{};
    const bool exists = ::stat(LocalName::encode(m_path).constData(), &st) == 0;
    if (m_fd < 0) {
        if (exists && openFile(false))
            setState(State::Following, QCoreApplication::translate("LogFileSource", "Following %1").arg(m_path));
        return;
    }
    if (exists && (st.st_ino != m_inode || st.st_dev != m_device)) {
        // Rotated: finish the old file (its last line is complete now), then start the new one.
        while (readSlice(m_sliceBytes, out) == ReadResult::More) { }
        m_reader.finish();
        drain(out);
        m_lines = m_linesBefore + m_reader.lines();
        openFile(false);
        return;
    }
    struct stat current{};
    ::fstat(m_fd, &current);
    if (qint64(current.st_size) < m_offset || headChanged()) {
        // Truncated (copytruncate): what is there now is new.
        m_reader.reset();
        m_offset = 0;
        ::lseek(m_fd, 0, SEEK_SET);
        m_head.clear();
    }
}

void LogFileSource::readMore()
{
    m_scheduled = false;
    QList<AppArmorEvent> out;
    if (m_follow && (m_fd < 0 || m_regular))
        checkRotation(out);
    // Yield to the event loop every few milliseconds, so a flood or a long backlog never
    // stalls the GUI: the budget is time, checked every 64 KiB.
    QElapsedTimer slice;
    slice.start();
    ReadResult result = m_fd < 0 ? ReadResult::AtEnd : ReadResult::More;
    qint64 bytes = 0;
    while (result == ReadResult::More && slice.elapsed() < m_sliceMs && bytes < m_sliceBytes) {
        result = readSlice(64 * 1024, out);
        bytes += 64 * 1024;
    }
    m_lines = m_linesBefore + m_reader.lines();
    if (m_regular && m_fd >= 0 && m_head.size() < HeadBytes && m_offset > m_head.size())
        rememberHead();
    deliver(out);
    switch (result) {
    case ReadResult::More:
        // More backlog: continue after the event loop has had its turn.
        m_scheduled = true;
        QTimer::singleShot(0, this, &LogFileSource::readMore);
        return;
    case ReadResult::Wait:
        return; // a pipe with nothing yet: its notifier calls again
    case ReadResult::StreamEnded:
        // A pipe's writer is done: nothing more will come, following or not.
        stop();
        m_follow = false;
        m_caughtUp = true;
        Q_EMIT caughtUp();
        return;
    case ReadResult::AtEnd:
        break;
    }
    if (!m_caughtUp) {
        m_caughtUp = true;
        if (m_fd >= 0)
            setState(m_follow ? State::Following : State::Stopped,
                m_follow ? QCoreApplication::translate("LogFileSource", "Following %1").arg(m_path) : QString());
        Q_EMIT caughtUp();
    }
}

LogFileSource::ReadResult LogFileSource::readSlice(qint64 budget, QList<AppArmorEvent> &out)
{
    static constexpr qsizetype Chunk = 256 * 1024;
    // Kept between reads: a fresh 256 KiB buffer is an mmap, page faults and a munmap each time.
    QByteArray &buffer = m_readBuffer;
    buffer.resize(Chunk);
    while (budget > 0) {
        const ssize_t n = ::read(m_fd, buffer.data(), Chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK))
            return ReadResult::Wait;
        if (n < 0) {
            Q_EMIT errorOccurred(BoundedFile::errorText(m_path, errno));
            return m_regular ? ReadResult::AtEnd : ReadResult::StreamEnded;
        }
        if (n == 0 && m_waitForWriter)
            return ReadResult::Wait; // no writer yet: its first write wakes the notifier
        if (n == 0) {
            // The end: of a pipe for good; of a file unless it is followed, when its last
            // line may still be being written.
            if (!m_regular || !m_follow) {
                m_reader.finish();
                drain(out);
            }
            return m_regular ? ReadResult::AtEnd : ReadResult::StreamEnded;
        }
        m_offset += n;
        budget -= n;
        m_waitForWriter = false;
        m_reader.append(QByteArrayView(buffer.constData(), n));
        drain(out);
    }
    return ReadResult::More;
}

void LogFileSource::drain(QList<AppArmorEvent> &out)
{
    QByteArrayView block;
    while (m_reader.nextBlock(&block))
        handleBlock(block, out);
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

void LogFileSource::handleBlock(QByteArrayView block, QList<AppArmorEvent> &out)
{
    // Most lines of a log are not AppArmor's: rather than testing each line, search the whole
    // block for the prefilter's markers and parse only the lines that hold one. The block
    // ends with a newline, except a last line at the end of a one-shot read.
    // The same markers as DenialParser::mightBeAppArmor, in two passes rather than four: the
    // old kernels' three all begin with "type=".
    m_hits.clear();
    const auto lineStart = [&](qsizetype pos) {
        return pos == 0 ? 0 : block.lastIndexOf('\n', pos - 1) + 1;
    };
    // The start of the next line, or -1.
    const auto nextLine = [&](qsizetype pos) {
        const qsizetype nl = find(block, "\n", pos);
        return nl < 0 ? -1 : nl + 1;
    };
    const auto lineEnd = [&](qsizetype start) {
        const qsizetype nl = find(block, "\n", start);
        return nl < 0 ? block.size() : nl;
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
        parseLine(block.sliced(start, lineEnd(start) - start), out);
}

void LogFileSource::parseLine(QByteArrayView line, QList<AppArmorEvent> &out)
{
    // Parsed in place at the end of the batch, and dropped again when it is not a record.
    AppArmorEvent &d = out.emplace_back();
    if (!DenialParser::parseLineInto(line, d) || (m_sinceMs > 0 && d.epochMs > 0 && d.epochMs < m_sinceMs))
        out.removeLast();
    else
        d.origin = LogOrigin::originOfLine(m_kind, line);
}
