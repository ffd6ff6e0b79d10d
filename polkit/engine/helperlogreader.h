// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "helpererror.h"
#include "systemroot.h"

#include <QStringList>

// What the helper's ReadDenials gives users who cannot read the logs: the raw AppArmor lines of
// the first log file present (audit.log, kern.log, syslog, messages), in pages, from sources a
// user cannot write to: of syslog and messages only the kernel's lines, never another
// program's (logger); and never a file others than its owner (root) may write to. The caller
// parses them; root only filters. The cursor is "INODE:OFFSET",
// so a rotated file starts again from the top. Kept deliberately small: the GUI's own log
// sources do the rest.
class HelperLogReader
{
public:
    static constexpr quint32 MaxRecords = 1000;
    // Bytes scanned per call, so one call never holds the helper for long.
    static constexpr qint64 MaxScan = 8 * 1024 * 1024;

    struct Page
    {
        HelperError error;
        QStringList records;
        QString nextCursor;
        QString file;
    };

    static Page read(const SystemRoot &root, const QString &cursor, quint32 max);
    static QStringList logFiles();
    // A syslog line whose sender tag is "kernel:".
    static bool isKernelLine(QByteArrayView line);
};
