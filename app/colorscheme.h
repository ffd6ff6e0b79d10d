// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QString>

// --color-scheme light|dark: Fusion with an explicit palette, so screenshots look the same on
// every platform plugin. Breeze's colours for dark.
namespace ColorScheme {
void apply(const QString &scheme);
} // namespace ColorScheme
