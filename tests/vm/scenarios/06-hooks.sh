# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# The one-click allow scenarios of issue 6 through the real helper: armorer-helper on the
# system bus (started as root, as activation would), polkitd answering a rule for the
# non-root user armorer-test, and "armorctl allow" / "undo" / "complain" / "enforce" run as
# that user. The rollback scenario locks the kernel's policy: it must stay the last one.

if start_system_bus && start_polkitd; then
    ok "dbus-daemon --system and polkitd run in the VM"
else
    not_ok "dbus-daemon --system and polkitd run in the VM" "$(cat /run/dbus.log /run/polkitd.log 2>/dev/null)"
fi
if id armorer-test >/dev/null 2>&1; then ok "the non-root test user exists (uid $(id -u armorer-test))"; else not_ok "the non-root test user exists"; fi

# polkit answers rules for the test user: what scenarios 2 and 4 rely on, shown with a
# test-only action (io.github.armorer.vmtest) until the helper's actions are installed.
spawn_as_test_user sleep 60
subject=$SPAWNED_PID
polkit_rule YES
if out=$(pkcheck --action-id io.github.armorer.vmtest --process "$subject" 2>&1); then
    ok "polkit rule YES: armorer-test is authorized (pkcheck)"
else
    not_ok "polkit rule YES: armorer-test is authorized (pkcheck)" "exit $?: $out" "$(cat /run/polkitd.log)"
fi
polkit_rule NO
if out=$(pkcheck --action-id io.github.armorer.vmtest --process "$subject" 2>&1); then
    not_ok "polkit rule NO: armorer-test is refused (pkcheck)" "authorized: $out"
else
    ok "polkit rule NO: armorer-test is refused (pkcheck exit $?)"
fi
kill "$subject"
rm -f /etc/polkit-1/rules.d/10-armorer-vmtest.rules

# The helper on the system bus, started by D-Bus activation from the installed activation file
# (dbus-daemon-launch-helper runs it as User=root), as on a desktop: nobody starts it by hand.
dbus-send --system --type=method_call --dest=org.freedesktop.DBus / org.freedesktop.DBus.ReloadConfig
if out=$(dbus-send --system --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.StartServiceByName \
    string:io.github.armorer.Helper1 uint32:0 2>&1) && bus_has_name io.github.armorer.Helper1 100; then
    owner_uid=$(dbus-send --system --print-reply --dest=org.freedesktop.DBus / \
        org.freedesktop.DBus.GetConnectionUnixUser string:io.github.armorer.Helper1 | sed -n 's/.*uint32 //p')
    if [ "$owner_uid" = 0 ] && pgrep -x armorer-helper >/dev/null; then
        ok "armorer-helper D-Bus activated from its .service file, owns io.github.armorer.Helper1 as root"
    else
        not_ok "armorer-helper D-Bus activated as root" "owner uid '$owner_uid'" "$(ps -eo user,comm | grep armorer)"
    fi
else
    not_ok "armorer-helper D-Bus activated from its .service file" "$out" "$(cat /run/helper.log /run/dbus.log 2>&1 | tail -5)"
    exit 0
fi
LOCAL=/etc/apparmor.d/local/armorer-probe
# setpriv --reset-env leaves no locale and a PATH without /armorer/bin.
ARMORCTL="env LC_ALL=C.UTF-8 /armorer/bin/armorctl"
policy_hash() {
    d=$(dirname "$(grep -lx armorer-probe /sys/kernel/security/apparmor/policy/profiles/*/name)")
    cat "$d/sha1" 2>/dev/null || cat "$d/raw_sha1"
}
# last_denial PATH: the kernel's latest record for PATH, as the log line armorctl allow takes.
# A line handed over with --line is a record anyone could have written, so each allow below
# passes --allow-unverified: the scenario took it from the kernel's own log itself.
last_denial() {
    dmesg | grep -F 'apparmor="DENIED"' | grep -F "name=\"$1\"" | tail -n 1
}
: >"$LOCAL"
load_profile /etc/apparmor.d/armorer-probe || exit 0
echo sibling >/srv/probe/allowed-sibling

