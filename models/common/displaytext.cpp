// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "displaytext.h"

#include "localname.h"

using namespace Qt::StringLiterals;

namespace {
bool isBidiControl(char16_t c)
{
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

bool isSpecial(QStringView text, qsizetype i)
{
    const char16_t c = text[i].unicode();
    return c < 0x20 || c == 0x7f || c == u'\\' || (c >= 0x80 && c <= 0x9f) || isBidiControl(c)
        || LocalName::escapedByte(text, i) >= 0 || c == 0x2028 || c == 0x2029;
}

QString hex(uint value, int digits)
{
    return QString::number(value, 16).rightJustified(digits, u'0');
}
} // namespace

bool DisplayText::needsEscaping(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (isSpecial(text, i))
            return true;
    }
    return false;
}

QString DisplayText::escaped(QStringView text)
{
    if (!needsEscaping(text))
        return text.toString();
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (!isSpecial(text, i)) {
            out += text[i];
            continue;
        }
        if (const int byte = LocalName::escapedByte(text, i); byte >= 0) {
            out += u"\\x"_s + hex(uint(byte), 2);
            continue;
        }
        switch (c) {
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\r':
            out += u"\\r"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        case 0x1b:
            out += u"\\e"_s;
            break;
        default:
            out += c < 0x100 ? u"\\x"_s + hex(c, 2) : u"\\u"_s + hex(c, 4);
        }
    }
    return out;
}
