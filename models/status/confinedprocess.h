// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "profilemode.h"

#include <QString>

// A process that runs under a profile, or that is unconfined although a profile for its
// executable is loaded (aa-status: "unconfined but have a profile defined").
struct ConfinedProcess
{
    qint64 pid = 0;
    QString exe;
    // The profile (label) confining it; for an unconfined process, the matching profile.
    QString profile;
    ProfileMode mode = ProfileMode::Unknown;

    bool operator==(const ConfinedProcess &) const = default;
};
