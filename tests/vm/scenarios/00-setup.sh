# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# The VM itself: AppArmor is on, the project's binaries find their libraries, the test
# profiles load in the modes they declare.

check "AppArmor is enabled (securityfs lists profiles)" test -r "$PROFILES"
for bin in /armorer/bin/* "$PROBE"; do
    missing=$(ldd "$bin" 2>&1 | grep 'not found')
    if [ -z "$missing" ]; then ok "$(basename "$bin"): every library is in the image"; else not_ok "$(basename "$bin"): every library is in the image" "$missing"; fi
done

mkdir -p /srv/probe
for f in allowed secret canary; do echo "$f" >"/srv/probe/$f"; done
start=$(now_ms)
load_profile /etc/apparmor.d/armorer-probe /etc/apparmor.d/armorer-probe-complain &&
    figure "apparmor_parser -r (two profiles, cold)" "$(($(now_ms) - start)) ms"
mode=$(profile_mode armorer-probe)
if [ "$mode" = enforce ]; then ok "armorer-probe is loaded in enforce mode"; else not_ok "armorer-probe is loaded in enforce mode" "mode: '$mode'" "$(cat "$PROFILES")"; fi
mode=$(profile_mode armorer-probe-complain)
if [ "$mode" = complain ]; then ok "armorer-probe-complain is loaded in complain mode"; else not_ok "armorer-probe-complain is loaded in complain mode" "mode: '$mode'"; fi
probe_expect "the profile allows what it lists (read /srv/probe/allowed)" 0 read /srv/probe/allowed
