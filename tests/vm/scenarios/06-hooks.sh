# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# Hooks for the one-click allow scenarios of issue 6. Each "todo" below is reported as
# "not ok ... # TODO" and never counted as passed; replace it with the scenario when the
# helper (armorer-helper on the system bus, polkit-authorized) and "armorctl allow" exist.
# What is already real here: the system bus and polkitd run in the VM, and the baseline of
# the allow benchmark (bare apparmor_parser -r) is measured.

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

out=$(armorer-vmtool bench 3 -- apparmor_parser -r /etc/apparmor.d/armorer-probe) &&
    figure "bare apparmor_parser -r armorer-probe (allow benchmark baseline)" "$out"

# Scenario 2: as armorer-test, with a polkit rule granting io.github.armorer.* to that user,
# "armorctl allow" (through armorer-helper) allows the file denial of 01-denials: the
# override holds the rule, the profile is reloaded, the probe now reads /srv/probe/secret
# and /srv/probe/allowed-sibling is still denied.
todo "allow through the helper as a polkit-authorized non-root user" "needs armorer-helper + armorctl allow"
# Scenario 4: the same request with a polkit rule returning polkit.Result.NO: refused, the
# override file is byte-for-byte unchanged, the kernel policy hash is unchanged, still denied.
todo "polkit NO: refused, nothing written, behaviour unchanged" "needs armorer-helper"
# Scenario 5: the helper is asked for an override that does not compile: rejected with the
# parser's error, nothing written, kernel policy hash unchanged (05-reload-failure shows the
# parser side).
todo "invalid override rejected by the helper" "needs armorer-helper"
# Scenario 6: the parser accepts the override but the kernel load fails: the helper restores
# the previous override and policy.
todo "rollback on kernel reload failure" "needs armorer-helper"
# Scenario 7: Undo of the allow of scenario 2: the access is denied again (04-hostile-name
# shows the kernel side).
todo "Undo: the access is denied again" "needs armorer-helper"
# Benchmark: the allow round trip (request to reload complete) against the baseline above;
# goal at most 1.5x.
todo "allow round trip benchmark vs bare apparmor_parser -r" "needs armorer-helper + armorctl allow"
