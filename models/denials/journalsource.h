// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "denialsource.h"

class QSocketNotifier;
class QTimer;
struct sd_journal;

// Reads AppArmor records from journald through sd-journal: the kernel transport (MESSAGE
// "audit: type=1400 audit(...): ...") and the audit transport (_AUDIT_TYPE 1400 and 1107,
// MESSAGE without the audit stamp, time in _SOURCE_REALTIME_TIMESTAMP), plus dbus-daemon's
// own log lines. Follows with sd_journal_get_fd + sd_journal_process on a socket notifier, and
// resumes from a cursor. sd-journal handles are not thread-safe: the handle lives and is used
// only on the thread that owns this object.
class JournalSource : public DenialSource
{
    Q_OBJECT
public:
    // The local system journal.
    explicit JournalSource(QObject *parent = nullptr);
    // The journal files in directory (a sandbox root's var/log/journal, or a test's files).
    explicit JournalSource(const QString &directory, QObject *parent = nullptr);
    ~JournalSource() override;

    QString name() const override;
    void start(const DenialStart &from, bool follow) override;
    void stop() override;
    // The journal cursor of the last entry looked at.
    QString position() const override { return m_cursor; }

    // How many AppArmor records the last maxEntries kernel/audit entries hold (-1 when the
    // journal cannot be opened): SourceSelector's evidence.
    static int countRecentRecords(const QString &directory, int maxEntries);

private:
    bool open();
    void close();
    void onReadable();
    void readAvailable();

    QString m_directory;
    sd_journal *m_journal = nullptr;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_timeout = nullptr;
    QString m_cursor;
    bool m_follow = false;
    bool m_scheduled = false;
    bool m_caughtUp = false;
};
