// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "fleetexport.h"
#include "policydocument.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringTokenizer>

using namespace Qt::StringLiterals;

// A YAML double-quoted scalar: safe for any text (quotes, colons, '#', newlines).
static QString yamlString(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += u"\\\""_s;
            break;
        case u'\\':
            out += u"\\\\"_s;
            break;
        case u'\n':
            out += u"\\n"_s;
            break;
        case u'\t':
            out += u"\\t"_s;
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += u"\\x"_s + QString::number(c.unicode(), 16).rightJustified(2, u'0');
            else
                out += c;
        }
    }
    return out + u'"';
}

// A literal block scalar at the given indentation, or a quoted string when the text holds
// characters a block scalar cannot (control characters, carriage returns).
static QString yamlBlock(const QString &text, int indent)
{
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && c != u'\n' && c != u'\t') || c.unicode() == 0x7f || c == QChar(0xfeff))
            return yamlString(text);
    }
    QString body = text;
    while (body.endsWith(u'\n'))
        body.chop(1);
    // The indentation indicator keeps a first line that starts with spaces from changing
    // the block's indentation.
    QString out = u"|"_s + QString::number(2) + u'\n';
    const QString pad(indent + 2, u' ');
    for (QStringView line : QStringTokenizer(body, u'\n'))
        out += (line.isEmpty() ? QString() : pad + line.toString()) + u'\n';
    return out;
}

