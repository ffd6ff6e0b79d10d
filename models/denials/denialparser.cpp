// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialparser.h"
#include "localname.h"

#include <aalogparse/aalogparse.h>

#include <QHash>

#include <algorithm>
#include <climits>
#include <cstring>

using namespace Qt::StringLiterals;

QString AppArmorEvent::kindName(Kind kind)
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

// Writes the line, rewritten when parse_record needs it, into out (reusing its capacity);
// returns whether it was rewritten.
static bool normalizeInto(QByteArrayView line, QByteArray &out)
{
    out.clear();
    // audit.log's own forms are what parse_record knows best.
    qsizetype stampEnd = 0;
    const qsizetype stamp = line.startsWith("type=AVC ") || line.startsWith("type=APPARMOR")
            || line.startsWith("type=150") || line.startsWith("type=UNKNOWN[15")
        ? -1
        : findStamp(line, &stampEnd);
    if (stamp < 0) {
        out.append(line);
        return false;
    }
    QByteArrayView body = line.sliced(stampEnd);
    while (!body.isEmpty() && (body.front() == ':' || body.front() == ' '))
        body = body.sliced(1);
    body = innerMessage(body);
    out.reserve(body.size() + 48);
    out += "msg=";
    out += line.sliced(stamp, stampEnd - stamp);
    out += ": ";
    out += body;
    return true;
}

QByteArray DenialParser::normalize(QByteArrayView line)
{
    QByteArray out;
    normalizeInto(line, out);
    return out;
}

namespace {
// Most fields repeat from record to record (profile, operation, class, masks, comm, and in a
// flood even the names): converting each to a new QString costs an allocation per field and
// per record, and keeps as many copies in memory. Equal fields share one QString instead.
// Per thread, since sources may parse off the GUI thread; bounded, so a stream of unique names
// cannot grow it.
class FieldInterner
{
public:
    QString operator()(const char *s)
    {
        if (!s)
            return {};
        const qsizetype length = qsizetype(std::strlen(s));
        if (length == 0)
            return QString(u""_s);
        // Names are bytes: a name that is not UTF-8 keeps its bytes (LocalName), so the rule
        // built from it names the same file.
        if (length > MaxInternedLength)
            return LocalName::decode(QByteArrayView(s, length));
        const auto it = m_strings.constFind(QByteArray::fromRawData(s, length));
        if (it != m_strings.constEnd())
            return *it;
        if (m_strings.size() >= MaxEntries)
            m_strings.clear();
        QString value = LocalName::decode(QByteArrayView(s, length));
        m_strings.insert(QByteArray(s, length), value);
        return value;
    }

private:
    static constexpr qsizetype MaxInternedLength = 512;
    static constexpr qsizetype MaxEntries = 4096;
    QHash<QByteArray, QString> m_strings;
};

thread_local FieldInterner text;

// A reusable, NUL-terminated copy of the line for parse_record, so no line allocates.
thread_local QByteArray lineBuffer;
} // namespace

static std::optional<quint64> optionalId(unsigned long value)
{
    // libapparmor reports a field that was not logged as ULONG_MAX.
    if (value == ULONG_MAX)
        return std::nullopt;
    return value;
}

