// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QSystemTrayIcon>

class NotificationThrottle;
class QMenu;

// The tray icon: Armorer's shield with the number of unseen denials on it, and a menu to open
// the history, mark everything seen, unmute profiles and (in notifier-only mode) quit.
class DenialTray : public QSystemTrayIcon
{
    Q_OBJECT
public:
    DenialTray(NotificationThrottle *throttle, bool withQuit, QObject *parent = nullptr);

    // The icon for a count (0: the plain shield), for tests and screenshots.
    static QIcon iconFor(int unseen);

Q_SIGNALS:
    void showHistoryRequested();

private:
    void updateCount(int unseen);
    void rebuildMutedMenu();

    NotificationThrottle *m_throttle;
    QMenu *m_menu;
    QMenu *m_muted;
};
