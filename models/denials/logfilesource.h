// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "denialsource.h"
#include "linereader.h"
#include "logorigin.h"

#include <QByteArray>

#include <sys/types.h>

class QSocketNotifier;

// Reads AppArmor records from a text log (audit.log, kern.log, syslog, messages or any file),
// a pipe or standard input ("-"), and follows a file with inotify on its directory: appends,
// rotation (the path gets a new inode: the old file is read to its end first), truncation
// (copytruncate: the file shrank, or its first bytes are no longer those read, even when it
// has grown past the old offset again: read again from the start) and a last line still
// being written (kept until its newline; a one-shot read takes it as it is). A pipe is read to
// its end, waiting whenever it has nothing yet. Lines go through LineReader, as in every
// other reader. Large backlogs are read in slices so the event loop keeps running.
class LogFileSource : public DenialSource
{
    Q_OBJECT
public:
    explicit LogFileSource(const QString &path, QObject *parent = nullptr);
    ~LogFileSource() override;

    QString name() const override { return m_path; }
    void start(const DenialStart &from, bool follow) override;
    void stop() override;
    // "INODE:OFFSET" of the first byte not yet delivered.
    QString position() const override;

    // How much is read (at most) before yielding to the event loop.
    void setSlice(qint64 bytes, int ms)
    {
        m_sliceBytes = bytes;
        m_sliceMs = ms;
    }

    // A one-shot read of path ("-": standard input) to its end: exactly the records that
    // start(beginning, false) delivers, so that every command sees the same ones. Runs a
    // local event loop. Empty with error set when the log cannot be read.
    static QList<AppArmorEvent> readAll(const QString &path, QString *error);

    // Reads what is new now, as an inotify event would (tests call it rather than waiting).
    void poll();

private:
    enum class ReadResult { More, AtEnd, Wait, StreamEnded };
    bool openFile(bool fromEnd);
    void rememberHead();
    bool headChanged();
    void closeFile();
    void onInotify();
    void readMore();
    // Reads up to budget bytes.
    ReadResult readSlice(qint64 budget, QList<AppArmorEvent> &out);
    void drain(QList<AppArmorEvent> &out);
    void handleBlock(QByteArrayView block, QList<AppArmorEvent> &out);
    void parseLine(QByteArrayView line, QList<AppArmorEvent> &out);
    void checkRotation(QList<AppArmorEvent> &out);

    QString m_path;
    LogOrigin::FileKind m_kind = LogOrigin::FileKind::Other; // whose records it holds
    int m_fd = -1;
    ino_t m_inode = 0;
    dev_t m_device = 0;
    bool m_regular = true; // false: a pipe, FIFO or terminal
    bool m_waitForWriter = false; // a named FIFO that has had no data yet
    qint64 m_offset = 0; // bytes read from the file, including an unfinished line
    // The first bytes of the file as read: a copytruncate that grew past m_offset changes them.
    QByteArray m_head;
    LineReader m_reader;
    quint64 m_linesBefore = 0;
    QByteArray m_readBuffer;
    QList<qsizetype> m_hits;
    bool m_follow = false;
    bool m_caughtUp = false;
    bool m_scheduled = false;
    qint64 m_sinceMs = 0;
    qint64 m_sliceBytes = 4 * 1024 * 1024;
    int m_sliceMs = 8;
    int m_inotify = -1;
    QSocketNotifier *m_notifier = nullptr;
    QSocketNotifier *m_streamNotifier = nullptr; // a pipe's "readable"
};
