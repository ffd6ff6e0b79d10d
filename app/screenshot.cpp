// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "screenshot.h"
#include "statuswatcher.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPixmap>
#include <QScreen>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include <cstdio>

using namespace Qt::StringLiterals;

void Screenshot::takeWhenReady(QWidget *window, StatusWatcher *watcher, const QString &file)
{
    QObject::connect(
        watcher, &StatusWatcher::statusChanged, window,
        [window, file] {
            // Let the views lay out and paint the new rows before grabbing the screen.
            QTimer::singleShot(500, window, [window, file] {
                QDir().mkpath(QFileInfo(file).absolutePath());
                QScreen *screen = window->screen();
                // The whole X screen (as a person would see it), not a widget render.
                QPixmap shot = screen->grabWindow(0);
                if (shot.isNull())
                    shot = window->grab();
                const bool ok = shot.save(file);
                QTextStream(stdout) << (ok ? u"screenshot: "_s : u"screenshot failed: "_s)
                                    << QFileInfo(file).absoluteFilePath() << Qt::endl;
                QApplication::exit(ok ? 0 : 1);
            });
        },
        Qt::SingleShotConnection);
}

namespace {
class FirstPaintFilter : public QObject
{
public:
    FirstPaintFilter(QWidget *window, QElapsedTimer sinceStart)
        : QObject(window)
        , m_sinceStart(sinceStart)
    {
    }
    bool m_hasData = false;
    bool m_painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_painted) {
            m_painted = true;
            QTextStream(stdout) << "first-paint-ms " << m_sinceStart.nsecsElapsed() / 1e6 << Qt::endl;
        }
        if (event->type() == QEvent::Paint && m_hasData) {
            m_hasData = false;
            QTextStream(stdout) << "first-paint-with-data-ms " << m_sinceStart.nsecsElapsed() / 1e6 << Qt::endl;
            QTimer::singleShot(0, qApp, &QApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_sinceStart;
};
} // namespace

void Screenshot::reportFirstPaint(QWidget *window, StatusWatcher *watcher, QElapsedTimer sinceStart)
{
    auto *filter = new FirstPaintFilter(window, sinceStart);
    // Paint events of the table's viewport tell when rows are on screen.
    qApp->installEventFilter(filter);
    QObject::connect(
        watcher, &StatusWatcher::statusChanged, filter,
        [filter] {
            filter->m_hasData = true;
        },
        Qt::SingleShotConnection);
}
