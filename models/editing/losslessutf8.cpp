// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "losslessutf8.h"

namespace {
constexpr char16_t EscapeBase = 0xF700; // U+F780..U+F7FF for the bytes 0x80..0xFF

bool isEscape(char32_t c)
{
    return c >= EscapeBase + 0x80 && c <= EscapeBase + 0xFF;
}

bool isContinuation(unsigned char b)
{
    return (b & 0xC0) == 0x80;
}

// The length of the valid UTF-8 sequence at data[i] and its code point; 0 when it is not one
// (a stray continuation byte, a truncated, overlong or surrogate sequence, or past U+10FFFF).
int sequenceAt(const unsigned char *data, qsizetype size, qsizetype i, char32_t *codePoint)
{
    const unsigned char b = data[i];
    int length = 0;
    char32_t c = 0;
    char32_t minimum = 0;
    if (b < 0x80) {
        *codePoint = b;
        return 1;
    } else if (b >= 0xC2 && b <= 0xDF) {
        length = 2, c = b & 0x1F, minimum = 0x80;
    } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3, c = b & 0x0F, minimum = 0x800;
    } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4, c = b & 0x07, minimum = 0x10000;
    } else {
        return 0;
    }
    if (i + length > size)
        return 0;
    for (int k = 1; k < length; ++k) {
        if (!isContinuation(data[i + k]))
            return 0;
        c = (c << 6) | (data[i + k] & 0x3F);
    }
    if (c < minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    *codePoint = c;
    return length;
}
} // namespace

QString LosslessUtf8::decode(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    QString text;
    text.reserve(size);
    for (qsizetype i = 0; i < size;) {
        char32_t c = 0;
        const int length = sequenceAt(data, size, i, &c);
        if (length == 0 || isEscape(c)) {
            // Not UTF-8, or an escape character that was in the file: each byte on its own.
            const int count = length == 0 ? 1 : length;
            for (int k = 0; k < count; ++k)
                text.append(QChar(char16_t(EscapeBase + data[i + k])));
            i += count;
            continue;
        }
        if (c < 0x10000) {
            text.append(QChar(char16_t(c)));
        } else {
            text.append(QChar::highSurrogate(c));
            text.append(QChar::lowSurrogate(c));
        }
        i += length;
    }
    return text;
}

QByteArray LosslessUtf8::encode(QStringView text)
{
    if (escapedBytes(text) == 0)
        return text.toUtf8();
    QByteArray bytes;
    bytes.reserve(text.size());
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!isEscape(c))
            continue;
        bytes += text.mid(start, i - start).toUtf8();
        bytes += char(c - EscapeBase);
        start = i + 1;
    }
    bytes += text.mid(start).toUtf8();
    return bytes;
}

qsizetype LosslessUtf8::escapedBytes(QStringView text)
{
    qsizetype count = 0;
    for (const QChar c : text) {
        if (isEscape(c.unicode()))
            ++count;
    }
    return count;
}
