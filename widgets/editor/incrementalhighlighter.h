// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QElapsedTimer>
#include <QTextCursor>
#include <QTimer>

// KSyntaxHighlighting's SyntaxHighlighter that never highlights a large text in one go, and
// whose work never costs a repaint of the whole view.
//
// A block's state comes from the block above it, so blocks are highlighted from the top down:
// everything above the "frontier" is highlighted, nothing below it is. The frontier moves
// down in short time slices on a zero timer, yielding to the event loop in between, and
// highlightUpTo() moves it at once to a block that is about to be painted. A large insertion
// (opening a file, a big paste) puts the frontier back at its start instead of highlighting it
// synchronously; small edits above the frontier are highlighted as usual (with the base class's
// cascade to the following blocks when a block's end state changes). Every edit pauses the
// background pass for a while, so typing never waits for a slice.
//
// QSyntaxHighlighter reports every format change to the document layout as a change of the
// block and the one after it, which QPlainTextEdit answers by repainting its whole viewport
// (and its line-number margin) once per highlighted block. Here the layout's signals are held
// back while formats are applied, an edit is highlighted only once the layout has taken the
// text change itself, and formatsChanged() tells the editor which blocks to repaint.
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
    // True while formats (not text) are being changed: the document's change signals that come
    // meanwhile are not edits.
    bool isFormatting() const { return m_formatting > 0; }
    // True while the background pass waits for typing to pause.
    bool isPaused() const { return m_resume.isActive(); }

    void setSliceMs(int ms) { m_sliceMs = ms; }
    void setPauseAfterEditMs(int ms) { m_resume.setInterval(ms); }

public Q_SLOTS:
    // Hides QSyntaxHighlighter's slot of the same name, which KSyntaxHighlighting invokes by
    // name (queued) to pass a changed end state on to the next block.
    void rehighlightBlock(const QTextBlock &block);

Q_SIGNALS:
    // The whole document is highlighted.
    void completed();
    // The formats of blocks firstBlock to lastBlock (block numbers) may have changed.
    void formatsChanged(int firstBlock, int lastBlock);

protected:
    void highlightBlock(const QString &text) override;

private:
    void onContentsChange(int from, int charsRemoved, int charsAdded);
    void onContentsChanged();
    void resetFrontier(int position);
    void highlightSlice();
    // Highlights from the frontier down to the block at untilPosition, or for budgetMs.
    void runPass(int untilPosition, int budgetMs);
    void highlightWithCascade(const QString &text);
    // Runs apply with the layout's signals held back, then reports the blocks it highlighted.
    template<typename Apply>
    void applyFormats(Apply apply);

    QTextCursor m_frontier; // at the start of the first block not highlighted yet
    QTimer m_pass;
    QTimer m_resume; // the pause after an edit
    bool m_complete = true;
    bool m_inPass = false;
    int m_formatting = 0;
    int m_changedFirst = -1;
    int m_changedLast = -1;
    // The text change the document reported last, highlighted once the layout has taken it.
    int m_editFrom = -1;
    int m_editRemoved = 0;
    int m_editAdded = 0;
    int m_passUntil = -1;
    int m_passBudgetMs = 0;
    QElapsedTimer m_passClock;
    int m_sliceMs = 2;
};
