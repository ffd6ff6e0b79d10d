#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# tests/vm/run-vm.sh --bin DIR [--image DIR] [--log FILE] [--denials-cmd CMD]
#
# The real-kernel suite (ctest label "vm"): packs the built binaries, the test profiles and
# the scenarios into a small cpio archive, appends it to the cached base image (the kernel
# unpacks both; later entries win), boots trixie's kernel under QEMU once, and reads the
# TAP the VM prints on its serial console. Fails, never skips, when QEMU or the image is
# missing. The image comes from tests/vm/prepare-image.sh, which `./dev test` runs on the
# host and mounts at $ARMORER_VM_IMAGE.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BIN=""
IMAGE=${ARMORER_VM_IMAGE:-}
LOG=""
DENIALS_CMD=""
TIMEOUT=${ARMORER_VM_TIMEOUT:-420}

# Each preparation step with its time on stderr, so a failure before the boot shows where.
T0=$(date +%s%3N)
step() { printf '# [%6d ms] %s\n' $(($(date +%s%3N) - T0)) "$*" >&2; }

fail() {
    step "failed"
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}

# What the machine had when QEMU could not start or died early (memory is the usual cause).
machine_state() {
    printf 'MemAvailable: %s kB; load: %s; free space in %s: %s' \
        "$(sed -n 's/^MemAvailable: *\([0-9]*\).*/\1/p' /proc/meminfo)" "$(cut -d' ' -f1-3 /proc/loadavg)" \
        "${work:-/tmp}" "$(df -h "${work:-/tmp}" 2>/dev/null | awk 'NR == 2 { print $4 }')"
}

while (($#)); do
    case $1 in
    --bin) BIN=$2; shift 2 ;;
    --image) IMAGE=$2; shift 2 ;;
    --log) LOG=$2; shift 2 ;;
    --denials-cmd) DENIALS_CMD=$2; shift 2 ;;
    *) fail "unknown argument: $1" ;;
    esac
done
[[ -n $BIN && -d $BIN ]] || fail "--bin DIR: the build's bin directory is required"

QEMU=$(command -v qemu-system-x86_64) ||
    fail "qemu-system-x86_64 is not installed: the real-kernel tests cannot run (install qemu-system-x86)"
command -v cpio >/dev/null || fail "cpio is not installed: cannot pack the VM's test files"
[[ -n $IMAGE ]] ||
    fail "no VM image: ARMORER_VM_IMAGE is not set. Run the tests with ./dev test (it prepares the image on the host), or run tests/vm/prepare-image.sh DIR as root and set ARMORER_VM_IMAGE=DIR"
for f in vmlinuz base.cpio manifest; do
    [[ -s $IMAGE/$f ]] || fail "the VM image in $IMAGE is incomplete ($f missing): run ./dev test, or tests/vm/prepare-image.sh $IMAGE as root"
done
for f in armorctl armorer-vmtool armorer-probe; do
    [[ -x $BIN/$f ]] || fail "$BIN/$f is not built"
done

step "inputs checked (QEMU: $QEMU, image: $IMAGE)"
tp=$(date +%s%3N)
work=$(mktemp -d "${TMPDIR:-/tmp}/armorer-vm.XXXXXX") || fail "cannot create a work directory in ${TMPDIR:-/tmp}"
trap 'rm -rf "$work"' EXIT
LOG=${LOG:-$work/serial.log}
mkdir -p "$(dirname "$LOG")"

# The per-run overlay: everything that changes with the project. Only the CLI, the helper
# and the test tools go in: the GUI does not run in the VM.
o=$work/overlay
mkdir -p "$o/armorer/bin" "$o/armorer/scenarios" "$o/usr/local/bin" "$o/etc/apparmor.d/local" \
    "$o/usr/share/polkit-1/actions"
for f in armorctl armorer-helper armorer-vmtool; do
    [[ -x $BIN/$f ]] && cp "$BIN/$f" "$o/armorer/bin/"
done
cp "$BIN/armorer-probe" "$o/usr/local/bin/"
# The same program under another name, for the child-profile scenario's parent.
cp "$BIN/armorer-probe" "$o/usr/local/bin/armorer-probe-parent"
cp "$HERE/init.sh" "$o/init.sh"
cp "$HERE/lib.sh" "$o/armorer/lib.sh"
# ARMORER_VM_SCENARIOS="00 06" runs only those (while working on one); 00-setup always runs.
if [[ -n ${ARMORER_VM_SCENARIOS:-} ]]; then
    for n in 00 $ARMORER_VM_SCENARIOS; do cp "$HERE"/scenarios/"$n"-*.sh "$o/armorer/scenarios/"; done
    echo "# only scenarios: 00 $ARMORER_VM_SCENARIOS (ARMORER_VM_SCENARIOS)"
