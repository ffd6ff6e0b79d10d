// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "apparmorlogline.h"

bool AppArmorLogLine::mightBe(QByteArrayView line)
{
    // "apparmor=" is in every record of kernels since 2.6.36 and in dbus-daemon's; the
    // type=APPARMOR* and numeric 1500-range types are the older kernels' records, which the
    // oldest audit daemons wrote as "type=UNKNOWN[1503]".
    return line.contains("apparmor=") || line.contains("type=APPARMOR") || line.contains("type=150")
        || line.contains("type=UNKNOWN[15");
}