# Scenario 2: as armorer-test, authorized by a polkit rule, "armorctl allow" through the
# helper: the override holds the exact rule, the profile is reloaded, the probe reads
# /srv/probe/secret and /srv/probe/allowed-sibling is still denied.
polkit_rule YES
probe_expect "before allow: secret denied" 13 read /srv/probe/secret
line=$(last_denial /srv/probe/secret)
if allow_out=$(as_test_user $ARMORCTL allow --allow-unverified --line "$line" 2>&1); then
    ok "armorctl allow as armorer-test (polkit YES) through the helper"
else
    not_ok "armorctl allow as armorer-test (polkit YES) through the helper" "exit $?: $allow_out" "$(tail -5 /run/helper.log)"
fi
# The probe runs as root and the file is root's: fsuid = ouid, so an owner rule.
if [ "$(cat "$LOCAL")" = "owner /srv/probe/secret r," ]; then ok "the override holds exactly the rule"; else not_ok "the override holds exactly the rule" "$(cat "$LOCAL")"; fi
probe_expect "after allow: secret readable (profile reloaded in the kernel)" 0 read /srv/probe/secret
# That allow was compiled by apparmor_parser as nobody (ParserSandbox, the helper is root here)
# while polkit decided, and the binary it wrote to its stdout is what the kernel loaded.
if grep 'ApplyOverride' /run/helper.log | tail -n 1 | grep -q 'stage [0-9]* ms, compile [0-9]* ms, check'; then
    ok "the allow's compile ran beside polkit, its binary loaded after the yes"
else
    not_ok "the allow's compile ran beside polkit" "$(grep 'ApplyOverride' /run/helper.log | tail -n 1)"
fi
if grep -q 'parser sandbox could not' /run/helper.log; then
    not_ok "the parser sandbox works on the real kernel" "$(grep 'parser sandbox could not' /run/helper.log | head -n 1)"
else
    ok "the parser sandbox works on the real kernel (nobody, no_new_privs, no sockets, own mounts)"
fi
probe_expect "after allow: sibling still denied" 13 read /srv/probe/allowed-sibling

# Scenario 7: Undo of that allow, with the change id "armorctl allow" printed (it is also in
# "armorctl history"): denied again.
id=$(printf '%s\n' "$allow_out" | sed -n 's/^Change \([0-9][0-9]*\) .*/\1/p')
if [ -n "$id" ] && as_test_user $ARMORCTL history --json 2>/dev/null | grep -q "\"id\": *\"$id\""; then
    ok "armorctl allow printed change $id, which armorctl history lists"
else
    not_ok "armorctl allow printed a change id that armorctl history lists" "id '$id'; output: $allow_out"
fi
if [ -n "$id" ] && out=$(as_test_user $ARMORCTL undo "$id" 2>&1); then
    ok "armorctl undo $id"
else
    not_ok "armorctl undo (change id '$id')" "$out"
fi
probe_expect "after undo: secret denied again" 13 read /srv/probe/secret

# Scenario 3 through the helper: the hostile name is allowed exactly, its siblings are not.
hostile="/srv/probe/hostile a,b {c} **\"q\".txt"
sibling="/srv/probe/hostile a,b c **\"q\".txt"
echo data >"$hostile"
echo data >"$sibling"
"$PROBE" read "$hostile" >/dev/null 2>&1
line=$(dmesg | grep -F 'apparmor="DENIED"' | grep -F "name=$(printf '%s' "$hostile" | od -An -tx1 | tr -d ' \n' | tr a-f A-F)" | tail -n 1)
if out=$(as_test_user $ARMORCTL allow --allow-unverified --line "$line" 2>&1); then ok "armorctl allow: hostile name"; else not_ok "armorctl allow: hostile name" "exit $?: $out" "line: $line"; fi
probe_expect "hostile name readable after allow" 0 read "$hostile"
probe_expect "hostile sibling still denied" 13 read "$sibling"
probe_expect "secret still denied" 13 read /srv/probe/secret
: >"$LOCAL"
load_profile /etc/apparmor.d/armorer-probe || exit 0

