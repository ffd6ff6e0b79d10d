// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QDialog>
#include <QHash>
#include <QKeySequence>

class QAction;
class QKeySequenceEdit;
class QLabel;
class QPushButton;
class QTableWidget;

// Settings → Configure Shortcuts: every named action with its shortcut, edited in place. A
// shortcut another action already has is refused with the name of that action. On OK the
// actions get their new keys; saving them is the caller's (MainWindow's QSettings).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    // defaults: each action's shipped shortcut, for "Default".
    ShortcutsDialog(
        const QList<QAction *> &actions, const QHash<QAction *, QKeySequence> &defaults, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QKeySequenceEdit *editor() const { return m_edit; }
    QLabel *conflictLabel() const { return m_conflict; }
    // Sets the selected action's shortcut; false (and the conflict shown) when another has it.
    bool assign(const QKeySequence &keys);
    QKeySequence pending(QAction *action) const { return m_keys.value(action); }
    void accept() override;

private:
    void showRow(int row);
    QAction *actionAt(int row) const;

    QList<QAction *> m_actions;
    QHash<QAction *, QKeySequence> m_defaults;
    QHash<QAction *, QKeySequence> m_keys;
    QTableWidget *m_table;
    QKeySequenceEdit *m_edit;
    QPushButton *m_default;
    QPushButton *m_none;
    QLabel *m_conflict;
};
