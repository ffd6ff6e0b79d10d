// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profilename.h"

#include "profileindex.h"

bool ProfileName::isValid(QStringView name)
{
    if (name.isEmpty() || name.size() > MaxLength)
        return false;
    const auto isAlnum = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
    };
    if (!isAlnum(name.front()))
        return false;
    for (const QChar c : name) {
        if (!isAlnum(c) && c != u'.' && c != u'_' && c != u'-' && c != u'+' && c != u'@')
            return false;
    }
    if (name.contains(u".."))
        return false;
    // Directories of the profile tree, never profile files.
    static constexpr QStringView reserved[]
        = {u"abstractions", u"tunables", u"local", u"disable", u"cache", u"abi", u"force-complain", u"apache2.d"};
    for (const QStringView r : reserved) {
        if (name == r)
            return false;
    }
    // The loader's skip list (README, *.dpkg-*, *.rpmnew, abstractions, ...) is ProfileIndex's.
    return ProfileIndex::isProfileFileName(name);
}

bool ProfileName::isValidChangeId(QStringView id)
{
    if (id.isEmpty() || id.size() > 9)
        return false;
    for (const QChar c : id) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}
