// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "profileeditor.h"
#include "completioncatalog.h"
#include "includedirective.h"
#include "incrementalhighlighter.h"
#include "parsermessageglossary.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>
#include <QToolTip>
#include <QtMath>

using namespace Qt::StringLiterals;

namespace {
// The margin; it paints and answers tooltips through the editor.
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(ProfileEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setObjectName(u"lineNumberArea"_s);
        setMouseTracking(true);
    }
    QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }
    bool event(QEvent *event) override
    {
        if (event->type() == QEvent::ToolTip) {
            if (!m_editor->lineNumberToolTip(static_cast<QHelpEvent *>(event)->pos()))
                QToolTip::hideText();
            return true;
        }
        return QWidget::event(event);
    }

private:
    ProfileEditor *m_editor;
};
} // namespace

KSyntaxHighlighting::Repository &ProfileEditor::repository()
{
    static KSyntaxHighlighting::Repository repo;
    static const bool ownDefinition = [] {
        repo.addCustomSearchPath(u":/armorer"_s);
        return true;
    }();
    Q_UNUSED(ownDefinition)
    return repo;
}

QString ProfileEditor::definitionName()
{
    // Armorer's definition (AppArmor 4.1 and 5.0) ahead of the framework's (AppArmor 3.0).
    static const QString name = repository().definitionForName(ownDefinitionName()).isValid()
        ? ownDefinitionName()
        : u"AppArmor Security Profile"_s;
    return name;
}

QString ProfileEditor::ownDefinitionName()
{
    return u"AppArmor (Armorer)"_s;
}

ProfileEditor::ProfileEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new IncrementalHighlighter(document()))
    , m_lineNumbers(new LineNumberArea(this))
    , m_completer(new QCompleter(this))
    , m_completionModel(new QStringListModel(this))
{
    setObjectName(u"profileEditor"_s);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabStopDistance(fontMetrics().horizontalAdvance(u' ') * 4);
    m_highlighter->setDefinition(repository().definitionForName(definitionName()));
    applyTheme();

    m_completer->setWidget(this);
    m_completer->setModel(m_completionModel);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::UnsortedModel);
    m_completer->setMaxVisibleItems(12);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this, &ProfileEditor::insertCompletion);

    connect(this, &QPlainTextEdit::blockCountChanged, this, &ProfileEditor::updateMargins);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_lineNumbers->scroll(0, dy);
        else
            m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
    });
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &ProfileEditor::updateExtraSelections);
    connect(m_highlighter, &IncrementalHighlighter::formatsChanged, this, &ProfileEditor::repaintBlocks);
    connect(document(), &QTextDocument::contentsChange, this, &ProfileEditor::followTextChange);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_highlighter->isFormatting())
            Q_EMIT textEdited();
    });
    updateMargins();
}

ProfileEditor::~ProfileEditor() = default;

QString ProfileEditor::themeName() const
{
    return m_highlighter->theme().name();
}

void ProfileEditor::applyTheme()
{
    const KSyntaxHighlighting::Theme theme = repository().themeForPalette(palette());
    if (theme.name() == m_highlighter->theme().name() && m_highlighter->theme().isValid())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->restart();
    viewport()->update();
    updateExtraSelections();
}

void ProfileEditor::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

int ProfileEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = qMax(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    const int markerWidth = fontMetrics().height();
    return 6 + markerWidth + fontMetrics().horizontalAdvance(u'9') * qMax(3, digits) + 6;
}

void ProfileEditor::updateMargins()
{
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
}

void ProfileEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_lineNumbers->setGeometry(QRect(cr.left(), cr.top(), lineNumberAreaWidth(), cr.height()));
}

