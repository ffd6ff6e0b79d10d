// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "completioncatalog.h"
#include "boundedfile.h"
#include "profileindex.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

QStringList CompletionCatalog::keywords()
{
    // apparmor.d(5) of AppArmor 4.1 and 5.0: rule classes, qualifiers, profile words, profile
    // flags and conditionals; the same words resources/syntax/armorer-apparmor.xml highlights.
    return {u"abi"_s, u"alias"_s, u"all"_s, u"allow"_s, u"audit"_s, u"capability"_s, u"change_hat"_s,
        u"change_profile"_s, u"dbus"_s, u"deny"_s, u"file"_s, u"flags=("_s, u"hat"_s, u"include"_s,
        u"include if exists"_s, u"io_uring"_s, u"link"_s, u"mount"_s, u"mqueue"_s, u"network"_s, u"other"_s, u"owner"_s,
        u"pivot_root"_s, u"priority="_s, u"profile"_s, u"ptrace"_s, u"quiet"_s, u"remount"_s, u"rlimit"_s, u"set"_s,
        u"signal"_s, u"umount"_s, u"unix"_s, u"userns"_s, u"if"_s, u"else"_s, u"defined"_s, u"complain"_s, u"enforce"_s,
        u"kill"_s, u"unconfined"_s, u"prompt"_s, u"default_allow"_s, u"attach_disconnected"_s,
        u"attach_disconnected.path="_s, u"no_attach_disconnected"_s, u"mediate_deleted"_s, u"delegate_deleted"_s,
        u"chroot_relative"_s, u"chroot_attach"_s, u"chroot_no_attach"_s, u"namespace_relative"_s, u"interruptible"_s,
        u"debug"_s, u"error="_s, u"kill.signal="_s};
}

QStringList CompletionCatalog::permissions()
{
    return {u"r"_s, u"w"_s, u"a"_s, u"l"_s, u"k"_s, u"m"_s, u"x"_s, u"ix"_s, u"px"_s, u"Px"_s, u"cx"_s, u"Cx"_s,
        u"ux"_s, u"Ux"_s, u"pix"_s, u"Pix"_s, u"cix"_s, u"Cix"_s, u"pux"_s, u"PUx"_s, u"cux"_s, u"CUx"_s, u"rw"_s,
        u"rwk"_s, u"mr"_s, u"rix"_s, u"rPx"_s, u"rCx"_s};
}

QStringList CompletionCatalog::capabilities()
{
    // capabilities(7), as apparmor_parser knows them.
    return {u"audit_control"_s, u"audit_read"_s, u"audit_write"_s, u"block_suspend"_s, u"bpf"_s,
        u"checkpoint_restore"_s, u"chown"_s, u"dac_override"_s, u"dac_read_search"_s, u"fowner"_s, u"fsetid"_s,
        u"ipc_lock"_s, u"ipc_owner"_s, u"kill"_s, u"lease"_s, u"linux_immutable"_s, u"mac_admin"_s, u"mac_override"_s,
        u"mknod"_s, u"net_admin"_s, u"net_bind_service"_s, u"net_broadcast"_s, u"net_raw"_s, u"perfmon"_s, u"setfcap"_s,
        u"setgid"_s, u"setpcap"_s, u"setuid"_s, u"sys_admin"_s, u"sys_boot"_s, u"sys_chroot"_s, u"sys_module"_s,
        u"sys_nice"_s, u"sys_pacct"_s, u"sys_ptrace"_s, u"sys_rawio"_s, u"sys_resource"_s, u"sys_time"_s,
        u"sys_tty_config"_s, u"syslog"_s, u"wake_alarm"_s};
}

QStringList CompletionCatalog::networkFamilies()
{
    // Address families and socket types apparmor.d(5) accepts after "network".
    return {u"inet"_s, u"inet6"_s, u"unix"_s, u"netlink"_s, u"packet"_s, u"bluetooth"_s, u"alg"_s, u"appletalk"_s,
        u"ax25"_s, u"can"_s, u"ipx"_s, u"key"_s, u"llc"_s, u"mctp"_s, u"nfc"_s, u"phonet"_s, u"qipcrtr"_s, u"rds"_s,
        u"rose"_s, u"tipc"_s, u"vsock"_s, u"x25"_s, u"xdp"_s, u"stream"_s, u"dgram"_s, u"raw"_s, u"seqpacket"_s,
        u"rdm"_s, u"tcp"_s, u"udp"_s, u"icmp"_s};
}

