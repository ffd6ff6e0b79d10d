// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "parserdiagnostic.h"

#include <QHash>
#include <QStringList>

// Turns apparmor_parser's stderr into diagnostics on the files a person edits:
//  - "AppArmor parser error for ARG in profile FILE at line N: MSG" (FILE may be an included
//    file, as the parser found it through its include path);
//  - "AppArmor parser error at line N: MSG" (stdin), "AppArmor parser error: MSG";
//  - lines without file or line ("Found reference to variable X, but is never declared", in
//    AppArmor 5 "Failed to find declaration for: @{X}",
//    "profile x: has merged rule ... conflicting x modifiers"), kept as they are;
//  - the missing-comma quirk: the parser reports the line of the NEXT token, so the problem is
//    moved back to the rule that lacks its comma, following an include when that rule was the
//    last line of an included file (a local override's last rule, typically).
class ParserDiagnostics
{
public:
    // Files the parser saw under another path (a temporary copy of an unsaved buffer) map to
    // the real path here; the texts of those files are given by textOf, read from disk otherwise.
    // The empty path stands for standard input.
    void mapPath(const QString &parserPath, const QString &realPath, const QString &text);
    // Where "include <x>" is searched, in order (to follow the quirk into an included file).
    void setIncludeDirs(const QStringList &dirs) { m_includeDirs = dirs; }
    // Whether files the output names are read from disk to follow the missing-comma quirk
    // (true by default; output of unknown origin is read without touching the disk).
    void setReadsFiles(bool reads) { m_readsFiles = reads; }

    QList<ParserDiagnostic> parse(const QString &output) const;
    // The file a person edits for a path the parser saw (the path itself when not mapped).
    QString realPath(const QString &parserPath) const;

    // Whether a message is the parser's way of saying a rule lacks its final comma.
    static bool isMissingCommaMessage(const QString &message);

private:
    QString textOf(const QString &parserPath) const;
    void fixMissingComma(ParserDiagnostic &d, const QString &parserPath) const;

    QHash<QString, QString> m_realPaths;
    QHash<QString, QString> m_texts;
    QStringList m_includeDirs;
    bool m_readsFiles = true;
};
