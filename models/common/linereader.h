// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

// The one line reader of every log reader (denials, suggest, allow --log, the log sources and
// the helper's log reader), so that they all see the same lines and "record N" means the same
// record everywhere. Bytes go in as they are read; complete lines come out without their
// newline. A line longer than the cap is skipped whole (and counted), without holding it in
// memory, whatever chunks it arrives in. After finish(), a last line without a newline is a
// line too.
class LineReader
{
public:
    explicit LineReader(qsizetype maxLength)
        : m_max(maxLength)
    {
    }

    void append(QByteArrayView data);
    // No more input: a final line without a newline is handed out by the next call.
    void finish();
    // The next line of at most the cap (skipping longer ones); false when none is complete.
    bool next(QByteArrayView *line);
    // A run of complete lines, each at most the cap, each ending with a newline except a
    // final line after finish(); the fast path of a reader that searches whole blocks.
    bool nextBlock(QByteArrayView *block);
    // Forgets the input held (a file rotated or truncated); the counters go on.
    void reset();

    quint64 lines() const { return m_lines; } // handed out or skipped
    quint64 skipped() const { return m_skipped; } // longer than the cap
    // Bytes appended since the start (or reset) that belong to lines handed out or skipped.
    qint64 consumed() const { return m_consumed; }
    // Bytes appended but not yet part of a complete line.
    qint64 pending() const { return m_appended - m_consumed; }
    qsizetype maxLength() const { return m_max; }

    // Reads fd to its end (waiting on a pipe that has nothing yet, never taking EAGAIN for
    // the end) and calls onLine for every line; false with error set on a read error.
    static bool readAll(int fd, qsizetype maxLength, const std::function<void(QByteArrayView)> &onLine, QString *error,
        quint64 *skipped = nullptr);

private:
    void skipPartial();

    qsizetype m_max;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_skipping = false; // inside a line already known to be too long
    bool m_finished = false;
    qint64 m_appended = 0;
    qint64 m_consumed = 0;
    quint64 m_lines = 0;
    quint64 m_skipped = 0;
};