# The allow round-trip benchmark (goal: at most 1.2x a bare "apparmor_parser -r" of the same
# profile). Each run allows a new file's denial as armorer-test, then reloads the profile bare,
# so both compile the same policy; the medians of RUNS runs are printed with the helper's own
# step log (polkit check, compile, journal, write, load) and armorctl's side.
RUNS=9
: >/run/allow.ms
: >/run/call.ms
: >/run/polkit.ms
: >/run/bare.ms
i=1
while [ $i -le $RUNS ]; do
    f=/srv/probe/bench-$i
    echo data >"$f"
    "$PROBE" read "$f" >/dev/null 2>&1
    line=$(last_denial "$f")
    t0=$(now_ms)
    if ! as_test_user env QT_LOGGING_RULES=armorer.allow.info=true $ARMORCTL allow --allow-unverified --line "$line" >/run/allow.out 2>&1; then
        not_ok "allow benchmark run $i" "$(cat /run/allow.out)" "$(tail -3 /run/helper.log)"
        break
    fi
    echo $(($(now_ms) - t0)) >>/run/allow.ms
    step_line=$(grep 'ApplyOverride' /run/helper.log | tail -n 1)
    printf '%s\n' "$step_line" | sed -n 's/.*| call \([0-9]*\) ms.*/\1/p' >>/run/call.ms
    printf '%s\n' "$step_line" | sed -n 's/.*steps: polkit \([0-9]*\) ms.*/\1/p' >>/run/polkit.ms
    t0=$(now_ms)
    apparmor_parser -r /etc/apparmor.d/armorer-probe >/dev/null 2>&1
    echo $(($(now_ms) - t0)) >>/run/bare.ms
    i=$((i + 1))
done
# What starting armorctl costs by itself (Qt and its libraries under TCG), for the end-to-end figure.
: >/run/start.ms
i=1
while [ $i -le $RUNS ]; do
    t0=$(now_ms)
    as_test_user $ARMORCTL --version >/dev/null 2>&1
    echo $(($(now_ms) - t0)) >>/run/start.ms
    i=$((i + 1))
done
median() { sort -g "$1" | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }
allow_ms=$(median /run/allow.ms)
call_ms=$(median /run/call.ms)
bare_ms=$(median /run/bare.ms)
if [ -n "$allow_ms" ] && [ -n "$call_ms" ] && [ "${bare_ms:-0}" -gt 0 ]; then
    ok "allow benchmark: $RUNS allows through the helper"
    figure "bare apparmor_parser -r armorer-probe (median of $RUNS)" "$bare_ms ms ($(tr '\n' ' ' </run/bare.ms))"
    figure "allow: helper call, polkit check to reply (median of $RUNS)" "$call_ms ms ($(tr '\n' ' ' </run/call.ms))"
    figure "allow: armorctl allow end to end (median of $RUNS)" "$allow_ms ms ($(tr '\n' ' ' </run/allow.ms))"
    figure "armorctl --version as armorer-test, process start to exit (median of $RUNS)" "$(median /run/start.ms) ms"
    # Ratios run by run (each allow against the bare reload right after it), then their median:
    # steadier than a ratio of medians when other work shares the machine.
    paste /run/call.ms /run/bare.ms | awk '{ printf "%.2f\n", $1 / $2 }' >/run/call.ratio
    paste /run/allow.ms /run/bare.ms | awk '{ printf "%.2f\n", $1 / $2 }' >/run/allow.ratio
    paste /run/call.ms /run/polkit.ms /run/bare.ms | awk '{ printf "%.2f\n", ($1 - $2) / $3 }' >/run/nopolkit.ratio
    figure "allow helper call / bare reload (median of per-run ratios)" "$(median /run/call.ratio)x ($(tr '\n' ' ' </run/call.ratio)) (goal <= 1.2x)"
    # The compile runs while polkit decides: what is left after polkit's yes is the rest of the
    # compile, the check, journal, write and load.
    figure "allow helper call after polkit's yes / bare reload" "$(median /run/nopolkit.ratio)x ($(tr '\n' ' ' </run/nopolkit.ratio))"
    figure "allow end to end / bare reload (median of per-run ratios)" "$(median /run/allow.ratio)x ($(tr '\n' ' ' </run/allow.ratio)) (goal <= 1.2x)"
    figure "polkit check in the helper (median of $RUNS)" "$(median /run/polkit.ms) ms ($(tr '\n' ' ' </run/polkit.ms))"
    figure "allow helper steps (last run)" "$(grep 'ApplyOverride' /run/helper.log | tail -n 1 | sed 's/.*| steps: //')"
    figure "allow armorctl side (last run, ms since the command started)" \
        "$(grep -o '\(denial read\|system bus connected\|profile index built\|rule and override ready\|helper replied\): [0-9]* ms' /run/allow.out | tr '\n' ';')"
