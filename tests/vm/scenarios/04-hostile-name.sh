# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# Issue 6, scenario 3, kernel side: a file whose name holds spaces, a comma, braces, "**"
# and double quotes is denied; an exactly escaped rule added by hand to the local override
# and "apparmor_parser -r" make that file readable and nothing else: each sibling below is
# what the rule would also match if one of the special characters were left unescaped.
# (The rule engine and the helper write this rule in the one-click allow scenarios.)

dir=/srv/probe
hostile="$dir/hostile a,b {c} **\"q\".txt"
siblings="$dir/hostile a,b c **\"q\".txt
$dir/hostile a,b {c} xy\"q\".txt
$dir/hostile a,b {c} **q.txt
$dir/hostile a,b {c} **\"q\"Xtxt"
echo data >"$hostile"
printf '%s\n' "$siblings" | while IFS= read -r f; do echo data >"$f"; done

denials_start || exit 0
watch_record '"apparmor":"DENIED"' \
    '"name":"/srv/probe/hostile a,b {c} **\"q\".txt"' '"denied_mask":"r"'
probe_expect "hostile name: read denied" 13 read "$hostile"
expect_record "hostile name: denial reported with the exact name"

# The rule as the rule engine must write it: quoted (spaces), with the glob characters and
# the quotes backslash-escaped. Written byte for byte, no shell expansion.
printf '%s\n' '"/srv/probe/hostile a,b \{c\} \*\*\"q\".txt" r,' >/etc/apparmor.d/local/armorer-probe
load_profile /etc/apparmor.d/armorer-probe || exit 0
probe_expect "hostile name: readable after the exact rule" 0 read "$hostile"
printf '%s\n' "$siblings" | while IFS= read -r f; do
    probe_expect "sibling still denied: $(basename "$f")" 13 read "$f"
done
probe_expect "the rest of the directory still denied" 13 read "$dir/secret"

# Taking the rule out again denies again (the kernel side of Undo).
: >/etc/apparmor.d/local/armorer-probe
load_profile /etc/apparmor.d/armorer-probe || exit 0
probe_expect "hostile name: denied again after the rule is removed" 13 read "$hostile"
denials_stop
