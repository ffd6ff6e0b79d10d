// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "allowdialog.h"

#include "allowflow.h"
#include "scopechoicemodel.h"

#include <QCheckBox>
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
#include <QTimer>
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

    // A record anyone could have written: say so, and why, before anything else; Apply stays
    // off until the box is checked.
    const QString reason = flow->unverifiedReason();
    m_unverified = new QLabel(tr("Unverified record: %1").arg(reason), this);
    m_unverified->setWordWrap(true);
    m_unverified->setTextFormat(Qt::PlainText);
    m_unverified->setFrameShape(QFrame::StyledPanel);
    m_unverified->setVisible(!reason.isEmpty());
    layout->addWidget(m_unverified);
    m_confirmUnverified
        = new QCheckBox(tr("I have checked that this access really happened: write the rule anyway"), this);
    m_confirmUnverified->setVisible(!reason.isEmpty());
    layout->addWidget(m_confirmUnverified);
    m_why = new QLabel(this);
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    m_why->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_why->setObjectName(u"explanationLabel"_s);
    layout->addWidget(m_why);
    m_priority = new QCheckBox(tr("Outrank the deny rule: write the allow rule with priority=1"), this);
    layout->addWidget(m_priority);

    auto *form = new QFormLayout;
    m_candidates = new QComboBox(this);
    for (const RuleCandidate &c : flow->suggestion().candidates)
        m_candidates->addItem(c.label, c.rule);
    // The items name their rule, which can be long: the dialog's width must not follow it.
    m_candidates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_candidates->setMinimumContentsLength(40);
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
    m_custom->setToolTip(tr("An AppArmor glob: * is any name, ** any path, {a,b} either; it must match the "
                            "denied file"));
    scopeLayout->addWidget(m_custom);
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
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
    m_useAbstraction = new QCheckBox(this);
    m_useAbstraction->setObjectName(u"useAbstraction"_s);
    layout->addWidget(m_useAbstraction);

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
    m_redo = buttons->addButton(tr("Redo"), QDialogButtonBox::ActionRole);
    m_undo->setIcon(QIcon::fromTheme(u"edit-undo"_s));
    m_redo->setIcon(QIcon::fromTheme(u"edit-redo"_s));
    buttons->addButton(QDialogButtonBox::Close);
    m_undo->setVisible(false);
    m_redo->setVisible(false);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Apply does not close the dialog (accepted is left unconnected): the result and Undo show here.
    connect(m_apply, &QPushButton::clicked, this, [this] {
        applyPendingPattern(); // what is typed is what is written
        m_flow->apply();
    });
    connect(m_undo, &QPushButton::clicked, m_flow, &AllowFlow::undo);
    connect(m_redo, &QPushButton::clicked, m_flow, &AllowFlow::redo);
    connect(m_useAbstraction, &QCheckBox::toggled, m_flow, &AllowFlow::setUseAbstraction);
    connect(m_candidates, &QComboBox::currentIndexChanged, m_flow, &AllowFlow::setCandidateIndex);
    connect(m_scopes->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_flow->setScopeRow(current.row());
    });
    connect(flow->scopeModel(), &QAbstractItemModel::modelReset, this, [this] {
        m_scopes->setCurrentIndex(m_scopes->model()->index(0, 0));
    });
    // Typing only restarts the timer: each keystroke must not walk the file system.
    connect(m_custom, &QLineEdit::textEdited, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_previewTimer, &QTimer::timeout, this, &AllowDialog::applyPendingPattern);
    connect(m_deny, &QRadioButton::toggled, m_flow, &AllowFlow::setDeny);
    connect(m_confirmUnverified, &QCheckBox::toggled, m_flow, &AllowFlow::confirmUnverified);
    connect(m_priority, &QCheckBox::toggled, m_flow, [this](bool on) {
        m_flow->setPriority(on ? 1 : 0);
    });
    connect(m_flow, &AllowFlow::changed, this, &AllowDialog::refresh);
    connect(m_flow, &AllowFlow::applied, this, &AllowDialog::showResult);
    connect(m_flow, &AllowFlow::undone, this, &AllowDialog::showResult);
    connect(m_flow, &AllowFlow::redone, this, &AllowDialog::showResult);

    m_candidates->setCurrentIndex(flow->candidateIndex());
    m_scopes->setCurrentIndex(m_scopes->model()->index(0, 0));
    refresh();
    resize(760, 680);
}

