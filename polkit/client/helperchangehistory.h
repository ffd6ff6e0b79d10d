// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "changehistory.h"

class HelperChangeChannel;

// The change journal through armorer-helper: History (read-status), and Undo (modify) through
// the one change channel.
class HelperChangeHistory : public ChangeHistory
{
public:
    explicit HelperChangeHistory(HelperChangeChannel *channel);

    void history(std::function<void(const Entries &)> done) override;
    void undo(const QString &changeId, OverrideApplier::Done done) override;

private:
    HelperChangeChannel *m_channel;
};