else
    cp "$HERE"/scenarios/*.sh "$o/armorer/scenarios/"
fi
cp "$HERE"/profiles/* "$o/etc/apparmor.d/"
cp "$HERE"/polkit/*.policy "$o/usr/share/polkit-1/actions/"
# The helper's own polkit actions and system-bus policy, once the project has them.
mkdir -p "$o/usr/share/dbus-1/system.d"
for f in "$HERE"/../../polkit/service/*.policy; do [[ -e $f ]] && cp "$f" "$o/usr/share/polkit-1/actions/"; done
for f in "$HERE"/../../polkit/service/*.conf; do [[ -e $f ]] && cp "$f" "$o/usr/share/dbus-1/system.d/"; done
# The activation file as the package installs it, with Exec pointing at a wrapper that keeps the
# helper's log (06-hooks starts the helper through D-Bus activation, as a desktop does).
mkdir -p "$o/usr/share/dbus-1/system-services" "$o/armorer/libexec"
sed 's|@ARMORER_HELPER_INSTALL_PATH@|/armorer/libexec/armorer-helper-logged|' \
    "$HERE"/../../polkit/service/io.github.armorer.Helper1.service.in \
    >"$o/usr/share/dbus-1/system-services/io.github.armorer.Helper1.service"
printf '#!/bin/sh\nexec /armorer/bin/armorer-helper --idle-timeout 600000 >>/run/helper.log 2>&1\n' \
    >"$o/armorer/libexec/armorer-helper-logged"
chmod 755 "$o/armorer/libexec/armorer-helper-logged"
: >"$o/etc/apparmor.d/local/armorer-probe"
chmod 755 "$o" "$o/init.sh"
if [[ -n $DENIALS_CMD ]]; then
    printf 'ARMORER_DENIALS_CMD=%q\n' "$DENIALS_CMD" >"$o/armorer/config.sh"
    sed -i '1a . /armorer/config.sh' "$o/init.sh"
fi
step "overlay assembled"
(cd "$o" && find . | LC_ALL=C sort | cpio -o -H newc --quiet -R 0:0) >"$work/overlay.cpio" 2>"$work/cpio.err"
rc=$?
((rc == 0)) || fail "cpio could not pack the overlay (exit $rc): $(tail -5 "$work/cpio.err"); $(machine_state)"
step "overlay packed ($(stat -c %s "$work/overlay.cpio") bytes)"
cat "$IMAGE/base.cpio" "$work/overlay.cpio" >"$work/initrd.cpio" 2>"$work/cat.err"
rc=$?
((rc == 0)) || fail "cannot append the overlay to the base image (exit $rc): $(tail -5 "$work/cat.err"); $(machine_state)"
step "initrd ready ($(stat -c %s "$work/initrd.cpio") bytes)"
echo "# overlay packed and appended in $(($(date +%s%3N) - tp)) ms ($(du -h "$work/overlay.cpio" | cut -f1) overlay)"

accel=${ARMORER_VM_ACCEL:-tcg}
echo "# booting $(sed -n 's/^kernel=//p' "$IMAGE/manifest") under QEMU ($accel), serial log: $LOG"
step "starting QEMU ($(machine_state))"
t0=$(date +%s%3N)
# QEMU's own messages go apart from the console, so a start failure is quoted as such.
timeout -k 10 "$TIMEOUT" "$QEMU" -accel "$accel" -cpu max -smp 2 -m 2048 -nographic -no-reboot \
    -kernel "$IMAGE/vmlinuz" -initrd "$work/initrd.cpio" \
    -append "console=ttyS0 rdinit=/init.sh panic=-1 quiet ${ARMORER_VM_APPEND:-}" \
    -device isa-debug-exit,iobase=0xf4,iosize=0x04 -nic none </dev/null >"$LOG" 2>"$work/qemu.err"
status=$?
t1=$(date +%s%3N)
step "QEMU exited with $status after $((t1 - t0)) ms"
[[ -s $work/qemu.err ]] && sed 's/^/# qemu: /' "$work/qemu.err" >&2

# The TAP and the figures, without the kernel's own console lines.
sed -E 's/\x1b(\[[0-9;?]*[A-Za-z]|c)//g' "$LOG" | tr -d '\r' | grep -aE '^(ok|not ok|1\.\.|#|Bail out!)'
echo "# VM wall time: $((t1 - t0)) ms (boot, scenarios, power-off)"

case $status in
33) exit 0 ;;
35) fail "scenarios failed in the VM (see the 'not ok' lines above; serial log: $LOG)" ;;
124 | 137) fail "the VM did not power off within ${TIMEOUT} s; last console lines: $(tail -15 "$LOG")" ;;
*)
    booted=no
    grep -aq 'TAP version\|^1\.\.\|^ok ' "$LOG" && booted=yes
    fail "QEMU exited with $status without the pass/fail byte after $((t1 - t0)) ms (scenarios started: $booted; kernel panic or QEMU error).
QEMU said: $(tail -10 "$work/qemu.err")
last console lines ($(wc -c <"$LOG") bytes of console): $(tail -15 "$LOG")
$(machine_state)" ;;
esac
