// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "statussnapshot.h"
#include "systemroot.h"

// Reads the loaded profiles and confined processes of a system root, with aa-status's
// checks and states.
class StatusReader
{
public:
    explicit StatusReader(const SystemRoot &root);

    StatusSnapshot read() const;
    // Only the profiles (state, message, profiles, parseErrors), without the /proc walk.
    StatusSnapshot readProfiles() const;

    // Far above any real policy (100k profiles are about 6 MiB).
    static constexpr qint64 MaxProfilesFile = 64 * 1024 * 1024;

private:
    SystemRoot m_root;
};
