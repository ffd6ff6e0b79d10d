// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QDialog>

class QPlainTextEdit;
class QTabWidget;

// "Review before writing": the change to one file as a unified diff and side by side, with a
// Write button (or Close only, when it just shows a difference).
class DiffPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { ConfirmWrite, ViewOnly };
    DiffPreviewDialog(
        const QString &fileName, const QString &before, const QString &after, Mode mode, QWidget *parent = nullptr);

    QString unifiedText() const;
    QPlainTextEdit *leftView() const { return m_left; }
    QPlainTextEdit *rightView() const { return m_right; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    void buildSideBySide(const QString &before, const QString &after);

    QTabWidget *m_tabs;
    QPlainTextEdit *m_unified;
    QPlainTextEdit *m_left;
    QPlainTextEdit *m_right;
};
