// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "apparmorevent.h"

#include <QByteArrayView>
#include <QString>

// Which records a user cannot forge. Genuine are the journal's kernel and audit transports,
// dbus-daemon's journal entries known by the fields journald itself sets (_COMM, and _UID of the
// bus user; SYSLOG_IDENTIFIER is the sender's choice), audit.log, kern.log, and the "kernel:"
// lines of syslog or messages. Everything else (other syslog lines, which anyone's logger
// writes; a file of any other name; a line handed over directly) is unverified.
namespace LogOrigin {
enum class FileKind {
    AuditLog, // audit.log and its rotations: only auditd writes it
    KernelLog, // kern.log: the syslog daemon's kernel facility, which local programs cannot use
    Syslog, // syslog, messages: the kernel's lines and anyone's
    Other, // any other file, or a system log's name on a file users other than root may write
};

// What a log file is, by its name (audit.log, kern.log, syslog, messages, with a rotation
// suffix) and its owner: a system log belongs to root (or the syslog user) and no one else
// may write to it.
FileKind fileKind(const QString &path);
// The origin of a record read from a line of a file of that kind.
AppArmorEvent::Origin originOfLine(FileKind kind, QByteArrayView line);
// A syslog line whose program tag is the kernel's: "Nov 22 10:00:00 host kernel: ..." or
// "2026-11-22T10:00:00.123+00:00 host kernel: ...".
bool isKernelSyslogLine(QByteArrayView line);

// The origin of a line armorer-helper's ReadDenials returned. The helper reads, as root, only
// audit.log, kern.log and the "kernel:" lines of syslog or messages, so its lines carry the
// origin the direct reader would give them: a kernel syslog line is the kernel's, an audit.log
// record ("type=...") auditd's. Any other line is not one the helper should send: unverified.
AppArmorEvent::Origin originOfHelperLine(QByteArrayView line);

// The origin of a journal entry from its trusted fields.
AppArmorEvent::Origin originOfJournalEntry(QByteArrayView transport, QByteArrayView comm, QByteArrayView uid);
// Whether uid is the user the system bus runs as (messagebus on Debian, dbus on Fedora and Arch).
bool isBusUser(uint uid);

// One sentence for the user on why the record is not verified; empty when it is verified.
QString unverifiedReason(const AppArmorEvent &d);
} // namespace LogOrigin