fi
# Where the helper's compile time goes: the parser alone (-QKS, what the helper runs) and the
# namespaces the sandbox enters, each started as a process here.
: >/run/compile.ms
: >/run/ns.ms
i=1
while [ $i -le $RUNS ]; do
    t0=$(now_ms)
    apparmor_parser -QKS /etc/apparmor.d/armorer-probe >/dev/null 2>&1
    echo $(($(now_ms) - t0)) >>/run/compile.ms
    t0=$(now_ms)
    unshare --net --mount true
    echo $(($(now_ms) - t0)) >>/run/ns.ms
    i=$((i + 1))
done
figure "apparmor_parser -QKS armorer-probe as root, no sandbox (median of $RUNS)" "$(median /run/compile.ms) ms ($(tr '\n' ' ' </run/compile.ms))"
figure "unshare --net --mount true (median of $RUNS)" "$(median /run/ns.ms) ms ($(tr '\n' ' ' </run/ns.ms))"
probe_expect "allow benchmark: the last file readable" 0 read /srv/probe/bench-$RUNS
probe_expect "allow benchmark: secret still denied" 13 read /srv/probe/secret
: >"$LOCAL"
load_profile /etc/apparmor.d/armorer-probe || exit 0

# A child profile through the helper: armorer-probe-parent runs armorer-probe in its child
# "reader", which is denied /srv/probe/child-secret; the allow writes the child's own override
# (OverrideNaming: FILE+PROFILE+CHILD) and includes it inside the child's block only.
CHILD_LOCAL=/etc/apparmor.d/local/armorer-probe-parent+armorer-probe-parent+reader
PARENT=/usr/local/bin/armorer-probe-parent
echo child >/srv/probe/child-secret
if load_profile /etc/apparmor.d/armorer-probe-parent; then
    "$PARENT" exec "$PROBE" read /srv/probe/child-secret >/dev/null 2>&1
    line=$(dmesg | grep -F 'apparmor="DENIED"' | grep -F 'profile="armorer-probe-parent//reader"' |
        grep -F 'name="/srv/probe/child-secret"' | tail -n 1)
    if out=$(as_test_user $ARMORCTL allow --allow-unverified --line "$line" 2>&1); then
        ok "child profile: armorctl allow through the helper"
    else
        not_ok "child profile: armorctl allow through the helper" "exit $?: $out" "line: $line" "$(tail -3 /run/helper.log)"
    fi
    if [ "$(cat "$CHILD_LOCAL" 2>&1)" = "owner /srv/probe/child-secret r," ]; then
        ok "child profile: $CHILD_LOCAL holds exactly the rule"
    else
        not_ok "child profile: $CHILD_LOCAL holds exactly the rule" "$(cat "$CHILD_LOCAL" 2>&1)"
    fi
    # The include sits in the child's block: after "profile reader {", before the parent's own.
    if awk '/profile reader \{/ { c = 1 } c && /include if exists <local\/armorer-probe-parent\+armorer-probe-parent\+reader>/ { found = NR } /include if exists <local\/armorer-probe-parent>/ { parent = NR } END { exit !(found && found < parent) }' /etc/apparmor.d/armorer-probe-parent; then
        ok "child profile: the include is inside the child's block"
    else
        not_ok "child profile: the include is inside the child's block" "$(cat /etc/apparmor.d/armorer-probe-parent)"
    fi
    out=$("$PARENT" exec "$PROBE" read /srv/probe/child-secret 2>&1)
    if [ $? -eq 0 ]; then ok "child profile: the child now reads the file"; else not_ok "child profile: the child now reads the file" "$out"; fi
    out=$("$PARENT" read /srv/probe/child-secret 2>&1)
    if [ $? -eq 13 ]; then ok "child profile: the parent itself is still denied"; else not_ok "child profile: the parent itself is still denied" "$out"; fi
