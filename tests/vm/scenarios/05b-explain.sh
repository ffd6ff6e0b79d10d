# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# Issue 13: "why was this denied?" on real denials of real profiles. Each case loads its own
# profile (a copy of the probe under its own name, so that the profile attaches to it), makes
# the kernel deny something, takes the kernel's own log line and asks
# "armorctl explain --json --record LINE" for the cause. The causes this kernel cannot produce
# (Ubuntu's user-namespace restriction, Security Profiles Operator nodes) are covered by the
# recorded lines of tst_denialexplainer.

EX=/etc/apparmor.d
: >/run/explain.jsonl

# probe_copy NAME: the probe under /usr/local/bin/NAME (started from this unconfined shell,
# it attaches to the profile of that path).
probe_copy() { cp "$PROBE" "/usr/local/bin/$1"; }

# run_expect NAME ERRNO CMD...: ok when CMD exits with ERRNO (0: success).
run_expect() {
    name=$1 want=$2
    shift 2
    out=$("$@" 2>&1)
    got=$?
    if [ "$got" -eq "$want" ]; then ok "$name"; else not_ok "$name" "$*: want exit $want, got $got: $out"; fi
}

# write_profile NAME [FLAGS] < RULES: a profile for /usr/local/bin/NAME with base and RULES.
write_profile() {
    name=$1 flags=${2:-}
    {
        echo "abi <abi/4.0>,"
        echo "include <tunables/global>"
        echo
        echo "profile $name /usr/local/bin/$name ${flags:+flags=($flags) }{"
        echo "  include <abstractions/base>"
        echo "  /usr/local/bin/$name mr,"
        cat
        echo "}"
    } >"$EX/$name"
}

# explain_expect NAME CAUSE PATTERN...: the newest kernel record holding every PATTERN,
# explained; ok when the cause is CAUSE. Leaves the JSON in EXPLAINED.
explain_expect() {
    name=$1 want=$2
    shift 2
    line=$(dmesg | grep 'apparmor=')
    for p in "$@"; do line=$(printf '%s\n' "$line" | grep -F -- "$p"); done
    line=$(printf '%s\n' "$line" | tail -n 1)
    if [ -z "$line" ]; then
        not_ok "$name" "no kernel record with: $*" "$(dmesg | grep apparmor= | tail -5)"
        EXPLAINED=
        return
    fi
    EXPLAINED=$(armorctl explain --json --record "$line" 2>&1)
    printf '%s\n' "$EXPLAINED" >>/run/explain.jsonl
    cause=$(printf '%s\n' "$EXPLAINED" | sed -n 's/.*"explanation":{.*"cause":"\([^"]*\)".*/\1/p')
    if [ "$cause" = "$want" ]; then
        ok "$name: $want"
        echo "case $name $want right" >>/run/explain.cases
    else
        not_ok "$name" "want $want, got '$cause'" "record: $line" "armorctl: $EXPLAINED"
        echo "case $name $want wrong($cause)" >>/run/explain.cases
    fi
}

# json_has TEXT: the last explanation holds TEXT.
json_has() {
    name=$1
    shift
    case $EXPLAINED in
    *"$1"*) ok "$name" ;;
    *) not_ok "$name" "missing: $1" "$EXPLAINED" ;;
    esac
}

: >/run/explain.cases

# No rule allows it.
probe_copy armorer-ex-norule
write_profile armorer-ex-norule </dev/null
load_profile "$EX/armorer-ex-norule" &&
    run_expect "no rule: read denied" 13 /usr/local/bin/armorer-ex-norule read /srv/probe/secret
explain_expect "no rule" no-rule 'profile="armorer-ex-norule"' 'name="/srv/probe/secret"'
# The probe runs as root and the file is root's: fsuid equals ouid, so the rule is an owner rule.
json_has "no rule: the allow dialog's rule is proposed" '"proposal":"owner /srv/probe/secret r,"'

