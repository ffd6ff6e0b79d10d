// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "diffpreviewdialog.h"
#include "profileeditor.h"
#include "unifieddiff.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

static QPlainTextEdit *makeView(QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

DiffPreviewDialog::DiffPreviewDialog(
    const QString &fileName, const QString &before, const QString &after, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_tabs(new QTabWidget(this))
    , m_unified(makeView(this))
    , m_left(makeView(this))
    , m_right(makeView(this))
{
    setWindowTitle(
        mode == Mode::ConfirmWrite ? tr("Review changes to %1").arg(fileName) : tr("Changes in %1").arg(fileName));
    m_unified->setObjectName(u"unifiedDiff"_s);
    const QString diff = UnifiedDiff::format(before, after, u"a/"_s + fileName, u"b/"_s + fileName);
    m_unified->setPlainText(diff.isEmpty() ? tr("No changes.") : diff);
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(m_unified->document());
    highlighter->setDefinition(ProfileEditor::repository().definitionForName(u"Diff"_s));
    highlighter->setTheme(ProfileEditor::repository().themeForPalette(palette()));
    highlighter->rehighlight();

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_left);
    split->addWidget(m_right);
    buildSideBySide(before, after);
    // Both sides scroll together.
    connect(
        m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(), &QScrollBar::setValue);
    connect(
        m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(), &QScrollBar::setValue);

    m_tabs->addTab(m_unified, tr("&Unified"));
    m_tabs->addTab(split, tr("&Side by side"));

    auto *buttons = new QDialogButtonBox(this);
    if (mode == Mode::ConfirmWrite) {
        QPushButton *write = buttons->addButton(tr("&Write"), QDialogButtonBox::AcceptRole);
        write->setIcon(QIcon::fromTheme(u"document-save"_s));
        write->setDefault(true);
        write->setEnabled(before != after);
        buttons->addButton(QDialogButtonBox::Cancel);
    } else {
        buttons->addButton(QDialogButtonBox::Close);
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(mode == Mode::ConfirmWrite
            ? tr("These changes will be written to <b>%1</b>:").arg(fileName.toHtmlEscaped())
            : tr("Differences in <b>%1</b>:").arg(fileName.toHtmlEscaped()),
        this);
    layout->addWidget(label);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(900, 600);
}

QString DiffPreviewDialog::unifiedText() const
{
    return m_unified->toPlainText();
}

void DiffPreviewDialog::buildSideBySide(const QString &before, const QString &after)
{
    const QList<UnifiedDiff::Hunk> hunks = UnifiedDiff::compute(before, after, 3);
    const QColor removed(0xda, 0x44, 0x53, 60), added(0x27, 0xae, 0x60, 60), filler(0x80, 0x80, 0x80, 40);
    QTextCursor left(m_left->document()), right(m_right->document());
    auto put = [](QTextCursor &c, const QString &text, const QColor &bg, bool isFirst) {
        if (!isFirst)
            c.insertBlock();
        QTextBlockFormat f;
        if (bg.isValid())
            f.setBackground(bg);
        c.setBlockFormat(f);
        c.insertText(text);
    };
    auto number = [](int n) {
        return n > 0 ? QString::number(n).rightJustified(5) + u"  "_s : u"       "_s;
    };
    int rows = 0;
    for (const UnifiedDiff::Hunk &h : hunks) {
        if (rows > 0) {
            put(left, u"  \u22ef"_s, filler, false);
            put(right, u"  \u22ef"_s, filler, false);
        }
        QList<UnifiedDiff::Line> removedRun, addedRun;
        auto flush = [&] {
            const qsizetype n = qMax(removedRun.size(), addedRun.size());
            for (qsizetype i = 0; i < n; ++i) {
                const bool isFirst = rows++ == 0;
                if (i < removedRun.size())
                    put(left, number(removedRun[i].oldLine) + removedRun[i].text, removed, isFirst);
                else
                    put(left, QString(), filler, isFirst);
                if (i < addedRun.size())
                    put(right, number(addedRun[i].newLine) + addedRun[i].text, added, isFirst);
                else
                    put(right, QString(), filler, isFirst);
            }
            removedRun.clear();
            addedRun.clear();
        };
        for (const UnifiedDiff::Line &l : h.lines) {
            if (l.kind == UnifiedDiff::Line::Kind::Removed) {
                if (!addedRun.isEmpty())
                    flush();
                removedRun.append(l);
            } else if (l.kind == UnifiedDiff::Line::Kind::Added) {
                addedRun.append(l);
            } else {
                flush();
                const bool isFirst = rows++ == 0;
                put(left, number(l.oldLine) + l.text, QColor(), isFirst);
                put(right, number(l.newLine) + l.text, QColor(), isFirst);
            }
        }
        flush();
    }
    if (rows == 0) {
        m_left->setPlainText(tr("No changes."));
        m_right->setPlainText(tr("No changes."));
    }
}
