// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "authorizer.h"

#include <PolkitQt1/Authority>
#include <PolkitQt1/Subject>

#include <QDBusConnectionInterface>
#include <QLoggingCategory>

#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAuth, "armorer.helper.auth", QtInfoMsg)

Authorizer::Authorizer(const QDBusConnection &bus, Mode mode, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
    , m_mode(mode)
{
    m_bus.connect(u"org.freedesktop.DBus"_s, u"/org/freedesktop/DBus"_s, u"org.freedesktop.DBus"_s,
        u"NameOwnerChanged"_s, this, SLOT(nameOwnerChanged(QString, QString, QString)));
}

void Authorizer::nameOwnerChanged(const QString &name, const QString &oldOwner, const QString &newOwner)
{
    // A unique name losing its owner: that caller is gone, and its decisions with it.
    if (newOwner.isEmpty() && name == oldOwner && m_cache.remove(name))
        qCInfo(lcAuth) << "forgot caller" << name;
}

HelperError Authorizer::check(const QDBusMessage &message, const QString &action)
{
    const QString caller = message.service();
    if (!caller.startsWith(u':'))
        return {HelperError::Code::AccessDenied, u"no unique sender"_s};
    const auto cached = m_cache.value(caller);
    if (const auto it = cached.constFind(action); it != cached.cend())
        return *it ? HelperError() : HelperError(HelperError::Code::AccessDenied, action);

    bool allowed = false;
    if (m_mode == Mode::SameUser) {
        const QDBusReply<uint> uid = m_bus.interface()->serviceUid(caller);
        allowed = uid.isValid() && uid.value() == ::geteuid();
    } else {
        using PolkitQt1::Authority;
        Authority *authority = Authority::instance();
        const Authority::AuthorizationFlags flags
            = message.isInteractiveAuthorizationAllowed() ? Authority::AllowUserInteraction : Authority::None;
        const Authority::Result result
            = authority->checkAuthorizationSync(action, PolkitQt1::SystemBusNameSubject(caller), flags);
        if (authority->hasError()) {
            const QString detail = authority->errorDetails();
            authority->clearError();
            qCWarning(lcAuth) << "polkit error for" << caller << action << detail;
            return {HelperError::Code::AccessDenied, action + u": "_s + detail};
        }
        if (result == Authority::Challenge) {
            // Not cached: the caller may come back allowing interaction.
            return {HelperError::Code::AuthorizationRequired, action};
        }
        allowed = result == Authority::Yes;
    }
    // Remember only callers still on the bus, so a departed name cannot leave an entry behind.
    if (m_bus.interface()->isServiceRegistered(caller).value())
        m_cache[caller].insert(action, allowed);
    qCInfo(lcAuth) << caller << action << (allowed ? "allowed" : "denied");
    return allowed ? HelperError() : HelperError(HelperError::Code::AccessDenied, action);
}
