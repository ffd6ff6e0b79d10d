// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "notificationthrottle.h"

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QStringList>

class QSystemTrayIcon;

// Shows the throttle's popups as freedesktop notifications (org.freedesktop.Notifications on
// the session bus) with the buttons Allow… and Mute this profile, and Details as the default
// action (a click on the notification). A profile has one notification at a time: a newer
// popup replaces it in place (replaces_id), and closeAll() takes them away once the denials
// are seen. When no
// notification server is there, or it has no "actions" capability, falls back to
// QSystemTrayIcon::showMessage, which has no buttons.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QSystemTrayIcon *fallback, const QDBusConnection &bus = QDBusConnection::sessionBus(),
        QObject *parent = nullptr);

    // Asks the server again (GetCapabilities); called once by the constructor.
    void probe();
    bool hasServer() const { return m_hasServer; }
    bool supportsActions() const { return m_actions; }
    QStringList capabilities() const { return m_capabilities; }
    int shownCount() const { return m_shown; }
    // The notifications on screen, by id.
    QList<uint> openIds() const { return m_open.keys(); }

public Q_SLOTS:
    void show(const NotificationThrottle::Popup &popup);
    // Closes every notification this notifier shows (the denials were marked seen).
    void closeAll();

Q_SIGNALS:
    // The user pressed Allow… (the application opens the allow dialog for the denial).
    void allowRequested(const AppArmorEvent &denial);
    void detailsRequested(const AppArmorEvent &denial);
    void muteRequested(const QString &profile);
    // A notification reached the server (its id) or the fallback (0).
    void shown(uint id);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    QSystemTrayIcon *m_fallback;
    QHash<uint, NotificationThrottle::Popup> m_open;
    QHash<QString, uint> m_idOfProfile; // "" for the overflow summary
    QStringList m_capabilities;
    bool m_hasServer = false;
    bool m_actions = false;
    bool m_markup = false;
    int m_shown = 0;
};
