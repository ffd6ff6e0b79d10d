// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialjson.h"
#include "localname.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {
// Every field with its JSON key (libapparmor's own key names), in one list for both
// directions; D is AppArmorEvent or const AppArmorEvent.
template<typename D, typename Text, typename Number, typename Optional>
void forEachField(D &d, Text text, Number number, Optional optional)
{
    text(u"audit_id"_s, d.auditId);
    text(u"operation"_s, d.operation);
    text(u"class"_s, d.ruleClass);
    text(u"profile"_s, d.profile);
    text(u"peer_profile"_s, d.peerProfile);
    text(u"hat"_s, d.activeHat);
    text(u"namespace"_s, d.nameSpace);
    text(u"comm"_s, d.comm);
    text(u"name"_s, d.name);
    text(u"name2"_s, d.name2);
    text(u"execpath"_s, d.execPath);
    text(u"attribute"_s, d.attribute);
    text(u"info"_s, d.info);
    text(u"peer_info"_s, d.peerInfo);
    text(u"requested_mask"_s, d.requestedMask);
    text(u"denied_mask"_s, d.deniedMask);
    optional(u"fsuid"_s, d.fsuid);
    optional(u"ouid"_s, d.ouid);
    number(u"pid"_s, d.pid);
    number(u"peer_pid"_s, d.peerPid);
    number(u"parent"_s, d.parent);
    number(u"task"_s, d.task);
    number(u"error"_s, d.errorCode);
    text(u"family"_s, d.netFamily);
    text(u"sock_type"_s, d.netSockType);
    text(u"protocol"_s, d.netProtocol);
    text(u"laddr"_s, d.netLocalAddr);
    optional(u"lport"_s, d.netLocalPort);
    text(u"faddr"_s, d.netForeignAddr);
    optional(u"fport"_s, d.netForeignPort);
    text(u"addr"_s, d.netAddr);
    text(u"peer_addr"_s, d.peerAddr);
    text(u"bus"_s, d.dbusBus);
    text(u"path"_s, d.dbusPath);
    text(u"interface"_s, d.dbusInterface);
    text(u"member"_s, d.dbusMember);
    text(u"signal"_s, d.signal);
    text(u"peer"_s, d.peer);
    text(u"fstype"_s, d.fsType);
    text(u"flags"_s, d.flags);
    text(u"srcname"_s, d.srcName);
}
} // namespace

QJsonObject DenialJson::toJson(const AppArmorEvent &d)
{
    QJsonObject o;
    const auto text = [&o](const QString &key, const QString &value) {
        if (value.isEmpty())
            return;
        o.insert(key, value);
        // A name that is not UTF-8 cannot be a JSON string: its bytes go alongside, in hex as
        // the kernel logs such names.
        const QByteArray bytes = LocalName::encode(value);
        if (bytes != value.toUtf8())
            o.insert(key + u"_hex"_s, QString::fromLatin1(bytes.toHex().toUpper()));
    };
    const auto number = [&o](const QString &key, auto value) {
        if (value != 0)
            o.insert(key, qint64(value));
    };
    const auto optional = [&o](const QString &key, const std::optional<quint64> &value) {
        if (value)
            o.insert(key, qint64(*value));
    };
    o.insert(u"apparmor"_s, AppArmorEvent::kindName(d.kind));
    if (d.epochMs > 0)
        o.insert(u"time"_s, QDateTime::fromMSecsSinceEpoch(d.epochMs, QTimeZone::UTC).toString(Qt::ISODateWithMs));
    forEachField(d, text, number, optional);
    // Whether the kernel, auditd or the bus daemon wrote it (LogOrigin); fromJson never takes
    // this back: a record read from JSON is one handed over, which nobody vouches for.
    o.insert(u"verified"_s, d.isVerified());
    return o;
}

std::optional<AppArmorEvent> DenialJson::fromJson(const QJsonObject &o, QString *error)
{
    const auto fail = [error](const QString &why) -> std::optional<AppArmorEvent> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    AppArmorEvent d;
    const QString kind = o.value(u"apparmor"_s).toString();
    for (AppArmorEvent::Kind k : {AppArmorEvent::Kind::Error, AppArmorEvent::Kind::Audit, AppArmorEvent::Kind::Allowed,
             AppArmorEvent::Kind::Denied, AppArmorEvent::Kind::Hint, AppArmorEvent::Kind::Status}) {
        if (AppArmorEvent::kindName(k) == kind)
            d.kind = k;
    }
    if (d.kind == AppArmorEvent::Kind::Invalid)
        return fail(QCoreApplication::translate("DenialJson", "not an AppArmor record (no \"apparmor\" key)"));
    bool typesOk = true;
    const auto text = [&o, &typesOk](const QString &key, QString &field) {
        const QJsonValue v = o.value(key);
        const QJsonValue hex = o.value(key + u"_hex"_s);
        if (hex.isString())
            field = LocalName::decode(QByteArray::fromHex(hex.toString().toLatin1()));
        else if (v.isString())
            field = v.toString();
        else if (!v.isUndefined())
            typesOk = false;
    };
    const auto number = [&o, &typesOk]<typename T>(const QString &key, T &field) {
        const QJsonValue v = o.value(key);
        if (v.isDouble() && v.toDouble() == double(v.toInteger()))
            field = T(v.toInteger());
        else if (!v.isUndefined())
            typesOk = false;
    };
    const auto optional = [&number, &o](const QString &key, std::optional<quint64> &field) {
        if (o.contains(key)) {
            quint64 value = 0;
            number(key, value);
            field = value;
        }
    };
    const QJsonValue time = o.value(u"time"_s);
    if (time.isString()) {
        const QDateTime t = QDateTime::fromString(time.toString(), Qt::ISODateWithMs);
        if (t.isValid())
            d.epochMs = t.toMSecsSinceEpoch();
    }
    forEachField(d, text, number, optional);
    if (!typesOk)
        return fail(QCoreApplication::translate("DenialJson", "a field has the wrong type"));
    return d;
}
