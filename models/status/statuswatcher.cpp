// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "statuswatcher.h"
#include "statusreader.h"

#include <QtConcurrentRun>

using namespace std::chrono_literals;

StatusWatcher::StatusWatcher(const SystemRoot &root, QObject *parent)
    : QObject(parent)
    , m_root(root)
{
    m_timer.setInterval(2s);
    connect(&m_timer, &QTimer::timeout, this, &StatusWatcher::refresh);
    connect(&m_future, &QFutureWatcher<Result>::finished, this, &StatusWatcher::onFinished);
    connect(&m_dirWatcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        m_indexDirty = true;
        refresh();
    });
    connect(&m_dirWatcher, &QFileSystemWatcher::fileChanged, this, [this] {
        refresh();
    });
}

StatusWatcher::~StatusWatcher()
{
    m_future.waitForFinished();
}

void StatusWatcher::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

void StatusWatcher::start()
{
    if (!m_root.profileDir().isEmpty())
        m_dirWatcher.addPath(m_root.profileDir());
    m_timer.start();
    refresh();
}

void StatusWatcher::refresh()
{
    if (m_future.isRunning()) {
        m_again = true;
        return;
    }
    const bool rebuildIndex = m_indexDirty;
    m_indexDirty = false;
    m_future.setFuture(QtConcurrent::run([root = m_root, rebuildIndex] {
        Result result;
        result.status = StatusReader(root).read();
        if (rebuildIndex) {
            result.index.emplace();
            result.index->build(root.profileDir());
        }
        return result;
    }));
}

void StatusWatcher::onFinished()
{
    Result result = m_future.result();
    bool changed = !m_hasStatus || !(result.status == m_status);
    if (result.index) {
        m_index = std::move(*result.index);
        changed = true;
    }
    m_hasStatus = true;
    if (changed) {
        m_status = std::move(result.status);
        Q_EMIT statusChanged(m_status, m_index);
    }
    if (m_again) {
        m_again = false;
        refresh();
    }
}
