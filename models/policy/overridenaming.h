// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QString>

// The name of a profile's local override in local/, shared by the helper, the client, the GUI
// and the sandbox so that all of them write where the profile includes.
namespace OverrideNaming {
// An override or profile is a few KiB; the helper refuses more, and readers stop there.
constexpr qsizetype MaxTextSize = 256 * 1024;

// "usr.sbin.web" + "vhost" -> "usr.sbin.web_vhost", as the apparmor.d profiles name a
// child's override (local/PARENT_CHILD); "" when the result is no valid file name.
QString name(const QString &profileFile, const QString &child);
} // namespace OverrideNaming