fi

# Issue 11: an allow grants the denied profile and only it. profiles/armorer-targets holds a
# shared override, a second top-level profile without one, a hat and a nested child; each
# allow goes through the helper, then the denied profile reads its file and every other
# profile of the file is still denied it.
T=/usr/local/bin/armorer-targets
# targets_case NAME PROFILE OVERRIDE CMD...: CMD (run confined) is denied /srv/probe/t-NAME
# in PROFILE; after the allow, local/OVERRIDE holds the rule and CMD reads the file.
targets_case() {
    name=$1 profile=$2 override=$3
    shift 3
    file=/srv/probe/t-$name
    echo "$name" >"$file"
    "$@" read "$file" >/dev/null 2>&1
    line=$(dmesg | grep -F 'apparmor="DENIED"' | grep -F "profile=\"$profile\"" | grep -F "name=\"$file\"" | tail -n 1)
    # The kernel's own line, passed by hand: armorctl allows it only with --allow-unverified.
    if out=$(as_test_user $ARMORCTL allow --allow-unverified --line "$line" 2>&1); then
        ok "targets, $name: armorctl allow for $profile through the helper"
    else
        not_ok "targets, $name: armorctl allow for $profile through the helper" "exit $?: $out" "line: $line" "$(tail -3 /run/helper.log)"
    fi
    if [ "$(cat "/etc/apparmor.d/local/$override" 2>&1)" = "owner $file r," ]; then
        ok "targets, $name: local/$override holds exactly the rule"
    else
        not_ok "targets, $name: local/$override holds exactly the rule" "$(cat "/etc/apparmor.d/local/$override" 2>&1)" "$(ls /etc/apparmor.d/local)"
    fi
    out=$("$@" read "$file" 2>&1)
    if [ $? -eq 0 ]; then ok "targets, $name: $profile now reads $file"; else not_ok "targets, $name: $profile now reads $file" "$out"; fi
}
# targets_denied NAME CMD...: CMD (another profile of the file) is still denied /srv/probe/t-NAME.
targets_denied() {
    name=$1
    shift
    out=$("$@" read "/srv/probe/t-$name" 2>&1)
    if [ $? -eq 13 ]; then ok "targets, $name: still denied to $*"; else not_ok "targets, $name: still denied to $*" "$out"; fi
}
if load_profile /etc/apparmor.d/armorer-targets; then
    targets_case second armorer-targets-second armorer-targets+armorer-targets-second "$T-second"
    targets_denied second "$T-shared-a"
    targets_denied second "$T-hats"
    targets_case shared armorer-targets-shared-b armorer-targets+armorer-targets-shared-b "$T-shared-b"
    targets_denied shared "$T-shared-a"
    targets_denied shared "$T-second"
    if [ -s /etc/apparmor.d/local/armorer-targets ]; then
        not_ok "targets, shared: the shared local/armorer-targets is untouched" "$(cat /etc/apparmor.d/local/armorer-targets)"
    else
        ok "targets, shared: the shared local/armorer-targets is untouched"
    fi
    targets_case hat armorer-targets-hats//vhost armorer-targets+armorer-targets-hats+vhost "$T-hats" hat vhost
    targets_denied hat "$T-hats"
    targets_denied hat "$T-hats" exec "$PROBE"
    targets_case nested armorer-targets-hats//kid//inner armorer-targets+armorer-targets-hats+kid+inner \
        "$T-hats" exec "$PROBE" exec "$PROBE"
    targets_denied nested "$T-hats" exec "$PROBE"
    targets_denied nested "$T-hats" hat vhost
    targets_denied nested "$T-second"
    # The file still loads as a whole, with its includes in the right blocks.
    if out=$(apparmor_parser -QK /etc/apparmor.d/armorer-targets 2>&1); then
        ok "targets: the profile file with its new includes compiles"
    else
        not_ok "targets: the profile file with its new includes compiles" "$out" "$(cat /etc/apparmor.d/armorer-targets)"
    fi
