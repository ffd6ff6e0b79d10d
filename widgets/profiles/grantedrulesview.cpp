// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "grantedrulesview.h"

#include "diffpreviewdialog.h"
#include "grantedrulescontroller.h"
#include "grantedrulesmodel.h"
#include "overriderules.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

GrantedRulesView::GrantedRulesView(GrantedRulesController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_file(new QLabel(this))
    , m_tree(new QTreeView(this))
    , m_remove(new QPushButton(QIcon::fromTheme(u"list-remove"_s), tr("&Remove rule…"), this))
    , m_undo(new QPushButton(QIcon::fromTheme(u"edit-undo"_s), tr("&Undo last change"), this))
    , m_redo(new QPushButton(QIcon::fromTheme(u"edit-redo"_s), tr("Re&do"), this))
    , m_status(new QLabel(this))
{
    auto *title = new QLabel(tr("Granted rules"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_file->setWordWrap(true);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_tree->setModel(controller->model());
    m_tree->setObjectName(u"grantedRules"_s);
    m_tree->setAccessibleName(tr("Rules granted in the profile's local override"));
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setWordWrap(false);
    m_tree->setTextElideMode(Qt::ElideMiddle); // a path's end and the permissions both matter
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(GrantedRulesModel::RuleColumn, QHeaderView::Stretch);
    for (int column : {GrantedRulesModel::ChangeColumn, GrantedRulesModel::TimeColumn, GrantedRulesModel::UserColumn})
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_remove->setObjectName(u"removeGrantedRule"_s);
    m_remove->setToolTip(tr("Take the selected rule out of the local override, after showing the change"));
    m_undo->setObjectName(u"undoGrantedChange"_s);
    m_redo->setObjectName(u"redoGrantedChange"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_undo);
    buttons->addWidget(m_redo);
    buttons->addStretch(1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_file);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);

    connect(m_remove, &QPushButton::clicked, this, &GrantedRulesView::requestRemoval);
    // Delete in the list does what the button does (the preview still comes first).
    auto *removeAction = new QAction(m_tree);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_tree->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, [this] {
        if (m_remove->isEnabled())
            requestRemoval();
    });
    connect(m_undo, &QPushButton::clicked, this, &GrantedRulesView::requestUndo);
    connect(m_redo, &QPushButton::clicked, this, [this] {
        m_doneMessage = tr("The undone change is back and the profile reloaded.");
        m_controller->redoLatest();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &GrantedRulesView::updateState);
    connect(controller, &GrantedRulesController::busyChanged, this, &GrantedRulesView::updateState);
    connect(controller, &GrantedRulesController::finished, this, &GrantedRulesView::showResult);
    connect(controller, &GrantedRulesController::refreshed, this, [this] {
        m_tree->expandAll();
        updateState();
    });
    updateState();
}

void GrantedRulesView::requestRemoval()
{
    const std::optional<GrantedRulesController::Removal> removal = m_controller->removal(m_tree->currentIndex());
    if (!removal)
        return;
    auto *dialog = new DiffPreviewDialog(
        removal->fileName, removal->before, removal->after, DiffPreviewDialog::Mode::ConfirmWrite, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, removal = *removal] {
        m_doneMessage = tr("The rule was removed and the profile reloaded.");
        m_controller->remove(removal);
    });
    dialog->open();
}

void GrantedRulesView::requestUndo()
{
    const std::optional<ChangeRecord> change = m_controller->model()->undoableChange();
    if (!change)
        return;
    // What the undo takes back, rule by rule: the change's added rules go, its removed ones return.
    QStringList before;
    QStringList after;
    for (const OverrideRuleRef &rule : change->rulesAdded)
        before << rule.rule;
    for (const OverrideRuleRef &rule : change->rulesRemoved)
        after << rule.rule;
    auto *dialog = new DiffPreviewDialog(tr("rules of change %1").arg(change->id), before.join(u'\n'),
        after.join(u'\n'), DiffPreviewDialog::Mode::ConfirmWrite, this);
    dialog->setWindowTitle(tr("Undo %1").arg(m_controller->model()->describe(*change)));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_doneMessage = tr("The change was undone and the profile reloaded.");
        m_controller->undoLatest();
    });
    dialog->open();
}

void GrantedRulesView::showResult(bool ok, const QString &message)
{
    // The helper's or parser's message as it is: it names the file and line.
    m_status->setText(ok ? m_doneMessage : message);
    m_status->setStyleSheet(ok ? QString() : u"QLabel { color: #a4262c; }"_s);
    m_status->show();
}

void GrantedRulesView::updateState()
{
    const GrantedRulesModel *model = m_controller->model();
    if (m_controller->profile().isEmpty()) {
        m_file->setText(tr("Select a profile to see the rules added for it."));
    } else if (model->ruleCount() == 0) {
        m_file->setText(tr("No rules added in %1 yet.").arg(model->fileName()));
    } else {
        m_file->setText(tr("Rules added in %1:").arg(model->fileName()));
    }
    if (!m_controller->historyError().isEmpty())
        m_file->setText(m_file->text() + u'\n'
            + tr("Which change added each rule is not known: %1").arg(m_controller->historyError()));

    const QModelIndex current = m_tree->currentIndex();
    m_remove->setEnabled(m_controller->canWrite() && current.data(GrantedRulesModel::RemovableRole).toBool());
    const std::optional<ChangeRecord> change = model->undoableChange();
    m_undo->setEnabled(m_controller->canUndo());
    m_undo->setText(change ? tr("&Undo Change %1").arg(change->id) : tr("&Undo last change"));
    m_undo->setToolTip(change ? model->describe(*change) : tr("No change to this file that can be undone."));
    const std::optional<ChangeRecord> redo = model->redoableChange();
    m_redo->setEnabled(m_controller->canRedo());
    m_redo->setToolTip(redo ? tr("Take back %1").arg(model->describe(*redo)) : tr("Nothing was undone here."));
}
