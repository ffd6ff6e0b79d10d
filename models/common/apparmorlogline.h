// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QByteArrayView>

// What every reader of log lines agrees on before parsing: the denial parser (models/denials)
// and the helper's log reader (polkit/engine), which runs as root and does not link the parser.
namespace AppArmorLogLine {
// The kernel's audit messages are at most 8970 bytes (MAX_AUDIT_MESSAGE_LENGTH), and
// libapparmor 4.1's parse_record crashes on lines somewhat over 16 KiB: longer lines are
// not AppArmor records and are never handed to it.
constexpr qsizetype MaxLength = 16 * 1024;

// The cheap test every line goes through before the real parser: does it look like an
// AppArmor record at all?
bool mightBe(QByteArrayView line);
} // namespace AppArmorLogLine