fi

# Scenario 4: polkit NO: refused, the override byte for byte unchanged, the kernel policy
# unchanged, still denied.
polkit_rule NO
cp "$LOCAL" /run/local.before
hash=$(policy_hash)
line=$(last_denial /srv/probe/secret)
if out=$(as_test_user $ARMORCTL allow --allow-unverified --line "$line" 2>&1); then
    not_ok "polkit NO: armorctl allow refused" "succeeded: $out"
else
    ok "polkit NO: armorctl allow refused (exit $?: $out)"
fi
if cmp -s "$LOCAL" /run/local.before; then ok "polkit NO: override unchanged"; else not_ok "polkit NO: override unchanged" "$(cat "$LOCAL")"; fi
if [ "$(policy_hash)" = "$hash" ]; then ok "polkit NO: kernel policy unchanged"; else not_ok "polkit NO: kernel policy unchanged"; fi
probe_expect "polkit NO: secret still denied" 13 read /srv/probe/secret

# Scenario 5: an override that does not compile (a broken line already in it, plus the new
# rule) is rejected by the helper with the parser's message; nothing written, policy unchanged.
polkit_rule YES
printf '%s\n' '/srv/probe/other rz,' >"$LOCAL"
cp "$LOCAL" /run/local.before
hash=$(policy_hash)
if out=$(as_test_user $ARMORCTL allow --allow-unverified --line "$line" 2>&1); then
    not_ok "invalid override rejected by the helper" "succeeded: $out"
else
    ok "invalid override rejected by the helper (exit $?)"
    diag "armorctl says: $out"
fi
if cmp -s "$LOCAL" /run/local.before; then ok "invalid override: file unchanged"; else not_ok "invalid override: file unchanged" "$(cat "$LOCAL")"; fi
if [ "$(policy_hash)" = "$hash" ]; then ok "invalid override: kernel policy unchanged"; else not_ok "invalid override: kernel policy unchanged"; fi
probe_expect "invalid override: secret still denied" 13 read /srv/probe/secret
: >"$LOCAL"

# complain and enforce through the helper: the kernel logs ALLOWED, then denies again.
if out=$(as_test_user $ARMORCTL complain armorer-probe 2>&1); then ok "armorctl complain armorer-probe"; else not_ok "armorctl complain armorer-probe" "$out"; fi
probe_expect "complain mode: secret readable" 0 read /srv/probe/secret
if dmesg | grep -F 'apparmor="ALLOWED"' | grep -qF 'name="/srv/probe/secret"'; then ok "complain mode: the kernel logged ALLOWED"; else not_ok "complain mode: the kernel logged ALLOWED" "$(dmesg | tail -5)"; fi
if out=$(as_test_user $ARMORCTL enforce armorer-probe 2>&1); then ok "armorctl enforce armorer-probe"; else not_ok "armorctl enforce armorer-probe" "$out"; fi
probe_expect "enforce again: secret denied" 13 read /srv/probe/secret

# Disable and enable through the helper, as aa-disable and aa-enable: the file's profile
# leaves the kernel and a link in disable/ keeps it from loading at boot; enable removes the
# link and loads it again. A file that is not loaded is disabled too (only the link).
DISABLED=/etc/apparmor.d/disable/armorer-probe
loaded() { grep -q '^armorer-probe (' "$PROFILES"; }
if out=$(as_test_user $ARMORCTL disable armorer-probe 2>&1); then ok "armorctl disable armorer-probe"; else not_ok "armorctl disable armorer-probe" "$out"; fi
disable_id=$(printf '%s\n' "$out" | sed -n 's/^change \([0-9]*\) .*/\1/p')
if loaded; then not_ok "disabled: armorer-probe is gone from the kernel" "$(grep armorer-probe "$PROFILES")"; else ok "disabled: armorer-probe is gone from the kernel"; fi
if [ -L "$DISABLED" ] && [ "$(readlink -f "$DISABLED")" = /etc/apparmor.d/armorer-probe ]; then
    ok "disabled: $DISABLED links to the profile file"
