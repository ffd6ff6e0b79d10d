# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# Sourced by init.sh and by every scenario: TAP output, the confined probe, the denial
# source and small assertions. POSIX sh (the VM has dash, no bash needed).

PROBE=/usr/local/bin/armorer-probe
PROBE_PROFILE=armorer-probe
PROFILES=/sys/kernel/security/apparmor/profiles
TAP_DIR=/run/tap
# The headless denial source: armorer-vmtool reads /dev/kmsg, since the VM has no journal or
# syslog file for "armorctl denials --follow --json" (run-vm.sh --denials-cmd swaps it for a
# command with the same contract): the scenarios only rely on one compact JSON object per
# record a line, with the keys apparmor, operation, profile, name, denied_mask, family,
# sock_type, signal, peer (libapparmor's names).
ARMORER_DENIALS_CMD=${ARMORER_DENIALS_CMD:-armorer-vmtool denials --follow --json}
DENIALS_LOG=/run/denials.jsonl

now_ms() { date +%s%3N; }

# --- TAP ---------------------------------------------------------------------------------
# Results go to files, not variables: every scenario runs in its own shell.
tap_init() {
    mkdir -p "$TAP_DIR"
    : >"$TAP_DIR/results"
}

tap_next() {
    echo x >>"$TAP_DIR/results.count"
    wc -l <"$TAP_DIR/results.count"
}

ok() {
    echo "ok $(tap_next) - $1"
    echo pass >>"$TAP_DIR/results"
}

# not_ok NAME [DIAGNOSTIC...]
not_ok() {
    name=$1
    shift
    echo "not ok $(tap_next) - $name"
    for line in "$@"; do printf '%s\n' "$line" | sed 's/^/#   /'; done
    echo fail >>"$TAP_DIR/results"
}

# todo NAME REASON: a scenario that exists only as a hook. Reported, never counted as passed.
todo() {
    echo "not ok $(tap_next) - $1 # TODO $2"
    echo todo >>"$TAP_DIR/results"
}

diag() { printf '%s\n' "$*" | sed 's/^/# /'; }

# figure KEY VALUE...: a measured figure; run-vm.sh collects these into its summary.
figure() {
    key=$1
    shift
    echo "# figure $key: $*"
}

# check NAME CMD...: ok when CMD exits 0, else not ok with its output.
check() {
    name=$1
    shift
    if out=$("$@" 2>&1); then ok "$name"; else not_ok "$name" "command: $*" "exit $?: $out"; fi
}

