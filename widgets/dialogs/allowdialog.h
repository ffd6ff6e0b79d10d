// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QDialog>

class AllowFlow;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

// "Allow…" for one denial: the denial in words, the rule choices (and for a file the scope,
// with what each scope would match), Allow or Deny, the diff of the local override, then the
// result (or the parser's exact error) and Undo. It only views: AllowFlow does the work.
class AllowDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AllowDialog(AllowFlow *flow, QWidget *parent = nullptr);

    QComboBox *candidateBox() const { return m_candidates; }
    QListView *scopeView() const { return m_scopes; }
    QLineEdit *customPatternEdit() const { return m_custom; }
    QListWidget *matchedDenials() const { return m_matchedDenials; }
    QListWidget *matchedFiles() const { return m_matchedFiles; }
    QRadioButton *denyButton() const { return m_deny; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *undoButton() const { return m_undo; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *hintLabel() const { return m_hint; }

private:
    void refresh();
    void showResult(bool ok, const QString &message);

    AllowFlow *m_flow;
    QLabel *m_summary;
    QComboBox *m_candidates;
    QListView *m_scopes;
    QLineEdit *m_custom;
    QListWidget *m_matchedDenials;
    QListWidget *m_matchedFiles;
    QLabel *m_hint;
    QRadioButton *m_allow;
    QRadioButton *m_deny;
    QPlainTextEdit *m_diff;
    QLabel *m_status;
    QPushButton *m_apply;
    QPushButton *m_undo;
    QWidget *m_scopeBox;
};
