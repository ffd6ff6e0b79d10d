// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QFile>
#include <QString>
#include <QStringList>

// File names (and every name a log gives) are bytes: most are UTF-8, not all. They decode to a
// QString without loss: each byte that is not part of valid UTF-8 becomes a lone surrogate
// U+DC80..U+DCFF ("surrogateescape"), and encode() gives the very same bytes back.
// QString::fromUtf8 and Qt's QFile::decodeName would put U+FFFD there instead, which names
// another file. Valid UTF-8 never decodes to a lone surrogate, so the mapping is one to one.
namespace LocalName {
QString decode(QByteArrayView bytes);
QByteArray encode(QStringView name);
// The byte a character stands for when it is an escaped byte (a lone U+DC80..U+DCFF), else -1.
int escapedByte(QStringView text, qsizetype at);
// Opens file (read-only, on a file without a name) by the exact bytes of name, which
// QFile(name) cannot do for a name that is not UTF-8; on failure, error says why.
bool openForReading(QFile &file, const QString &name, QString *error);
// The program's arguments, decoded without loss (QCoreApplication::arguments() is lossy).
QStringList arguments(int argc, char **argv);
} // namespace LocalName
