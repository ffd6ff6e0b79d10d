// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QByteArray>
#include <QString>

// Text of a file that need not be UTF-8, decoded so that encoding it again gives back every
// byte: a byte that is not part of valid UTF-8 (a Latin-1 "é", say) becomes one private-use
// character, U+F700 + byte, and turns back into that byte. A file that is valid UTF-8 decodes
// as usual; one that contains the escape characters themselves has their bytes escaped too, so
// the round trip holds for any input. The editor shows an escaped byte as an unknown glyph and
// writes it back unchanged.
namespace LosslessUtf8 {
QString decode(const QByteArray &bytes);
QByteArray encode(QStringView text);
// How many bytes of text stand for bytes that are not UTF-8.
qsizetype escapedBytes(QStringView text);
} // namespace LosslessUtf8
