// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "modechanger.h"

#include "helperchangechannel.h"

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

ModeChanger::ModeChanger(HelperChangeChannel *channel, QObject *parent)
    : QObject(parent)
    , m_channel(channel)
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
    m_channel->undo(m_changeId, [this](const HelperChangeChannel::Result &change) {
        m_busy = false;
        const bool ok = change.ok();
        if (ok) {
            m_undone = true;
            m_changeId.clear();
        }
        Q_EMIT stateChanged();
        Q_EMIT finished(
            ok, ok ? tr("Undone: %1 is back in %2 mode.").arg(m_profile, modeWord(m_from)) : change.message());
    });
}

void ModeChanger::redo()
{
    if (canRedo())
        run(m_profile, m_to);
}

bool ModeChanger::refuseWithoutHelper()
{
    if (m_channel)
        return false;
    Q_EMIT finished(false,
        tr("Modes are set through armorer-helper, which is not available here. Install Armorer's package "
           "(it brings the helper and its D-Bus activation), or use aa-enforce and aa-complain as root."));
    return true;
}

void ModeChanger::unload(const QString &profile)
{
    if (m_busy || refuseWithoutHelper())
        return;
    m_busy = true;
    Q_EMIT stateChanged();
    m_channel->unload(profile, [this, profile](const HelperChangeChannel::Result &result) {
        m_busy = false;
        Q_EMIT stateChanged();
        Q_EMIT finished(result.ok(),
            result.ok() ? tr("%1 is unloaded from the kernel; the next reload or boot loads it again.").arg(profile)
                        : result.message());
    });
}

void ModeChanger::run(const QString &profile, ProfileMode to)
{
    if (refuseWithoutHelper())
        return;
    m_busy = true;
    Q_EMIT stateChanged();
    m_channel->setMode(
        profile, ProfileModes::toString(to), [this, profile, to](const HelperChangeChannel::Result &change) {
            m_busy = false;
            const bool ok = change.ok();
            if (ok) {
                m_changeId = change.changeId;
                m_undone = false;
            }
            Q_EMIT stateChanged();
            Q_EMIT finished(ok, ok ? tr("%1 is now in %2 mode.").arg(profile, modeWord(to)) : change.message());
        });
}
