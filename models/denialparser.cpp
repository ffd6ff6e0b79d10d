// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialparser.h"

#include <aalogparse/aalogparse.h>

#include <climits>

using namespace Qt::StringLiterals;

QString Denial::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Invalid:
        return u"INVALID"_s;
    case Kind::Error:
        return u"ERROR"_s;
    case Kind::Audit:
        return u"AUDIT"_s;
    case Kind::Allowed:
        return u"ALLOWED"_s;
    case Kind::Denied:
        return u"DENIED"_s;
    case Kind::Hint:
        return u"HINT"_s;
    case Kind::Status:
        return u"STATUS"_s;
    }
    return {};
}

bool DenialParser::mightBeAppArmor(QByteArrayView line)
{
    // "apparmor=" is in every record of kernels since 2.6.36 and in dbus-daemon's; the
    // type=APPARMOR* and numeric 1500-range types are the older kernels' records, which the
    // oldest audit daemons wrote as "type=UNKNOWN[1503]".
    return line.contains("apparmor=") || line.contains("type=APPARMOR") || line.contains("type=150")
        || line.contains("type=UNKNOWN[15");
}

// Finds "audit(EPOCH.MS:SERIAL)" in line; returns the index of "audit(" and sets end to the
// index just past ")".
static qsizetype findStamp(QByteArrayView line, qsizetype *end)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype at = line.indexOf("audit(", from);
        if (at < 0)
            return -1;
        qsizetype i = at + 6;
        const auto digits = [&] {
            const qsizetype start = i;
            while (i < line.size() && line[i] >= '0' && line[i] <= '9')
                ++i;
            return i > start;
        };
        if (digits() && i < line.size() && line[i] == '.' && (++i, digits()) && i < line.size() && line[i] == ':'
            && (++i, digits()) && i < line.size() && line[i] == ')') {
            *end = i + 1;
            return at;
        }
        from = at + 6;
    }
}

// dbus-daemon's records (USER_AVC, type=1107) carry AppArmor's fields inside msg='...'.
static QByteArrayView innerMessage(QByteArrayView body)
{
    const qsizetype inner = body.indexOf("msg='");
    if (inner < 0 || body.indexOf("apparmor=", inner) < 0)
        return body;
    body = body.sliced(inner + 5);
    const qsizetype close = body.lastIndexOf('\'');
    return close >= 0 ? body.first(close) : body;
}

QByteArray DenialParser::normalize(QByteArrayView line)
{
    // audit.log's own forms are what parse_record knows best.
    if (line.startsWith("type=AVC ") || line.startsWith("type=APPARMOR") || line.startsWith("type=150")
        || line.startsWith("type=UNKNOWN[15"))
        return line.toByteArray();
    qsizetype stampEnd = 0;
    const qsizetype stamp = findStamp(line, &stampEnd);
    if (stamp < 0)
        return line.toByteArray();
    QByteArrayView body = line.sliced(stampEnd);
    while (!body.isEmpty() && (body.front() == ':' || body.front() == ' '))
        body = body.sliced(1);
    body = innerMessage(body);
    QByteArray out;
    out.reserve(body.size() + 48);
    out += "msg=";
    out += line.sliced(stamp, stampEnd - stamp);
    out += ": ";
    out += body;
    return out;
}

static QString text(const char *s)
{
    return s ? QString::fromUtf8(s) : QString();
}

static std::optional<quint64> optionalId(unsigned long value)
{
    // libapparmor reports a field that was not logged as ULONG_MAX.
    if (value == ULONG_MAX)
        return std::nullopt;
    return value;
}

