// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "desktopnotifier.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

static const QString kService = u"org.freedesktop.Notifications"_s;
static const QString kPath = u"/org/freedesktop/Notifications"_s;
static const QString kInterface = u"org.freedesktop.Notifications"_s;

DesktopNotifier::DesktopNotifier(QSystemTrayIcon *fallback, const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_fallback(fallback)
{
    m_bus.connect(kService, kPath, kInterface, u"ActionInvoked"_s, this, SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(kService, kPath, kInterface, u"NotificationClosed"_s, this, SLOT(onClosed(uint, uint)));
    probe();
}

void DesktopNotifier::probe()
{
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"GetCapabilities"_s);
    const QDBusMessage reply = m_bus.call(call, QDBus::Block, 2000);
    m_hasServer = reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty();
    m_capabilities = m_hasServer ? reply.arguments().constFirst().toStringList() : QStringList();
    m_actions = m_capabilities.contains(u"actions"_s);
    m_markup = m_capabilities.contains(u"body-markup"_s);
}

void DesktopNotifier::show(const NotificationThrottle::Popup &popup)
{
    ++m_shown;
    if (!m_hasServer) {
        if (m_fallback)
            m_fallback->showMessage(popup.summary, popup.body, QSystemTrayIcon::Warning, 10000);
        Q_EMIT shown(0);
        return;
    }
    QStringList actions;
    if (m_actions && !popup.sample.profile.isEmpty()) {
        actions << u"default"_s << tr("Details");
        if (!popup.profile.isEmpty())
            actions << u"allow"_s << tr("Allow…");
        if (!popup.profile.isEmpty())
            actions << u"mute"_s << tr("Mute this profile");
    }
    QVariantMap hints;
    hints.insert(u"urgency"_s, QVariant::fromValue(uchar(1)));
    hints.insert(u"desktop-entry"_s, u"io.github.armorer"_s);
    hints.insert(u"category"_s, u"security"_s);
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"Notify"_s);
    call << u"Armorer"_s << m_idOfProfile.value(popup.profile) << u"security-medium"_s << popup.summary
         << (m_markup ? popup.body.toHtmlEscaped() : popup.body) << actions << hints << int(-1);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, popup] {
        QDBusPendingReply<uint> reply = *watcher;
        watcher->deleteLater();
        if (reply.isError()) {
            // The server went away: fall back, and look again next time.
            m_hasServer = false;
            if (m_fallback)
                m_fallback->showMessage(popup.summary, popup.body, QSystemTrayIcon::Warning, 10000);
            Q_EMIT shown(0);
            return;
        }
        const uint previous = m_idOfProfile.value(popup.profile);
        if (previous && previous != reply.value())
            m_open.remove(previous);
        m_open.insert(reply.value(), popup);
        m_idOfProfile.insert(popup.profile, reply.value());
        Q_EMIT shown(reply.value());
    });
}

void DesktopNotifier::onActionInvoked(uint id, const QString &action)
{
    const auto it = m_open.constFind(id);
    if (it == m_open.constEnd())
        return;
    const NotificationThrottle::Popup popup = *it;
    if (action == u"allow")
        Q_EMIT allowRequested(popup.sample);
    else if (action == u"default")
        Q_EMIT detailsRequested(popup.sample);
    else if (action == u"mute")
        Q_EMIT muteRequested(popup.profile);
}

void DesktopNotifier::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    const auto it = m_open.constFind(id);
    if (it == m_open.constEnd())
        return;
    if (m_idOfProfile.value(it->profile) == id)
        m_idOfProfile.remove(it->profile);
    m_open.erase(it);
}

void DesktopNotifier::closeAll()
{
    const QList<uint> ids = m_open.keys();
    m_open.clear();
    m_idOfProfile.clear();
    for (uint id : ids) {
        QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kInterface, u"CloseNotification"_s);
        call << id;
        m_bus.asyncCall(call);
    }
}