void CompletionCatalog::build(const QString &profileDir)
{
    m_includes.clear();
    m_variables.clear();
    QSet<QString> vars;
    static const QRegularExpression varRe(
        u"^\\s*@\\{([A-Za-z0-9_]+)\\}\\s*\\+?="_s, QRegularExpression::MultilineOption);
    for (const QString &sub : {u"abstractions"_s, u"tunables"_s}) {
        QDirIterator it(profileDir + u'/' + sub, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo info = it.nextFileInfo();
            if (!ProfileIndex::isProfileFileName(info.fileName()))
                continue;
            m_includes.append(info.filePath().mid(profileDir.size() + 1));
            if (sub == u"tunables") {
                const BoundedFile::Result f = BoundedFile::read(info.filePath(), 1024 * 1024);
                if (!f.ok())
                    continue;
                const QString text = QString::fromUtf8(f.data);
                for (auto m = varRe.globalMatch(text); m.hasNext();)
                    vars.insert(m.next().captured(1));
            }
        }
    }
    m_includes.sort();
    m_variables = vars.values();
    m_variables.sort();
}

CompletionCatalog::Context CompletionCatalog::complete(QStringView linePrefix) const
{
    Context c;
    // Inside "include <...": the path typed so far, up to the cursor.
    static const QRegularExpression includeRe(u"^\\s*#?include\\s+(?:if\\s+exists\\s+)?<([^>]*)$"_s);
    if (const auto m = includeRe.matchView(linePrefix); m.hasMatch()) {
        c.wordStart = m.capturedStart(1);
        c.prefix = m.captured(1);
        for (const QString &s : m_includes)
            c.items.append({s, Kind::Include});
        return c;
    }
    // Inside "@{...".
    const qsizetype at = linePrefix.lastIndexOf(u"@{"_s);
    if (at >= 0 && !linePrefix.mid(at).contains(u'}')) {
        c.wordStart = at + 2;
        c.prefix = linePrefix.mid(at + 2).toString();
        for (const QString &s : m_variables)
            c.items.append({s, Kind::Variable});
        return c;
    }
    qsizetype start = linePrefix.size();
    while (start > 0 && (linePrefix[start - 1].isLetterOrNumber() || linePrefix[start - 1] == u'_'))
        --start;
    c.wordStart = start;
    c.prefix = linePrefix.mid(start).toString();
    // Inside a path or a name ("/etc/fo", "foo-ba"): nothing to offer.
    if (start > 0 && !linePrefix[start - 1].isSpace() && linePrefix[start - 1] != u',' && linePrefix[start - 1] != u'(')
        return c;
    const QStringView before = linePrefix.left(start).trimmed();
    // The rule's first word decides; qualifiers (audit, deny, owner, ...) come before it.
    static const QRegularExpression ruleRe(u"^(?:(?:audit|deny|allow|owner|priority=\\S+)\\s+)*(\\w+)\\b"_s);
    const QString ruleWord = ruleRe.matchView(before).captured(1);
    if (!before.isEmpty() && ruleWord == u"capability") {
        for (const QString &s : capabilities())
            c.items.append({s, Kind::Capability});
    } else if (!before.isEmpty() && ruleWord == u"network") {
        for (const QString &s : networkFamilies())
            c.items.append({s, Kind::NetworkFamily});
    } else if (!before.isEmpty()
        && (before.startsWith(u'/') || before.startsWith(u'@') || before.contains(u" /"_s) || before.contains(u" @"_s))
        && !before.endsWith(u',')) {
        // After a path: permissions.
        for (const QString &s : permissions())
            c.items.append({s, Kind::Permission});
    } else {
        for (const QString &s : keywords())
            c.items.append({s, Kind::Keyword});
    }
    return c;
}
