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

private:
    SystemRoot m_root;
};
