// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperchangehistory.h"

#include "helperclient.h"

HelperChangeHistory::HelperChangeHistory(HelperClient *client)
    : m_client(client)
{
}

void HelperChangeHistory::history(std::function<void(const Entries &)> done)
{
    m_client->history([done](const HelperError &error, const QString &json) {
        if (error.isError())
            done({HelperClient::describe(error), {}});
        else
            done({{}, ChangeRecord::fromJson(json.toUtf8())});
    });
}

void HelperChangeHistory::undo(const QString &changeId, OverrideApplier::Done done)
{
    m_client->undo(changeId, [done](const HelperClient::Change &change) {
        if (change.error.isError())
            done({false, HelperClient::describe(change.error)});
        else
            done({true, {}});
    });
}
