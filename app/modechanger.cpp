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
    switch (m_kind) {
    case Kind::Disable:
        return tr("disabling %1").arg(m_profile);
    case Kind::Enable:
        return tr("enabling %1").arg(m_profile);
    case Kind::Mode:
        break;
    }
    return tr("%1 mode for %2").arg(modeWord(m_to), m_profile);
}

void ModeChanger::setMode(const QString &profile, ProfileMode from, ProfileMode to)
{
    if (m_busy)
        return;
    m_profile = profile;
    m_from = from;
    m_to = to;
    m_kind = Kind::Mode;
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
        QString message = change.message();
        if (ok && m_kind == Kind::Disable)
            message = tr("Undone: %1 is enabled and loaded again.").arg(m_profile);
        else if (ok && m_kind == Kind::Enable)
            message = tr("Undone: %1 is disabled again.").arg(m_profile);
        else if (ok)
            message = tr("Undone: %1 is back in %2 mode.").arg(m_profile, modeWord(m_from));
        Q_EMIT finished(ok, message);
    });
}

void ModeChanger::redo()
{
    if (!canRedo())
        return;
    if (m_kind == Kind::Mode)
        run(m_profile, m_to);
    else
        toggle(m_profile, m_kind);
}

void ModeChanger::disable(const QString &profile)
{
    if (!m_busy)
        toggle(profile, Kind::Disable);
}

void ModeChanger::enable(const QString &profile)
{
    if (!m_busy)
        toggle(profile, Kind::Enable);
}

void ModeChanger::toggle(const QString &profile, Kind kind)
{
    if (refuseWithoutHelper())
        return;
    m_busy = true;
    Q_EMIT stateChanged();
    const auto done = [this, profile, kind](const HelperChangeChannel::Result &change) {
        m_busy = false;
        const bool ok = change.ok();
        if (ok) {
            m_profile = profile;
            m_kind = kind;
            m_changeId = change.changeId;
            m_undone = false;
        }
        Q_EMIT stateChanged();
        QString message = change.message();
        if (ok && kind == Kind::Disable)
            message = tr("%1 is disabled: its profiles are unloaded and stay off after a reboot.").arg(profile);
        else if (ok)
            message = tr("%1 is enabled and loaded.").arg(profile);
        Q_EMIT finished(ok, message);
    };
    if (kind == Kind::Disable)
        m_channel->disable(profile, done);
    else
        m_channel->enable(profile, done);
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
