// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "helpererror.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QMap>
#include <QObject>

#include <functional>

// Decides whether the sender of a D-Bus call may perform a polkit action. On the system bus it
// asks polkitd about SystemBusNameSubject(sender) (never a PID, which can be recycled) on every
// call: nothing is remembered, so a rule changed to NO applies to the next call, and "do not ask
// again for a while" is polkit's own auth_admin_keep. The check is an asynchronous call to
// polkitd, so the helper serves other callers while a password prompt is open. details (the
// profile, the kind of change) go to polkit, for its prompt and for .rules.
// The demo's private-bus helper runs unprivileged and allows only callers of its own uid.
class Authorizer : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Polkit,
        SameUser, // demo only: a private bus, an unprivileged helper
    };
    using Details = QMap<QString, QString>;
    // No error when allowed; AccessDenied / AuthorizationRequired otherwise.
    using Done = std::function<void(const HelperError &)>;

    Authorizer(const QDBusConnection &bus, Mode mode, QObject *parent = nullptr);

    // Calls done exactly once, from the event loop (never before check() returns).
    void check(const QDBusMessage &message, const QString &action, const Details &details, Done done);
    // Checks asked and not yet answered.
    int pending() const { return m_pending; }

Q_SIGNALS:
    // pending() went down to zero.
    void settled();

private:
    void finish(const Done &done, const HelperError &error);

    QDBusConnection m_bus;
    Mode m_mode;
    int m_pending = 0;
};
