# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# Issue 6, scenario 5, kernel side: what "apparmor_parser -r" does with an invalid profile
# and with an invalid local override: it fails with a message naming the file and line, and
# the kernel keeps the policy it had (same hash, same behaviour).

policy_dir() { dirname "$(grep -lx armorer-probe /sys/kernel/security/apparmor/policy/profiles/*/name)"; }
snapshot() {
    d=$(policy_dir)
    cat "$PROFILES"
    cat "$d/sha1" 2>/dev/null || cat "$d/raw_sha1" 2>/dev/null
}
before=$(snapshot)
if [ -n "$(policy_dir)" ]; then ok "the loaded profile is in securityfs ($(policy_dir))"; else not_ok "the loaded profile is in securityfs"; fi

# 1. A syntax error in the profile itself.
sed 's|^  /srv/probe/allowed r,|&\n  /srv/probe/secret rQ,|' /etc/apparmor.d/armorer-probe >/tmp/armorer-probe-bad
if out=$(apparmor_parser -r /tmp/armorer-probe-bad 2>&1); then
    not_ok "an invalid profile is refused" "apparmor_parser -r succeeded: $out"
else
    ok "an invalid profile is refused (exit $?)"
    diag "apparmor_parser says: $out"
fi
if [ "$(snapshot)" = "$before" ]; then ok "kernel policy unchanged after the refused profile"; else not_ok "kernel policy unchanged after the refused profile"; fi
probe_expect "behaviour unchanged: allowed file still readable" 0 read /srv/probe/allowed
probe_expect "behaviour unchanged: secret still denied" 13 read /srv/probe/secret

# 2. A syntax error in the local override the profile includes.
printf '%s\n' '/srv/probe/secret r' >/etc/apparmor.d/local/armorer-probe
if out=$(apparmor_parser -r /etc/apparmor.d/armorer-probe 2>&1); then
    not_ok "an invalid local override is refused" "apparmor_parser -r succeeded: $out"
else
    ok "an invalid local override is refused (exit $?)"
    diag "apparmor_parser says: $out"
    # apparmor_parser 4.1 names the including profile and the line where it noticed the
    # error (the closing brace after the include), not the override file: the helper has to
    # point the user at the override itself.
    case $out in
    *"parser error for /etc/apparmor.d/armorer-probe"*"at line "*) ok "the parser's message names a file and a line" ;;
    *) not_ok "the parser's message names a file and a line" "$out" ;;
    esac
fi
if [ "$(snapshot)" = "$before" ]; then ok "kernel policy unchanged after the refused override"; else not_ok "kernel policy unchanged after the refused override"; fi
probe_expect "behaviour unchanged: secret still denied" 13 read /srv/probe/secret
: >/etc/apparmor.d/local/armorer-probe
