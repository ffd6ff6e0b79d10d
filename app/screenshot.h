// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QElapsedTimer>
#include <QString>

class QWidget;
class StatusWatcher;

// Headless runs: a real screenshot of the screen once the first data is on it, and the time to
// the first painted frame with data, for the benchmarks.
namespace Screenshot {
void takeWhenReady(QWidget *window, StatusWatcher *watcher, const QString &file);
void reportFirstPaint(QWidget *window, StatusWatcher *watcher, QElapsedTimer sinceStart);
} // namespace Screenshot
