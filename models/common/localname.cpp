// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "localname.h"

#include <QStringList>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {
constexpr char16_t EscapeBase = 0xDC00;

// The length of the valid UTF-8 sequence at bytes[i] (code point in *cp), or 0.
int validSequence(QByteArrayView bytes, qsizetype i, char32_t *cp)
{
    const auto b = [&](qsizetype k) {
        return uchar(bytes[k]);
    };
    const uchar lead = b(i);
    int length = 0;
    char32_t value = 0;
    char32_t min = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        value = lead & 0x1F;
        min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        value = lead & 0x0F;
        min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        value = lead & 0x07;
        min = 0x10000;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        if ((b(i + k) & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (b(i + k) & 0x3F);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
    if (value < min || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF)
        return 0;
    *cp = value;
    return length;
}
} // namespace

QString LocalName::decode(QByteArrayView bytes)
{
    qsizetype i = 0;
    while (i < bytes.size() && uchar(bytes[i]) < 0x80)
        ++i;
    if (i == bytes.size())
        return QString::fromLatin1(bytes);
    QString out;
    out.reserve(bytes.size());
    out += QLatin1StringView(bytes.first(i));
    while (i < bytes.size()) {
        const uchar c = uchar(bytes[i]);
        if (c < 0x80) {
            out += QChar(char16_t(c));
            ++i;
            continue;
        }
        char32_t cp = 0;
        if (const int n = validSequence(bytes, i, &cp)) {
            out += QStringView(QChar::fromUcs4(cp));
            i += n;
        } else {
            out += QChar(char16_t(EscapeBase + c));
            ++i;
        }
    }
    return out;
}

int LocalName::escapedByte(QStringView text, qsizetype at)
{
    const char16_t c = text[at].unicode();
    if (c < EscapeBase + 0x80 || c > EscapeBase + 0xFF)
        return -1;
    // A low surrogate after a high one is half of a real character.
    if (at > 0 && text[at - 1].isHighSurrogate())
        return -1;
    return c - EscapeBase;
}

QByteArray LocalName::encode(QStringView name)
{
    QByteArray out;
    out.reserve(name.size());
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const int byte = escapedByte(name, i);
        if (byte < 0)
            continue;
        out += name.sliced(runStart, i - runStart).toUtf8();
        out += char(byte);
        runStart = i + 1;
    }
    out += name.sliced(runStart).toUtf8();
    return out;
}

bool LocalName::openForReading(QFile &file, const QString &name, QString *error)
{
    const int fd = ::open(encode(name).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    if (!file.open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

QStringList LocalName::arguments(int argc, char **argv)
{
    QStringList out;
    out.reserve(argc);
    for (int i = 0; i < argc; ++i)
        out += decode(QByteArrayView(argv[i]));
    return out;
}
