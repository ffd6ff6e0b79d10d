// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "apparmorevent.h"

#include <QList>
#include <QObject>
#include <QString>

// Where reading starts: at the end (only new records), at the beginning, at a position a
// source handed out earlier (a journal cursor, "inode:offset" for a file), or at a time.
struct DenialStart
{
    enum class Mode { End, Beginning, Position, Since };
    Mode mode = Mode::End;
    QString position;
    qint64 sinceMs = 0;

    static DenialStart end() { return {}; }
    static DenialStart beginning() { return {Mode::Beginning, {}, 0}; }
    static DenialStart at(const QString &position) { return {Mode::Position, position, 0}; }
    static DenialStart since(qint64 ms) { return {Mode::Since, {}, ms}; }
};

// A place AppArmor records are read from: the journal (JournalSource) or a log file
// (LogFileSource). Consumers see only this interface, so the reader can be swapped. Records
// arrive in batches on the thread that owns the source.
class DenialSource : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Stopped,
        Reading, // catching up on what is already logged
        Following, // caught up; waiting for new records
        NeedsPrivileges, // the log exists but this user may not read it; see message()
        Failed,
    };
    Q_ENUM(State)

    using QObject::QObject;

    // A short name ("journal", "/var/log/audit/audit.log").
    virtual QString name() const = 0;
    // Starts reading; with follow, keeps reading what is appended.
    virtual void start(const DenialStart &from, bool follow) = 0;
    virtual void stop() = 0;
    // Where to resume after the last record delivered (DenialStart::at).
    virtual QString position() const = 0;
    // A source that cannot follow reads once per start(); a view offers Refresh instead.
    virtual bool isOneShot() const { return false; }

    State state() const { return m_state; }
    // What the source reads and why, or what is missing ("... needs the adm group").
    QString message() const { return m_message; }
    // Set by whoever chose this source (SourceSelector): why this one.
    void setReason(const QString &reason) { m_reason = reason; }
    QString reason() const { return m_reason; }

    // Lines or journal entries looked at, and AppArmor records delivered, so far.
    quint64 linesRead() const { return m_lines; }
    quint64 recordsRead() const { return m_records; }

Q_SIGNALS:
    // AppArmor records in the order logged: DENIED, ALLOWED, AUDIT and STATUS alike.
    void denialsRead(const QList<AppArmorEvent> &records);
    void stateChanged(DenialSource::State state, const QString &message);
    // Everything logged before start() has been delivered (emitted once per start()).
    void caughtUp();
    void errorOccurred(const QString &message);

protected:
    void setState(State state, const QString &message);
    void deliver(QList<AppArmorEvent> &records);
    quint64 m_lines = 0;
    quint64 m_records = 0;

private:
    State m_state = State::Stopped;
    QString m_message;
    QString m_reason;
};

// Why this user cannot read the logs, named by what is missing; empty when nothing is.
namespace LogAccess {
// True when this process may read the system journal (root, or group adm, systemd-journal or wheel).
bool canReadSystemJournal();
QString journalHint();
// For a file that exists but cannot be opened: root only, or the group that may read it.
QString fileHint(const QString &path);
} // namespace LogAccess
