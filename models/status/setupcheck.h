// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "systemroot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

// What Armorer needs from the system, checked once at the first start (and on demand): an
// AppArmor kernel, a log it can read denials from, and a notification server for the tray.
// Each finding says what is missing and how to fix it.
class SetupCheck
{
    Q_DECLARE_TR_FUNCTIONS(SetupCheck)

public:
    enum class Item { Kernel, Logs, Notifications };
    struct Finding
    {
        Item item = Item::Kernel;
        bool ok = false;
        QString title;
        QString detail; // what was found
        QString fix; // how to fix it; empty when ok
    };

    // The probes that cannot be read from files. Tests replace them.
    struct Probes
    {
        // Whether the session bus has org.freedesktop.Notifications (running or activatable).
        std::function<bool()> notificationServer;
        // Whether this process may read the systemd journal's system logs.
        std::function<bool()> journalReadable;
        // The server's name and capabilities (GetServerInformation, GetCapabilities): "actions"
        // means it shows buttons. Empty when it cannot be asked.
        std::function<QStringList()> notificationCapabilities;
        std::function<QString()> notificationServerName;
        // Where the kernel's state is read, when not from the root shown (the demo shows a
        // sandbox, but the kernel that matters is this system's).
        std::optional<SystemRoot> kernelRoot;
    };
    static Probes systemProbes();

    static QList<Finding> run(const SystemRoot &root, const Probes &probes = systemProbes());
    static bool allOk(const QList<Finding> &findings);
};
