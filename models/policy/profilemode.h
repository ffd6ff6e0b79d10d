// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// The mode of a loaded profile or of a confined process, as the kernel reports it.
enum class ProfileMode {
    Enforce,
    Complain,
    Kill,
    Unconfined,
    Prompt,
    Mixed, // a process confined by a stack of profiles in different modes
    Unknown,
};

namespace ProfileModes {
// "user" is what kernels before prompt support called prompt mode; aa-status maps it too.
ProfileMode fromString(QStringView mode);
// The kernel's spelling ("enforce", "complain", ...), as aa-status prints it.
QString toString(ProfileMode mode);
// Every mode a profile can be listed with, in aa-status's order.
QList<ProfileMode> profileModes();
} // namespace ProfileModes
