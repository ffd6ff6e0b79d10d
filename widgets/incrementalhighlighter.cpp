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
    if (m_advancing >= 0)
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
    if (!m_complete && block.position() != m_advancing) {
        const QTextBlock frontier = document()->findBlock(m_frontier.position());
        // At or below the frontier: the state above is not known yet. The block keeps no
        // formats; the pass highlights it in order.
        if (frontier.isValid() && block.position() >= frontier.position())
            return;
    }
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

bool IncrementalHighlighter::advance()
{
    if (m_complete)
        return false;
    QTextBlock block = document()->findBlock(m_frontier.position());
    if (!block.isValid()) {
        m_complete = true;
        m_pass.stop();
        Q_EMIT completed();
        return false;
    }
    // Snap to the block start (a removal may have left the cursor inside a block).
    m_advancing = block.position();
    rehighlightBlock(block);
    m_advancing = -1;
    const QTextBlock next = block.next();
    if (!next.isValid()) {
        m_frontier.movePosition(QTextCursor::End);
        m_complete = true;
        m_pass.stop();
        Q_EMIT completed();
        return false;
    }
    m_frontier.setPosition(next.position());
    return true;
}

void IncrementalHighlighter::highlightSlice()
{
    QElapsedTimer clock;
    clock.start();
    while (advance() && clock.elapsed() < m_sliceMs) { }
}

bool IncrementalHighlighter::highlightUpTo(const QTextBlock &block)
{
    if (m_complete || !block.isValid())
        return false;
    bool worked = false;
    while (!m_complete && document()->findBlock(m_frontier.position()).position() <= block.position()) {
        advance();
        worked = true;
    }
    return worked;
}
