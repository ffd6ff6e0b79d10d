// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "rulesuggester.h"

#include "apparmorquoting.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;
using Kind = RuleCandidate::Kind;

namespace {
// Every label is marked with QT_TRANSLATE_NOOP("RuleSuggester", ...), so lupdate extracts it
// although this is no QObject.
QString tr(const char *text)
{
    return QCoreApplication::translate("RuleSuggester", text);
}

// The mask the rule must grant: what was denied (or, for an AUDIT record, what was asked).
QString effectiveMask(const AppArmorEvent &d)
{
    if (d.kind == AppArmorEvent::Kind::Audit)
        return d.deniedMask.isEmpty() ? d.requestedMask : d.deniedMask;
    return d.deniedMask;
}

QStringList accessWords(const QString &mask)
{
    QStringList words = mask.split(u' ', Qt::SkipEmptyParts);
    words.sort();
    words.removeDuplicates();
    return words;
}

// "send" or "(receive, send)"; parenthesized always when `alwaysParens`.
QString accessList(const QStringList &words, bool alwaysParens)
{
    if (words.isEmpty())
        return {};
    if (words.size() == 1 && !alwaysParens)
        return words.first();
    return u'(' + words.join(u", "_s) + u')';
}

RuleCandidate make(Kind kind, const QString &rule, const QString &label, bool isDefault = true)
{
    RuleCandidate c;
    c.kind = kind;
    c.rule = rule;
    c.label = label;
    c.isDefault = isDefault;
    return c;
}

// A value matched as a pattern (a socket address, a D-Bus name, path or member, a peer label):
// the literal value, its glob characters escaped, so it matches only itself.
QString literal(const QString &value)
{
    return AppArmorQuoting::literalPath(value);
}

// A value inside a rule's conditionals (addr=, peer=, path=, label=, fstype=...): the parser's
// lexer there does not take every character even when quoted ('(', '=', ...), so a value
// outside printable ASCII without those gives no rule at all, never a wider one.
bool isConditionalValue(const QString &value)
{
    for (const QChar ch : value) {
        const char16_t c = ch.unicode();
        if (c <= 0x20 || c >= 0x7f || c == u'(' || c == u')' || c == u'=' || c == u'"' || c == u'#' || c == u'\''
            || c == u';')
            return false;
    }
    return true;
}

bool allConditionalValues(std::initializer_list<QString> values)
{
    return std::all_of(values.begin(), values.end(), isConditionalValue);
}

bool isIpAddress(const QString &ip)
{
    static const QRegularExpression v4(u"^[0-9]{1,3}(\\.[0-9]{1,3}){3}$"_s);
    static const QRegularExpression v6(u"^[0-9a-fA-F:.]*[0-9a-fA-F][0-9a-fA-F:.]*$"_s);
    return v4.match(ip).hasMatch() || (ip.count(u':') >= 2 && v6.match(ip).hasMatch());
}

bool isCapability(const QString &name)
{
    static const QStringList names = {u"chown"_s, u"dac_override"_s, u"dac_read_search"_s, u"fowner"_s, u"fsetid"_s,
        u"kill"_s, u"setgid"_s, u"setuid"_s, u"setpcap"_s, u"linux_immutable"_s, u"net_bind_service"_s,
        u"net_broadcast"_s, u"net_admin"_s, u"net_raw"_s, u"ipc_lock"_s, u"ipc_owner"_s, u"sys_module"_s,
        u"sys_rawio"_s, u"sys_chroot"_s, u"sys_ptrace"_s, u"sys_pacct"_s, u"sys_admin"_s, u"sys_boot"_s, u"sys_nice"_s,
        u"sys_resource"_s, u"sys_time"_s, u"sys_tty_config"_s, u"mknod"_s, u"lease"_s, u"audit_write"_s,
        u"audit_control"_s, u"setfcap"_s, u"mac_override"_s, u"mac_admin"_s, u"syslog"_s, u"wake_alarm"_s,
        u"block_suspend"_s, u"audit_read"_s, u"perfmon"_s, u"bpf"_s, u"checkpoint_restore"_s};
    return names.contains(name);
}

bool isNetworkWord(const QString &word)
{
    static const QStringList words = {u"unix"_s, u"inet"_s, u"inet6"_s, u"ax25"_s, u"ipx"_s, u"appletalk"_s,
        u"netrom"_s, u"bridge"_s, u"atmpvc"_s, u"x25"_s, u"rose"_s, u"netbeui"_s, u"security"_s, u"key"_s, u"netlink"_s,
        u"packet"_s, u"ash"_s, u"econet"_s, u"atmsvc"_s, u"rds"_s, u"sna"_s, u"irda"_s, u"pppox"_s, u"wanpipe"_s,
        u"llc"_s, u"ib"_s, u"mpls"_s, u"can"_s, u"tipc"_s, u"bluetooth"_s, u"iucv"_s, u"rxrpc"_s, u"isdn"_s,
        u"phonet"_s, u"ieee802154"_s, u"caif"_s, u"alg"_s, u"nfc"_s, u"vsock"_s, u"kcm"_s, u"qipcrtr"_s, u"smc"_s,
        u"xdp"_s, u"mctp"_s, u"stream"_s, u"dgram"_s, u"seqpacket"_s, u"rdm"_s, u"raw"_s, u"packet"_s, u"tcp"_s,
        u"udp"_s, u"icmp"_s};
    return words.contains(word);
}

bool isKeyword(const QString &value)
{
    return AppArmorQuoting::isKeyword(value);
}

// Every word of an access list is a keyword, or the rule is not written.
bool allKeywords(const QStringList &words)
{
    return std::all_of(words.begin(), words.end(), isKeyword);
}

void addCapability(const AppArmorEvent &d, QList<RuleCandidate> &out)
{
    if (!isCapability(d.name))
        return;
    out += make(Kind::Capability, u"capability "_s + d.name + u',',
        tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow the capability")));
}

void addNetwork(const AppArmorEvent &d, QList<RuleCandidate> &out)
{
    static const QStringList nonPeerAccesses
        = {u"create"_s, u"bind"_s, u"listen"_s, u"shutdown"_s, u"getattr"_s, u"setattr"_s, u"getopt"_s, u"setopt"_s};
    const QStringList accesses = accessWords(effectiveMask(d));
    // An address that is not one gives no rule: leaving it out would allow every address.
    if (!isNetworkWord(d.netFamily) || !allKeywords(accesses)
        || (!d.netSockType.isEmpty() && !isNetworkWord(d.netSockType))
        || (!d.netLocalAddr.isEmpty() && !isIpAddress(d.netLocalAddr))
        || (!d.netForeignAddr.isEmpty() && !isIpAddress(d.netForeignAddr)))
        return;
    QString rule = u"network"_s;
    if (!accesses.isEmpty())
        rule += u' ' + accessList(accesses, true);
    rule += u' ' + d.netFamily;
    if (!d.netSockType.isEmpty())
        rule += u' ' + d.netSockType;
    const QString familyAndType = rule;
    if (d.netFamily.startsWith(u"inet")) {
        if (isIpAddress(d.netLocalAddr))
            rule += u" ip="_s + d.netLocalAddr;
        if (d.netLocalPort)
            rule += u" port="_s + QString::number(*d.netLocalPort);
        const bool peerAllowed = std::none_of(accesses.begin(), accesses.end(), [](const QString &a) {
            return nonPeerAccesses.contains(a);
        });
        if (peerAllowed && (isIpAddress(d.netForeignAddr) || d.netForeignPort)) {
            QStringList peer;
            if (isIpAddress(d.netForeignAddr))
                peer += u"ip="_s + d.netForeignAddr;
            if (d.netForeignPort)
                peer += u"port="_s + QString::number(*d.netForeignPort);
            rule += u" peer=("_s + peer.join(u' ') + u')';
        }
    }
    out += make(Kind::Network, rule + u',', tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow this connection only")));
    if (familyAndType != rule)
        out += make(Kind::Network, familyAndType + u',',
            tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow this kind of socket to any address")), false);
    if (isNetworkWord(d.netProtocol) && !d.netSockType.isEmpty())
        out += make(Kind::Network, u"network "_s + d.netFamily + u' ' + d.netProtocol + u',',
            tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow this protocol to any address")), false);
}

// A unix socket bound to a path is a file: the kernel mediates it by file rules, and a unix
// rule's addr= takes only abstract ("@name") and anonymous addresses.
bool isPathAddress(const QString &addr)
{
    return addr.startsWith(u'/');
}

void addUnix(const AppArmorEvent &d, QList<RuleCandidate> &out)
{
    const QStringList accesses = accessWords(effectiveMask(d));
    if (accesses.isEmpty() || !allKeywords(accesses) || (!d.netSockType.isEmpty() && !isKeyword(d.netSockType)))
        return;
    const QString addr = d.netAddr == u"none" ? QString() : d.netAddr;
    const QString peerAddr = d.peerAddr == u"none" ? QString() : d.peerAddr;
    if (!allConditionalValues({addr, peerAddr}))
        return;
    const QString socketPath = isPathAddress(peerAddr) ? peerAddr : isPathAddress(addr) ? addr : QString();
    if (!socketPath.isEmpty()) {
        // Connecting or sending to it needs w on the socket file, receiving r.
        QString perms;
        for (const QString &a : accesses) {
            if (a == u"receive" || a == u"read")
                perms += u'r';
            else
                perms += u'w';
        }
        RuleCandidate c = make(Kind::File, QString(), tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow this socket file")));
        c.path = socketPath;
        c.perms = RuleSuggester::filePermissions(perms);
        c.rule = c.fileRuleFor(AppArmorQuoting::literalPath(socketPath));
        out += c;
        return;
    }
    QString rule = u"unix "_s + accessList(accesses, true);
    if (!d.netSockType.isEmpty())
        rule += u" type="_s + d.netSockType;
    const QString base = rule;
    if (!addr.isEmpty())
        rule += u" addr="_s + literal(addr);
    if (!peerAddr.isEmpty())
        rule += u" peer=(addr="_s + literal(peerAddr) + u')';
    out += make(Kind::Unix, rule + u',', tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow this socket address")));
    if (base != rule)
        out += make(Kind::Unix, base + u',',
            tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow any address of this socket type")), false);
}

void addSignal(const AppArmorEvent &d, QList<RuleCandidate> &out)
{
    const QStringList accesses = accessWords(effectiveMask(d));
    const QString peer = d.peer.isEmpty() ? d.peerProfile : d.peer;
    if (accesses.isEmpty() || peer.contains(u"//null-"))
        return;
    if (!allKeywords(accesses) || (!d.signal.isEmpty() && !isKeyword(d.signal)) || !isConditionalValue(peer))
        return;
    QString rule = u"signal "_s + accessList(accesses, false);
    if (!d.signal.isEmpty())
        rule += u" set="_s + d.signal;
    if (!peer.isEmpty())
        rule += u" peer="_s + AppArmorQuoting::literalLabel(peer);
    out += make(
        Kind::Signal, rule + u',', tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow this signal to or from this peer")));
    if (!peer.isEmpty())
        out += make(Kind::Signal,
            u"signal "_s + accessList(accesses, false) + u" peer="_s + AppArmorQuoting::literalLabel(peer) + u',',
            tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow every signal with this peer")), false);
}

void addPtrace(const AppArmorEvent &d, QList<RuleCandidate> &out)
{
    const QStringList accesses = accessWords(effectiveMask(d));
    const QString peer = d.peer.isEmpty() ? d.peerProfile : d.peer;
    if (accesses.isEmpty() || peer.contains(u"//null-"))
        return;
    if (!allKeywords(accesses) || !isConditionalValue(peer))
        return;
    QString rule = u"ptrace "_s + accessList(accesses, false);
    if (!peer.isEmpty())
        rule += u" peer="_s + AppArmorQuoting::literalLabel(peer);
    out += make(Kind::Ptrace, rule + u',', tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow tracing with this peer")));
}

void addDbus(const AppArmorEvent &d, QList<RuleCandidate> &out)
{
    const QStringList accesses = accessWords(effectiveMask(d));
    if (accesses.size() != 1)
        return;
    const QString access = accesses.first();
    if (!isKeyword(access) || (!d.dbusBus.isEmpty() && !isKeyword(d.dbusBus))
        || !allConditionalValues({d.dbusPath, d.dbusInterface, d.dbusMember, d.peerProfile, d.name}))
        return;
    QString rule = u"dbus "_s + access;
    if (!d.dbusBus.isEmpty())
        rule += u" bus="_s + d.dbusBus;
    if (access == u"send" || access == u"receive") {
        if (!d.dbusPath.isEmpty())
            rule += u" path="_s + literal(d.dbusPath);
        if (!d.dbusInterface.isEmpty())
            rule += u" interface="_s + literal(d.dbusInterface);
        if (!d.dbusMember.isEmpty())
            rule += u" member="_s + literal(d.dbusMember);
        if (!d.peerProfile.isEmpty())
            rule += u" peer=(label="_s + AppArmorQuoting::literalLabel(d.peerProfile) + u')';
        out += make(
            Kind::Dbus, rule + u',', tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow this D-Bus method or signal")));
        if (!d.dbusInterface.isEmpty())
            out += make(Kind::Dbus,
                u"dbus "_s + access + (d.dbusBus.isEmpty() ? QString() : u" bus="_s + d.dbusBus) + u" interface="_s
                    + literal(d.dbusInterface) + u',',
                tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow the whole interface")), false);
    } else if (access == u"bind") {
        if (!d.name.isEmpty())
            rule += u" name="_s + literal(d.name);
        out += make(Kind::Dbus, rule + u',', tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow owning this bus name")));
    } else if (access == u"eavesdrop") {
        out += make(Kind::Dbus, rule + u',', tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow eavesdropping on this bus")));
    }
}

void addMount(const AppArmorEvent &d, QList<RuleCandidate> &out)
{
    if (d.operation == u"umount") {
        if (!d.name.isEmpty())
            out += make(Kind::Mount, u"umount "_s + AppArmorQuoting::literalPath(d.name) + u',',
                tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow unmounting this mount point")));
        return;
    }
    if (!isConditionalValue(d.fsType))
        return;
    QString rule = u"mount"_s;
    if (!d.fsType.isEmpty())
        rule += u" fstype="_s + literal(d.fsType);
    if (!d.flags.isEmpty()) {
        QStringList options = d.flags.split(u',', Qt::SkipEmptyParts);
        for (QString &o : options)
            o = o.trimmed();
        if (!allKeywords(options))
            return;
        options.sort();
        rule += u" options=("_s + options.join(u", "_s) + u')';
    }
    if (!d.srcName.isEmpty())
        rule += u' ' + AppArmorQuoting::literalPath(d.srcName);
    if (!d.name.isEmpty())
        rule += u" -> "_s + AppArmorQuoting::literalPath(d.name);
    out += make(Kind::Mount, rule + u',', tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow this mount")));
}

void addPivotRoot(const AppArmorEvent &d, QList<RuleCandidate> &out)
{
    if (d.name.isEmpty())
        return;
    QString rule = u"pivot_root"_s;
    if (!d.srcName.isEmpty())
        rule += u" oldroot="_s + AppArmorQuoting::literalPath(d.srcName);
    rule += u' ' + AppArmorQuoting::literalPath(d.name);
    out += make(Kind::PivotRoot, rule + u',', tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow this pivot_root")));
}

void addChangeProfile(const AppArmorEvent &d, QList<RuleCandidate> &out)
{
    if (d.name2.isEmpty())
        return;
    out += make(Kind::ChangeProfile, u"change_profile -> "_s + AppArmorQuoting::literalLabel(d.name2) + u',',
        tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow switching to this profile")));
}

void addMqueue(const AppArmorEvent &d, QList<RuleCandidate> &out)
{
    const QStringList accesses = accessWords(effectiveMask(d));
    if (accesses.isEmpty())
        return;
    const QString type = d.ruleClass.section(u'_', 0, 0);
    if (!allKeywords(accesses) || !isKeyword(type))
        return;
    QString rule = u"mqueue "_s + accessList(accesses, false) + u" type="_s + type;
    const QString any = rule;
    if (!d.name.isEmpty())
        rule += u' ' + AppArmorQuoting::literalPath(d.name);
    out += make(Kind::Mqueue, rule + u',', tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow this message queue")));
    if (any != rule)
        out += make(Kind::Mqueue, any + u',',
            tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow every message queue of this type")), false);
}

void addIoUring(const AppArmorEvent &d, QList<RuleCandidate> &out)
{
    const QStringList accesses = accessWords(effectiveMask(d));
    if (accesses.isEmpty())
        return;
    if (!allKeywords(accesses) || !isConditionalValue(d.peerProfile))
        return;
    QString rule = u"io_uring "_s + accessList(accesses, false);
    if (!d.peerProfile.isEmpty())
        rule += u" label="_s + AppArmorQuoting::literalLabel(d.peerProfile);
    out += make(Kind::IoUring, rule + u',', tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow this io_uring operation")));
}

void addUserns(const AppArmorEvent &d, QList<RuleCandidate> &out)
{
    QStringList accesses = accessWords(effectiveMask(d));
    if (accesses.isEmpty())
        return;
    for (QString &a : accesses)
        a.remove(u"userns_"_s);
    if (!allKeywords(accesses))
        return;
    // An unconfined program moved to a restricting profile when it made a namespace (Ubuntu's
    // unprivileged_userns): the rule belongs in a profile of that program, audited as logged.
    const bool transition = d.profile == u"unconfined" && !d.execPath.isEmpty();
    out += make(Kind::Userns,
        (transition && d.kind == AppArmorEvent::Kind::Audit ? u"audit "_s : QString()) + u"userns "_s
            + accessList(accesses, false) + u',',
        tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow creating user namespaces")));
}

void addExec(const AppArmorEvent &d, QList<RuleCandidate> &out)
{
    if (!d.name.startsWith(u'/'))
        return;
    // In an exec record the letters before x are its mode (ix, px, ux, cx, and their capitals),
    // not file permissions: the c of the legacy "cx" is not create, and must not become w.
    QString mask = effectiveMask(d);
    static const QRegularExpression execMode(u"[iupcIUPC]?x"_s);
    mask.remove(execMode);
    QString other = RuleSuggester::filePermissions(mask);
    // exec needs the file mapped and read: aa-logprof always adds m and r.
    for (const QChar p : {u'r', u'm'}) {
        if (!other.contains(p))
            other.prepend(p);
    }
    const QString path = AppArmorQuoting::literalPath(d.name);
    struct Mode
    {
        const char *mode;
        const char *label;
    };
    static const Mode modes[] = {
        {"ix", QT_TRANSLATE_NOOP("RuleSuggester", "Run it inside this profile (ix)")},
        {"cx", QT_TRANSLATE_NOOP("RuleSuggester", "Run it under a child profile (cx)")},
        {"px", QT_TRANSLATE_NOOP("RuleSuggester", "Run it under its own profile (px)")},
        {"ux", QT_TRANSLATE_NOOP("RuleSuggester", "Run it unconfined (ux, dangerous)")},
    };
    for (const Mode &m : modes) {
        RuleCandidate c = make(Kind::Exec, path + u' ' + other + QLatin1StringView(m.mode) + u',', tr(m.label),
            qstrcmp(m.mode, "ix") == 0);
        c.path = d.name;
        c.perms = other + QLatin1StringView(m.mode);
        out += c;
    }
}

void addFile(const AppArmorEvent &d, QList<RuleCandidate> &out)
{
    if (!d.name.startsWith(u'/'))
        return;
    QString mask = effectiveMask(d);
    bool owner = false;
    if (mask.contains(u':')) {
        // Old kernels: "owner-mask::other-mask".
        const QStringList parts = mask.split(u':');
        owner = !parts.first().isEmpty() && parts.last().isEmpty();
        mask = parts.first() + parts.last();
    } else if (d.kind != AppArmorEvent::Kind::Audit) {
        owner = d.fsuid && d.ouid && *d.fsuid == *d.ouid;
    }
    const QString perms = RuleSuggester::filePermissions(mask);
    if (perms.isEmpty())
        return;
    const QString path = AppArmorQuoting::literalPath(d.name);
    RuleCandidate c = make(Kind::File, QString(), tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow this file")));
    c.path = d.name;
    c.perms = perms;
    c.owner = owner;
    c.rule = c.fileRuleFor(path);
    out += c;
    if (owner) {
        RuleCandidate any = c;
        any.owner = false;
        any.isDefault = false;
        any.label = tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow this file whoever owns it"));
        any.rule = any.fileRuleFor(path);
        out += any;
    }
    if (d.operation == u"link" && !d.name2.isEmpty() && perms.contains(u'l')) {
        RuleCandidate link = make(Kind::Link,
            (owner ? u"owner "_s : QString()) + u"link "_s + path + u" -> "_s + AppArmorQuoting::literalPath(d.name2)
                + u',',
            tr(QT_TRANSLATE_NOOP("RuleSuggester", "Allow this link to this target only")), false);
        link.path = d.name;
        out += link;
    }
}
} // namespace

QString RuleSuggester::filePermissions(const QString &mask)
{
    bool has[128] = {};
    for (const QChar ch : mask) {
        char16_t c = ch.unicode();
        if (c == u'c' || c == u'd')
            c = u'w';
        if (c < 128)
            has[c] = true;
    }
    if (has['w'])
        has['a'] = false;
    QString out;
    for (const char c : {'m', 'r', 'w', 'a', 'l', 'k'}) {
        if (has[int(c)])
            out += QLatin1Char(c);
    }
    return out;
}

std::optional<RuleSuggestion> RuleSuggester::suggest(const AppArmorEvent &d)
{
    if (!d.isAccessRecord() || d.profile.isEmpty())
        return std::nullopt;
    RuleSuggestion s;
    // "parent//null-/usr/bin/tool" is the learning child complain mode made for a program the
    // parent ran without an exec rule. The exec suggestion is ix, which runs it inside the
    // parent: its accesses are the parent's rules. A ^null-... hat would never run.
    const qsizetype nullChild = d.profile.indexOf(u"//null-"_s);
    s.target = RuleTarget::fromLabel(nullChild > 0 ? d.profile.left(nullChild) : d.profile);
    if ((d.ruleClass == u"namespace" || d.operation == u"userns_create") && d.profile == u"unconfined"
        && !d.execPath.isEmpty())
        s.target = RuleTarget{d.execPath, {}};
    QList<RuleCandidate> &out = s.candidates;
    const QString &op = d.operation;

    if (op == u"capable")
        addCapability(d, out);
    else if (op.startsWith(u"dbus_") || !d.dbusBus.isEmpty())
        addDbus(d, out);
    else if (d.ruleClass.endsWith(u"_mqueue"))
        addMqueue(d, out);
    else if (d.ruleClass == u"io_uring" || op.startsWith(u"uring_"))
        addIoUring(d, out);
    else if (d.ruleClass == u"namespace" || op == u"userns_create")
        addUserns(d, out);
    else if (op == u"signal")
        addSignal(d, out);
    else if (op == u"ptrace")
        addPtrace(d, out);
    else if (op == u"mount" || op == u"umount" || op == u"remount")
        addMount(d, out);
    else if (op == u"pivotroot")
        addPivotRoot(d, out);
    else if (op == u"change_profile" || op == u"change_onexec")
        addChangeProfile(d, out);
    else if (op == u"change_hat")
        ; // a hat is part of the profile's own structure, not a rule to add
    else if (op == u"exec")
        addExec(d, out); // before the network test: old exec records carry junk socket fields
    else if (d.netFamily == u"unix")
        addUnix(d, out);
    else if (!d.netFamily.isEmpty())
        addNetwork(d, out);
    else
        addFile(d, out);
    return s;
}
