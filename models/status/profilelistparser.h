// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "loadedprofile.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// Parses the kernel's profiles file: one "NAME (MODE)" per line. Names may contain spaces and
// parentheses, so the mode is the last parenthesised word; namespaced entries look like
// ":ns://name (mode)".
class ProfileListParser
{
public:
    struct Result
    {
        QList<LoadedProfile> profiles;
        // "line N: ..." for every line that was not understood; those lines are skipped.
        QStringList errors;
    };

    static Result parse(QByteArrayView data);
    static std::optional<LoadedProfile> parseLine(QByteArrayView line);
    // Splits a label such as "name (mode)" or "unconfined" the way aa_splitcon does; also used
    // for /proc/PID/attr/current.
    static std::optional<LoadedProfile> parseLabel(QStringView label);
};
