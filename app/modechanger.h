// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "profilemode.h"

#include <QObject>
#include <QString>

class HelperChangeChannel;

// Sets a profile's mode from the GUI, as "armorctl enforce|complain" does: through the helper's
// SetMode (polkit asks) through the one change channel, which records the change in its journal;
// undo() reverts the latest one through the helper's Undo, and redo() sets that mode again.
// unload() removes a profile from the kernel (not journaled: a reload brings it back).
// disable() and enable() turn a profile file off across reboots and on again, as aa-disable and
// aa-enable; they are journaled, and undo() and redo() take them back and make them again like
// a mode change. One change in flight at a time.
class ModeChanger : public QObject
{
    Q_OBJECT
public:
    // channel may be null (no helper): every request then fails with a sentence that says so.
    explicit ModeChanger(HelperChangeChannel *channel, QObject *parent = nullptr);

    bool isBusy() const { return m_busy; }
    bool canUndo() const { return !m_busy && !m_changeId.isEmpty(); }
    bool canRedo() const { return !m_busy && m_undone; }
    // "complain mode for firefox", "disabling usr.bin.foo": what undo() and redo() would revert
    // or repeat.
    QString lastChangeText() const;

public Q_SLOTS:
    // profile is the profile file's name, as the helper takes it.
    void setMode(const QString &profile, ProfileMode from, ProfileMode to);
    void unload(const QString &profile);
    void disable(const QString &profile);
    void enable(const QString &profile);
    void undo();
    void redo();

Q_SIGNALS:
    // ok, and the sentence to show (the helper's own message on failure).
    void finished(bool ok, const QString &message);
    void stateChanged();

private:
    enum class Kind { Mode, Disable, Enable };
    void run(const QString &profile, ProfileMode to);
    void toggle(const QString &profile, Kind kind);
    bool refuseWithoutHelper();

    HelperChangeChannel *m_channel;
    bool m_busy = false;
    bool m_undone = false;
    QString m_profile;
    ProfileMode m_from = ProfileMode::Unknown;
    ProfileMode m_to = ProfileMode::Unknown;
    QString m_changeId;
    Kind m_kind = Kind::Mode;
};
