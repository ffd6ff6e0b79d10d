// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "profileindex.h"
#include "statussnapshot.h"
#include "systemroot.h"

#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

// Keeps the status of a system root current. securityfs sends no inotify events, so the
// profiles file and /proc are re-read on a cheap timer, off the GUI thread, and a change is
// only announced when the result differs. The profile index is rebuilt when the profile
// directory changes.
class StatusWatcher : public QObject
{
    Q_OBJECT
public:
    explicit StatusWatcher(const SystemRoot &root, QObject *parent = nullptr);
    ~StatusWatcher() override;

    void setInterval(std::chrono::milliseconds interval);
    // Starts watching; the first result comes as soon as it is read.
    void start();
    // Re-reads now (coalesced with a read already running).
    void refresh();

    const StatusSnapshot &status() const { return m_status; }
    const ProfileIndex &index() const { return m_index; }
    const SystemRoot &root() const { return m_root; }

Q_SIGNALS:
    void statusChanged(const StatusSnapshot &status, const ProfileIndex &index);

private:
    struct Result
    {
        StatusSnapshot status;
        std::optional<ProfileIndex> index;
    };
    void onFinished();

    SystemRoot m_root;
    StatusSnapshot m_status;
    ProfileIndex m_index;
    bool m_hasStatus = false;
    bool m_indexDirty = true;
    bool m_again = false;
    QTimer m_timer;
    QFileSystemWatcher m_dirWatcher;
    QFutureWatcher<Result> m_future;
};
