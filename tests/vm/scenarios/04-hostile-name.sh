# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# Issue 6, scenario 3, kernel side: a file whose name holds spaces, a comma, braces, "**"
# and double quotes is denied; an exactly escaped rule added by hand to the local override
# and "apparmor_parser -r" make that file readable and nothing else: each sibling below is
# what the rule would also match if one of the special characters were left unescaped.
# (The rule engine and the helper write this rule in the one-click allow scenarios.)

dir=/srv/probe
hostile="$dir/hostile a,b {c} **\"q\".txt"
siblings="$dir/hostile a,b c **\"q\".txt
$dir/hostile a,b {c} xy\"q\".txt
$dir/hostile a,b {c} **q.txt
$dir/hostile a,b {c} **\"q\"Xtxt"
echo data >"$hostile"
printf '%s\n' "$siblings" | while IFS= read -r f; do echo data >"$f"; done

denials_start || exit 0
watch_record '"apparmor":"DENIED"' \
    '"name":"/srv/probe/hostile a,b {c} **\"q\".txt"' '"denied_mask":"r"'
probe_expect "hostile name: read denied" 13 read "$hostile"
expect_record "hostile name: denial reported with the exact name"

# The rule as the rule engine must write it: quoted (spaces), with the glob characters and
# the quotes backslash-escaped. Written byte for byte, no shell expansion.
printf '%s\n' '"/srv/probe/hostile a,b \{c\} \*\*\"q\".txt" r,' >/etc/apparmor.d/local/armorer-probe
load_profile /etc/apparmor.d/armorer-probe || exit 0
probe_expect "hostile name: readable after the exact rule" 0 read "$hostile"
printf '%s\n' "$siblings" | while IFS= read -r f; do
    probe_expect "sibling still denied: $(basename "$f")" 13 read "$f"
done
probe_expect "the rest of the directory still denied" 13 read "$dir/secret"

# Taking the rule out again denies again (the kernel side of Undo).
: >/etc/apparmor.d/local/armorer-probe
load_profile /etc/apparmor.d/armorer-probe || exit 0
probe_expect "hostile name: denied again after the rule is removed" 13 read "$hostile"
denials_stop

# A sample of the property test's hostile names (tests/hostilename.h, fixed seed) on the real
# kernel: each name's denial, through DenialParser and the rule engine, becomes the default
# rule; with all of them loaded each name is readable and its sibling (the glob characters
# made plain, or one character more) still denied.
SAMPLE=200
mkdir -p /srv/probe/sample
start=$(now_ms)
if out=$(armorer-vmtool hostile-sample write $SAMPLE /srv/probe/sample /etc/apparmor.d/local/armorer-probe 2>&1) &&
    load_profile /etc/apparmor.d/armorer-probe; then
    ok "hostile sample: $out, and the profile loads"
    if out=$(armorer-vmtool hostile-sample check $SAMPLE /srv/probe/sample "$PROBE" 2>&1); then
        ok "hostile sample: each of $SAMPLE names readable, each sibling denied"
    else
        not_ok "hostile sample: each of $SAMPLE names readable, each sibling denied" "$(printf '%s\n' "$out" | tail -20)"
    fi
    figure "hostile sample of $SAMPLE names (write, load, $((2 * SAMPLE)) probes)" "$(($(now_ms) - start)) ms"
else
    not_ok "hostile sample: rules written and loaded" "$out"
fi
probe_expect "hostile sample: the rest of the directory still denied" 13 read "$dir/secret"
: >/etc/apparmor.d/local/armorer-probe
load_profile /etc/apparmor.d/armorer-probe || exit 0
