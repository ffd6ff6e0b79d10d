// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "grantedrulescontroller.h"

#include "changehistory.h"
#include "grantedrulesmodel.h"
#include "overrideapplier.h"
#include "rulecandidate.h"

#include <QPointer>

using namespace Qt::StringLiterals;

GrantedRulesController::GrantedRulesController(OverrideApplier *applier, ChangeHistory *history, QObject *parent)
    : QObject(parent)
    , m_applier(applier)
    , m_history(history)
    , m_model(new GrantedRulesModel(this))
{
}

QString GrantedRulesController::topLevel() const
{
    return RuleTarget::fromLabel(m_profile).profile;
}

QString GrantedRulesController::fileNameFor(const QString &profile) const
{
    return u"local/"_s + m_applier->overrideNameFor(profile);
}

void GrantedRulesController::refreshIfRenamed()
{
    if (!m_profile.isEmpty() && m_applier && fileNameFor(topLevel()) != m_fileName)
        refresh();
}

void GrantedRulesController::setProfile(const QString &profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    refresh();
}

bool GrantedRulesController::canUndo() const
{
    return m_history && !m_busy && m_model->undoableChange().has_value();
}

bool GrantedRulesController::canRedo() const
{
    return m_history && !m_busy && m_model->redoableChange().has_value();
}

void GrantedRulesController::redoLatest()
{
    if (!m_history || m_busy)
        return;
    const std::optional<ChangeRecord> undo = m_model->redoableChange();
    if (!undo)
        return;
    setBusy(true);
    QPointer<GrantedRulesController> self(this);
    m_history->undo(undo->id, [self](const OverrideApplier::Result &result) {
        if (self)
            self->done(result.ok, result.error);
    });
}

void GrantedRulesController::refresh()
{
    const quint64 generation = ++m_generation;
    if (m_profile.isEmpty() || !m_applier) {
        m_fileName.clear();
        m_model->clear();
        Q_EMIT refreshed();
        return;
    }
    const QString profile = topLevel();
    const QString fileName = fileNameFor(profile);
    m_fileName = fileName;
    if (!m_history) {
        m_historyError.clear();
        m_model->setOverride(profile, fileName, m_applier->currentOverride(profile), {});
        Q_EMIT refreshed();
        return;
    }
    QPointer<GrantedRulesController> self(this);
    m_history->history([self, generation, profile, fileName](const ChangeHistory::Entries &result) {
        if (!self || generation != self->m_generation)
            return;
        self->m_historyError = result.error;
        // Read when the journal has come: the file may have changed while it was on its way.
        self->m_model->setOverride(profile, fileName, self->m_applier->currentOverride(profile), result.entries);
        Q_EMIT self->refreshed();
    });
}

std::optional<GrantedRulesController::Removal> GrantedRulesController::removal(const QModelIndex &index) const
{
    const std::optional<QString> after = m_model->textWithout(index);
    if (!after)
        return std::nullopt;
    return Removal{m_model->profile(), m_model->fileName(), m_model->text(), *after};
}

void GrantedRulesController::remove(const Removal &removal)
{
    if (!canWrite())
        return;
    if (m_applier->currentOverride(removal.profile) != removal.before) {
        done(false,
            tr("%1 changed since it was shown, so nothing was written. The list now shows the file as it is.")
                .arg(removal.fileName));
        return;
    }
    setBusy(true);
    QPointer<GrantedRulesController> self(this);
    m_applier->apply(removal.profile, removal.after, [self](const OverrideApplier::Result &result) {
        if (self)
            self->done(result.ok, result.error);
    });
}

void GrantedRulesController::undoLatest()
{
    if (!m_history || m_busy)
        return;
    const std::optional<ChangeRecord> change = m_model->undoableChange();
    if (!change)
        return;
    setBusy(true);
    QPointer<GrantedRulesController> self(this);
    m_history->undo(change->id, [self](const OverrideApplier::Result &result) {
        if (self)
            self->done(result.ok, result.error);
    });
}

void GrantedRulesController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void GrantedRulesController::done(bool ok, const QString &message)
{
    setBusy(false);
    Q_EMIT finished(ok, message);
    if (ok)
        Q_EMIT applied();
    refresh();
}
