// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "modechanger.h"

#include "helperclient.h"

#include <QCoreApplication>

static QString modeWord(ProfileMode mode)
{
    switch (mode) {
    case ProfileMode::Enforce:
        return QCoreApplication::translate("ModeChanger", "enforce");
    case ProfileMode::Complain:
        return QCoreApplication::translate("ModeChanger", "complain");
    case ProfileMode::Kill:
        return QCoreApplication::translate("ModeChanger", "kill");
    case ProfileMode::Unconfined:
        return QCoreApplication::translate("ModeChanger", "unconfined");
    case ProfileMode::Prompt:
        return QCoreApplication::translate("ModeChanger", "prompt");
    default:
        return ProfileModes::toString(mode);
    }
}

ModeChanger::ModeChanger(HelperClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QString ModeChanger::lastChangeText() const
{
    if (m_profile.isEmpty())
        return {};
    return tr("%1 mode for %2").arg(modeWord(m_to), m_profile);
}

void ModeChanger::setMode(const QString &profile, ProfileMode from, ProfileMode to)
{
    if (m_busy)
        return;
    m_profile = profile;
    m_from = from;
    m_to = to;
    run(profile, to);
}

void ModeChanger::undo()
{
    if (!canUndo())
        return;
    m_busy = true;
    Q_EMIT stateChanged();
    m_client->undo(m_changeId, [this](const HelperClient::Change &change) {
        m_busy = false;
        const bool ok = !change.error;
        if (ok) {
            m_undone = true;
            m_changeId.clear();
        }
        Q_EMIT stateChanged();
        Q_EMIT finished(ok,
            ok ? tr("Undone: %1 is back in %2 mode.").arg(m_profile, modeWord(m_from))
               : HelperClient::describe(change.error));
    });
}

void ModeChanger::redo()
{
    if (canRedo())
        run(m_profile, m_to);
}

void ModeChanger::run(const QString &profile, ProfileMode to)
{
    if (!m_client) {
        Q_EMIT finished(false,
            tr("Modes are set through armorer-helper, which is not available here. Install Armorer's package "
               "(it brings the helper and its D-Bus activation), or use aa-enforce and aa-complain as root."));
        return;
    }
    m_busy = true;
    Q_EMIT stateChanged();
    m_client->setMode(profile, ProfileModes::toString(to), [this, profile, to](const HelperClient::Change &change) {
        m_busy = false;
        const bool ok = !change.error;
        if (ok) {
            m_changeId = change.changeId;
            m_undone = false;
        }
        Q_EMIT stateChanged();
        Q_EMIT finished(
            ok, ok ? tr("%1 is now in %2 mode.").arg(profile, modeWord(to)) : HelperClient::describe(change.error));
    });
}
