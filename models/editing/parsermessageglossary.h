// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QCoreApplication>
#include <QString>

// apparmor_parser's common messages in plain words, shown next to the raw text: the parser
// speaks in grammar tokens ("unexpected TOK_END_OF_RULE, expecting TOK_MODE"), a person needs
// to know what to fix. Messages not in the table have no explanation (the raw text stays).
class ParserMessageGlossary
{
    Q_DECLARE_TR_FUNCTIONS(ParserMessageGlossary)
public:
    // The explanation of one parser message, or an empty string.
    static QString explain(const QString &message);
};
