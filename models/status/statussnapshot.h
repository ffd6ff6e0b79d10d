// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "confinedprocess.h"
#include "loadedprofile.h"

#include <QList>
#include <QMetaType>
#include <QString>

// What the kernel says at one moment: the loaded profiles and the processes they confine,
// or why that cannot be read.
struct StatusSnapshot
{
    // The values are aa-status's exit codes, which armorctl status returns.
    enum class State {
        Ok = 0,
        Disabled = 1, // no AppArmor in this kernel, or disabled at boot
        NoPolicy = 2, // AppArmor is on but no profile is loaded
        NoControlFiles = 3, // securityfs is not mounted, or has no AppArmor directory
        NoPermission = 4, // the profiles file exists but cannot be read (needs root)
    };

    State state = State::Ok;
    // A sentence for the user when state is not Ok.
    QString message;
    QList<LoadedProfile> profiles; // sorted by name
    QList<ConfinedProcess> processes; // sorted by pid
    // Lines of the profiles file that could not be understood.
    QStringList parseErrors;

    int exitCode() const { return static_cast<int>(state); }
    bool operator==(const StatusSnapshot &) const = default;
};

Q_DECLARE_METATYPE(StatusSnapshot)
