// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QDialog>

class AllowFlow;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTimer;

// "Allow…" for one denial: the denial in words, the rule choices (and for a file the scope,
// with what each scope would match), Allow or Deny, the diff of the local override, then the
// result (or the parser's exact error), Undo and Redo. The custom pattern is checked as it is
// typed, and its preview (which may walk directories) waits until typing pauses. It only
// views: AllowFlow does the work.
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
    QPushButton *redoButton() const { return m_redo; }
    QCheckBox *abstractionBox() const { return m_useAbstraction; }
    // The pause after typing before the custom pattern is previewed; tests drive it with
    // applyPendingPattern() instead of waiting.
    QTimer *previewTimer() const { return m_previewTimer; }
    void applyPendingPattern();
    QLabel *statusLabel() const { return m_status; }
    QLabel *hintLabel() const { return m_hint; }
    // Shown only for an unverified record: the reason, and the box that confirms it anyway.
    QLabel *unverifiedLabel() const { return m_unverified; }
    QCheckBox *confirmUnverifiedBox() const { return m_confirmUnverified; }
    // "Why was this denied?": the cause and its fix, from the flow's explanation.
    QLabel *explanationLabel() const { return m_why; }
    // AppArmor 5, a deny rule in the way: write the allow rule with priority=1 (off by default).
    QCheckBox *priorityBox() const { return m_priority; }

private:
    void refresh();
    void showResult(bool ok, const QString &message);

    AllowFlow *m_flow;
    QLabel *m_summary;
    QLabel *m_unverified;
    QCheckBox *m_confirmUnverified;
    QLabel *m_why;
    QCheckBox *m_priority;
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
    QPushButton *m_redo;
    QCheckBox *m_useAbstraction;
    QTimer *m_previewTimer;
    QWidget *m_scopeBox;
};
