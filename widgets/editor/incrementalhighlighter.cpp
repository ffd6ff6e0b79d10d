// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "incrementalhighlighter.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextDocument>

IncrementalHighlighter::IncrementalHighlighter(QTextDocument *document)
    : KSyntaxHighlighting::SyntaxHighlighter(static_cast<QObject *>(document))
    , m_frontier(document)
{
    // Text inserted at the frontier lands below it, not highlighted yet.
    m_frontier.setKeepPositionOnInsert(true);
    m_pass.setInterval(0);
    connect(&m_pass, &QTimer::timeout, this, &IncrementalHighlighter::highlightSlice);
    m_resume.setSingleShot(true);
    m_resume.setInterval(300);
    connect(&m_resume, &QTimer::timeout, this, [this] {
        if (!m_complete)
            m_pass.start();
    });
    setDocument(document);
    // QSyntaxHighlighter highlights a change from inside contentsChange, before the layout has
    // seen it, which widens the layout's change to the following block (a whole-view repaint)
    // and highlights a whole large insertion at once. The change is taken here instead: noted
    // in contentsChange, highlighted in contentsChanged, after the layout.
    disconnect(document, SIGNAL(contentsChange(int, int, int)), this, SLOT(_q_reformatBlocks(int, int, int)));
    connect(document, &QTextDocument::contentsChange, this, &IncrementalHighlighter::onContentsChange);
    connect(document, &QTextDocument::contentsChanged, this, &IncrementalHighlighter::onContentsChanged);
    resetFrontier(0);
}

int IncrementalHighlighter::highlightedBlockCount() const
{
    if (m_complete)
        return document()->blockCount();
    return document()->findBlock(m_frontier.position()).blockNumber();
}

template<typename Apply>
void IncrementalHighlighter::applyFormats(Apply apply)
{
    const bool outermost = m_formatting == 0;
    if (outermost)
        m_changedFirst = m_changedLast = -1;
    ++m_formatting;
    {
        const QSignalBlocker blocker(document()->documentLayout());
        apply();
    }
    --m_formatting;
    if (outermost && m_changedFirst >= 0)
        Q_EMIT formatsChanged(m_changedFirst, m_changedLast);
}

void IncrementalHighlighter::onContentsChange(int from, int charsRemoved, int charsAdded)
{
    if (m_formatting)
        return; // our own format changes
    if (charsAdded >= LargeChange && (m_complete || from < m_frontier.position())) {
        m_editFrom = -1;
        resetFrontier(from);
        return;
    }
    if (m_editFrom < 0) {
        m_editFrom = from;
        m_editRemoved = charsRemoved;
        m_editAdded = charsAdded;
    } else {
        // Two changes before the layout caught up: highlight the span of both.
        const int end = qMax(m_editFrom + m_editAdded, from + charsAdded);
        m_editFrom = qMin(m_editFrom, from);
        m_editAdded = end - m_editFrom;
        m_editRemoved = qMax(m_editRemoved, charsRemoved);
    }
    // Typing goes first: the background pass waits until it pauses.
    if (!m_complete) {
        m_pass.stop();
        m_resume.start();
    }
}

void IncrementalHighlighter::onContentsChanged()
{
    if (m_formatting || m_editFrom < 0)
        return;
    const int from = m_editFrom;
    const int removed = m_editRemoved;
    const int added = m_editAdded;
    m_editFrom = -1;
    applyFormats([&] {
        // QSyntaxHighlighter's own handler of a change (a private slot, so by name).
        QMetaObject::invokeMethod(
            this, "_q_reformatBlocks", Qt::DirectConnection, Q_ARG(int, from), Q_ARG(int, removed), Q_ARG(int, added));
    });
}

void IncrementalHighlighter::rehighlightBlock(const QTextBlock &block)
{
    if (!block.isValid() || block.document() != document())
        return;
    applyFormats([&] {
        KSyntaxHighlighting::SyntaxHighlighter::rehighlightBlock(block);
    });
}

void IncrementalHighlighter::resetFrontier(int position)
{
    const QTextBlock block = document()->findBlock(position);
    m_frontier.setPosition(block.isValid() ? block.position() : 0);
    m_complete = false;
    m_resume.stop();
    m_pass.start();
}

void IncrementalHighlighter::restart()
{
    resetFrontier(0);
}

void IncrementalHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
    const int number = block.blockNumber();
    if (m_changedFirst < 0 || number < m_changedFirst)
        m_changedFirst = number;
    m_changedLast = qMax(m_changedLast, number);
    if (!m_complete) {
        const QTextBlock frontier = document()->findBlock(m_frontier.position());
        if (frontier.isValid() && block.position() >= frontier.position()) {
            // At or below the frontier the state above is not known yet: the block keeps no
            // formats until the pass gets to it, in order.
            if (!m_inPass || block.position() != frontier.position())
                return;
            highlightWithCascade(text);
            const QTextBlock next = block.next();
            if (!next.isValid()) {
                m_complete = true;
                return;
            }
            m_frontier.setPosition(next.position());
            // Go on to the next block in the same edit (one layout update per slice, not one
            // per block): QSyntaxHighlighter continues while a block's user state changes.
            if (next.position() <= m_passUntil || m_passClock.elapsed() < m_passBudgetMs)
                setCurrentBlockState(currentBlockState() == 1 ? 0 : 1);
            return;
        }
    }
    highlightWithCascade(text);
}

void IncrementalHighlighter::highlightWithCascade(const QString &text)
{
    const QTextBlock block = currentBlock();
    const bool fresh = currentBlockUserData() == nullptr;
    KSyntaxHighlighting::SyntaxHighlighter::highlightBlock(text);
    // The base class passes a changed end state on to the next block, but not from a block it
    // highlights for the first time: a block split off by an edit (Return, a paste) above
    // highlighted text. Pass it on here, the same way.
    const QTextBlock next = block.next();
    if (fresh && next.isValid() && next.userData()) {
        QMetaObject::invokeMethod(
            this,
            [this, next] {
                rehighlightBlock(next);
            },
            Qt::QueuedConnection);
    }
}

void IncrementalHighlighter::runPass(int untilPosition, int budgetMs)
{
    if (m_complete)
        return;
    const QTextBlock block = document()->findBlock(m_frontier.position());
    if (!block.isValid()) {
        m_complete = true;
    } else {
        m_inPass = true;
        m_passUntil = untilPosition;
        m_passBudgetMs = budgetMs;
        m_passClock.start();
        applyFormats([&] {
            KSyntaxHighlighting::SyntaxHighlighter::rehighlightBlock(block);
        });
        m_inPass = false;
    }
    if (m_complete) {
        m_pass.stop();
        m_resume.stop();
        Q_EMIT completed();
    }
}

void IncrementalHighlighter::highlightSlice()
{
    runPass(-1, m_sliceMs);
}

bool IncrementalHighlighter::highlightUpTo(const QTextBlock &block)
{
    if (m_complete || !block.isValid() || document()->findBlock(m_frontier.position()).position() > block.position())
        return false;
    runPass(block.position(), 0);
    return true;
}
