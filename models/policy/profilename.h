// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QStringView>

// The strict pattern every profile argument of the helper must match: the name of a
// top-level profile file in the profile directory ("usr.bin.firefox", "firefox"), which is
// also the name of its override in local/. One path component of [A-Za-z0-9._+@-], at most
// 200 characters, starting with a letter or digit, with no ".." and none of the names the
// loader skips (abstractions, local, *.dpkg-new, ...).
namespace ProfileName {
constexpr qsizetype MaxLength = 200;
bool isValid(QStringView name);
// A change journal id: 1 to 9 digits.
bool isValidChangeId(QStringView id);
} // namespace ProfileName
