// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialgroup.h"

using namespace Qt::StringLiterals;

QString DenialGroup::classOf(const AppArmorEvent &d)
{
    if (!d.ruleClass.isEmpty())
        return d.ruleClass;
    const QString &op = d.operation;
    if (op == u"capable")
        return u"cap"_s;
    if (op.startsWith(u"dbus"))
        return u"dbus"_s;
    if (op == u"signal")
        return u"signal"_s;
    if (op == u"ptrace")
        return u"ptrace"_s;
    if (!d.netFamily.isEmpty())
        return d.netFamily == u"unix" ? u"unix"_s : u"net"_s;
    if (op == u"mount" || op == u"umount" || op == u"pivotroot" || op == u"remount")
        return u"mount"_s;
    if (op.startsWith(u"profile_") || op == u"change_hat" || op == u"change_profile")
        return u"policy"_s;
    if (!d.name.isEmpty() && d.name.startsWith(u'/'))
        return u"file"_s;
    return op;
}

QString DenialGroup::targetOf(const AppArmorEvent &d)
{
    const QString cls = classOf(d);
    if (cls == u"cap")
        return u"capability "_s + d.name;
    if (cls == u"dbus")
        return d.dbusBus + u' ' + d.name + u' ' + d.dbusPath + u' ' + d.dbusInterface + u'.' + d.dbusMember
            + (d.peerProfile.isEmpty() ? QString() : u" peer="_s + d.peerProfile);
    if (cls == u"signal")
        return d.signal + u" peer="_s + d.peer;
    if (cls == u"ptrace")
        return u"peer="_s + d.peer;
    if (cls == u"net" || cls == u"unix") {
        QString t = d.netFamily + u' ' + d.netSockType;
        if (!d.netProtocol.isEmpty())
            t += u' ' + d.netProtocol;
        if (!d.netAddr.isEmpty())
            t += u" addr="_s + d.netAddr;
        if (!d.peerAddr.isEmpty())
            t += u" peer_addr="_s + d.peerAddr;
        if (!d.peer.isEmpty())
            t += u" peer="_s + d.peer;
        return t;
    }
    if (cls == u"mount")
        return d.srcName.isEmpty() ? d.name : d.srcName + u" -> "_s + d.name;
    if (!d.name2.isEmpty())
        return d.name + u" -> "_s + d.name2;
    if (!d.name.isEmpty())
        return d.name;
    return d.peer;
}

QString DenialGroup::keyOf(const AppArmorEvent &d)
{
    const QChar sep(u'\x1f');
    // An unverified record never joins a genuine group: the group shows its latest record.
    return AppArmorEvent::kindName(d.kind) + sep + d.profile + sep + classOf(d) + sep + d.operation + sep + targetOf(d)
        + sep + d.requestedMask + sep + d.deniedMask + sep + d.info
        + (d.isVerified() ? QString() : sep + u"unverified"_s);
}
