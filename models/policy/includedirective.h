// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// One "include <x>", "#include <x>", "include if exists <x>" or "include "x"" line, and where
// the parser would find the file.
struct IncludeDirective
{
    QString target; // as written between <> or ""
    bool angled = true; // <x> is searched in the include path; "x" is a path
    bool ifExists = false;
    qsizetype start = 0; // span of the target inside the line
    qsizetype length = 0;

    bool isValid() const { return !target.isEmpty(); }
    // Parses one line of profile text; an invalid directive when the line is no include.
    static IncludeDirective parse(QStringView line);
    // The file the parser would open, searching searchDirs in order (as "-I" does), or an empty
    // string. A quoted relative path is relative to relativeTo's directory.
    QString resolve(const QStringList &searchDirs, const QString &relativeTo = {}) const;
};
