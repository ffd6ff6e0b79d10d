// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QByteArray>
#include <QString>

// The one way Armorer reads a whole file: only a regular file, and at most a cap. The size a
// device, a FIFO or securityfs reports (0) is never trusted: reading stops one byte past the
// cap whatever fstat said, and opening never blocks on a FIFO without a writer.
// Also opens the streams a log is read from ("-" is stdin): regular files and pipes.
class BoundedFile
{
public:
    enum class Status { Ok, Missing, NoPermission, NotRegular, TooLarge, Error };
    struct Result
    {
        Status status = Status::Error;
        QByteArray data;
        QString error; // a sentence naming the file, when status is not Ok
        bool ok() const { return status == Status::Ok; }
    };

    // Regular files only: what a profile, an override, a draft or a state file is. Kernel
    // files (securityfs, procfs) are regular files of size 0: read to their end, capped too.
    static Result read(const QString &path, qint64 cap);
    // A file named on a command line: as read(), and "-" is standard input (a pipe, a file
    // or a terminal), read to its end, at most cap bytes.
    static Result readInput(const QString &path, qint64 cap);
    // The same for an open descriptor (not closed here); name is for the error.
    static Result readFd(int fd, const QString &name, qint64 cap);

    // A log to read to its end: a regular file, a pipe or FIFO (<(cmd), /dev/stdin) or a
    // terminal, opened non-blocking. "-" is standard input. -1 with error set otherwise.
    struct Stream
    {
        int fd = -1;
        bool regular = false; // false: a pipe, FIFO or terminal (no size, no seeking)
        // A FIFO on a file system (mkfifo), not a pipe: until its writer has written, an
        // empty read means "no writer yet", not the end.
        bool namedFifo = false;
        Status status = Status::Error;
        QString error;
    };
    static Stream openStream(const QString &path);

    // A sentence for errno on path.
    static QString errorText(const QString &path, int error);
};
