// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QString>

// Text from a log, a process or a file name, made safe to show to a person: in a terminal, a
// tooltip or a notification. Control characters (C0, DEL, C1), the bidirectional overrides that
// reorder what is shown, and bytes that are not UTF-8 (LocalName's escaped bytes) become visible
// escapes ("\n", "\t", "\e", "\x07", "\u202e", "\xe9"), so a name can never move the cursor,
// recolour or rewrite a terminal, or break a line, a tooltip or a notification. A backslash is
// written as "\\" so that an escape on screen always means an escape in the name.
namespace DisplayText {
QString escaped(QStringView text);
// Whether escaped(text) differs from text.
bool needsEscaping(QStringView text);
} // namespace DisplayText
