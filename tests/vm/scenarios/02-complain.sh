# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# Issue 6, scenario 8: in complain mode the kernel logs ALLOWED and lets the access through;
# back in enforce mode it denies again. (apparmor_parser directly until the helper can set
# modes.)

denials_start || exit 0

load_profile -C /etc/apparmor.d/armorer-probe || exit 0
mode=$(profile_mode armorer-probe)
if [ "$mode" = complain ]; then ok "apparmor_parser -C: armorer-probe in complain mode"; else not_ok "apparmor_parser -C: armorer-probe in complain mode" "mode: '$mode'"; fi
watch_record '"apparmor":"ALLOWED"' '"operation":"open"' \
    '"profile":"armorer-probe"' '"name":"/srv/probe/secret"'
probe_expect "complain mode: the read succeeds" 0 read /srv/probe/secret
expect_record "complain mode: ALLOWED reported"
if dmesg | grep -q 'apparmor="ALLOWED".*name="/srv/probe/secret"'; then ok "the kernel log holds ALLOWED"; else not_ok "the kernel log holds ALLOWED"; fi

load_profile /etc/apparmor.d/armorer-probe || exit 0
mode=$(profile_mode armorer-probe)
if [ "$mode" = enforce ]; then ok "apparmor_parser -r: armorer-probe back in enforce mode"; else not_ok "apparmor_parser -r: armorer-probe back in enforce mode" "mode: '$mode'"; fi
watch_record '"apparmor":"DENIED"' '"name":"/srv/probe/secret"'
probe_expect "enforce mode again: the read is denied" 13 read /srv/probe/secret
expect_record "enforce mode again: DENIED reported"
denials_stop