tap_finish() {
    passed=$(grep -c '^pass$' "$TAP_DIR/results")
    failed=$(grep -c '^fail$' "$TAP_DIR/results")
    todos=$(grep -c '^todo$' "$TAP_DIR/results")
    echo "1..$((passed + failed + todos))"
    echo "# summary: $passed passed, $failed failed, $todos TODO (hooks not implemented, not counted as passed)"
    [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
}

# --- the confined probe ------------------------------------------------------------------
# probe_expect NAME ERRNO ARGS...: run the probe, ok when it exits with ERRNO (0: success).
probe_expect() {
    name=$1 want=$2
    shift 2
    out=$("$PROBE" "$@" 2>&1)
    got=$?
    if [ "$got" -eq "$want" ]; then ok "$name"; else not_ok "$name" "armorer-probe $*: want exit $want, got $got: $out"; fi
}

profile_mode() {
    # "NAME (MODE)" lines; the name may hold spaces, so match the whole prefix.
    sed -n "s/^$1 (\\(.*\\))\$/\\1/p" "$PROFILES"
}

# load_profile ARGS...: apparmor_parser -r ARGS, failing the scenario on error.
load_profile() {
    out=$(apparmor_parser -r "$@" 2>&1) || { not_ok "apparmor_parser -r $*" "$out"; return 1; }
}

# --- the denial source -------------------------------------------------------------------
# denials_start: start the source and wait until it reports a fresh canary denial, so that
# nothing a scenario does afterwards can be missed because the source was still starting.
denials_start() {
    : >"$DENIALS_LOG"
    $ARMORER_DENIALS_CMD >"$DENIALS_LOG" 2>/run/denials.err &
    DENIALS_PID=$!
    i=0
    while [ $i -lt 100 ]; do
        "$PROBE" read /srv/probe/canary >/dev/null 2>&1
        if grep -q '"name":"/srv/probe/canary"' "$DENIALS_LOG"; then return 0; fi
        sleep 0.1
        i=$((i + 1))
    done
    not_ok "denial source starts: $ARMORER_DENIALS_CMD" "$(cat /run/denials.err)"
    return 1
}

denials_stop() {
    [ -n "${DENIALS_PID:-}" ] && kill "$DENIALS_PID" 2>/dev/null
    wait "$DENIALS_PID" 2>/dev/null
    DENIALS_PID=
}

# watch_record PATTERN...: call just before an access. Starts a watcher (armorer-vmtool
# watch, no fork per poll) for the next record holding every fixed PATTERN.
watch_record() {
    DENIALS_MARK=$(wc -l <"$DENIALS_LOG")
    DENIALS_MARK_MS=$(now_ms)
    WATCH_PATTERNS=$*
    armorer-vmtool watch "$DENIALS_LOG" "$DENIALS_MARK" 10000 "$@" >/run/watch.out 2>&1 &
    WATCH_PID=$!
    i=0
    until [ "$(head -n 1 /run/watch.out 2>/dev/null)" = ready ] || [ $i -gt 500 ]; do
        sleep 0.02
        i=$((i + 1))
    done
}

# expect_record NAME: ok when the watched-for record was reported, and within 1 s of the
# kernel logging it. The latency is the sighting time minus the record's audit stamp (both
# the kernel's realtime clock): from the access to the report, without the shell's costs.
expect_record() {
    name=$1
    wait "$WATCH_PID"
    found=$(sed -n 2p /run/watch.out)
    if [ -z "$found" ]; then
        not_ok "$name" "no record with: $WATCH_PATTERNS" "reported since the mark:" \
            "$(tail -n +"$((DENIALS_MARK + 1))" "$DENIALS_LOG")" "kernel log:" "$(dmesg | grep apparmor= | tail -5)"
        return
    fi
    seen=${found%%	*}
    RECORD=${found#*	}
    stamp=$(printf '%s\n' "$RECORD" | sed -n 's/.*"audit_id":"\([0-9]*\)\.\([0-9]*\):.*/\1\2/p')
    if [ -n "$stamp" ]; then
        latency=$((seen - stamp))
        basis="after the kernel logged it"
    else
        latency=$((seen - DENIALS_MARK_MS)) # no stamp: bounded by the start of the access
        basis="after the access began"
    fi
    figure "latency $name" "$latency ms"
    if [ "$latency" -le 1000 ]; then
        ok "$name (reported $latency ms $basis)"
    else
        not_ok "$name within 1 s" "reported $latency ms $basis: $RECORD"
    fi
}

# --- the system bus and polkit (for the helper scenarios) ---------------------------------
# start_system_bus: dbus-daemon --system, as on a real machine; waits until it answers.
start_system_bus() {
    mkdir -p /run/dbus
    [ -S /run/dbus/system_bus_socket ] && return 0
    dbus-daemon --system --fork --nopidfile >/run/dbus.log 2>&1 || return 1
    bus_has_name org.freedesktop.DBus 50
}

# start_polkitd: the real polkitd on the system bus; waits until it owns its name.
start_polkitd() {
    bus_has_name org.freedesktop.PolicyKit1 1 && return 0
    /usr/lib/polkit-1/polkitd --no-debug >>/run/polkitd.log 2>&1 &
    echo $! >/run/polkitd.pid
    bus_has_name org.freedesktop.PolicyKit1 100
}

# bus_has_name NAME TRIES: poll the system bus (0.1 s apart) until NAME has an owner.
bus_has_name() {
    i=0
    while [ $i -lt "$2" ]; do
        dbus-send --system --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
            "string:$1" 2>/dev/null | grep -q 'boolean true' && return 0
        sleep 0.1
        i=$((i + 1))
    done
    return 1
}

# as_test_user CMD...: run CMD as the non-root test user (uid 4711), with a clean environment.
as_test_user() {
    setpriv --reuid=armorer-test --regid=armorer-test --init-groups --reset-env "$@"
}

# spawn_as_test_user CMD...: the same in the background; SPAWNED_PID is CMD's own pid (what
# polkit sees as the subject), not a subshell's.
spawn_as_test_user() {
    setpriv --reuid=armorer-test --regid=armorer-test --init-groups --reset-env "$@" &
    SPAWNED_PID=$!
}

# polkit_rule YES|NO: a polkit rule answering YES or NO to armorer-test for every
# io.github.armorer.* action (no agent runs in the VM, so nothing else can authorize), then
# polkitd restarted so the answer holds from the next call on.
polkit_rule() {
    cat >/etc/polkit-1/rules.d/10-armorer-vmtest.rules <<RULE
polkit.addRule(function(action, subject) {
    if (action.id.indexOf("io.github.armorer.") == 0 && subject.user == "armorer-test")
        return polkit.Result.$1;
});
RULE
    restart_polkitd
}

restart_polkitd() {
    [ -f /run/polkitd.pid ] && kill "$(cat /run/polkitd.pid)" 2>/dev/null
    i=0
    while bus_has_name org.freedesktop.PolicyKit1 1 && [ $i -lt 50 ]; do
        sleep 0.1
        i=$((i + 1))
    done
    rm -f /run/polkitd.pid
    start_polkitd
}
