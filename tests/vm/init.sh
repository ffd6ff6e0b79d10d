#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# PID 1 of the test VM (rdinit=/init.sh): mounts the kernel file systems, runs every
# scenario in /armorer/scenarios in order, prints TAP on the serial console and powers off
# with a pass/fail byte through QEMU's isa-debug-exit device (port 0xf4): 0x10 when no test
# failed, 0x11 otherwise. QEMU exits with (byte << 1) | 1, so 33 or 35.
export PATH=/armorer/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export HOME=/root LANG=C.UTF-8 LC_ALL=C.UTF-8

mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t securityfs securityfs /sys/kernel/security
mount -t devtmpfs devtmpfs /dev
mkdir -p /dev/pts /dev/shm
mount -t devpts devpts /dev/pts
mount -t tmpfs tmpfs /run
mount -t tmpfs tmpfs /tmp
chmod 1777 /tmp
hostname armorer-vm

# Without auditd, AppArmor's records reach the kernel log through printk, which drops all
# but 10 messages in 5 s by default: a scenario must see every record.
echo 0 >/proc/sys/kernel/printk_ratelimit

power_off() {
    # Nothing after this line runs: QEMU exits on the write.
    printf "\\$(printf '%03o' "$1")" | dd of=/dev/port bs=1 seek=244 count=1 2>/dev/null
    # Only reached without the device (a manual boot): halt instead of panicking.
    echo o >/proc/sysrq-trigger
}

echo "# armorer-vm: init after $(cut -d' ' -f1 /proc/uptime) s, kernel $(uname -r)"
if [ "$(cat /sys/module/apparmor/parameters/enabled 2>/dev/null)" != Y ]; then
    echo "Bail out! AppArmor is not enabled in this kernel"
    power_off 17
fi

. /armorer/lib.sh
tap_init
for scenario in /armorer/scenarios/*.sh; do
    name=$(basename "$scenario" .sh)
    echo "# --- $name"
    start=$(now_ms)
    # Each scenario in its own shell, bounded, so one hang cannot eat the suite's budget
    # (06-hooks, the longest, takes 60 to 90 s on a busy 2-core machine).
    timeout -k 5 "${ARMORER_SCENARIO_TIMEOUT:-180}" sh -c '. /armorer/lib.sh; . "$1"' scenario "$scenario"
    status=$?
    if [ "$status" -ne 0 ]; then
        not_ok "$name: scenario script ran to the end" "exit status $status (124: timed out)"
    fi
    echo "# --- $name: $(($(now_ms) - start)) ms"
done
tap_finish
failed=$?
echo "# armorer-vm: done after $(cut -d' ' -f1 /proc/uptime) s"
if [ "$failed" -eq 0 ]; then power_off 16; else power_off 17; fi
