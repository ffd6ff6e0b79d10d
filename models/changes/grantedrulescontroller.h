// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QObject>
#include <QString>

#include <optional>

class ChangeHistory;
class GrantedRulesModel;
class OverrideApplier;

// The "granted rules" of the selected profile: fills GrantedRulesModel from the profile's
// local override and the helper's journal, takes one rule out (written like an allow, through
// the OverrideApplier), and undoes the latest change to the override (the helper's Undo).
// Results come back as finished(): an error is the helper's or parser's own message.
class GrantedRulesController : public QObject
{
    Q_OBJECT
public:
    struct Removal
    {
        QString profile;
        QString fileName; // "local/NAME"
        QString before;
        QString after;
    };

    // applier and history may be null (no helper): the list then still shows, read-only.
    GrantedRulesController(OverrideApplier *applier, ChangeHistory *history, QObject *parent = nullptr);

    GrantedRulesModel *model() const { return m_model; }

    // A profile label ("a//b" shows the override of "a", hat blocks included); "" clears.
    void setProfile(const QString &profile);
    QString profile() const { return m_profile; }
    bool isBusy() const { return m_busy; }
    bool canWrite() const { return m_applier && !m_busy; }
    bool canUndo() const;
    bool canRedo() const;
    // Why the journal could not be read ("" when it was), so the view can say attribution is missing.
    QString historyError() const { return m_historyError; }

    // What removing the rule at index (of model()) would write, for the diff preview.
    std::optional<Removal> removal(const QModelIndex &index) const;

public Q_SLOTS:
    void refresh();
    // Refreshes only when the profile's override is now another file (a new profile index).
    void refreshIfRenamed();
    // Writes removal.after, unless the override changed since removal was made.
    void remove(const GrantedRulesController::Removal &removal);
    void undoLatest();
    // Reverts the latest undo (the helper's Undo of that undo).
    void redoLatest();

Q_SIGNALS:
    void refreshed();
    void busyChanged(bool busy);
    // After remove() or undoLatest(): ok, or the error exactly as the helper gave it.
    void finished(bool ok, const QString &message);
    // A change was written and the profile reloaded.
    void applied();

private:
    QString topLevel() const;
    QString fileNameFor(const QString &profile) const;
    void setBusy(bool busy);
    void done(bool ok, const QString &message);

    OverrideApplier *m_applier;
    ChangeHistory *m_history;
    GrantedRulesModel *m_model;
    QString m_profile;
    QString m_fileName; // of the latest refresh()
    QString m_historyError;
    bool m_busy = false;
    quint64 m_generation = 0; // answers to an older refresh() are dropped
};
