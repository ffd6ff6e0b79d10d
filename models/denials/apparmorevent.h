// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include <QMetaType>
#include <QString>

#include <optional>

// One AppArmor audit record, with every field libapparmor's parser gives: DENIED, ALLOWED
// (complain mode), AUDIT and STATUS records (profile loads and replaces), told apart by kind. Every field is optional:
// kernels differ in what they log.
struct AppArmorEvent
{
    enum class Kind {
        Invalid, // not understood
        Error, // an internal AppArmor error record
        Audit, // an "audit" rule matched
        Allowed, // complain mode: would have been denied
        Denied,
        Hint, // process tracking (fork/exec hints of old kernels)
        Status, // configuration change: profile load, replace, remove
    };

    Kind kind = Kind::Invalid;
    // From the record's audit stamp, "audit(EPOCH.MS:SERIAL)"; 0 when the line had none.
    qint64 epochMs = 0;
    quint64 serial = 0;
    QString auditId; // "EPOCH.MS:SERIAL" as logged

    QString operation; // "open", "capable", "create", "dbus_method_call", "profile_replace", ...
    QString ruleClass; // "file", "cap", "net", "signal", "ptrace", "dbus", ... (newer kernels only)
    QString profile; // the subject's profile (or label)
    QString peerProfile; // the peer's profile (signal, ptrace, unix, dbus)
    QString activeHat;
    QString nameSpace;
    QString comm; // decoded when logged hex-encoded
    QString name; // the object: a path, a capability name, a D-Bus name, ...
    QString name2; // a second path: link and rename targets, change_profile targets
    QString execPath; // "execpath": the program being executed
    QString attribute;
    QString info;
    QString peerInfo;
    QString requestedMask;
    QString deniedMask;
    std::optional<quint64> fsuid;
    std::optional<quint64> ouid;
    qint64 pid = 0;
    qint64 peerPid = 0;
    qint64 parent = 0;
    qint64 task = 0;
    qint64 magicToken = 0;
    int errorCode = 0;

    // network and unix sockets
    QString netFamily;
    QString netSockType;
    QString netProtocol;
    QString netLocalAddr;
    std::optional<quint64> netLocalPort;
    QString netForeignAddr;
    std::optional<quint64> netForeignPort;
    QString netAddr; // unix: addr=
    QString peerAddr; // unix: peer_addr=

    // D-Bus
    QString dbusBus;
    QString dbusPath;
    QString dbusInterface;
    QString dbusMember;

    // signal and ptrace
    QString signal;
    QString peer;

    // mount, pivot_root
    QString fsType;
    QString flags;
    QString srcName;

    // Who wrote the record, as far as the place it was read from can tell (LogOrigin). Only
    // the kernel, auditd and the bus daemon count: any local user can put any text in syslog
    // (logger), in a file or on a command line, so such a record is unverified. It is shown
    // marked, never notified, and allowing it needs a confirmation that says why.
    enum class Origin : quint8 {
        Unknown, // handed over directly (a pasted line, stdin, JSON): nobody vouches for it
        Kernel, // the journal's kernel transport, kern.log, a "kernel:" line of syslog
        Audit, // the journal's audit transport, audit.log
        BusDaemon, // dbus-daemon in the journal, known by its trusted _COMM and _UID
        OtherProcess, // a syslog line or journal entry any process may have written
        OtherFile, // a file that is not a system log
    };
    Origin origin = Origin::Unknown;
    bool isVerified() const
    {
        return origin == Origin::Kernel || origin == Origin::Audit || origin == Origin::BusDaemon;
    }

    bool isAccessRecord() const { return kind == Kind::Denied || kind == Kind::Allowed || kind == Kind::Audit; }
    // The record kind as the kernel spells it ("DENIED", "ALLOWED", ...).
    static QString kindName(Kind kind);
};

// Every member is relocatable: lists of records grow by moving memory, not record by record.
Q_DECLARE_TYPEINFO(AppArmorEvent, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(AppArmorEvent)
