// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QElapsedTimer>
#include <QTextCursor>
#include <QTimer>

// KSyntaxHighlighting's SyntaxHighlighter that never highlights a large text in one go.
//
// A block's state comes from the block above it, so blocks are highlighted from the top down:
// everything above the "frontier" is highlighted, nothing below it is. The frontier moves
// down in short time slices on a zero timer, yielding to the event loop in between, and
// highlightUpTo() moves it at once to a block that is about to be painted. A large insertion
// (opening a file, a big paste) puts the frontier back at its start instead of highlighting it
// synchronously; small edits above the frontier are highlighted as usual (with the base class's
// cascade to the following blocks when a block's end state changes).
class IncrementalHighlighter : public KSyntaxHighlighting::SyntaxHighlighter
{
    Q_OBJECT
public:
    explicit IncrementalHighlighter(QTextDocument *document);

    // Inserts of at least this many characters are highlighted incrementally.
    static constexpr int LargeChange = 4096;

    // Highlights every block down to and including this one now. True when it had work to do.
    bool highlightUpTo(const QTextBlock &block);
    // Starts over from the first block (a new theme): the text keeps its formats until the
    // pass reaches it.
    void restart();
    bool isComplete() const { return m_complete; }
    // The number of blocks highlighted so far, from the top.
    int highlightedBlockCount() const;

    void setSliceMs(int ms) { m_sliceMs = ms; }

Q_SIGNALS:
    // The whole document is highlighted.
    void completed();

protected:
    void highlightBlock(const QString &text) override;

private:
    void onContentsChange(int from, int charsRemoved, int charsAdded);
    void resetFrontier(int position);
    void highlightSlice();
    // Highlights from the frontier down to the block at untilPosition, or for budgetMs.
    void runPass(int untilPosition, int budgetMs);
    void highlightWithCascade(const QString &text);

    QTextCursor m_frontier; // at the start of the first block not highlighted yet
    QTimer m_pass;
    bool m_complete = true;
    bool m_inPass = false;
    int m_passUntil = -1;
    int m_passBudgetMs = 0;
    QElapsedTimer m_passClock;
    int m_sliceMs = 4;
};
