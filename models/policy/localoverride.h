// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QString>

// The local override of a shipped profile: local/NAME, included by the profile with
// "include if exists <local/NAME>". Package updates replace the profile, never local/NAME.
namespace LocalOverride {
// "local/NAME" for the profile file NAME (relative to the profile directory).
QString relativePathFor(const QString &profileFileName);
// The text of a new, empty override.
QString newOverrideText(const QString &profileFileName);
// Whether profileText includes local/NAME (with or without "if exists", "#include" too).
bool includesOverride(const QString &profileText, const QString &profileFileName);
// profileText with "include if exists <local/NAME>" added as the last line of the first
// top-level profile's block (indented like the line above); profileText unchanged when it has
// no profile block.
QString withOverrideInclude(const QString &profileText, const QString &profileFileName);
} // namespace LocalOverride