else
    not_ok "disabled: $DISABLED links to the profile file" "$(ls -l /etc/apparmor.d/disable 2>&1)"
fi
probe_expect "disabled: the probe is unconfined, secret readable" 0 read /srv/probe/secret
if out=$($ARMORCTL status 2>&1) && printf '%s\n' "$out" | grep -qx '   armorer-probe'; then
    ok "armorctl status lists armorer-probe as disabled"
else
    not_ok "armorctl status lists armorer-probe as disabled" "$(printf '%s\n' "$out" | tail -3)"
fi
if out=$(as_test_user $ARMORCTL disable armorer-probe 2>&1); then not_ok "disable twice is refused" "$out"; else ok "disable twice is refused (exit $?)"; fi
if out=$(as_test_user $ARMORCTL enable armorer-probe 2>&1); then ok "armorctl enable armorer-probe"; else not_ok "armorctl enable armorer-probe" "$out"; fi
if [ -e "$DISABLED" ] || [ -L "$DISABLED" ]; then not_ok "enabled: the link is gone"; else ok "enabled: the link is gone"; fi
mode=$(profile_mode armorer-probe)
if [ "$mode" = enforce ]; then ok "enabled: armorer-probe loaded again, in enforce mode"; else not_ok "enabled: armorer-probe loaded again, in enforce mode" "mode: '$mode'"; fi
probe_expect "enabled: secret denied again" 13 read /srv/probe/secret
# Undo of the disable: the file is enabled already, so the journal refuses (it changed since).
if [ -n "$disable_id" ] && ! as_test_user $ARMORCTL undo "$disable_id" >/dev/null 2>&1; then
    ok "undo of a disable that was enabled since is refused"
else
    not_ok "undo of a disable that was enabled since is refused" "id '$disable_id'"
fi
# Not loaded (unloaded by hand): disable only makes the link, and undo of it loads the file.
apparmor_parser -R /etc/apparmor.d/armorer-probe 2>/dev/null
if out=$(as_test_user $ARMORCTL disable armorer-probe 2>&1); then ok "disable of a file that is not loaded"; else not_ok "disable of a file that is not loaded" "$out"; fi
undo_id=$(printf '%s\n' "$out" | sed -n 's/^change \([0-9]*\) .*/\1/p')
if [ -L "$DISABLED" ] && ! loaded; then ok "not loaded: the link is made, nothing loaded"; else not_ok "not loaded: the link is made, nothing loaded"; fi
if [ -n "$undo_id" ] && out=$(as_test_user $ARMORCTL undo "$undo_id" 2>&1); then ok "armorctl undo of the disable"; else not_ok "armorctl undo of the disable" "id '$undo_id': $out"; fi
if [ ! -L "$DISABLED" ] && loaded; then ok "undone: link gone, armorer-probe loaded"; else not_ok "undone: link gone, armorer-probe loaded" "$(ls -l /etc/apparmor.d/disable 2>&1)"; fi
probe_expect "undone: secret denied" 13 read /srv/probe/secret
# A file of several profiles, named by one of its profiles: every profile of the file goes off
# together (and its hats and children), and enable finds the file by a profile's name on disk,
# though the kernel no longer lists it.
targets_loaded() { grep -c '^armorer-targets-' "$PROFILES"; }
if [ "$(targets_loaded)" -ge 4 ]; then
    if out=$(as_test_user $ARMORCTL disable armorer-targets-second 2>&1); then ok "armorctl disable by a profile's name"; else not_ok "armorctl disable by a profile's name" "$out"; fi
    if [ "$(targets_loaded)" = 0 ] && [ -L /etc/apparmor.d/disable/armorer-targets ]; then
        ok "disabled: all four profiles of armorer-targets and their hats are gone, the file is linked"
    else
        not_ok "disabled: all four profiles of armorer-targets and their hats are gone, the file is linked" "$(grep armorer-targets "$PROFILES")"
    fi
    if out=$(as_test_user $ARMORCTL enable armorer-targets-hats 2>&1); then ok "armorctl enable by a profile's name (found on disk)"; else not_ok "armorctl enable by a profile's name (found on disk)" "$out"; fi
    if [ "$(targets_loaded)" -ge 4 ] && [ ! -L /etc/apparmor.d/disable/armorer-targets ] &&
        grep -q '^armorer-targets-hats//vhost ' "$PROFILES"; then
        ok "enabled: the profiles of armorer-targets are loaded again, hats included"
    else
        not_ok "enabled: the profiles of armorer-targets are loaded again, hats included" "$(grep armorer-targets "$PROFILES")"
    fi