void AllowDialog::applyPendingPattern()
{
    m_previewTimer->stop();
    const int customRow = m_flow->scopeModel()->customRow();
    if (customRow < 0)
        return;
    if (m_custom->text() == m_flow->scopeModel()->index(customRow).data(ScopeChoiceModel::PatternRole).toString()
        && m_flow->scopeRow() == customRow)
        return;
    m_flow->setCustomPattern(m_custom->text());
    if (!m_custom->text().isEmpty())
        m_scopes->setCurrentIndex(m_scopes->model()->index(customRow, 0));
}

void AllowDialog::refresh()
{
    m_summary->setText(m_flow->summary());
    const Explanation &e = m_flow->explanation();
    const bool explained = e.cause != Explanation::Cause::NotADenial;
    QString why;
    if (explained) {
        why = Explanation::causeTitle(e.cause) + u": "_s + e.summary;
        if (!e.rule.isEmpty())
            why += u"\n    "_s + e.rule + u"  ("_s + e.file + u':' + QString::number(e.line) + u')';
        if (!e.advice.isEmpty())
            why += u'\n' + e.advice;
    }
    m_why->setText(why);
    m_why->setVisible(explained && e.cause != Explanation::Cause::NoRule);
    // A priority= rule only with its warning beside it, and never by default.
    const bool offerPriority = e.fix == Explanation::Fix::PriorityRule;
    m_priority->setVisible(offerPriority);
    m_priority->setToolTip(e.warning);
    if (offerPriority)
        m_priority->setText(
            tr("Outrank the deny rule: write the allow rule with priority=1.\nWarning: %1").arg(e.warning));
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
    // The rule the chosen candidate would write follows the scope (and the abstraction choice).
    for (int i = 0; i < m_candidates->count(); ++i) {
        const RuleCandidate &c = m_flow->suggestion().candidates.at(i);
        const QString rule = i == m_flow->candidateIndex() && !m_flow->rule().isEmpty() ? m_flow->rule() : c.rule;
        m_candidates->setItemText(i, tr("%1: %2").arg(c.label, rule));
    }
    const QString abstraction = m_flow->coveringAbstraction();
    m_useAbstraction->setVisible(!abstraction.isEmpty());
    m_useAbstraction->setText(tr("Include <%1> instead: it already covers this access").arg(abstraction));
    m_scopeBox->setEnabled(!m_flow->usesAbstraction());
    if (m_flow->canUndo() && m_flow->proposedText() == m_flow->currentText())
        m_diff->setPlainText(tr("Undo would write:") + u'\n' + m_flow->undoDiff());
    else if (m_flow->canRedo() && !m_flow->canApply())
        m_diff->setPlainText(tr("Redo would write:") + u'\n' + m_flow->redoDiff());
    m_apply->setText(m_flow->isDeny() ? tr("Deny") : tr("Allow"));
    m_apply->setEnabled(m_flow->canApply());
    if (m_flow->allowIsBlocked())
        m_apply->setToolTip(e.fix == Explanation::Fix::PriorityRule
                ? tr("A deny rule blocks this access: an allow rule cannot win unless it has a higher priority.")
                : tr("A deny rule blocks this access: an allow rule cannot win. Change the deny rule instead."));
    else
        m_apply->setToolTip(QString());
    m_undo->setVisible(m_flow->canUndo());
    m_undo->setText(tr("Undo \"%1\"").arg(m_flow->lastRule()));
    m_undo->setToolTip(m_flow->undoDiff());
    m_redo->setVisible(m_flow->canRedo());
    m_redo->setText(tr("Redo \"%1\"").arg(m_flow->lastRule()));
    m_redo->setToolTip(m_flow->redoDiff());
}

void AllowDialog::showResult(bool ok, const QString &message)
{
    m_status->setText(message);
    QPalette p = m_status->palette();
    p.setColor(QPalette::WindowText, ok ? QColor(0x1b, 0x7f, 0x3a) : QColor(0xb0, 0x1e, 0x1e));
    m_status->setPalette(p);
    refresh();
}
