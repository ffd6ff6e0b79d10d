// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// The hostile file names of the path-escaping property test (tst_pathescaping) and of its
// sample on the VM kernel (armorer-vmtool hostile-sample): AppArmor's glob and variable
// characters, rule separators, quotes, newlines, control bytes and non-ASCII, one path
// component (never a '/'), 1 to 10 pieces.
namespace HostileName {
inline QString random(QRandomGenerator &rng)
{
    using namespace Qt::StringLiterals;
    static const QStringList pieces = {u"*"_s, u"?"_s, u"["_s, u"]"_s, u"{"_s, u"}"_s, u"^"_s, u"\""_s, u"!"_s, u"\\"_s,
        u"@{"_s, u"**"_s, u","_s, u" "_s, u"#"_s, u"("_s, u")"_s, u"="_s, u"-"_s, u"."_s, u"+"_s, u"|"_s, u"$"_s,
        u"~"_s, u"'"_s, u"&"_s, u"<"_s, u">"_s, u";"_s, u":"_s, u"%"_s, u"\n"_s, u"\t"_s, u"\r"_s, u"\x01"_s, u"\x1b"_s,
        u"\x7f"_s, u"é"_s, u"ß"_s, u"中"_s, u"😀"_s, u"\u202e"_s, u"a"_s, u"Z"_s, u"0"_s, u"\\012"_s, u"@{HOME}"_s,
        u"/**"_s.mid(1), u"rw,"_s, u"}\n"_s, u"\\*"_s, u"x"_s};
    QString name;
    const int length = 1 + int(rng.bounded(10));
    for (int i = 0; i < length; ++i) {
        // A control byte as well, now and then, anywhere in 1..31.
        if (rng.bounded(12) == 0)
            name += QChar(char16_t(1 + rng.bounded(31)));
        else
            name += pieces.at(int(rng.bounded(qsizetype(pieces.size()))));
    }
    return name;
}
} // namespace HostileName
