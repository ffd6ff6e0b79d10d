// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// One problem apparmor_parser reported, mapped to the file and line a person has to fix.
struct ParserDiagnostic
{
    enum class Severity { Error, Warning };
    Severity severity = Severity::Error;
    QString file; // absolute path of the real file; empty when the parser named none
    int line = 0; // 1-based; 0 when the parser named none
    QString message;
    // Where the parser pointed, when that differs from file/line (the missing-comma quirk
    // reports the line of the next token).
    int reportedLine = 0;
    QString reportedFile;
    bool operator==(const ParserDiagnostic &) const = default;

    // An error that belongs to no file or line.
    static ParserDiagnostic general(const QString &message)
    {
        ParserDiagnostic d;
        d.message = message;
        return d;
    }
};
Q_DECLARE_METATYPE(ParserDiagnostic)