static QString shellQuote(const QString &text)
{
    static const QRegularExpression safe(u"^[A-Za-z0-9_@%+=:,./-]+$"_s);
    if (safe.match(text).hasMatch())
        return text;
    QString quoted = text;
    quoted.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

static QString quoteProfileName(const QString &name)
{
    static const QRegularExpression plain(u"^[^\\s\"{}#,]+$"_s);
    if (plain.match(name).hasMatch())
        return name;
    QString escaped = name;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u'"' + escaped + u'"';
}

bool FleetExport::isObjectName(const QString &name)
{
    // A DNS-1123 subdomain, as Kubernetes requires of metadata.name.
    static const QRegularExpression re(u"^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$"_s);
    return name.size() <= 253 && re.match(name).hasMatch();
}

QString FleetExport::objectNameFor(const QString &profileName)
{
    static const QRegularExpression others(u"[^a-z0-9.-]+"_s);
    static const QRegularExpression ends(u"^[-.]+|[-.]+$"_s);
    static const QRegularExpression dotRuns(u"[-.]*\\.[-.]*"_s);
    QString name = profileName.toLower();
    name.replace(others, u"-"_s);
    // A dot must sit between two letters or digits: "a-.b" -> "a.b".
    name.replace(dotRuns, u"."_s);
    name.remove(ends);
    name.truncate(253);
    name.remove(ends);
    return name.isEmpty() ? u"profile"_s : name;
}

QString FleetExport::formatName(Format format)
{
    switch (format) {
    case Format::SpoV1Alpha1:
        return u"spo-v1alpha1"_s;
    case Format::SpoV1:
        return u"spo-v1"_s;
    case Format::Pod:
        return u"pod"_s;
    case Format::Docker:
        return u"docker"_s;
    case Format::Lxc:
        return u"lxc"_s;
    case Format::All:
        return u"all"_s;
    }
    return {};
}

bool FleetExport::parseFormat(const QString &text, Format *format)
{
    for (Format f : {Format::SpoV1, Format::SpoV1Alpha1, Format::Pod, Format::Docker, Format::Lxc, Format::All}) {
        if (formatName(f) == text) {
            *format = f;
            return true;
        }
    }
    return false;
}

QString FleetExport::noteKindName(Note::Kind kind)
{
    switch (kind) {
    case Note::Kind::Dropped:
        return tr("left out");
    case Note::Kind::Broader:
        return tr("broader");
    case Note::Kind::Lost:
        return tr("not carried");
    }
    return {};
}

FleetExport FleetExport::fromProfileText(const QString &fileText, const QString &profileName, const QString &exportName)
{
    FleetExport e;
    const PolicyDocument doc = PolicyDocument::parse(fileText);
    const QList<int> topLevel = doc.topLevelProfiles();
    int block = -1;
    if (profileName.isEmpty()) {
        if (topLevel.size() != 1) {
            e.m_error = topLevel.isEmpty()
                ? tr("The file defines no profile.")
                : tr("The file defines %1 profiles; name the one to export.").arg(topLevel.size());
            return e;
        }
        block = topLevel.first();
    } else {
        for (const int p : doc.profiles()) {
            if (doc.node(p).fullName == profileName)
                block = p;
        }
        if (block < 0) {
            e.m_error = tr("The file does not define the profile \"%1\".").arg(profileName);
            return e;
        }
        if (doc.node(block).block != PolicyDocument::BlockKind::Profile) {
            e.m_error = tr("\"%1\" is a child profile or hat; export its top-level profile.").arg(profileName);
            return e;
        }
    }
    const PolicyDocument::Node &header = doc.node(block);
    e.m_sourceName = header.fullName;
    e.m_name = exportName.isEmpty() ? header.fullName : exportName;
    e.m_complain = header.flags.contains(u"complain"_s);
    if (e.m_name.contains(u"//") || e.m_name.trimmed() != e.m_name || e.m_name.isEmpty()) {
        e.m_error = tr("\"%1\" cannot name a top-level profile.").arg(e.m_name);
        return e;
    }
    if (header.closeToken < 0) {
        e.m_error = tr("The profile \"%1\" has no closing brace.").arg(header.fullName);
        return e;
    }

    // The preamble is every line outside the file's top-level blocks; the block is this
    // profile's lines, from its header to its closing brace.
    const QStringList lines = fileText.split(u'\n');
    const auto lineOf = [&doc](qsizetype offset) {
        return doc.position(offset).line - 1;
    };
    QList<bool> inBlock(lines.size(), false);
    for (const int child : doc.node(PolicyDocument::RootNode).children) {
        const PolicyDocument::Node &n = doc.node(child);
        if (n.kind == PolicyDocument::NodeKind::Variable && n.name.startsWith(u"@{"))
            e.m_preambleVariables.append(n.name);
        if (n.kind != PolicyDocument::NodeKind::Block)
            continue;
        const int last = n.closeToken >= 0 ? lineOf(doc.tokens().at(n.closeToken).start) : int(lines.size()) - 1;
        for (int i = lineOf(doc.startOffset(child)); i <= last && i < lines.size(); ++i)
            inBlock[i] = true;
    }
    const int blockStart = lineOf(doc.startOffset(block));
    const int blockEnd = lineOf(doc.tokens().at(header.closeToken).start);
    QStringList preamble;
    for (int i = 0; i < lines.size(); ++i) {
        if (!inBlock[i])
            preamble.append(lines[i]);
    }
    QStringList blockLines = lines.mid(blockStart, blockEnd - blockStart + 1);
    while (!preamble.isEmpty() && preamble.last().trimmed().isEmpty())
        preamble.removeLast();

    if (e.m_name != e.m_sourceName) {
        // Rename in the header: "profile OLD ..." keeps its attachment, a path-named profile
        // ("/usr/bin/foo {") keeps its path as the attachment.
        static const QRegularExpression re(uR"(^(\s*)(?:(profile)\s+)?("(?:[^"\\]|\\.)*"|[^\s"]+)(.*)$)"_s);
        const auto m = re.match(blockLines.first());
        if (!m.hasMatch()) {
            e.m_error = tr("Cannot rename the profile's header.");
            return e;
        }
        const QString old = m.captured(3);
        QString newHeader = m.captured(1) + u"profile "_s + quoteProfileName(e.m_name);
        if (m.captured(2).isEmpty() && (old.startsWith(u'/') || old.startsWith(u"@{")))
            newHeader += u' ' + old;
        blockLines.first() = newHeader + m.captured(4);
    }

    e.m_policy = (preamble.isEmpty() ? QString() : preamble.join(u'\n') + u"\n\n"_s) + blockLines.join(u'\n') + u'\n';
    e.buildAbstract(doc, block);
    return e;
}

void FleetExport::note(Note::Kind kind, int line, const QString &rule, const QString &reason)
{
    m_notes.append(Note{kind, line, rule, reason});
}

void FleetExport::buildAbstract(const PolicyDocument &doc, int block)
{
    bool includesBase = false;
    const int firstLine = doc.startOf(block).line;
    for (const int child : doc.node(block).children) {
        const PolicyDocument::Node &n = doc.node(child);
        const int lineNo = doc.startOf(child).line;
        switch (n.kind) {
        case PolicyDocument::NodeKind::Block:
            // Child profiles, hats, conditionals and qualifier blocks.
            note(Note::Kind::Dropped, lineNo, doc.statementText(child),
                tr("spec.abstract has no nested blocks (child profiles, hats, conditionals)."));
            break;
        case PolicyDocument::NodeKind::Include:
            if (n.name == u"abstractions/base")
                includesBase = true;
            else
                note(Note::Kind::Dropped, lineNo, doc.statementText(child),
                    tr("Includes are not expanded; SPO's generated profile only includes abstractions/base."));
            break;
        case PolicyDocument::NodeKind::Rule: {
            QString rule = doc.statementText(child);
            if (rule.endsWith(u','))
                rule.chop(1);
            classify(rule.simplified(), lineNo);
            break;
        }
        default:
            break;
        }
    }
    if (!includesBase)
        note(Note::Kind::Broader, firstLine, tr("(no include <abstractions/base>)"),
            tr("SPO's generated profile always includes abstractions/base."));
    for (QStringList *list : {&m_abstract.allowedExecutables, &m_abstract.allowedLibraries, &m_abstract.readOnlyPaths,
             &m_abstract.writeOnlyPaths, &m_abstract.readWritePaths, &m_abstract.allowedCapabilities})
        list->removeDuplicates();
}

void FleetExport::classify(const QString &rule, int line)
{
    QStringList words = rule.split(u' ', Qt::SkipEmptyParts);
    bool owner = false;
    bool audit = false;
    while (!words.isEmpty()) {
        const QString &w = words.first();
        if (w == u"allow" || w.startsWith(u"priority=")) {
            words.removeFirst();
        } else if (w == u"audit") {
            audit = true;
            words.removeFirst();
        } else if (w == u"owner") {
            owner = true;
            words.removeFirst();
        } else if (w == u"deny") {
            note(Note::Kind::Lost, line, rule,
                tr("Deny rules cannot be expressed: the v1 profile only lists allowed access, so an allowed "
                   "path or permission there may cover what this rule denied."));
            return;
        } else {
            break;
        }
    }
    if (words.isEmpty())
        return;
    if (owner) {
        note(Note::Kind::Dropped, line, rule,
            tr("Owner-only access cannot be expressed; keeping it would allow other users' files."));
        return;
    }
    if (audit)
        note(Note::Kind::Lost, line, rule, tr("The audit flag is not carried: the access is no longer logged."));

    const QString keyword = words.first();
    if (keyword == u"capability") {
        if (words.size() == 1) {
            note(Note::Kind::Dropped, line, rule, tr("\"All capabilities\" cannot be expressed; list them."));
            return;
        }
        // SPO v1 knows the capabilities by name, lower case, without "CAP_".
        static const QRegularExpression spoCapability(
            u"^(chown|dac_override|dac_read_search|fowner|fsetid|kill|setgid|setuid|setpcap|linux_immutable|"
            "net_bind_service|net_broadcast|net_admin|net_raw|ipc_lock|ipc_owner|sys_module|sys_rawio|sys_chroot|"
            "sys_ptrace|sys_pacct|sys_admin|sys_boot|sys_nice|sys_resource|sys_time|sys_tty_config|mknod|lease|"
            "audit_write|audit_control|setfcap|mac_override|mac_admin|syslog|wake_alarm|block_suspend|audit_read|"
            "perfmon|bpf|checkpoint_restore)$"_s);
        for (const QString &cap : words.mid(1)) {
            if (spoCapability.match(cap).hasMatch())
                m_abstract.allowedCapabilities.append(cap);
            else
                note(Note::Kind::Dropped, line, rule, tr("SPO v1 does not know the capability \"%1\".").arg(cap));
        }
        return;
    }
    if (keyword == u"network") {
        const QStringList args = words.mid(1);
        const bool inet = args.contains(u"inet"_s) || args.isEmpty()
            || (args.size() == 1
                && (args[0] == u"tcp" || args[0] == u"udp" || args[0] == u"stream" || args[0] == u"dgram"));
        const bool tcp
            = args.isEmpty() || args.contains(u"tcp"_s) || args.contains(u"stream"_s) || args == QStringList{u"inet"_s};
        const bool udp
            = args.isEmpty() || args.contains(u"udp"_s) || args.contains(u"dgram"_s) || args == QStringList{u"inet"_s};
        if (!inet || (!tcp && !udp)) {
            note(Note::Kind::Dropped, line, rule,
                tr("spec.abstract only has TCP and UDP over IPv4 (SPO writes \"network inet tcp\" and "
                   "\"network inet udp\")."));
            return;
        }
        m_abstract.allowTcp = m_abstract.allowTcp || tcp;
        m_abstract.allowUdp = m_abstract.allowUdp || udp;
        const bool exact = args.size() == 2 && args[0] == u"inet" && (tcp != udp);
        if (!exact)
            note(Note::Kind::Dropped, line, rule,
                tr("Only the IPv4 TCP/UDP part is kept; other families (inet6, unix, netlink...), raw and "
                   "other socket types are left out."));
        return;
    }

    // File rules: [file] PATH PERMS [-> TARGET] or [file] PERMS PATH.
    QStringList fileWords = words;
    if (fileWords.first() == u"file")
        fileWords.removeFirst();
    static const QRegularExpression permsRe(u"^[rwaxmlkiuUpPcCb]+$"_s);
    auto isPath = [](const QString &w) {
        return w.startsWith(u'/') || w.startsWith(u"@{") || w.startsWith(u"\"/") || w.startsWith(u"\"@{");
    };
    QString path;
    QString perms;
    bool hasTarget = fileWords.contains(u"->"_s);
    if (fileWords.size() >= 2 && isPath(fileWords[0]) && permsRe.match(fileWords[1]).hasMatch()) {
        path = fileWords[0];
        perms = fileWords[1];
    } else if (fileWords.size() >= 2 && permsRe.match(fileWords[0]).hasMatch() && isPath(fileWords[1])) {
        perms = fileWords[0];
        path = fileWords[1];
    }
    if (path.isEmpty() || (fileWords.size() > 2 && !hasTarget)) {
        if (words.first() == u"file" && words.size() == 1) {
            note(Note::Kind::Dropped, line, rule, tr("\"All files\" cannot be expressed; list the paths."));
            return;
        }
        note(Note::Kind::Dropped, line, rule, tr("spec.abstract has no %1 rules.").arg(keyword));
        return;
    }
    if (path.startsWith(u'"') && path.endsWith(u'"'))
        path = path.sliced(1, path.size() - 2);
    for (const QString &variable : std::as_const(m_preambleVariables)) {
        if (path.contains(variable)) {
            note(Note::Kind::Dropped, line, rule,
                tr("Uses %1, defined in this file; SPO's generated profile only has tunables/global.").arg(variable));
            return;
        }
    }

    // SPO v1 validates every path against one pattern: letters, digits, "_./*?+@ -" and
    // @{VAR}; AARE alternations, classes, quotes and escapes are rejected by the API server.
    static const QRegularExpression spoPath(u"^/(?:[a-zA-Z0-9_./*?+@ -]|@\\{[a-zA-Z0-9_]+\\})*$"_s);
    if (!spoPath.match(path).hasMatch()) {
        note(Note::Kind::Dropped, line, rule,
            tr("SPO v1 only accepts paths of letters, digits, _ . / * ? + @ - and @{VARIABLE}; alternations, "
               "character classes and escapes are rejected."));
        return;
    }

    // Split execute modes from access permissions.
    static const QRegularExpression execRe(u"(p|P|c|C|u|U)?(i)?x"_s);
    QString access = perms;
    QString execMode;
    const auto em = execRe.match(perms);
    if (em.hasMatch()) {
        execMode = em.captured(0);
        access.remove(em.capturedStart(0), em.capturedLength(0));
    }
    if (!execMode.isEmpty()) {
        if (execMode != u"ix" || hasTarget) {
            note(Note::Kind::Dropped, line, rule,
                tr("Only inherit-execute (ix) exists in spec.abstract; profile transitions (px, cx, ux...) are "
                   "left out."));
            return;
        }
        m_abstract.allowedExecutables.append(path);
    } else if (hasTarget) {
        note(Note::Kind::Dropped, line, rule, tr("Link rules cannot be expressed."));
        return;
    }
    const bool r = access.contains(u'r');
    const bool w = access.contains(u'w');
    const bool a = access.contains(u'a');
    const bool m = access.contains(u'm');
    const bool l = access.contains(u'l');
    const bool k = access.contains(u'k');
    if (k)
        note(Note::Kind::Dropped, line, rule, tr("The lock permission (k) cannot be expressed."));
    if (m && r && !w && !a) {
        m_abstract.allowedLibraries.append(path);
        return;
    }
    if (m)
        note(
            Note::Kind::Dropped, line, rule, tr("Memory-map execute (m) is only expressible together with read (mr)."));
    if (r && (w || a)) {
        m_abstract.readWritePaths.append(path);
        if (!l || a)
            note(Note::Kind::Broader, line, rule,
                tr("SPO writes read-write paths as \"rwl\": full write and link are added."));
    } else if (w || a) {
        m_abstract.writeOnlyPaths.append(path);
        if (!l || a)
            note(Note::Kind::Broader, line, rule,
                tr("SPO writes write-only paths as \"wl\": full write and link are added."));
    } else if (r) {
        m_abstract.readOnlyPaths.append(path);
    } else if (l && execMode.isEmpty()) {
        note(Note::Kind::Dropped, line, rule, tr("Link permission alone cannot be expressed."));
    }
}

QString FleetExport::spoV1Alpha1() const
{
    QString out;
    out += u"apiVersion: security-profiles-operator.x-k8s.io/v1alpha1\n"_s;
    out += u"kind: AppArmorProfile\n"_s;
    out += u"metadata:\n"_s;
    out += u"  name: "_s + yamlString(m_name) + u'\n';
    out += u"  annotations:\n"_s;
    out += u"    description: "_s + yamlString(u"Exported by Armorer from the profile "_s + m_sourceName) + u'\n';
    out += u"spec:\n"_s;
    out += u"  policy: "_s + yamlBlock(m_policy, 2);
    return out;
}

static void appendList(QString &out, int indent, const QString &key, const QStringList &values)
{
    if (values.isEmpty())
        return;
    const QString pad(indent, u' ');
    out += pad + key + u":\n"_s;
    for (const QString &v : values)
        out += pad + u"- "_s + yamlString(v) + u'\n';
}

QString FleetExport::spoV1() const
{
    QString out;
    if (!m_notes.isEmpty()) {
        out += u"# "_s + tr("What spec.abstract cannot express of the profile \"%1\":").arg(m_sourceName) + u'\n';
        for (const Note &n : m_notes) {
            QString rule = n.rule;
            rule.replace(u'\n', u' ');
            out += u"#   "_s + tr("line %1 (%2): %3 -- %4").arg(n.line).arg(noteKindName(n.kind), rule, n.reason)
                + u'\n';
        }
        out += u"# "_s + tr("The v1alpha1 form (spec.policy) carries the profile exactly.") + u'\n';
    }
    out += u"apiVersion: security-profiles-operator.x-k8s.io/v1\n"_s;
    out += u"kind: AppArmorProfile\n"_s;
    out += u"metadata:\n"_s;
    out += u"  name: "_s + yamlString(m_name) + u'\n';
    out += u"spec:\n"_s;
    out += u"  state: Enabled\n"_s;
    out += u"  mode: "_s + (m_complain ? u"Complain"_s : u"Enforce"_s) + u'\n';
    const Abstract &a = m_abstract;
    QString body;
    if (!a.allowedExecutables.isEmpty() || !a.allowedLibraries.isEmpty()) {
        body += u"    executable:\n"_s;
        appendList(body, 6, u"allowedExecutables"_s, a.allowedExecutables);
        appendList(body, 6, u"allowedLibraries"_s, a.allowedLibraries);
    }
    if (!a.readOnlyPaths.isEmpty() || !a.writeOnlyPaths.isEmpty() || !a.readWritePaths.isEmpty()) {
        body += u"    filesystem:\n"_s;
        appendList(body, 6, u"readOnlyPaths"_s, a.readOnlyPaths);
        appendList(body, 6, u"writeOnlyPaths"_s, a.writeOnlyPaths);
        appendList(body, 6, u"readWritePaths"_s, a.readWritePaths);
    }
    if (a.allowTcp || a.allowUdp) {
        // allowRaw false makes SPO deny raw sockets, as a profile without a raw rule does.
        body += u"    network:\n      allowRaw: false\n      allowedProtocols:\n"_s;
        body += u"        allowTcp: "_s + (a.allowTcp ? u"true"_s : u"false"_s) + u'\n';
        body += u"        allowUdp: "_s + (a.allowUdp ? u"true"_s : u"false"_s) + u'\n';
    }
    if (!a.allowedCapabilities.isEmpty()) {
        body += u"    capability:\n"_s;
        appendList(body, 6, u"allowedCapabilities"_s, a.allowedCapabilities);
    }
    out += body.isEmpty() ? u"  abstract: {}\n"_s : u"  abstract:\n"_s + body;
    return out;
}

QString FleetExport::podSnippet() const
{
    return u"# "_s
        + tr("Pod or container securityContext (Kubernetes 1.30 or later); the profile must be loaded on the node.")
        + u"\nsecurityContext:\n  appArmorProfile:\n    type: Localhost\n    localhostProfile: "_s + yamlString(m_name)
        + u'\n';
}

QString FleetExport::dockerLine() const
{
    return u"docker run --security-opt "_s + shellQuote(u"apparmor="_s + m_name) + u" IMAGE\n"_s;
}

QString FleetExport::lxcLine() const
{
    return u"lxc.apparmor.profile = "_s + m_name + u'\n';
}

QString FleetExport::text(Format format) const
{
    switch (format) {
    case Format::SpoV1Alpha1:
        return spoV1Alpha1();
    case Format::SpoV1:
        return spoV1();
    case Format::Pod:
        return podSnippet();
    case Format::Docker:
        return dockerLine();
    case Format::Lxc:
        return lxcLine();
    case Format::All:
        break;
    }
    // v1 first: SPO 1.0 serves it as the storage version; v1alpha1 still carries the exact policy.
    QString out = spoV1() + u"---\n"_s + spoV1Alpha1() + u"---\n"_s + podSnippet();
    out += u"# docker: "_s + dockerLine();
    out += u"# LXC container config: "_s + lxcLine();
    return out;
}
