// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#pragma once

#include "apparmorevent.h"
#include "apparmorlogline.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// Parses AppArmor records with libapparmor's parse_record, from every place they are logged:
// audit.log (type=AVC, type=APPARMOR_*), kern.log and syslog (with the kernel's stamp),
// dmesg, journald's kernel MESSAGE (no stamp) and audit transport, and dbus-daemon's own
// records (USER_AVC in audit.log, type=1107 in the kernel log, fields inside msg='...').
// Forms libapparmor does not parse are rewritten to "msg=audit(S.ms:ID): BODY" first.
class DenialParser
{
public:
    // Lines longer than this are not AppArmor records and are never handed to libapparmor.
    static constexpr qsizetype MaxLineLength = AppArmorLogLine::MaxLength;

    // The cheap test every line goes through before the real parser.
    static bool mightBeAppArmor(QByteArrayView line) { return AppArmorLogLine::mightBe(line); }

    // Any log line. nullopt when it is not an AppArmor record (including other audit records
    // such as SYSCALL, which libapparmor reports as invalid).
    static std::optional<AppArmorEvent> parseLine(QByteArrayView line);
    // The same, filling d in place (readers append to their batch and parse into it, which
    // spares moving a record of some forty fields twice); false when it is not a record.
    static bool parseLineInto(QByteArrayView line, AppArmorEvent &d);

    // journald, audit transport: MESSAGE holds the fields without the "audit(...)" prefix; the
    // time comes from _SOURCE_REALTIME_TIMESTAMP and the serial from _AUDIT_ID.
    static std::optional<AppArmorEvent> parseAuditBody(QByteArrayView body, qint64 epochMs, quint64 serial);

    // The line rewritten into a form parse_record understands, or the line itself.
    static QByteArray normalize(QByteArrayView line);

    // The parser's own output, as a AppArmorEvent (kind Invalid when it did not understand the line).
    static AppArmorEvent parseRaw(const QByteArray &line);

private:
    static void parseCString(const char *line, AppArmorEvent &d);
    static void parseWithRawValues(QByteArray &line, AppArmorEvent &d);
};
