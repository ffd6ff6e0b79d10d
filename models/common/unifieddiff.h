// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A line-based diff (Myers' O(ND) algorithm) between two texts, as hunks and as unified-diff
// text. Used for the "review before writing" previews of the editor and the allow flow.
class UnifiedDiff
{
public:
    struct Line
    {
        enum class Kind { Context, Removed, Added };
        Kind kind;
        QString text;
        int oldLine = 0; // 1-based, 0 for added lines
        int newLine = 0; // 1-based, 0 for removed lines
        bool noNewlineAtEnd = false; // the text's last line, without a final newline
    };
    struct Hunk
    {
        int oldStart = 0;
        int oldCount = 0;
        int newStart = 0;
        int newCount = 0;
        QList<Line> lines;
    };

    static QList<Hunk> compute(const QString &before, const QString &after, int context = 3);
    // "--- a/NAME\n+++ b/NAME\n@@ -l,c +l,c @@\n..." (empty when the texts are equal). A text
    // without a final newline is marked "\ No newline at end of file", as diff(1) does.
    static QString format(
        const QString &before, const QString &after, const QString &oldName, const QString &newName, int context = 3);
};
