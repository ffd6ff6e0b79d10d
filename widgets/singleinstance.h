// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QStringList>

// One armorer per session and system root: the first process owns a well-known name on the
// session bus (io.github.armorer.Gui, with a suffix for another root) and serves Activate();
// a later start hands its arguments to it and exits, so tray and windows share one process,
// one tray icon and one notification throttle. Without a session bus every start is alone.
class SingleInstance : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "io.github.armorer.Gui1")
public:
    enum class Role {
        Primary, // this process owns the name
        Secondary, // another process does: forward() to it
        Alone, // no session bus (or the name could not be had): run on its own
    };
    static constexpr const char *ObjectPath = "/io/github/armorer/Gui";

    SingleInstance(const QDBusConnection &bus, const QString &serviceName, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The name for a root: the system's, the demo's, or a --root directory's.
    static QString serviceNameFor(bool demo, const QString &rootDirectory);

    Role claim();
    Role role() const { return m_role; }
    // Hands arguments to the primary; false (with why) when it does not answer.
    bool forward(const QStringList &arguments, QString *error);

public Q_SLOTS:
    Q_SCRIPTABLE void Activate(const QStringList &arguments);

Q_SIGNALS:
    // A later start's arguments (without the program name), in the primary.
    void activated(const QStringList &arguments);

private:
    QDBusConnection m_bus;
    QString m_service;
    Role m_role = Role::Alone;
};
