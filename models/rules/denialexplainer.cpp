// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 Armorer contributors
#include "denialexplainer.h"
#include "abstractionindex.h"
#include "existingrules.h"
#include "rulesuggester.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MaxFileSize = 1024 * 1024;

QString readSmall(const QString &path)
{
    QFile f(path);
    if (f.size() > MaxFileSize || !f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The literal start of an AARE, for a cheap test before the regular expression.
QString literalPrefix(const QString &pattern)
{
    QString out;
    for (const QChar c : pattern) {
        if (c == u'*' || c == u'?' || c == u'[' || c == u'{' || c == u'@' || c == u'\\')
            break;
        out += c;
    }
    return out;
}

// The rule's words without qualifiers and the trailing comma; deny says whether "deny" was one.
QStringList ruleWords(const QString &text, bool *deny)
{
    QString body = text.trimmed();
    if (body.endsWith(u','))
        body.chop(1);
    // Access lists in parentheses ("signal (send, receive)") are one word here.
    QStringList words;
    QString word;
    int paren = 0;
    for (const QChar c : std::as_const(body)) {
        if (c == u'(')
            ++paren;
        else if (c == u')')
            --paren;
        if (c.isSpace() && paren == 0) {
            if (!word.isEmpty())
                words.append(std::exchange(word, QString()));
        } else {
            word += c;
        }
    }
    if (!word.isEmpty())
        words.append(word);
    *deny = false;
    while (!words.isEmpty()) {
        const QString &w = words.first();
        if (w == u"deny")
            *deny = true;
        else if (w != u"audit" && w != u"allow" && w != u"owner" && w != u"quiet" && w != u"other"
            && !w.startsWith(u"priority="))
            break;
        words.removeFirst();
    }
    return words;
}

QString protocolName(const QString &protocol)
{
    if (protocol == u"6")
        return u"tcp"_s;
    if (protocol == u"17")
        return u"udp"_s;
    if (protocol == u"1" || protocol == u"58")
        return u"icmp"_s;
    return protocol;
}

bool isSnapLabel(const QString &label)
{
    return label.startsWith(u"snap.") || label.startsWith(u"snap-update-ns.") || label.startsWith(u"snap-confine")
        || label == u"/snap/snapd/*/usr/lib/snapd/snap-confine";
}

// Masks that the acted-on side's profile checks: the sender's or tracer's own profile is not
// the one that refused.
bool isPeerSideMask(const QString &mask)
{
    return mask.contains(u"receive") || mask.contains(u"readby") || mask.contains(u"tracedby");
}
} // namespace

struct DenialExplainer::Compiled
{
    struct FileRule
    {
        QString prefix;
        QRegularExpression re;
        QString perms;
        bool owner = false;
        bool deny = false;
        QString text;
        QString file;
        int line = 0;
    };
    struct OtherRule
    {
        QStringList words; // keyword first
        bool deny = false;
        QString text;
        QString file;
        int line = 0;
    };
    ProfilePolicy policy;
    FeatureSet abi;
    QList<FileRule> files;
    QList<OtherRule> others;
};

DenialExplainer::DenialExplainer(const SystemRoot &root)
    : m_root(root)
    , m_kernel(FeatureSet::fromDirectory(root.securityfsDir() + u"/features"_s))
    , m_query(!root.isSandbox())
{
    m_major = QFileInfo::exists(root.profileDir() + u"/abi/5.0"_s) ? 5 : 4;
    // SPO's daemon keeps its node state here; its AppArmor profiles have no file in the
    // profile directory.
    m_spoNode = QFileInfo(root.path(u"/var/lib/kubelet/seccomp/operator"_s)).isDir();
    m_variables = FileScope::defaultVariables();
    FileScope::Variables defined;
    QDirIterator tunables(root.profileDir() + u"/tunables"_s, QDir::Files, QDirIterator::Subdirectories);
    while (tunables.hasNext())
        AbstractionIndex::addDefinitions(readSmall(tunables.next()), defined);
    for (auto it = defined.cbegin(); it != defined.cend(); ++it)
        m_variables[it.key()] = it.value();
}

DenialExplainer::~DenialExplainer() = default;

void DenialExplainer::clear()
{
    m_compiled.clear();
    m_abis.clear();
    m_expressions.clear();
    m_indexed = false;
}

const DenialExplainer::Compiled *DenialExplainer::compiled(const QString &topLevel, const QString &label) const
{
    if (const auto it = m_compiled.constFind(label); it != m_compiled.cend())
        return it->get();
    if (!m_indexed) {
        m_index.build(m_root.profileDir());
        m_indexed = true;
    }
    std::shared_ptr<Compiled> c;
    const ProfileIndex::Source source = m_index.sourceOf(topLevel);
    if (source.isValid()) {
        c = std::make_shared<Compiled>();
        // A hat is listed as "parent//hat" and written "^hat": the header parser names it so.
        c->policy = ProfilePolicy::load(m_root.profileDir(), source.file, label, m_variables);
        if (!c->policy.isValid())
            c->policy = ProfilePolicy::load(m_root.profileDir(), source.file, topLevel, m_variables);
        if (!c->policy.abi().isEmpty()) {
            auto abi = m_abis.constFind(c->policy.abi());
            if (abi == m_abis.cend())
                abi = m_abis.insert(
                    c->policy.abi(), FeatureSet::fromText(readSmall(m_root.profileDir() + u'/' + c->policy.abi())));
            c->abi = *abi;
        }
        const FileScope::Variables &vars = c->policy.variables();
        for (const ProfilePolicy::Part &part : c->policy.parts()) {
            for (const ExistingRules::FileRule &r : part.rules.fileRules()) {
                QRegularExpression re = FileScope::toRegularExpression(r.pattern, vars);
                const auto known = m_expressions.constFind(re.pattern());
                if (known != m_expressions.cend())
                    re = *known;
                else
                    m_expressions.insert(re.pattern(), re);
                c->files.append(Compiled::FileRule{
                    literalPrefix(r.pattern), re, r.perms, r.owner, r.deny, r.text, part.file, r.line});
            }
            for (const ExistingRules::OtherRule &r : part.rules.otherRulesWithLines()) {
                bool deny = false;
                QStringList words = ruleWords(r.text, &deny);
                if (words.isEmpty() || words.first().startsWith(u"include") || words.first().startsWith(u'@'))
                    continue;
                c->others.append(Compiled::OtherRule{words, deny, r.text, part.file, r.line});
            }
        }
    }
    m_compiled.insert(label, c);
    return c.get();
}

QString DenialExplainer::programFor(const AppArmorEvent &d) const
{
    if (!d.execPath.isEmpty())
        return d.execPath;
    if (d.pid > 0 && !m_root.isSandbox()) {
        const QString exe = QFileInfo(m_root.procDir() + u'/' + QString::number(d.pid) + u"/exe"_s).symLinkTarget();
        if (!exe.isEmpty())
            return exe;
    }
    return {};
}

Explanation DenialExplainer::explainManaged(const AppArmorEvent &d) const
{
    Explanation e;
    e.cause = Explanation::Cause::ManagedProfile;
    e.fix = Explanation::Fix::AskOwner;
    e.profile = d.profile;
    if (isSnapLabel(d.profile)) {
        e.owner = u"snapd"_s;
        e.summary = tr("snapd generates the profile \"%1\" from the snap's interfaces and replaces it on every "
                       "refresh; Armorer does not edit it.")
                        .arg(d.profile);
        e.advice = tr("Connect the snap interface that grants this access (snap connections, snap connect), or "
                      "report it to the snap's publisher.");
    } else {
        e.owner = u"Security Profiles Operator"_s;
        e.summary = tr("The Security Profiles Operator loaded the profile \"%1\" on this node from an "
                       "AppArmorProfile object; no file here defines it and Armorer does not edit it.")
                        .arg(d.profile);
        e.advice = tr("Change the AppArmorProfile \"%1\" in the cluster (kubectl edit apparmorprofile %1); the "
                      "operator reloads it on every node.")
                       .arg(d.profile);
    }
    return e;
}

Explanation DenialExplainer::explainUserns(const AppArmorEvent &d) const
{
    Explanation e;
    e.cause = Explanation::Cause::UserNamespace;
    e.fix = Explanation::Fix::UsernsProfile;
    const QString program = programFor(d);
    QString name = program.isEmpty() ? d.comm : QFileInfo(program).fileName();
    static const QRegularExpression safe(u"[^A-Za-z0-9._-]"_s);
    name.replace(safe, u"_"_s);
    if (name.isEmpty())
        name = u"program"_s;
    e.profile = name;
    e.summary = tr("This system restricts unprivileged user namespaces "
                   "(kernel.apparmor_restrict_unprivileged_userns): an unconfined program that creates one is "
                   "moved to the profile \"unprivileged_userns\", which denies it. \"%1\" is such a program.")
                    .arg(d.comm.isEmpty() ? name : d.comm);
    e.advice = tr("Give the program a profile of its own that allows user namespaces, as Ubuntu ships for "
                  "browsers and container tools. Only do so for a program you trust.");
    const QString attachment = program.isEmpty() ? u"/usr/bin/"_s + name : program;
    e.proposal = u"abi <abi/4.0>,\ninclude <tunables/global>\n\nprofile "_s + name + u' '
        + (attachment.contains(u' ') ? u'"' + attachment + u'"' : attachment)
        + u" flags=(unconfined) {\n  userns,\n\n  include if exists <local/"_s + name + u">\n}\n"_s;
    if (program.isEmpty())
        e.warning = tr("The log does not name the program's path; check the attachment (%1).").arg(attachment);
    return e;
}

Explanation DenialExplainer::explain(const AppArmorEvent &d) const
{
    Explanation e;
    if (!d.isAccessRecord() || d.kind == AppArmorEvent::Kind::Audit || d.profile.isEmpty()) {
        e.summary = tr("This record is not a denial.");
        return e;
    }
    if (isSnapLabel(d.profile))
        return explainManaged(d);
    if (d.operation == u"userns_create" || d.profile == u"unprivileged_userns"
        || d.info.contains(u"unprivileged_userns"))
        return explainUserns(d);

    const QString mask = d.deniedMask.isEmpty() ? d.requestedMask : d.deniedMask;
    const std::optional<RuleSuggestion> suggestion = RuleSuggester::suggest(d);
    const RuleCandidate *candidate = suggestion ? suggestion->defaultCandidate() : nullptr;

    // A stack: every profile of it must allow the access.
    if (d.profile.contains(u"//&")) {
        QStringList parts = d.profile.split(u"//&"_s, Qt::SkipEmptyParts);
        e.cause = Explanation::Cause::StackOrPeer;
        e.fix = Explanation::Fix::ChangeOtherProfile;
        e.summary = tr("The process is confined by a stack of profiles (%1); each of them must allow the access.")
                        .arg(parts.join(u", "_s));
        for (const QString &p : std::as_const(parts)) {
            AppArmorEvent one = d;
            one.profile = p;
            const Explanation sub = explain(one);
            if (sub.cause != Explanation::Cause::StalePolicy) {
                e.profile = p;
                e.rule = sub.rule;
                e.file = sub.file;
                e.line = sub.line;
                e.proposal = sub.proposal;
                break;
            }
        }
        e.advice = e.profile.isEmpty() ? tr("Find the stacked profile that lacks the rule.")
                                       : tr("Change the stacked profile \"%1\", not the process's own.").arg(e.profile);
        return e;
    }
    if ((d.operation == u"signal" || d.operation == u"ptrace") && isPeerSideMask(mask)) {
        e.cause = Explanation::Cause::StackOrPeer;
        e.fix = Explanation::Fix::ChangeOtherProfile;
        e.profile = d.profile;
        const QString peer = d.peer.isEmpty() ? d.peerProfile : d.peer;
        e.summary = tr("\"%1\" (confined by \"%2\") acted on a process confined by \"%3\", and it is \"%3\" that "
                       "refused (%4): the acting program's profile is not the one to change.")
                        .arg(d.comm, peer.isEmpty() ? tr("its profile") : peer, d.profile, mask);
        e.advice = tr("Allow it in the profile \"%1\".").arg(d.profile);
        if (candidate)
            e.proposal = candidate->rule;
        return e;
    }

    const RuleTarget target = RuleTarget::fromLabel(d.profile);
    const Compiled *policy = compiled(target.profile, d.profile);
    if (!policy || !policy->policy.isValid()) {
        if (m_spoNode)
            return explainManaged(d);
        e.cause = Explanation::Cause::NoRule;
        e.fix = candidate ? Explanation::Fix::AllowDialog : Explanation::Fix::None;
        e.profile = d.profile;
        e.summary = tr("No profile file under %1 defines \"%2\", so no rule there allows it.")
                        .arg(m_root.profileDir(), d.profile);
        e.advice = tr("Allow it (Allow…): Armorer writes the rule into the profile's local override.");
        if (candidate)
            e.proposal = candidate->rule;
        return e;
    }
    ProfileMode mode = m_modes.value(d.profile, ProfileMode::Unknown);
    if (mode == ProfileMode::Unknown) {
        const QStringList flags = policy->policy.flags().split(u',', Qt::SkipEmptyParts);
        mode = std::any_of(flags.cbegin(), flags.cend(),
                   [](const QString &f) {
                       return f.trimmed() == u"complain";
                   })
            ? ProfileMode::Complain
            : ProfileMode::Enforce;
    }
    return explainPolicy(d, *policy, mode);
}

Explanation DenialExplainer::explainPolicy(const AppArmorEvent &d, const Compiled &policy, ProfileMode mode) const
{
    Explanation e;
    e.profile = d.profile;
    const QString mask = d.deniedMask.isEmpty() ? d.requestedMask : d.deniedMask;
    const std::optional<RuleSuggestion> suggestion = RuleSuggester::suggest(d);
    const RuleCandidate *candidate = suggestion ? suggestion->defaultCandidate() : nullptr;
    const bool complain = mode == ProfileMode::Complain;
    const bool denied = d.kind == AppArmorEvent::Kind::Denied;

    struct Found
    {
        QString text;
        QString file;
        int line = 0;
    };
    std::optional<Found> deny;
    std::optional<Found> allow;
    std::optional<Found> downgraded;
    QString downgradeReason;

    const bool isFile = candidate
        && (candidate->kind == RuleCandidate::Kind::File || candidate->kind == RuleCandidate::Kind::Exec
            || candidate->kind == RuleCandidate::Kind::Link);
    if (isFile && d.name.startsWith(u'/')) {
        QString need = RuleSuggester::filePermissions(mask);
        if (mask.contains(u'x'))
            need += u'x';
        const bool owner = d.fsuid && d.ouid && *d.fsuid == *d.ouid;
        QString granted;
        for (const Compiled::FileRule &r : policy.files) {
            if ((r.owner && !owner) || !d.name.startsWith(r.prefix) || !r.re.match(d.name).hasMatch())
                continue;
            if (r.deny) {
                for (const QChar p : std::as_const(need)) {
                    if (r.perms.contains(p) || (p == u'a' && r.perms.contains(u'w'))) {
                        if (!deny)
                            deny = Found{r.text, r.file, r.line};
                        break;
                    }
                }
            } else {
                granted += r.perms;
                if (!allow && ExistingRules::permsCover(granted, need))
                    allow = Found{r.text, r.file, r.line};
            }
        }
    } else if (candidate) {
        bool unused = false;
        const QStringList want = ruleWords(candidate->rule, &unused);
        const QString keyword = want.value(0);
        for (const Compiled::OtherRule &r : policy.others) {
            if (r.words.first() != keyword)
                continue;
            const QStringList args = r.words.mid(1);
            bool matches = false;
            bool conditional = false;
            if (keyword == u"capability") {
                matches = args.isEmpty() || args.contains(d.name);
            } else if (keyword == u"network") {
                matches = true;
                for (const QString &a : args) {
                    if (a.contains(u'=')) {
                        conditional = true;
                        continue;
                    }
                    if (a.startsWith(u'('))
                        continue;
                    if (a != d.netFamily && a != d.netSockType && a != protocolName(d.netProtocol))
                        matches = false;
                }
            } else {
                matches = args.isEmpty() || r.words == want;
            }
            if (!matches)
                continue;
            // A rule whose conditions this kernel or ABI cannot enforce is applied without them
            // (apparmor_parser widens it to its family and type): a deny rule then blocks more
            // than it says. Conditions that are enforced may not match: such rules decide nothing
            // the record can tell.
            const QString reason = FeatureSet::downgradeOf(r.text, m_kernel, policy.abi);
            if (r.deny && !reason.isEmpty()) {
                if (!downgraded) {
                    downgraded = Found{r.text, r.file, r.line};
                    downgradeReason = reason;
                }
            } else if (conditional) {
                continue;
            } else if (r.deny) {
                if (!deny)
                    deny = Found{r.text, r.file, r.line};
            } else if (!allow && reason.isEmpty()) {
                allow = Found{r.text, r.file, r.line};
            }
        }
    }

    if (deny) {
        e.rule = deny->text;
        e.file = deny->file;
        e.line = deny->line;
        // What the kernel does in complain mode (6.12 and 7.2, tested in tests/vm): a plain deny
        // rule still refuses, without a record; an audit deny rule, or any deny rule of a
        // profile in audit mode, lets the access through and logs it as ALLOWED.
        if (complain && denied) {
            e.cause = Explanation::Cause::ComplainException;
            e.fix = m_major >= 5 ? Explanation::Fix::PriorityRule : Explanation::Fix::ChangeDenyRule;
            e.summary = tr("The profile is in complain mode, but the kernel still enforces its plain deny rules: "
                           "this deny rule refused it.");
        } else if (!denied) {
            e.cause = Explanation::Cause::DenyRule;
            e.fix = m_major >= 5 ? Explanation::Fix::PriorityRule : Explanation::Fix::ChangeDenyRule;
            e.summary = tr("Complain mode let it through and logged it, but a deny rule matches: in enforce mode "
                           "this rule refuses it, and adding an allow rule changes nothing.");
        } else {
            e.cause = Explanation::Cause::DenyRule;
            e.fix = m_major >= 5 ? Explanation::Fix::PriorityRule : Explanation::Fix::ChangeDenyRule;
            e.summary = tr("An explicit deny rule blocks it. A deny rule always wins over an allow rule of the "
                           "same priority, so adding an allow rule changes nothing.");
        }
        if (m_major >= 5 && candidate) {
            e.advice = tr("Change or remove the deny rule, or add an allow rule with a higher priority.");
            e.proposal = u"priority=1 "_s + candidate->rule;
            e.warning = tr("A priority= rule overrides the deny rule that someone wrote on purpose, usually to "
                           "protect something; every later deny rule of lower priority loses against it too. "
                           "Prefer changing the deny rule.");
        } else {
            e.fix = Explanation::Fix::ChangeDenyRule;
            e.advice
                = tr("The deny rule must be changed or removed (AppArmor %1 has no rule priorities).").arg(m_major);
        }
        return e;
    }
    if (complain && denied && d.info.contains(u"no new privs")) {
        e.cause = Explanation::Cause::ComplainException;
        e.fix = Explanation::Fix::None;
        e.summary = tr("The process runs with no_new_privs, which the kernel enforces in complain mode too: it may "
                       "not move to a profile that is not a subset of its current one.");
        e.advice = tr("Start the program without no_new_privs (systemd's NoNewPrivileges=, a container's "
                      "no-new-privileges), or let it run inside the current profile (ix) instead of switching.");
        return e;
    }
    if (downgraded) {
        e.cause = Explanation::Cause::Downgraded;
        e.fix = Explanation::Fix::ChangeDenyRule;
        e.rule = downgraded->text;
        e.file = downgraded->file;
        e.line = downgraded->line;
        e.summary = downgradeReason + u' ' + tr("This deny rule therefore blocks the whole family and type.");
        e.advice = tr("Declare an ABI that has the feature and run a kernel that mediates it, or change the deny "
                      "rule so that it does not depend on conditions the kernel cannot check.");
        return e;
    }
    if (allow) {
        e.cause = Explanation::Cause::StalePolicy;
        e.fix = Explanation::Fix::Reload;
        e.rule = allow->text;
        e.file = allow->file;
        e.line = allow->line;
        if (isFile)
            e.kernelAllows = m_query.fileAllowed(d.profile, d.name, mask);
        if (e.kernelAllows.value_or(false)) {
            e.fix = Explanation::Fix::None;
            e.summary = tr("The profile on disk allows it, and so does the policy loaded now: it was reloaded after "
                           "this denial.");
            e.advice = tr("Nothing to do.");
        } else {
            e.summary
                = tr("The profile on disk allows it, but the kernel still has older policy for \"%1\".").arg(d.profile);
            e.advice = tr("Reload the profile (apparmor_parser -r %1).").arg(policy.policy.file());
        }
        return e;
    }
    e.cause = Explanation::Cause::NoRule;
    e.fix = candidate ? Explanation::Fix::AllowDialog : Explanation::Fix::None;
    e.summary = denied ? tr("No rule of \"%1\" or of the files it includes allows it.").arg(d.profile)
                       : tr("Complain mode let it through and logged it: no rule of \"%1\" allows it, so enforce mode "
                            "would deny it.")
                             .arg(d.profile);
    e.advice = candidate ? tr("Allow it (Allow…): Armorer writes the rule into the profile's local override.")
                         : tr("The record carries too little to build a rule.");
    if (candidate)
        e.proposal = candidate->rule;
    return e;
}
