# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# Issue 6, scenario 9: "armorctl status --json" equals "aa-status --json" field by field
# (profiles and processes) on a real kernel with confined processes in two modes, and the
# benchmark of both (the aa-status comparison of the loaded-profiles issue).

# More policy than the two test profiles: the first 30 profiles the apparmor package ships
# (all 120 take about 30 s to compile under TCG; the count is what the listing cares about).
start=$(now_ms)
find /etc/apparmor.d -maxdepth 1 -type f | LC_ALL=C sort | head -30 | xargs apparmor_parser -r >/run/load-all.log 2>&1
figure "apparmor_parser -r (30 shipped profile files)" "$(($(now_ms) - start)) ms"
loaded=$(wc -l <"$PROFILES")
diag "$loaded profiles loaded"
if [ "$loaded" -ge 20 ]; then ok "the shipped policy loads ($loaded profiles)"; else not_ok "the shipped policy loads" "$(tail -5 /run/load-all.log)"; fi

cp "$PROBE" /usr/local/bin/armorer-probe-complain
"$PROBE" sleep 300 &
p1=$!
"$PROBE" sleep 300 &
p2=$!
/usr/local/bin/armorer-probe-complain sleep 300 &
p3=$!
sleep 0.2

aa-status --json >/run/aa-status.json 2>/run/aa-status.err
echo "aa-status exit $?" >>/run/aa-status.err
armorctl status --json >/run/armorctl.json 2>/run/armorctl.err
echo "armorctl exit $?" >>/run/armorctl.err
if grep -q '"armorer-probe":"enforce"' /run/armorctl.json && grep -q "\"pid\":\"$p3\"" /run/armorctl.json; then
    ok "armorctl status --json lists the test profiles and their processes"
else
    not_ok "armorctl status --json lists the test profiles and their processes" "$(cat /run/armorctl.err)" "$(head -c 600 /run/armorctl.json)"
fi
if out=$(armorer-vmtool json-diff /run/aa-status.json /run/armorctl.json 2>&1); then
    ok "armorctl status --json equals aa-status --json field by field ($loaded profiles, 3 processes)"
else
    not_ok "armorctl status --json equals aa-status --json field by field" "$out" "$(cat /run/aa-status.err /run/armorctl.err)"
fi
# The process entries with their modes, as aa-status reports them.
for pid in $p1 $p2; do
    if grep -q "{\"profile\":\"armorer-probe\",\"pid\":\"$pid\",\"status\":\"enforce\"}" /run/armorctl.json; then
        ok "process $pid: enforce"
    else
        not_ok "process $pid: enforce" "$(head -c 600 /run/armorctl.json)"
    fi
done

if out=$(armorer-vmtool bench 5 -- aa-status --json) && out2=$(armorer-vmtool bench 5 -- armorctl status --json); then
    ok "benchmark: aa-status --json and armorctl status --json"
    figure "aa-status --json ($loaded profiles)" "$out"
    figure "armorctl status --json ($loaded profiles)" "$out2"
    out=$(armorer-vmtool bench 3 -- aa-status) && figure "aa-status (text)" "$out"
    out=$(armorer-vmtool bench 3 -- armorctl status) && figure "armorctl status (text)" "$out"
    # How much of armorctl's time is process start-up (Qt, ICU) rather than the listing.
    out=$(armorer-vmtool bench 3 -- armorctl --version) && figure "armorctl --version (start-up alone)" "$out"
else
    not_ok "benchmark: aa-status --json and armorctl status --json" "$out" "$out2"
fi
kill $p1 $p2 $p3