void ProfileEditor::paintEvent(QPaintEvent *event)
{
    // The blocks about to be painted (and all above them, whose state they need) get their
    // formats now; the rest follows in the background.
    if (!m_highlighter->isComplete()) {
        QTextBlock block = firstVisibleBlock();
        const qreal bottom = viewport()->height();
        QTextBlock last = block;
        for (qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
            block.isValid() && top <= bottom; block = block.next()) {
            last = block;
            top += blockBoundingRect(block).height();
        }
        m_painting = event->rect();
        m_highlighter->highlightUpTo(last);
        m_painting = QRect();
    }
    QPlainTextEdit::paintEvent(event);
}

namespace {
// What toPlainText() does to the document's characters.
void toPlain(QString &text)
{
    for (QChar &c : text) {
        if (c == QChar::ParagraphSeparator || c == QChar::LineSeparator)
            c = u'\n';
        else if (c == QChar::Nbsp)
            c = u' ';
    }
}
} // namespace

void ProfileEditor::followTextChange(int from, int charsRemoved, int charsAdded)
{
    if (m_highlighter->isFormatting() || m_textStale)
        return;
    if (charsAdded >= IncrementalHighlighter::LargeChange) {
        m_textStale = true; // opening a file: no whole-text work before its first paint
        return;
    }
    const int length = document()->characterCount() - 1; // without the final block's end
    from = qBound(0, from, int(m_text.size()));
    QTextCursor cursor(document());
    cursor.setPosition(qMin(from, length));
    cursor.setPosition(qMin(from + charsAdded, length), QTextCursor::KeepAnchor);
    QString added = cursor.selectedText();
    toPlain(added);
    m_text.replace(from, qMin<qsizetype>(charsRemoved, m_text.size() - from), added);
    if (m_text.size() != length) // a change reported with the final block's end in it
        m_text = toPlainText();
}

QString ProfileEditor::plainTextSnapshot() const
{
    if (m_textStale) {
        m_text = toPlainText();
        m_textStale = false;
    }
    return m_text;
}

void ProfileEditor::repaintBlocks(int firstBlock, int lastBlock)
{
    // Only what is on screen, and not again what the paint in progress covers.
    const QTextBlock top = firstVisibleBlock();
    if (!top.isValid() || lastBlock < top.blockNumber())
        return;
    const QPointF offset = contentOffset();
    const int height = viewport()->height();
    QTextBlock block = document()->findBlockByNumber(qMax(firstBlock, top.blockNumber()));
    const int y = qFloor(blockBoundingGeometry(block).translated(offset).top());
    if (y > height)
        return;
    int bottom = y;
    for (; block.isValid() && block.blockNumber() <= lastBlock && bottom <= height; block = block.next())
        bottom = qCeil(blockBoundingGeometry(block).translated(offset).bottom());
    const QRect rect(0, y, viewport()->width(), bottom - y);
    if (!m_painting.contains(rect))
        viewport()->update(rect);
}

void ProfileEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    const QPalette pal = palette();
    painter.fillRect(event->rect(), pal.color(QPalette::Window));
    const int markerSize = fontMetrics().height() - 4;
    const int current = textCursor().blockNumber();
    QTextBlock block = firstVisibleBlock();
    int top = qRound(blockBoundingGeometry(block).translated(contentOffset()).top());
    int bottom = top + qRound(blockBoundingRect(block).height());
    while (block.isValid() && top <= event->rect().bottom()) {
        if (block.isVisible() && bottom >= event->rect().top()) {
            const int line = block.blockNumber() + 1;
            const auto mark = m_marks.constFind(line);
            if (mark != m_marks.constEnd()) {
                const bool error = std::any_of(mark->begin(), mark->end(), [](const ParserDiagnostic &d) {
                    return d.severity == ParserDiagnostic::Severity::Error;
                });
                painter.setRenderHint(QPainter::Antialiasing);
                painter.setPen(Qt::NoPen);
                painter.setBrush(error ? QColor(0xda, 0x44, 0x53) : QColor(0xf6, 0x74, 0x00));
                painter.drawEllipse(QRect(4, top + 2, markerSize, markerSize));
                painter.setPen(Qt::white);
                painter.drawText(QRect(4, top + 2, markerSize, markerSize), Qt::AlignCenter, error ? u"!"_s : u"?"_s);
            }
            painter.setPen(block.blockNumber() == current ? pal.color(QPalette::WindowText)
                                                          : pal.color(QPalette::PlaceholderText));
            painter.drawText(
                0, top, m_lineNumbers->width() - 6, fontMetrics().height(), Qt::AlignRight, QString::number(line));
        }
        block = block.next();
        top = bottom;
        bottom = top + qRound(blockBoundingRect(block).height());
    }
}

