// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "incrementalhighlighter.h"

#include <QElapsedTimer>
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
    // Connected before QSyntaxHighlighter's own handler (setDocument below), so a large
    // insertion moves the frontier before the base class looks at the changed blocks.
    connect(document, &QTextDocument::contentsChange, this, &IncrementalHighlighter::onContentsChange);
    setDocument(document);
    resetFrontier(0);
}

int IncrementalHighlighter::highlightedBlockCount() const
{
    if (m_complete)
        return document()->blockCount();
    return document()->findBlock(m_frontier.position()).blockNumber();
}

void IncrementalHighlighter::onContentsChange(int from, int charsRemoved, int charsAdded)
{
    Q_UNUSED(charsRemoved);
    if (m_inPass)
        return; // our own format changes
    if (charsAdded >= LargeChange && (m_complete || from < m_frontier.position()))
        resetFrontier(from);
}

void IncrementalHighlighter::resetFrontier(int position)
{
    const QTextBlock block = document()->findBlock(position);
    m_frontier.setPosition(block.isValid() ? block.position() : 0);
    m_complete = false;
    m_pass.start();
}

void IncrementalHighlighter::restart()
{
    resetFrontier(0);
}

void IncrementalHighlighter::highlightBlock(const QString &text)
{
    const QTextBlock block = currentBlock();
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
        rehighlightBlock(block);
        m_inPass = false;
    }
    if (m_complete) {
        m_pass.stop();
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
