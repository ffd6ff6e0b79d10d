// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "apparmorevent.h"

#include <QJsonObject>

#include <optional>

// A AppArmorEvent as JSON: every field that was logged, under the kernel's own key names
// ("apparmor", "operation", "class", "profile", "name", "requested_mask", ...), plus "time"
// (ISO 8601, UTC) when the record had a stamp, and "verified" (AppArmorEvent::isVerified). Fields that
// were not logged are left out. A name that is not UTF-8 also comes as "KEY_hex" (its bytes).
namespace DenialJson {
QJsonObject toJson(const AppArmorEvent &denial);
// The inverse, for a record printed by "armorctl denials --json" and handed back (armorctl
// allow): nullopt, with the reason in error, when the object is not such a record.
std::optional<AppArmorEvent> fromJson(const QJsonObject &object, QString *error = nullptr);
} // namespace DenialJson
