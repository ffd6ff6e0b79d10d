// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QWidget>

class GrantedRulesController;
class QLabel;
class QPushButton;
class QTreeView;

// "Granted rules" in the profiles page's details pane: the rules of the selected profile's
// local override with the change that added each, "Remove rule…" (after the diff preview)
// and Undo (which names the change and shows what it takes back) and Redo. It only views: GrantedRulesController reads
// and writes.
class GrantedRulesView : public QWidget
{
    Q_OBJECT
public:
    explicit GrantedRulesView(GrantedRulesController *controller, QWidget *parent = nullptr);

    GrantedRulesController *controller() const { return m_controller; }
    QTreeView *tree() const { return m_tree; }
    QPushButton *removeButton() const { return m_remove; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *redoButton() const { return m_redo; }
    QLabel *fileLabel() const { return m_file; }
    QLabel *statusLabel() const { return m_status; }

private:
    void requestRemoval();
    void requestUndo();
    void updateState();
    void showResult(bool ok, const QString &message);

    GrantedRulesController *m_controller;
    QLabel *m_file;
    QTreeView *m_tree;
    QPushButton *m_remove;
    QPushButton *m_undo;
    QPushButton *m_redo;
    QLabel *m_status;
    QString m_doneMessage; // what to say when the running write succeeds
};
