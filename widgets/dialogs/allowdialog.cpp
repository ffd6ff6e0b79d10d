// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "allowdialog.h"

#include "allowflow.h"
#include "scopechoicemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AllowDialog::AllowDialog(AllowFlow *flow, QWidget *parent)
    : QDialog(parent)
    , m_flow(flow)
{
    setWindowTitle(tr("Allow or deny: %1").arg(flow->suggestion().target.label()));
    auto *layout = new QVBoxLayout(this);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_summary->font();
    big.setBold(true);
    m_summary->setFont(big);
    layout->addWidget(m_summary);

    auto *form = new QFormLayout;
    m_candidates = new QComboBox(this);
    for (const RuleCandidate &c : flow->suggestion().candidates)
        m_candidates->addItem(c.label, c.rule);
    form->addRow(tr("&Rule:"), m_candidates);
    layout->addLayout(form);

    m_scopeBox = new QGroupBox(tr("Which files"), this);
    auto *scopeLayout = new QVBoxLayout(m_scopeBox);
    m_scopes = new QListView(m_scopeBox);
    m_scopes->setModel(flow->scopeModel());
    m_scopes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_scopes->setAccessibleName(tr("Scope"));
    scopeLayout->addWidget(m_scopes);
    m_custom = new QLineEdit(m_scopeBox);
    m_custom->setPlaceholderText(tr("Custom pattern, e.g. /srv/data/**.csv"));
    m_custom->setClearButtonEnabled(true);
    scopeLayout->addWidget(m_custom);
    auto *previews = new QHBoxLayout;
    auto previewColumn = [&](const QString &title, QListWidget **list) {
        auto *column = new QVBoxLayout;
        column->addWidget(new QLabel(title, m_scopeBox));
        *list = new QListWidget(m_scopeBox);
        (*list)->setAccessibleName(title);
        column->addWidget(*list);
        previews->addLayout(column);
    };
    previewColumn(tr("Recent denials it allows"), &m_matchedDenials);
    previewColumn(tr("Existing files it reaches"), &m_matchedFiles);
    scopeLayout->addLayout(previews);
    layout->addWidget(m_scopeBox);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    layout->addWidget(m_hint);

    auto *verdict = new QHBoxLayout;
    m_allow = new QRadioButton(tr("&Allow"), this);
    m_deny = new QRadioButton(tr("&Deny (explicit deny rule, silences the log)"), this);
    m_allow->setChecked(true);
    verdict->addWidget(m_allow);
    verdict->addWidget(m_deny);
    verdict->addStretch();
    layout->addLayout(verdict);

    layout->addWidget(new QLabel(tr("Change to the local override:"), this));
    m_diff = new QPlainTextEdit(this);
    m_diff->setReadOnly(true);
    m_diff->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_diff->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_diff->setAccessibleName(tr("Diff"));
    layout->addWidget(m_diff);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_undo = buttons->addButton(tr("Undo"), QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_undo->setVisible(false);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Apply does not close the dialog (accepted is left unconnected): the result and Undo show here.
    connect(m_apply, &QPushButton::clicked, m_flow, &AllowFlow::apply);
    connect(m_undo, &QPushButton::clicked, m_flow, &AllowFlow::undo);
    connect(m_candidates, &QComboBox::currentIndexChanged, m_flow, &AllowFlow::setCandidateIndex);
    connect(m_scopes->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_flow->setScopeRow(current.row());
    });
    connect(flow->scopeModel(), &QAbstractItemModel::modelReset, this, [this] {
        m_scopes->setCurrentIndex(m_scopes->model()->index(0, 0));
    });
    connect(m_custom, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_flow->setCustomPattern(text);
        m_scopes->setCurrentIndex(m_scopes->model()->index(m_flow->scopeModel()->customRow(), 0));
    });
    connect(m_deny, &QRadioButton::toggled, m_flow, &AllowFlow::setDeny);
    connect(m_flow, &AllowFlow::changed, this, &AllowDialog::refresh);
    connect(m_flow, &AllowFlow::applied, this, &AllowDialog::showResult);
    connect(m_flow, &AllowFlow::undone, this, &AllowDialog::showResult);

    m_candidates->setCurrentIndex(flow->candidateIndex());
    m_scopes->setCurrentIndex(m_scopes->model()->index(0, 0));
    refresh();
    resize(760, 680);
}

void AllowDialog::refresh()
{
    m_summary->setText(m_flow->summary());
    const bool hasScopes = m_flow->scopeModel()->rowCount() > 0;
    m_scopeBox->setVisible(hasScopes);
    m_candidates->setEnabled(m_flow->hasRule());
    if (hasScopes) {
        const QModelIndex current = m_flow->scopeModel()->index(m_flow->scopeRow(), 0);
        m_matchedDenials->clear();
        m_matchedDenials->addItems(current.data(ScopeChoiceModel::MatchedDenialsRole).toStringList());
        m_matchedFiles->clear();
        m_matchedFiles->addItems(current.data(ScopeChoiceModel::ExistingFilesRole).toStringList());
    }
    const QString error = hasScopes
        ? m_flow->scopeModel()->index(m_flow->scopeRow(), 0).data(ScopeChoiceModel::ErrorRole).toString()
        : QString();
    m_hint->setText(error.isEmpty() ? m_flow->hint() : error);
    m_hint->setVisible(!m_hint->text().isEmpty());
    if (m_flow->rule().isEmpty())
        m_diff->setPlainText(tr("(no rule to write)"));
    else if (m_flow->proposedText() == m_flow->currentText())
        m_diff->setPlainText(tr("(%1 already holds this rule)").arg(m_flow->overrideName()));
    else
        m_diff->setPlainText(m_flow->diff());
    m_apply->setText(m_flow->isDeny() ? tr("Deny") : tr("Allow"));
    m_apply->setEnabled(m_flow->canApply());
    m_undo->setVisible(m_flow->canUndo());
}

void AllowDialog::showResult(bool ok, const QString &message)
{
    m_status->setText(message);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, ok ? QColor(0x1b, 0x7f, 0x3a) : QColor(0xb0, 0x1e, 0x1e));
    m_status->setPalette(p);
    refresh();
}
