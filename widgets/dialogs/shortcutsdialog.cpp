// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

static QString plainText(const QAction *action)
{
    QString text = action->text();
    text.remove(u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

ShortcutsDialog::ShortcutsDialog(
    const QList<QAction *> &actions, const QHash<QAction *, QKeySequence> &defaults, QWidget *parent)
    : QDialog(parent)
    , m_actions(actions)
    , m_defaults(defaults)
    , m_table(new QTableWidget(int(actions.size()), 2, this))
    , m_edit(new QKeySequenceEdit(this))
    , m_default(new QPushButton(tr("&Default"), this))
    , m_none(new QPushButton(tr("&None"), this))
    , m_conflict(new QLabel(this))
{
    setWindowTitle(tr("Configure Shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int row = 0; row < actions.size(); ++row) {
        QAction *action = actions[row];
        m_keys.insert(action, action->shortcut());
        auto *name = new QTableWidgetItem(action->icon(), plainText(action));
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(action->shortcut().toString(QKeySequence::NativeText)));
    }
    m_edit->setMaximumSequenceLength(1);
    m_edit->setClearButtonEnabled(true);
    m_conflict->setWordWrap(true);
    m_conflict->setStyleSheet(u"QLabel { color: #a4262c; }"_s);
    m_conflict->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Shortcut:"), this));
    row->addWidget(m_edit, 1);
    row->addWidget(m_default);
    row->addWidget(m_none);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_conflict);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &ShortcutsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int current) {
        showRow(current);
    });
    connect(m_edit, &QKeySequenceEdit::editingFinished, this, [this] {
        assign(m_edit->keySequence());
    });
    connect(m_default, &QPushButton::clicked, this, [this] {
        if (QAction *action = actionAt(m_table->currentRow()))
            assign(m_defaults.value(action));
    });
    connect(m_none, &QPushButton::clicked, this, [this] {
        assign(QKeySequence());
    });
    m_table->setCurrentCell(0, 0);
    showRow(0);
    resize(520, 480);
}

QAction *ShortcutsDialog::actionAt(int row) const
{
    return row >= 0 && row < m_actions.size() ? m_actions[row] : nullptr;
}

void ShortcutsDialog::showRow(int row)
{
    QAction *action = actionAt(row);
    m_edit->setEnabled(action);
    m_default->setEnabled(action);
    m_none->setEnabled(action);
    m_conflict->hide();
    if (action)
        m_edit->setKeySequence(m_keys.value(action));
}

bool ShortcutsDialog::assign(const QKeySequence &keys)
{
    QAction *action = actionAt(m_table->currentRow());
    if (!action)
        return false;
    if (!keys.isEmpty()) {
        for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
            if (it.key() != action && it.value() == keys) {
                m_conflict->setText(tr("%1 is already the shortcut of \"%2\".")
                        .arg(keys.toString(QKeySequence::NativeText), plainText(it.key())));
                m_conflict->show();
                m_edit->setKeySequence(m_keys.value(action));
                return false;
            }
        }
    }
    m_conflict->hide();
    m_keys.insert(action, keys);
    m_edit->setKeySequence(keys);
    m_table->item(m_table->currentRow(), 1)->setText(keys.toString(QKeySequence::NativeText));
    return true;
}

void ShortcutsDialog::accept()
{
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it)
        it.key()->setShortcut(it.value());
    QDialog::accept();
}
