// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "policydocument.h"

// Builds a PolicyDocument: a tokenizer that keeps every byte (blanks, comments, quoted strings
// with their escapes, words with their @{variables} and {a,b} alternations), then one pass
// that groups the tokens into statements and blocks as apparmor_parser's grammar does.
class PolicyParser
{
public:
    static PolicyDocument parse(const QString &text);
    static QList<PolicyDocument::Token> tokenize(QStringView text);
    // A quoted string's content with its escapes resolved; other text as it is.
    static QString unquote(QStringView token);
};
