// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "apparmorevent.h"

#include <QString>

// Repeats of the same denial, counted once: same kind, profile, class and operation, target
// (path, capability, socket family/type, peer, D-Bus object, signal) and masks. The latest
// record is kept for its details (pid, comm, time).
struct DenialGroup
{
    QString key;
    AppArmorEvent latest;
    quint64 count = 0;
    qint64 firstSeenMs = 0;
    qint64 lastSeenMs = 0;

    static QString keyOf(const AppArmorEvent &d);
    // What was accessed, in one line: a path, "capability net_admin", "inet stream", ...
    static QString targetOf(const AppArmorEvent &d);
    // The class, or one derived from the operation for kernels that do not log it.
    static QString classOf(const AppArmorEvent &d);
};