namespace {
// A name-bearing value taken out of the line before libapparmor sees it.
struct RawValue
{
    QByteArrayView key;
    QByteArray bytes;
};

// The keys whose values are names, and the field each one fills.
QString *fieldOf(QByteArrayView key, AppArmorEvent &d)
{
    if (key == "name")
        return &d.name;
    if (key == "target")
        return &d.name2;
    if (key == "comm")
        return &d.comm;
    if (key == "profile" || key == "label")
        return &d.profile;
    if (key == "peer")
        return &d.peer;
    if (key == "peer_label")
        return &d.peerProfile;
    if (key == "addr")
        return &d.netAddr;
    if (key == "peer_addr")
        return &d.peerAddr;
    if (key == "execpath")
        return &d.execPath;
    if (key == "srcname")
        return &d.srcName;
    return nullptr;
}

// key as one of the name keys' literals (which outlive the line being rewritten), or empty.
QByteArrayView nameKey(QByteArrayView key)
{
    static const QByteArrayView keys[] = {
        "name", "target", "comm", "profile", "label", "peer", "peer_label", "addr", "peer_addr", "execpath", "srcname"};
    for (const QByteArrayView known : keys) {
        if (known == key)
            return known;
    }
    return {};
}

bool isHexValue(QByteArrayView v)
{
    if (v.isEmpty() || v.size() % 2)
        return false;
    for (const char c : v) {
        if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'F')))
            return false;
    }
    return true;
}

// Values libapparmor 4.1 gets wrong, taken out of line (replaced by a plain "_") and kept in
// out, to be set from their bytes after parsing: a quoted name holding a backslash (the kernel
// logs it raw; libapparmor's lexer takes it as an escape and drops it, which names another
// file) and a hex-encoded target= (which loses the whole record).
void takeRawValues(QByteArray &line, QList<RawValue> &out)
{
    out.clear();
    if (!line.contains('\\') && !line.contains("target="))
        return;
    QByteArray rewritten;
    qsizetype copied = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (i > 0 && line[i - 1] != ' ')
            continue;
        qsizetype eq = i;
        while (eq < line.size() && ((line[eq] >= 'a' && line[eq] <= 'z') || line[eq] == '_'))
            ++eq;
        if (eq == i || eq >= line.size() - 1 || line[eq] != '=')
            continue;
        const QByteArrayView key = nameKey(QByteArrayView(line).sliced(i, eq - i));
        if (key.isEmpty())
            continue;
        const qsizetype start = eq + 1;
        qsizetype end = 0;
        QByteArray bytes;
        if (line[start] == '"') {
            end = line.indexOf('"', start + 1);
            if (end < 0)
                break;
            ++end;
            const QByteArrayView quoted = QByteArrayView(line).sliced(start + 1, end - start - 2);
            if (!quoted.contains('\\'))
                continue;
            bytes = quoted.toByteArray();
        } else {
            end = line.indexOf(' ', start);
            if (end < 0)
                end = line.size();
            const QByteArrayView hex = QByteArrayView(line).sliced(start, end - start);
            if (key != "target" || !isHexValue(hex))
                continue;
            bytes = QByteArray::fromHex(hex.toByteArray());
        }
        out.append({key, bytes});
        rewritten += QByteArrayView(line).sliced(copied, start - copied);
        rewritten += "\"_\"";
        copied = end;
        i = end - 1;
    }
    if (out.isEmpty())
        return;
    rewritten += QByteArrayView(line).sliced(copied);
    line = rewritten;
}
} // namespace

// Parses line (which it may rewrite) into a fresh d, restoring the values taken out of it.
void DenialParser::parseWithRawValues(QByteArray &line, AppArmorEvent &d)
{
    thread_local QList<RawValue> raw;
    const QByteArray original = line;
    takeRawValues(line, raw);
    parseCString(line.constData(), d);
    // A line libapparmor refuses stays refused, unless what it refused is a hex target=: the
    // rewrite must not turn garbage into a record.
    const bool hexTarget = std::any_of(raw.begin(), raw.end(), [](const RawValue &v) {
        return v.key == "target" && v.bytes.startsWith('/');
    });
    if (!raw.isEmpty() && !hexTarget && d.kind != AppArmorEvent::Kind::Invalid) {
        AppArmorEvent plain;
        parseCString(original.constData(), plain);
        if (plain.kind == AppArmorEvent::Kind::Invalid) {
            d = AppArmorEvent();
            return;
        }
    }
    for (const RawValue &v : std::as_const(raw)) {
        if (QString *field = fieldOf(v.key, d))
            *field = LocalName::decode(v.bytes);
    }
}

