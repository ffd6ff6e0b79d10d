// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "changehistory.h"

class HelperClient;

// The change journal through armorer-helper: History (read-status) and Undo (modify).
class HelperChangeHistory : public ChangeHistory
{
public:
    explicit HelperChangeHistory(HelperClient *client);

    void history(std::function<void(const Entries &)> done) override;
    void undo(const QString &changeId, OverrideApplier::Done done) override;

private:
    HelperClient *m_client;
};
