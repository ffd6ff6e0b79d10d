// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "profilemode.h"

#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Edits the flags=(...) of a profile file's top-level profiles the way aa-enforce and
// aa-complain do: complain adds "complain" (dropping any other mode flag), enforce drops the
// mode flags; other flags (attach_disconnected, mediate_deleted, ...) are kept in order, and an
// empty list removes flags=() altogether. Child profiles and hats are left alone.
namespace ProfileFlags {
// The new text, or nullopt when the text has no top-level profile, a top-level header carries
// more than one flags=(...), or the mode is neither Enforce nor Complain.
std::optional<QString> setMode(QStringView text, ProfileMode mode);
// "attach_disconnected, complain" -> {attach_disconnected, complain}
QStringList split(QStringView flags);
} // namespace ProfileFlags