else
    not_ok "armorer-targets is loaded (for the disable of a file of several profiles)" "$(grep armorer-targets "$PROFILES")"
fi

# Unload through the helper: the parser names the file's profiles as nobody, and the kernel
# drops them, the hat with its profile; the file stays.
cat >/etc/apparmor.d/armorer-unload-me <<'PROFILE'
profile armorer-unload-me /usr/local/bin/armorer-unload-me {
  /usr/local/bin/armorer-unload-me mr,
  ^a-hat {
    /srv/probe/allowed r,
  }
}
PROFILE
if load_profile /etc/apparmor.d/armorer-unload-me; then
    check "unload: the profile and its hat are loaded first" grep -q '^armorer-unload-me//a-hat ' /sys/kernel/security/apparmor/profiles
    if out=$(as_test_user $ARMORCTL unload armorer-unload-me 2>&1); then ok "armorctl unload through the helper"; else not_ok "armorctl unload through the helper" "$out"; fi
    if grep -q '^armorer-unload-me' /sys/kernel/security/apparmor/profiles; then
        not_ok "unload: the profile and its hat are gone from the kernel" "$(grep armorer-unload-me /sys/kernel/security/apparmor/profiles)"
    else
        ok "unload: the profile and its hat are gone from the kernel"
    fi
    check "unload: the file stays" test -s /etc/apparmor.d/armorer-unload-me
    rm -f /etc/apparmor.d/armorer-unload-me
fi

# Scenario 6, last because it cannot be undone: with lock_policy set, the kernel refuses
# every policy load, so the parser accepts the override but the reload fails; the helper
# puts the previous override back and the kernel keeps its policy.
: >"$LOCAL"
cp "$LOCAL" /run/local.before
hash=$(policy_hash)
line=$(last_denial /srv/probe/secret)
if echo Y >/sys/module/apparmor/parameters/lock_policy 2>/dev/null; then
    if out=$(as_test_user $ARMORCTL allow --allow-unverified --line "$line" 2>&1); then
        not_ok "kernel reload failure: armorctl allow fails" "succeeded: $out"
    else
        ok "kernel reload failure: armorctl allow fails (exit $?)"
        diag "armorctl says: $out"
    fi
    if cmp -s "$LOCAL" /run/local.before; then ok "kernel reload failure: override rolled back"; else not_ok "kernel reload failure: override rolled back" "$(cat "$LOCAL")"; fi
    if [ "$(policy_hash)" = "$hash" ]; then ok "kernel reload failure: kernel policy unchanged"; else not_ok "kernel reload failure: kernel policy unchanged"; fi
    probe_expect "kernel reload failure: secret still denied" 13 read /srv/probe/secret
    # The kernel refuses the removal too: the link made for the disable is taken away again.
    if out=$(as_test_user $ARMORCTL disable armorer-probe 2>&1); then
        not_ok "kernel refuses the unload: armorctl disable fails" "succeeded: $out"
    else
        ok "kernel refuses the unload: armorctl disable fails (exit $?)"
        diag "armorctl says: $out"
    fi
    if [ ! -L /etc/apparmor.d/disable/armorer-probe ] && grep -q '^armorer-probe (' "$PROFILES"; then
        ok "kernel refuses the unload: link rolled back, profile still loaded"
    else
        not_ok "kernel refuses the unload: link rolled back, profile still loaded" "$(ls -l /etc/apparmor.d/disable 2>&1)"
    fi
else
    not_ok "lock_policy can be set (to make the kernel refuse the reload)"
fi
