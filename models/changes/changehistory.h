// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "changerecord.h"
#include "overrideapplier.h"

#include <QList>
#include <QString>

#include <functional>

// The helper's change journal as the views see it: History to read it, Undo to revert one
// change. Asynchronous like OverrideApplier, so a D-Bus call never blocks a view.
class ChangeHistory
{
public:
    struct Entries
    {
        QString error; // the helper's own message, empty on success
        QList<ChangeRecord> entries; // newest first
    };

    virtual ~ChangeHistory() = default;
    // done is called exactly once.
    virtual void history(std::function<void(const Entries &)> done) = 0;
    virtual void undo(const QString &changeId, OverrideApplier::Done done) = 0;
};