# An explicit deny rule, with its file and line. A plain deny rule is silent (nothing is
# logged, so there is nothing to explain); "audit deny" logs what it blocks.
probe_copy armorer-ex-deny
write_profile armorer-ex-deny <<'RULES'
  /srv/probe/** r,
  audit deny /srv/probe/secret r,
RULES
load_profile "$EX/armorer-ex-deny" &&
    run_expect "deny rule: read denied" 13 /usr/local/bin/armorer-ex-deny read /srv/probe/secret
explain_expect "deny rule" deny-rule 'profile="armorer-ex-deny"' 'name="/srv/probe/secret"'
json_has "deny rule: its file" '"file":"/etc/apparmor.d/armorer-ex-deny"'
json_has "deny rule: its line" '"line":8'
# AppArmor 5 (its userland ships abi/5.0) can outrank a deny rule with priority=, with a
# warning; on AppArmor 4 the deny rule itself must change.
if [ -e /etc/apparmor.d/abi/5.0 ]; then
    json_has "deny rule: AppArmor 5 offers a priority= rule" '"fix":"priority-rule"'
    json_has "deny rule: the priority= rule comes with its warning" '"warning":"A priority= rule overrides'
else
    json_has "deny rule: AppArmor 4 says the deny rule must change" '"fix":"change-deny-rule"'
fi

# A rule on disk, older policy in the kernel: the loaded policy is asked too.
probe_copy armorer-ex-stale
write_profile armorer-ex-stale </dev/null
load_profile "$EX/armorer-ex-stale" &&
    sed -i 's|^  /usr/local/bin/armorer-ex-stale mr,|&\n  /srv/probe/secret r,|' "$EX/armorer-ex-stale" &&
    run_expect "stale policy: read denied (the rule is only on disk)" 13 /usr/local/bin/armorer-ex-stale read /srv/probe/secret
explain_expect "stale policy" stale-policy 'profile="armorer-ex-stale"' 'name="/srv/probe/secret"'
json_has "stale policy: the fix is a reload" '"fix":"reload"'
load_profile "$EX/armorer-ex-stale" &&
    run_expect "stale policy: allowed after the reload" 0 /usr/local/bin/armorer-ex-stale read /srv/probe/secret
explain_expect "stale policy, after the reload" stale-policy 'profile="armorer-ex-stale"' 'name="/srv/probe/secret"'
# The kernel's label query answers file queries only where the policy database carries file
# rules; a "denied" answer is never taken for one.
case $EXPLAINED in
*'"kernel_allows":false'*) not_ok "after the reload: the loaded policy is not said to deny it" "$EXPLAINED" ;;
*'"kernel_allows":true'*) ok "after the reload: the loaded policy allows it now (the kernel said so)" ;;
*) ok "after the reload: the loaded policy is not said to deny it (this kernel's label query has no file rules)" ;;
esac

# A fine-grained network deny rule on a kernel without fine-grained network mediation: the
# parser applies it to the whole family and type, so it blocks every inet dgram socket.
probe_copy armorer-ex-port
write_profile armorer-ex-port <<'RULES'
  network inet dgram,
  audit deny network inet dgram port=9,
RULES
if [ -e /sys/kernel/security/apparmor/features/network_v9/af_inet ]; then
    diag "this kernel mediates ip=/port= (network_v9/af_inet): no downgrade to show"
else
    load_profile "$EX/armorer-ex-port" &&
        run_expect "downgraded: inet dgram socket denied" 13 /usr/local/bin/armorer-ex-port socket
    explain_expect "downgraded port rule" downgraded 'profile="armorer-ex-port"' 'operation="create"'
    json_has "downgraded: the rule with its line" '"line":8'
fi

# Complain mode and deny rules, as the kernel does it: a plain deny rule still refuses, and
# logs nothing; an audit deny rule lets the access through and logs it as ALLOWED. Armorer
# explains the ALLOWED record: in enforce mode that deny rule will refuse it.
probe_copy armorer-ex-complain
write_profile armorer-ex-complain complain <<'RULES'
  deny /srv/probe/secret r,
  audit deny /srv/probe/canary r,
RULES
if load_profile "$EX/armorer-ex-complain"; then
    run_expect "complain mode: a plain deny rule still refuses" 13 /usr/local/bin/armorer-ex-complain read /srv/probe/secret
    if dmesg | grep 'profile="armorer-ex-complain"' | grep -q 'name="/srv/probe/secret"'; then
        not_ok "complain mode: the plain deny rule's refusal is not logged" "$(dmesg | grep armorer-ex-complain | tail -n 2)"
    else
        ok "complain mode: the plain deny rule's refusal is not logged"
    fi
    run_expect "complain mode: an audit deny rule lets it through" 0 /usr/local/bin/armorer-ex-complain read /srv/probe/canary
    explain_expect "complain mode, audit deny rule" deny-rule 'apparmor="ALLOWED"' 'profile="armorer-ex-complain"' 'name="/srv/probe/canary"'
    json_has "complain mode: the deny rule with its line" '"line":8'
fi

# The peer's profile refused: the target may not receive the signal the sender may send.
probe_copy armorer-ex-sender
probe_copy armorer-ex-target
write_profile armorer-ex-sender <<'RULES'
  signal send,
RULES
write_profile armorer-ex-target </dev/null
if load_profile "$EX/armorer-ex-sender" "$EX/armorer-ex-target"; then
    /usr/local/bin/armorer-ex-target sleep 300 &
    target=$!
    sleep 0.3
    run_expect "peer: the signal is refused" 13 /usr/local/bin/armorer-ex-sender kill "$target"
    kill "$target"
    explain_expect "peer profile decided" stack-or-peer 'profile="armorer-ex-target"' 'requested_mask="receive"'
    json_has "peer: the target's profile is the one to change" '"profile":"armorer-ex-target"'
fi

# A stack: every profile of it must allow the access.
probe_copy armorer-ex-stack
write_profile armorer-ex-stack-a <<'RULES'
  /usr/local/bin/armorer-ex-stack mr,
  /srv/probe/** r,
RULES
write_profile armorer-ex-stack-b <<'RULES'
  /usr/local/bin/armorer-ex-stack mr,
RULES
if command -v aa-exec >/dev/null && load_profile "$EX/armorer-ex-stack-a" "$EX/armorer-ex-stack-b"; then
    aa-exec -p 'armorer-ex-stack-a//&armorer-ex-stack-b' -- /usr/local/bin/armorer-ex-stack read /srv/probe/secret
    diag "stacked read exit $?; kernel: $(dmesg | grep 'armorer-ex-stack' | tail -n 1)"
    if dmesg | grep 'apparmor="DENIED"' | grep -q 'armorer-ex-stack-a//&armorer-ex-stack-b'; then
        explain_expect "stacked profiles" stack-or-peer 'armorer-ex-stack-a//&armorer-ex-stack-b' 'name="/srv/probe/secret"'
        json_has "stack: the stacked profile without the rule is named" '"profile":"armorer-ex-stack-b"'
    else
        explain_expect "stacked profiles (the kernel logs the refusing profile only)" no-rule 'profile="armorer-ex-stack-b"' 'name="/srv/probe/secret"'
    fi
else
    todo "stacked profiles" "aa-exec is not in the image"
fi

# A profile snapd owns (by its name): Armorer says so instead of editing it.
probe_copy armorer-ex-snap
write_profile armorer-ex-snap </dev/null
sed -i 's|^profile armorer-ex-snap |profile snap.armorer.probe |' "$EX/armorer-ex-snap"
load_profile "$EX/armorer-ex-snap" &&
    run_expect "snap profile: read denied" 13 /usr/local/bin/armorer-ex-snap read /srv/probe/secret
explain_expect "snapd's profile" managed-profile 'profile="snap.armorer.probe"' 'name="/srv/probe/secret"'
json_has "snapd is named as the owner" '"owner":"snapd"'

if [ -e /proc/sys/kernel/apparmor_restrict_unprivileged_userns ]; then
    diag "this kernel has Ubuntu's user-namespace restriction"
else
    diag "no kernel.apparmor_restrict_unprivileged_userns here (Ubuntu's patch): the userns case is tested on recorded lines"
fi
right=$(grep -c ' right$' /run/explain.cases)
total=$(wc -l </run/explain.cases)
figure "explain: VM cases named right" "$right of $total ($(sed -n 's/^case \([^ ]*\) .* right$/\1/p' /run/explain.cases | tr '\n' ' '))"