AppArmorEvent DenialParser::parseRaw(const QByteArray &line)
{
    AppArmorEvent d;
    if (line.size() <= MaxLineLength) {
        QByteArray copy = line;
        parseWithRawValues(copy, d);
    }
    return d;
}

// Fills a freshly made d.
void DenialParser::parseCString(const char *line, AppArmorEvent &d)
{
    aa_log_record *r = parse_record(line);
    if (!r)
        return;
    switch (r->event) {
    case AA_RECORD_ERROR:
        d.kind = AppArmorEvent::Kind::Error;
        break;
    case AA_RECORD_AUDIT:
        d.kind = AppArmorEvent::Kind::Audit;
        break;
    case AA_RECORD_ALLOWED:
        d.kind = AppArmorEvent::Kind::Allowed;
        break;
    case AA_RECORD_DENIED:
        d.kind = AppArmorEvent::Kind::Denied;
        break;
    case AA_RECORD_HINT:
        d.kind = AppArmorEvent::Kind::Hint;
        break;
    case AA_RECORD_STATUS:
        d.kind = AppArmorEvent::Kind::Status;
        break;
    case AA_RECORD_INVALID:
        d.kind = AppArmorEvent::Kind::Invalid;
        break;
    }
    // Unique per record: not worth interning.
    const QByteArrayView auditId = r->audit_id ? QByteArrayView(r->audit_id) : QByteArrayView();
    d.auditId = r->audit_id ? QString::fromUtf8(auditId) : QString();
    d.serial = r->audit_sub_id;
    // The stamp is the writer's text: one past the last second of 9999 is no time (and its
    // milliseconds would overflow), so the record is kept without one.
    constexpr quint64 LastSecond = 253402300799ULL;
    if (r->epoch > 0 && quint64(r->epoch) <= LastSecond) {
        d.epochMs = qint64(r->epoch) * 1000;
        // parse_record keeps only whole seconds; the milliseconds are in the audit id.
        const qsizetype dot = auditId.indexOf('.');
        const qsizetype colon = auditId.indexOf(':');
        if (dot > 0 && colon > dot)
            d.epochMs += auditId.sliced(dot + 1, colon - dot - 1).toInt();
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
}

std::optional<AppArmorEvent> DenialParser::parseLine(QByteArrayView line)
{
    std::optional<AppArmorEvent> d(std::in_place);
    if (!parseLineInto(line, *d))
        return std::nullopt;
    return d;
}

bool DenialParser::parseLineInto(QByteArrayView line, AppArmorEvent &d)
{
    if (line.size() > MaxLineLength || !mightBeAppArmor(line))
        return false;
    // parse_record reads a C string: a NUL inside the line would cut it short silently.
    if (line.contains('\0'))
        return false;
    QByteArray &buffer = lineBuffer;
    const bool rewritten = normalizeInto(line, buffer);
    parseWithRawValues(buffer, d);
    if (d.kind == AppArmorEvent::Kind::Invalid && rewritten) {
        d = AppArmorEvent();
        buffer.clear();
        buffer.append(line);
        parseWithRawValues(buffer, d);
    }
    return d.kind != AppArmorEvent::Kind::Invalid;
}

std::optional<AppArmorEvent> DenialParser::parseAuditBody(QByteArrayView body, qint64 epochMs, quint64 serial)
{
    if (body.size() > MaxLineLength || !mightBeAppArmor(body) || body.contains('\0'))
        return std::nullopt;
    const QByteArray line = "msg=audit(" + QByteArray::number(epochMs / 1000) + '.'
        + QByteArray::number(epochMs % 1000).rightJustified(3, '0') + ':' + QByteArray::number(serial)
        + "): " + innerMessage(body);
    AppArmorEvent d = parseRaw(line);
    if (d.kind == AppArmorEvent::Kind::Invalid)
        return std::nullopt;
    return d;
}