Denial DenialParser::parseRaw(const QByteArray &line)
{
    Denial d;
    if (line.size() > MaxLineLength)
        return d;
    aa_log_record *r = parse_record(line.constData());
    if (!r)
        return d;
    switch (r->event) {
    case AA_RECORD_ERROR:
        d.kind = Denial::Kind::Error;
        break;
    case AA_RECORD_AUDIT:
        d.kind = Denial::Kind::Audit;
        break;
    case AA_RECORD_ALLOWED:
        d.kind = Denial::Kind::Allowed;
        break;
    case AA_RECORD_DENIED:
        d.kind = Denial::Kind::Denied;
        break;
    case AA_RECORD_HINT:
        d.kind = Denial::Kind::Hint;
        break;
    case AA_RECORD_STATUS:
        d.kind = Denial::Kind::Status;
        break;
    case AA_RECORD_INVALID:
        d.kind = Denial::Kind::Invalid;
        break;
    }
    d.auditId = text(r->audit_id);
    d.serial = r->audit_sub_id;
    if (r->epoch > 0) {
        d.epochMs = qint64(r->epoch) * 1000;
        // parse_record keeps only whole seconds; the milliseconds are in the audit id.
        const qsizetype dot = d.auditId.indexOf(u'.');
        const qsizetype colon = d.auditId.indexOf(u':');
        if (dot > 0 && colon > dot)
            d.epochMs += QStringView(d.auditId).sliced(dot + 1, colon - dot - 1).toInt();
    }
    d.operation = text(r->operation);
    d.ruleClass = text(r->rule_class);
    d.profile = text(r->profile);
    d.peerProfile = text(r->peer_profile);
    d.activeHat = text(r->active_hat);
    d.nameSpace = text(r->aa_namespace);
    d.comm = text(r->comm);
    d.name = text(r->name);
    d.name2 = text(r->name2);
    d.execPath = text(r->execpath);
    d.attribute = text(r->attribute);
    d.info = text(r->info);
    d.peerInfo = text(r->peer_info);
    d.requestedMask = text(r->requested_mask);
    d.deniedMask = text(r->denied_mask);
    d.fsuid = optionalId(r->fsuid);
    d.ouid = optionalId(r->ouid);
    d.pid = qint64(r->pid);
    d.peerPid = qint64(r->peer_pid);
    d.parent = qint64(r->parent);
    d.task = qint64(r->task);
    d.magicToken = qint64(r->magic_token);
    d.errorCode = r->error_code;
    d.netFamily = text(r->net_family);
    d.netSockType = text(r->net_sock_type);
    d.netProtocol = text(r->net_protocol);
    d.netLocalAddr = text(r->net_local_addr);
    d.netLocalPort = r->net_local_addr || r->net_local_port ? std::optional<quint64>(r->net_local_port) : std::nullopt;
    d.netForeignAddr = text(r->net_foreign_addr);
    d.netForeignPort
        = r->net_foreign_addr || r->net_foreign_port ? std::optional<quint64>(r->net_foreign_port) : std::nullopt;
    d.netAddr = text(r->net_addr);
    d.peerAddr = text(r->peer_addr);
    d.dbusBus = text(r->dbus_bus);
    d.dbusPath = text(r->dbus_path);
    d.dbusInterface = text(r->dbus_interface);
    d.dbusMember = text(r->dbus_member);
    d.signal = text(r->signal);
    d.peer = text(r->peer);
    d.fsType = text(r->fs_type);
    d.flags = text(r->flags);
    d.srcName = text(r->src_name);
    free_record(r);
    return d;
}

std::optional<Denial> DenialParser::parseLine(QByteArrayView line)
{
    if (line.size() > MaxLineLength || !mightBeAppArmor(line))
        return std::nullopt;
    // parse_record reads a C string: a NUL inside the line would cut it short silently.
    if (line.contains('\0'))
        return std::nullopt;
    const QByteArray normalized = normalize(line);
    Denial d = parseRaw(normalized);
    if (d.kind == Denial::Kind::Invalid && normalized != line)
        d = parseRaw(line.toByteArray());
    if (d.kind == Denial::Kind::Invalid)
        return std::nullopt;
    return d;
}

std::optional<Denial> DenialParser::parseAuditBody(QByteArrayView body, qint64 epochMs, quint64 serial)
{
    if (body.size() > MaxLineLength || !mightBeAppArmor(body) || body.contains('\0'))
        return std::nullopt;
    const QByteArray line = "msg=audit(" + QByteArray::number(epochMs / 1000) + '.'
        + QByteArray::number(epochMs % 1000).rightJustified(3, '0') + ':' + QByteArray::number(serial)
        + "): " + innerMessage(body);
    Denial d = parseRaw(line);
    if (d.kind == Denial::Kind::Invalid)
        return std::nullopt;
    return d;
}
