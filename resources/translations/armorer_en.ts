<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AllowDialog</name>
    <message numerus="yes">
        <source>Write to %1 instead, for all %n profile(s) that include it</source>
        <translation>
            <numerusform>Write to %1 instead, for all %n profile that include it</numerusform>
            <numerusform>Write to %1 instead, for all %n profiles that include it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllowFlow</name>
    <message numerus="yes">
        <source>This rule makes %n existing rule(s) redundant.</source>
        <translation>
            <numerusform>This rule makes %n existing rule redundant.</numerusform>
            <numerusform>This rule makes %n existing rules redundant.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DenialTray</name>
    <message numerus="yes">
        <source>Armorer: %n unseen AppArmor denial(s)</source>
        <translation>
            <numerusform>Armorer: %n unseen AppArmor denial</numerusform>
            <numerusform>Armorer: %n unseen AppArmor denials</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DenialsView</name>
    <message numerus="yes">
        <source>Notifications are muted for %n profile(s): %1</source>
        <translation>
            <numerusform>Notifications are muted for %n profile: %1</numerusform>
            <numerusform>Notifications are muted for %n profiles: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Denials per %n minute(s), busiest profiles</source>
        <translation>
            <numerusform>Denials per %n minute, busiest profiles</numerusform>
            <numerusform>Denials per %n minutes, busiest profiles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Denials per %n hour(s), busiest profiles</source>
        <translation>
            <numerusform>Denials per %n hour, busiest profiles</numerusform>
            <numerusform>Denials per %n hours, busiest profiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorDocument</name>
    <message numerus="yes">
        <source>%n problem(s) found by apparmor_parser.</source>
        <translation>
            <numerusform>%n problem found by apparmor_parser.</numerusform>
            <numerusform>%n problems found by apparmor_parser.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message numerus="yes">
        <source>This file is not UTF-8: %n byte(s) shown as unknown characters are written back unchanged.</source>
        <translation>
            <numerusform>This file is not UTF-8: %n byte shown as unknown characters are written back unchanged.</numerusform>
            <numerusform>This file is not UTF-8: %n bytes shown as unknown characters are written back unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationThrottle</name>
    <message numerus="yes">
        <source>%n more denial(s) from %1</source>
        <translation>
            <numerusform>%n more denial from %1</numerusform>
            <numerusform>%n more denials from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more denial(s)</source>
        <translation>
            <numerusform>%n more denial</numerusform>
            <numerusform>%n more denials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n profile</numerusform>
            <numerusform>%n profiles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfilesView</name>
    <message numerus="yes">
        <source>%1 of %n profile(s) shown</source>
        <translation>
            <numerusform>%1 of %n profile shown</numerusform>
            <numerusform>%1 of %n profiles shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) confined</source>
        <translation>
            <numerusform>%n process confined</numerusform>
            <numerusform>%n processes confined</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SourceSelector</name>
    <message numerus="yes">
        <source>%1: it holds %n AppArmor record(s) in its last 4 MiB</source>
        <translation>
            <numerusform>%1: it holds %n AppArmor record in its last 4 MiB</numerusform>
            <numerusform>%1: it holds %n AppArmor records in its last 4 MiB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>armorctl</name>
    <message numerus="yes">
        <source>%1 holds %n access record(s); there is no record %2</source>
        <translation>
            <numerusform>%1 holds %n access record; there is no record %2</numerusform>
            <numerusform>%1 holds %n access records; there is no record %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: local/%1 is shared: the rule applies to all %n profile(s) that include it (%2).</source>
        <translation>
            <numerusform>note: local/%1 is shared: the rule applies to all %n profile that include it (%2).</numerusform>
            <numerusform>note: local/%1 is shared: the rule applies to all %n profiles that include it (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: local/%1 is shared by %n profile(s) (%2): the rule goes into local/%3, for %4 alone (--all-sharing writes the shared one).</source>
        <translation>
            <numerusform>note: local/%1 is shared by %n profile (%2): the rule goes into local/%3, for %4 alone (--all-sharing writes the shared one).</numerusform>
            <numerusform>note: local/%1 is shared by %n profiles (%2): the rule goes into local/%3, for %4 alone (--all-sharing writes the shared one).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile file(s) disabled (armorctl enable FILE):</source>
        <translation>
            <numerusform>%n profile file disabled (armorctl enable FILE):</numerusform>
            <numerusform>%n profile files disabled (armorctl enable FILE):</numerusform>
        </translation>
    </message>
</context>
</TS>
