#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# packaging/install-check.sh [--expect-helper]
# Runs as root inside a fresh Debian root where the armorer .deb was just installed with apt
# (./dev install-test sets that up). Checks, from what the package itself ships:
#   - every file of the package is in place, and the files every build must have are there;
#   - armorctl --version and armorer --version run (as a normal user too);
#   - every D-Bus system-services activation file's Exec exists and is executable;
#   - on a private system bus with a real polkitd, pkaction --verbose shows every action of
#     every installed .policy file with the defaults the file declares.
# --expect-helper (the source tree has polkit/): the helper, its D-Bus files and polkit actions
# must be in the package.
set -eu
expect_helper=0
[ "${1:-}" = --expect-helper ] && expect_helper=1
failures=0
pass() { printf 'ok    %s\n' "$*"; }
fail() { printf 'FAIL  %s\n' "$*"; failures=$((failures + 1)); }

files=$(dpkg -L armorer)
missing=0
for f in $files; do
    [ -e "$f" ] || { fail "listed by dpkg but missing: $f"; missing=$((missing + 1)); }
done
[ $missing = 0 ] && pass "all $(echo "$files" | wc -l) paths of the package are in place"

for f in /usr/bin/armorer /usr/bin/armorctl \
    /usr/share/applications/io.github.armorer.desktop \
    /etc/xdg/autostart/io.github.armorer.tray.desktop \
    /usr/share/metainfo/io.github.armorer.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/io.github.armorer.svg \
    /usr/share/icons/hicolor/scalable/status/io.github.armorer-tray.svg \
    /usr/share/icons/hicolor/scalable/status/io.github.armorer-tray-alert.svg \
    /usr/share/man/man1/armorer.1.gz /usr/share/man/man1/armorctl.1.gz \
    /usr/share/doc/armorer/copyright; do
    if [ -e "$f" ]; then pass "$f"; else fail "missing: $f"; fi
done

helper_files=$(echo "$files" | grep -E '^/usr/libexec/armorer/|/dbus-1/system.d/|/dbus-1/system-services/|/polkit-1/actions/|/polkit-1/rules.d/' || true)
if [ $expect_helper = 1 ]; then
    for pattern in '^/usr/libexec/armorer/.' '/dbus-1/system.d/.*\.conf$' '/dbus-1/system-services/.*\.service$' \
        '/polkit-1/actions/.*\.policy$' '/polkit-1/rules.d/.*\.rules$'; do
        if echo "$helper_files" | grep -qE "$pattern"; then pass "helper file: $pattern"; else fail "no helper file matching $pattern"; fi
    done
else
    echo "note  the source has no polkit/ yet: helper files not required ($(echo "$helper_files" | grep -c . || true) present)"
fi

if out=$(armorctl --version) && echo "$out" | grep -q '^armorctl [0-9]'; then pass "armorctl --version: $out"; else fail "armorctl --version"; fi
if out=$(setpriv --reuid=65534 --regid=65534 --clear-groups armorctl --version); then pass "armorctl --version as nobody"; else fail "armorctl --version as nobody"; fi
if out=$(QT_QPA_PLATFORM=offscreen armorer --version 2>&1); then pass "armorer --version: $out"; else fail "armorer --version: $out"; fi

for service in $(echo "$files" | grep '/dbus-1/system-services/.*\.service$' || true); do
    exec_line=$(sed -n 's/^Exec=//p' "$service")
    binary=${exec_line%% *}
    if [ -n "$binary" ] && [ -x "$binary" ]; then pass "$service: Exec $binary exists"; else fail "$service: Exec '$binary' does not exist"; fi
    user=$(sed -n 's/^User=//p' "$service")
    [ "$user" = root ] && pass "$service: runs as root" || fail "$service: User=$user"
done

policies=$(echo "$files" | grep '/polkit-1/actions/.*\.policy$' || true)
if [ -n "$policies" ]; then
    dir=$(mktemp -d)
    # polkitd drops to its own user before it connects: the socket's directory must be
    # reachable by that user (mktemp -d makes it 0700, and polkitd then exits with only
    # "Could not connect: Permission denied" on its debug output).
    chmod 0755 "$dir"
    cat >"$dir/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=$dir/system_bus_socket</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_destination="*"/>
    <allow send_type="method_call"/>
    <allow send_type="method_return"/>
    <allow send_type="error"/>
    <allow send_type="signal"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
  </policy>
  <includedir>/usr/share/dbus-1/system.d</includedir>
  <includedir>/etc/dbus-1/system.d</includedir>
