// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "rulesuggester.h"

#include "apparmorquoting.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;
using Kind = RuleCandidate::Kind;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RuleSuggester", text);
}

// The mask the rule must grant: what was denied (or, for an AUDIT record, what was asked).
QString effectiveMask(const Denial &d)
{
    if (d.kind == Denial::Kind::Audit)
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

QString token(const QString &value)
{
    return AppArmorQuoting::quoteIfNeeded(value);
}

void addCapability(const Denial &d, QList<RuleCandidate> &out)
{
    if (d.name.isEmpty())
        return;
    out += make(Kind::Capability, u"capability "_s + token(d.name) + u',', tr("Allow the capability"));
}

void addNetwork(const Denial &d, QList<RuleCandidate> &out)
{
    static const QStringList nonPeerAccesses
        = {u"create"_s, u"bind"_s, u"listen"_s, u"shutdown"_s, u"getattr"_s, u"setattr"_s, u"getopt"_s, u"setopt"_s};
    const QStringList accesses = accessWords(effectiveMask(d));
    QString rule = u"network"_s;
    if (!accesses.isEmpty())
        rule += u' ' + accessList(accesses, true);
    rule += u' ' + d.netFamily;
    if (!d.netSockType.isEmpty())
        rule += u' ' + d.netSockType;
    const QString familyAndType = rule;
    if (d.netFamily.startsWith(u"inet")) {
        if (!d.netLocalAddr.isEmpty())
            rule += u" ip="_s + d.netLocalAddr;
        if (d.netLocalPort)
            rule += u" port="_s + QString::number(*d.netLocalPort);
        const bool peerAllowed = std::none_of(accesses.begin(), accesses.end(), [](const QString &a) {
            return nonPeerAccesses.contains(a);
        });
        if (peerAllowed && (!d.netForeignAddr.isEmpty() || d.netForeignPort)) {
            QStringList peer;
            if (!d.netForeignAddr.isEmpty())
                peer += u"ip="_s + d.netForeignAddr;
            if (d.netForeignPort)
                peer += u"port="_s + QString::number(*d.netForeignPort);
            rule += u" peer=("_s + peer.join(u' ') + u')';
        }
    }
    out += make(Kind::Network, rule + u',', tr("Allow this connection only"));
    if (familyAndType != rule)
        out += make(Kind::Network, familyAndType + u',', tr("Allow this kind of socket to any address"), false);
    if (!d.netProtocol.isEmpty() && !d.netSockType.isEmpty())
        out += make(Kind::Network, u"network "_s + d.netFamily + u' ' + d.netProtocol + u',',
            tr("Allow this protocol to any address"), false);
}

void addUnix(const Denial &d, QList<RuleCandidate> &out)
{
    const QStringList accesses = accessWords(effectiveMask(d));
    if (accesses.isEmpty())
        return;
    QString rule = u"unix "_s + accessList(accesses, true);
    if (!d.netSockType.isEmpty())
        rule += u" type="_s + d.netSockType;
    const QString base = rule;
    if (!d.netAddr.isEmpty() && d.netAddr != u"none")
        rule += u" addr="_s + token(d.netAddr);
    if (!d.peerAddr.isEmpty() && d.peerAddr != u"none")
        rule += u" peer=(addr="_s + token(d.peerAddr) + u')';
    out += make(Kind::Unix, rule + u',', tr("Allow this socket address"));
    if (base != rule)
        out += make(Kind::Unix, base + u',', tr("Allow any address of this socket type"), false);
}

void addSignal(const Denial &d, QList<RuleCandidate> &out)
{
    const QStringList accesses = accessWords(effectiveMask(d));
    const QString peer = d.peer.isEmpty() ? d.peerProfile : d.peer;
    if (accesses.isEmpty() || peer.contains(u"//null-"))
        return;
    QString rule = u"signal "_s + accessList(accesses, false);
    if (!d.signal.isEmpty())
        rule += u" set="_s + d.signal;
    if (!peer.isEmpty())
        rule += u" peer="_s + token(peer);
    out += make(Kind::Signal, rule + u',', tr("Allow this signal to or from this peer"));
    if (!peer.isEmpty())
        out += make(Kind::Signal, u"signal "_s + accessList(accesses, false) + u" peer="_s + token(peer) + u',',
            tr("Allow every signal with this peer"), false);
}

void addPtrace(const Denial &d, QList<RuleCandidate> &out)
{
    const QStringList accesses = accessWords(effectiveMask(d));
    const QString peer = d.peer.isEmpty() ? d.peerProfile : d.peer;
    if (accesses.isEmpty() || peer.contains(u"//null-"))
        return;
    QString rule = u"ptrace "_s + accessList(accesses, false);
    if (!peer.isEmpty())
        rule += u" peer="_s + token(peer);
    out += make(Kind::Ptrace, rule + u',', tr("Allow tracing with this peer"));
}

void addDbus(const Denial &d, QList<RuleCandidate> &out)
{
    const QStringList accesses = accessWords(effectiveMask(d));
    if (accesses.size() != 1)
        return;
    const QString access = accesses.first();
    QString rule = u"dbus "_s + access;
    if (!d.dbusBus.isEmpty())
        rule += u" bus="_s + d.dbusBus;
    if (access == u"send" || access == u"receive") {
        if (!d.dbusPath.isEmpty())
            rule += u" path="_s + token(d.dbusPath);
        if (!d.dbusInterface.isEmpty())
            rule += u" interface="_s + token(d.dbusInterface);
        if (!d.dbusMember.isEmpty())
            rule += u" member="_s + token(d.dbusMember);
        if (!d.peerProfile.isEmpty())
            rule += u" peer=(label="_s + token(d.peerProfile) + u')';
        out += make(Kind::Dbus, rule + u',', tr("Allow this D-Bus method or signal"));
        if (!d.dbusInterface.isEmpty())
            out += make(Kind::Dbus,
                u"dbus "_s + access + u" bus="_s + d.dbusBus + u" interface="_s + token(d.dbusInterface) + u',',
                tr("Allow the whole interface"), false);
    } else if (access == u"bind") {
        if (!d.name.isEmpty())
            rule += u" name="_s + token(d.name);
        out += make(Kind::Dbus, rule + u',', tr("Allow owning this bus name"));
    } else if (access == u"eavesdrop") {
        out += make(Kind::Dbus, rule + u',', tr("Allow eavesdropping on this bus"));
    }
}

void addMount(const Denial &d, QList<RuleCandidate> &out)
{
    if (d.operation == u"umount") {
        if (!d.name.isEmpty())
            out += make(Kind::Mount, u"umount "_s + AppArmorQuoting::literalPath(d.name) + u',',
                tr("Allow unmounting this mount point"));
        return;
    }
    QString rule = u"mount"_s;
    if (!d.fsType.isEmpty())
        rule += u" fstype="_s + d.fsType;
    if (!d.flags.isEmpty()) {
        QStringList options = d.flags.split(u',', Qt::SkipEmptyParts);
        for (QString &o : options)
            o = o.trimmed();
        options.sort();
        rule += u" options=("_s + options.join(u", "_s) + u')';
    }
    if (!d.srcName.isEmpty())
        rule += u' ' + AppArmorQuoting::literalPath(d.srcName);
    if (!d.name.isEmpty())
        rule += u" -> "_s + AppArmorQuoting::literalPath(d.name);
    out += make(Kind::Mount, rule + u',', tr("Allow this mount"));
}

void addPivotRoot(const Denial &d, QList<RuleCandidate> &out)
{
    if (d.name.isEmpty())
        return;
    QString rule = u"pivot_root"_s;
    if (!d.srcName.isEmpty())
        rule += u" oldroot="_s + AppArmorQuoting::literalPath(d.srcName);
    rule += u' ' + AppArmorQuoting::literalPath(d.name);
    out += make(Kind::PivotRoot, rule + u',', tr("Allow this pivot_root"));
}

void addChangeProfile(const Denial &d, QList<RuleCandidate> &out)
{
    if (d.name2.isEmpty())
        return;
    out += make(
        Kind::ChangeProfile, u"change_profile -> "_s + token(d.name2) + u',', tr("Allow switching to this profile"));
}

void addMqueue(const Denial &d, QList<RuleCandidate> &out)
{
    const QStringList accesses = accessWords(effectiveMask(d));
    if (accesses.isEmpty())
        return;
    QString rule = u"mqueue "_s + accessList(accesses, false) + u" type="_s + d.ruleClass.section(u'_', 0, 0);
    const QString any = rule;
    if (!d.name.isEmpty())
        rule += u' ' + AppArmorQuoting::literalPath(d.name);
    out += make(Kind::Mqueue, rule + u',', tr("Allow this message queue"));
    if (any != rule)
        out += make(Kind::Mqueue, any + u',', tr("Allow every message queue of this type"), false);
}

void addIoUring(const Denial &d, QList<RuleCandidate> &out)
{
    const QStringList accesses = accessWords(effectiveMask(d));
    if (accesses.isEmpty())
        return;
    QString rule = u"io_uring "_s + accessList(accesses, false);
    if (!d.peerProfile.isEmpty())
        rule += u" label="_s + token(d.peerProfile);
    out += make(Kind::IoUring, rule + u',', tr("Allow this io_uring operation"));
}

void addUserns(const Denial &d, QList<RuleCandidate> &out)
{
    QStringList accesses = accessWords(effectiveMask(d));
    if (accesses.isEmpty())
        return;
    for (QString &a : accesses)
        a.remove(u"userns_"_s);
    // An unconfined program moved to a restricting profile when it made a namespace (Ubuntu's
    // unprivileged_userns): the rule belongs in a profile of that program, audited as logged.
    const bool transition = d.profile == u"unconfined" && !d.execPath.isEmpty();
    out += make(Kind::Userns,
        (transition && d.kind == Denial::Kind::Audit ? u"audit "_s : QString()) + u"userns "_s
            + accessList(accesses, false) + u',',
        tr("Allow creating user namespaces"));
}

void addExec(const Denial &d, QList<RuleCandidate> &out)
{
    if (!d.name.startsWith(u'/'))
        return;
    QString other = RuleSuggester::filePermissions(effectiveMask(d));
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

void addFile(const Denial &d, QList<RuleCandidate> &out)
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
    } else if (d.kind != Denial::Kind::Audit) {
        owner = d.fsuid && d.ouid && *d.fsuid == *d.ouid;
    }
    const QString perms = RuleSuggester::filePermissions(mask);
    if (perms.isEmpty())
        return;
    const QString path = AppArmorQuoting::literalPath(d.name);
    RuleCandidate c = make(Kind::File, QString(), tr("Allow this file"));
    c.path = d.name;
    c.perms = perms;
    c.owner = owner;
    c.rule = c.fileRuleFor(path);
    out += c;
    if (owner) {
        RuleCandidate any = c;
        any.owner = false;
        any.isDefault = false;
        any.label = tr("Allow this file whoever owns it");
        any.rule = any.fileRuleFor(path);
        out += any;
    }
    if (d.operation == u"link" && !d.name2.isEmpty() && perms.contains(u'l')) {
        RuleCandidate link = make(Kind::Link,
            (owner ? u"owner "_s : QString()) + u"link "_s + path + u" -> "_s + AppArmorQuoting::literalPath(d.name2)
                + u',',
            tr("Allow this link to this target only"), false);
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

std::optional<RuleSuggestion> RuleSuggester::suggest(const Denial &d)
{
    if (!d.isAccessRecord() || d.profile.isEmpty())
        return std::nullopt;
    RuleSuggestion s;
    s.target = RuleTarget::fromLabel(d.profile);
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
