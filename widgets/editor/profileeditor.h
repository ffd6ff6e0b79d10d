// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "parserdiagnostic.h"

#include <QMap>
#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;
class CompletionCatalog;
class IncrementalHighlighter;
namespace KSyntaxHighlighting {
class Repository;
} // namespace KSyntaxHighlighting

// The profile text editor: a line-number margin that marks the lines with parser problems
// (tooltip: the messages), Armorer's AppArmor 4.1/5.0 definition for KSyntaxHighlighting asked
// for by name (file patterns miss local/ and abstractions/) with a theme that follows the
// palette, completion from a CompletionCatalog, and Ctrl+click on an include line.
class ProfileEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget *parent = nullptr);
    ~ProfileEditor() override;

    // One repository for the process: loading the definitions takes time.
    static KSyntaxHighlighting::Repository &repository();
    // The definition the editor uses: ownDefinitionName() (resources/syntax) when it loads,
    // else the framework's "AppArmor Security Profile".
    static QString definitionName();
    static QString ownDefinitionName();
    QString themeName() const;

    void setCatalog(const CompletionCatalog *catalog) { m_catalog = catalog; }
    // The file shown, and where its includes are searched (in order).
    void setFilePath(const QString &path) { m_filePath = path; }
    void setIncludeDirs(const QStringList &dirs) { m_includeDirs = dirs; }

    // Problems of this file; those with a line are marked in the margin.
    void setDiagnostics(const QList<ParserDiagnostic> &diagnostics);
    QList<int> markedLines() const { return m_marks.keys(); }
    QString markTooltip(int line) const;

    // The text, as toPlainText() gives it, kept up to date edit by edit: a copy for a check or a
    // draft costs nothing on the GUI thread (toPlainText() walks the whole document).
    QString plainTextSnapshot() const;

    void goToLine(int line);
    // The file an include on this line opens, or an empty string.
    QString includeTargetOfLine(int line) const;

    QCompleter *completer() const { return m_completer; }
    // Shows the completions that fit at the cursor; false when none fits.
    bool showCompletions(bool explicitRequest = true);

    // Highlighting runs from the top down in the background; what is painted is highlighted
    // first.
    IncrementalHighlighter *highlighter() const { return m_highlighter; }

    QWidget *lineNumberArea() const { return m_lineNumbers; }
    int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);
    bool lineNumberToolTip(const QPoint &pos);

Q_SIGNALS:
    // The text changed (not only its highlighting, unlike textChanged()).
    void textEdited();
    void includeActivated(const QString &path);
    void findRequested();
    void replaceRequested();
    void goToLineRequested();

protected:
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    void updateMargins();
    void updateExtraSelections();
    void insertCompletion(const QString &text);
    int lineAt(const QPoint &viewportPos) const;
    void repaintBlocks(int firstBlock, int lastBlock);
    void followTextChange(int from, int charsRemoved, int charsAdded);

    IncrementalHighlighter *m_highlighter;
    QWidget *m_lineNumbers;
    QCompleter *m_completer;
    QStringListModel *m_completionModel;
    const CompletionCatalog *m_catalog = nullptr;
    qsizetype m_completionStart = 0;
    QString m_filePath;
    QStringList m_includeDirs;
    QMap<int, QList<ParserDiagnostic>> m_marks;
    QRect m_painting; // the rect of the paint in progress
    mutable QString m_text; // plainTextSnapshot()
    mutable bool m_textStale = false; // after a large change: copied when first asked for
};
