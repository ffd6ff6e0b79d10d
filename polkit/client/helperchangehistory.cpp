// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "helperchangehistory.h"

#include "helperchangechannel.h"
#include "helperclient.h"

HelperChangeHistory::HelperChangeHistory(HelperChangeChannel *channel)
    : m_channel(channel)
{
}

void HelperChangeHistory::history(std::function<void(const Entries &)> done)
{
    m_channel->client()->history([done](const HelperError &error, const QString &json) {
        if (error.isError())
            done({HelperClient::describe(error), {}});
        else
            done({{}, ChangeRecord::fromJson(json.toUtf8())});
    });
}

void HelperChangeHistory::undo(const QString &changeId, OverrideApplier::Done done)
{
    m_channel->undo(changeId, [done](const HelperChangeChannel::Result &result) {
        done({result.ok(), result.message(), result.changeId, result.isConflict()});
    });
}