int ProfileEditor::lineAt(const QPoint &viewportPos) const
{
    return cursorForPosition(viewportPos).blockNumber() + 1;
}

bool ProfileEditor::lineNumberToolTip(const QPoint &pos)
{
    const int line = lineAt(QPoint(0, pos.y()));
    const QString tip = markTooltip(line);
    if (tip.isEmpty())
        return false;
    QToolTip::showText(m_lineNumbers->mapToGlobal(pos), tip, m_lineNumbers);
    return true;
}

QString ProfileEditor::markTooltip(int line) const
{
    QStringList parts;
    for (const ParserDiagnostic &d : m_marks.value(line)) {
        QString text = d.message.toHtmlEscaped();
        const QString meaning = ParserMessageGlossary::explain(d.message);
        if (!meaning.isEmpty())
            text += u"<br/>"_s + meaning.toHtmlEscaped();
        if (d.reportedLine > 0 && (d.reportedLine != d.line || d.reportedFile != d.file))
            text += tr("<br/><i>apparmor_parser reported line %1: a rule without its final comma shows up at the "
                       "next token.</i>")
                        .arg(d.reportedLine);
        parts.append(text);
    }
    return parts.isEmpty() ? QString() : parts.join(u"<hr/>"_s);
}

void ProfileEditor::setDiagnostics(const QList<ParserDiagnostic> &diagnostics)
{
    QMap<int, QList<ParserDiagnostic>> marks;
    for (const ParserDiagnostic &d : diagnostics) {
        if (d.line > 0)
            marks[qMin(d.line, blockCount())].append(d);
    }
    // Every check while typing answers; most answers are the same as the last.
    if (marks == m_marks)
        return;
    m_marks = marks;
    updateExtraSelections();
    m_lineNumbers->update();
}

void ProfileEditor::updateExtraSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    const KSyntaxHighlighting::Theme theme = m_highlighter->theme();
    if (!isReadOnly()) {
        QTextEdit::ExtraSelection current;
        current.format.setBackground(QColor::fromRgba(theme.editorColor(KSyntaxHighlighting::Theme::CurrentLine)));
        current.format.setProperty(QTextFormat::FullWidthSelection, true);
        current.cursor = textCursor();
        current.cursor.clearSelection();
        selections.append(current);
    }
    for (auto it = m_marks.constBegin(); it != m_marks.constEnd(); ++it) {
        const QTextBlock block = document()->findBlockByNumber(it.key() - 1);
        if (!block.isValid())
            continue;
        QTextEdit::ExtraSelection mark;
        QColor bg(0xda, 0x44, 0x53);
        bg.setAlpha(48);
        mark.format.setBackground(bg);
        mark.format.setProperty(QTextFormat::FullWidthSelection, true);
        mark.format.setToolTip(it->constFirst().message);
        mark.cursor = QTextCursor(block);
        selections.append(mark);
        QTextEdit::ExtraSelection squiggle;
        squiggle.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        squiggle.format.setUnderlineColor(QColor(0xda, 0x44, 0x53));
        squiggle.cursor = QTextCursor(block);
        squiggle.cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        selections.append(squiggle);
    }
    setExtraSelections(selections);
}

void ProfileEditor::goToLine(int line)
{
    const QTextBlock block = document()->findBlockByNumber(qBound(1, line, blockCount()) - 1);
    QTextCursor cursor(block);
    setTextCursor(cursor);
    centerCursor();
    setFocus(Qt::OtherFocusReason);
}

