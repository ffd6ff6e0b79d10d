// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "helpererror.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QHash>
#include <QObject>

// Decides whether the sender of a D-Bus call may perform a polkit action. On the system bus it
// asks polkitd about SystemBusNameSubject(sender) (never a PID, which can be recycled), and
// keeps the answer per caller and action until the caller leaves the bus (NameOwnerChanged).
// The demo's private-bus helper runs unprivileged and allows only callers of its own uid.
class Authorizer : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Polkit,
        SameUser, // demo only: a private bus, an unprivileged helper
    };

    Authorizer(const QDBusConnection &bus, Mode mode, QObject *parent = nullptr);

    // No error when allowed; AccessDenied / AuthorizationRequired otherwise.
    HelperError check(const QDBusMessage &message, const QString &action);
    int cachedCallers() const { return m_cache.size(); }

private Q_SLOTS:
    void nameOwnerChanged(const QString &name, const QString &oldOwner, const QString &newOwner);

private:
    QDBusConnection m_bus;
    Mode m_mode;
    // caller's unique name -> action -> allowed
    QHash<QString, QHash<QString, bool>> m_cache;
};
