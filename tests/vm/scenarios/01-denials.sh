# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# Issue 6, scenario 1: the confined probe is denied a file read, a capability, a network
# socket and a signal; the kernel logs each, and the denial source (DenialParser over
# /dev/kmsg) reports each within 1 s.

denials_start || exit 0

watch_record '"apparmor":"DENIED"' '"operation":"open"' '"profile":"armorer-probe"' \
    '"name":"/srv/probe/secret"' '"denied_mask":"r"'
probe_expect "file read denied with EACCES" 13 read /srv/probe/secret
expect_record "file denial reported"

watch_record '"apparmor":"DENIED"' '"operation":"capable"' \
    '"profile":"armorer-probe"' '"name":"setuid"'
probe_expect "capability setuid denied with EPERM" 1 setuid
expect_record "capability denial reported"

watch_record '"apparmor":"DENIED"' '"operation":"create"' '"profile":"armorer-probe"' \
    '"family":"inet"' '"sock_type":"dgram"'
probe_expect "inet dgram socket denied with EACCES" 13 socket
expect_record "network denial reported"

sleep 300 &
target=$!
watch_record '"apparmor":"DENIED"' '"operation":"signal"' '"profile":"armorer-probe"' \
    '"signal":"winch"' '"peer":"unconfined"'
probe_expect "signal to an unconfined process denied with EACCES" 13 kill "$target"
expect_record "signal denial reported"
kill "$target"

# The records really come from the kernel log, not from the source's imagination.
n=$(dmesg | grep -c 'apparmor="DENIED".*profile="armorer-probe"')
if [ "$n" -ge 4 ]; then ok "the kernel log holds the denials ($n records)"; else not_ok "the kernel log holds the denials" "$(dmesg | tail -20)"; fi
denials_stop