QString ProfileEditor::includeTargetOfLine(int line) const
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return {};
    return IncludeDirective::parse(block.text()).resolve(m_includeDirs, m_filePath);
}

bool ProfileEditor::showCompletions(bool explicitRequest)
{
    if (!m_catalog || isReadOnly())
        return false;
    const QTextCursor cursor = textCursor();
    const QString linePrefix = cursor.block().text().left(cursor.positionInBlock());
    const CompletionCatalog::Context context = m_catalog->complete(linePrefix);
    QStringList items;
    for (const CompletionCatalog::Item &item : context.items) {
        if (item.text.startsWith(context.prefix, Qt::CaseInsensitive) && item.text != context.prefix)
            items.append(item.text);
    }
    const bool anywhere = !context.items.isEmpty()
        && (context.items.first().kind == CompletionCatalog::Kind::Include
            || context.items.first().kind == CompletionCatalog::Kind::Variable
            || context.items.first().kind == CompletionCatalog::Kind::Capability
            || context.items.first().kind == CompletionCatalog::Kind::NetworkFamily);
    if (items.isEmpty() || (!explicitRequest && !anywhere && context.prefix.size() < 2)
        || (!explicitRequest && context.items.first().kind == CompletionCatalog::Kind::Permission)) {
        m_completer->popup()->hide();
        return false;
    }
    m_completionStart = context.wordStart;
    m_completionModel->setStringList(items);
    m_completer->setCompletionPrefix(QString());
    QRect rect = cursorRect();
    rect.setWidth(
        m_completer->popup()->sizeHintForColumn(0) + m_completer->popup()->verticalScrollBar()->sizeHint().width() + 8);
    m_completer->complete(rect);
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    return true;
}

void ProfileEditor::insertCompletion(const QString &text)
{
    QTextCursor cursor = textCursor();
    cursor.setPosition(cursor.block().position() + m_completionStart, QTextCursor::KeepAnchor);
    cursor.insertText(text);
    setTextCursor(cursor);
}

bool ProfileEditor::event(QEvent *event)
{
    // Find, replace and go-to-line belong to the editor while it has focus, ahead of the
    // window's own "Find Profile".
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Find) || key->matches(QKeySequence::Replace)
            || key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_G)
            || key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_H)) {
            event->accept();
            return true;
        }
    }
    return QPlainTextEdit::event(event);
}

void ProfileEditor::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Find)) {
        Q_EMIT findRequested();
        return;
    }
    if (event->matches(QKeySequence::Replace)
        || event->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_H)) {
        Q_EMIT replaceRequested();
        return;
    }
    if (event->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_G)) {
        Q_EMIT goToLineRequested();
        return;
    }
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Tab:
        case Qt::Key_Escape:
        case Qt::Key_Backtab:
            event->ignore(); // the completer takes these
            return;
        default:
            break;
        }
    }
    if (event->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_Space)) {
        showCompletions(true);
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
    const QString typed = event->text();
    if (isReadOnly() || typed.isEmpty() || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        m_completer->popup()->hide();
        return;
    }
    const QChar c = typed.back();
    if (c.isLetterOrNumber() || c == u'_' || c == u'<' || c == u'{' || c == u'/' || c == u' ')
        showCompletions(false);
    else
        m_completer->popup()->hide();
}

void ProfileEditor::mouseMoveEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseMoveEvent(event);
    const bool link = (event->modifiers() & Qt::ControlModifier)
        && !includeTargetOfLine(lineAt(event->position().toPoint())).isEmpty();
    viewport()->setCursor(link ? Qt::PointingHandCursor : Qt::IBeamCursor);
}

void ProfileEditor::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() == Qt::LeftButton && (event->modifiers() & Qt::ControlModifier)) {
        const QString target = includeTargetOfLine(lineAt(event->position().toPoint()));
        if (!target.isEmpty())
            Q_EMIT includeActivated(target);
    }
}
