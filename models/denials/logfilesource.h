// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "denialsource.h"

#include <QByteArray>

#include <sys/types.h>

class QSocketNotifier;

// Reads AppArmor records from a text log (audit.log, kern.log, syslog, messages or any file)
// and follows it with inotify on its directory: appends, rotation (the path gets a new inode:
// the old file is read to its end first), truncation (read again from the start) and a last
// line still being written (kept until its newline). Lines longer than a kernel audit record
// can be are skipped whole, without holding them in memory. Large backlogs are read in slices
// so the event loop keeps running.
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

private:
    bool openFile(bool fromEnd);
    void closeFile();
    void onInotify();
    void readMore();
    // Reads up to budget bytes; true when the end of the file was reached.
    bool readSlice(qint64 budget, QList<Denial> &out);
    void handleLine(QByteArrayView line, QList<Denial> &out);
    void handleBlock(QByteArrayView block, QList<Denial> &out);
    void parseLine(QByteArrayView line, QList<Denial> &out);
    void checkRotation(QList<Denial> &out);

    QString m_path;
    int m_fd = -1;
    ino_t m_inode = 0;
    dev_t m_device = 0;
    qint64 m_offset = 0; // bytes consumed from the file, including the partial line
    QByteArray m_partial;
    QByteArray m_readBuffer;
    QList<qsizetype> m_hits;
    bool m_skippingLongLine = false;
    bool m_follow = false;
    bool m_caughtUp = false;
    bool m_scheduled = false;
    qint64 m_sinceMs = 0;
    qint64 m_sliceBytes = 4 * 1024 * 1024;
    int m_sliceMs = 8;
    int m_inotify = -1;
    QSocketNotifier *m_notifier = nullptr;
};
