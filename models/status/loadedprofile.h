// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "profilemode.h"

#include <QString>

// One line of <securityfs>/apparmor/profiles.
struct LoadedProfile
{
    // The name exactly as the kernel lists it, namespace prefix included (":ns://name"):
    // this is the key everything else uses, and what aa-status prints.
    QString name;
    // The namespace for ":ns://name" entries, empty for the current one.
    QString nameSpace;
    // The name inside its namespace ("name" for ":ns://name").
    QString localName;
    ProfileMode mode = ProfileMode::Unknown;

    bool operator==(const LoadedProfile &) const = default;
};