</busconfig>
CONF
    # Daemons get no inherited stdio, so nothing waits on them; every call has a time limit.
    dbus-daemon --config-file="$dir/bus.conf" --nofork </dev/null >"$dir/bus.log" 2>&1 &
    echo $! >"$dir/bus.pid"
    export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$dir/system_bus_socket"
    # polkitd gives up at once when the bus is not there yet: wait for the socket first.
    i=0
    until [ -S "$dir/system_bus_socket" ]; do
        i=$((i + 1))
        [ $i -lt 100 ] || { fail "dbus-daemon did not start: $(cat "$dir/bus.log")"; break; }
        sleep 0.1
    done
    # Without --no-debug polkitd says on stdout why it stops; the log is shown on failure.
    /usr/lib/polkit-1/polkitd </dev/null >"$dir/polkitd.log" 2>&1 &
    polkitd_pid=$!
    i=0
    until timeout 2 dbus-send --system --print-reply --dest=org.freedesktop.DBus / org.freedesktop.DBus.NameHasOwner \
        string:org.freedesktop.PolicyKit1 2>/dev/null | grep -q 'boolean true'; do
        i=$((i + 1))
        [ $i -lt 15 ] || { fail "polkitd did not start: $(cat "$dir/polkitd.log" "$dir/bus.log")"; break; }
        sleep 0.1
    done
    actions=0
    for policy in $policies; do
        # One "ID ANY INACTIVE ACTIVE" line per action, from the file itself.
        awk '
            /<action[ \t]+id="/ { match($0, /id="[^"]*"/); id = substr($0, RSTART + 4, RLENGTH - 5); any = inact = act = "-" }
            /<allow_any>/ { v = $0; gsub(/.*<allow_any>|<\/allow_any>.*/, "", v); any = v }
            /<allow_inactive>/ { v = $0; gsub(/.*<allow_inactive>|<\/allow_inactive>.*/, "", v); inact = v }
            /<allow_active>/ { v = $0; gsub(/.*<allow_active>|<\/allow_active>.*/, "", v); act = v }
            /<\/action>/ { print id, any, inact, act }
        ' "$policy" >"$dir/expected"
        while read -r id any inactive active; do
            actions=$((actions + 1))
            shown=$(timeout 20 pkaction --verbose --action-id "$id" 2>&1) || { fail "pkaction does not know $id: $shown"; continue; }
            got_any=$(echo "$shown" | sed -n 's/^ *implicit any: *//p')
            got_inactive=$(echo "$shown" | sed -n 's/^ *implicit inactive: *//p')
            got_active=$(echo "$shown" | sed -n 's/^ *implicit active: *//p')
            if { [ "$any" = - ] || [ "$any" = "$got_any" ]; } && { [ "$inactive" = - ] || [ "$inactive" = "$got_inactive" ]; } &&
                { [ "$active" = - ] || [ "$active" = "$got_active" ]; }; then
                pass "pkaction $id: any=$got_any inactive=$got_inactive active=$got_active"
            else
                fail "pkaction $id: any=$got_any inactive=$got_inactive active=$got_active, the .policy says $any $inactive $active"
            fi
        done <"$dir/expected"
    done
    echo "note  $actions polkit actions in $(echo "$policies" | wc -l) .policy files"
    # The listing polkit's own clients see has exactly the package's actions.
    listed=$(timeout 20 pkaction 2>/dev/null | grep -c '^io\.github\.armorer\.' || true)
    if [ "$listed" = "$actions" ]; then pass "pkaction lists the $listed io.github.armorer.* actions"; else fail "pkaction lists $listed io.github.armorer.* actions, the package has $actions"; fi
    kill "$polkitd_pid" "$(cat "$dir/bus.pid")" 2>/dev/null || true
    rm -rf "$dir"
else
    echo "note  the package has no polkit .policy file yet"
fi

if [ $failures = 0 ]; then echo "install check: all passed"; else echo "install check: $failures failed"; exit 1; fi
