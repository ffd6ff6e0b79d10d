<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AllowDialog</name>
    <message numerus="yes">
        <source>Write to %1 instead, for all %n profile(s) that include it</source>
        <translation>
            <numerusform>Stattdessen in %1 schreiben, für das %n Profil, das sie einbindet</numerusform>
            <numerusform>Stattdessen in %1 schreiben, für alle %n Profile, die sie einbinden</numerusform>
        </translation>
    </message>
    <message>
        <source>Allow or deny: %1</source>
        <translation>Erlauben oder verweigern: %1</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Regel:</translation>
    </message>
    <message>
        <source>Which files</source>
        <translation>Welche Dateien</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Custom pattern, e.g. /srv/data/**.csv</source>
        <translation>Eigenes Muster, z. B. /srv/data/**.csv</translation>
    </message>
    <message>
        <source>Recent denials it allows</source>
        <translation>Letzte Ablehnungen, die sie erlaubt</translation>
    </message>
    <message>
        <source>Existing files it reaches</source>
        <translation>Vorhandene Dateien, die sie erfasst</translation>
    </message>
    <message>
        <source>&amp;Allow</source>
        <translation>&amp;Erlauben</translation>
    </message>
    <message>
        <source>&amp;Deny (explicit deny rule, silences the log)</source>
        <translation>&amp;Verweigern (ausdrückliche Deny-Regel, unterdrückt die Protokolleinträge)</translation>
    </message>
    <message>
        <source>Change to the local override:</source>
        <translation>Änderung an der lokalen Anpassung:</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>(no rule to write)</source>
        <translation>(keine Regel zu schreiben)</translation>
    </message>
    <message>
        <source>(%1 already holds this rule)</source>
        <translation>(%1 enthält diese Regel bereits)</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Verweigern</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Unverified record: %1</source>
        <translation>Ungeprüfter Eintrag: %1</translation>
    </message>
    <message>
        <source>I have checked that this access really happened: write the rule anyway</source>
        <translation>Ich habe geprüft, dass dieser Zugriff wirklich stattfand: Regel trotzdem schreiben</translation>
    </message>
    <message>
        <source>Outrank the deny rule: write the allow rule with priority=1</source>
        <translation>Die deny-Regel überstimmen: die allow-Regel mit priority=1 schreiben</translation>
    </message>
    <message>
        <source>Outrank the deny rule: write the allow rule with priority=1.
Warning: %1</source>
        <translation>Die deny-Regel überstimmen: die allow-Regel mit priority=1 schreiben.
Warnung: %1</translation>
    </message>
    <message>
        <source>A deny rule blocks this access: an allow rule cannot win unless it has a higher priority.</source>
        <translation>Eine deny-Regel blockiert diesen Zugriff: eine allow-Regel kann nur mit höherer Priorität gewinnen.</translation>
    </message>
    <message>
        <source>A deny rule blocks this access: an allow rule cannot win. Change the deny rule instead.</source>
        <translation>Eine deny-Regel blockiert diesen Zugriff: eine allow-Regel kann nicht gewinnen. Ändern Sie stattdessen die deny-Regel.</translation>
    </message>
    <message>
        <source>An AppArmor glob: * is any name, ** any path, {a,b} either; it must match the denied file</source>
        <translation>Ein AppArmor-Muster: * ist ein beliebiger Name, ** ein beliebiger Pfad, {a,b} eines von beiden; es muss die verweigerte Datei treffen</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Include &lt;%1&gt; instead: it already covers this access</source>
        <translation>Stattdessen &lt;%1&gt; einbinden: es deckt diesen Zugriff schon ab</translation>
    </message>
    <message>
        <source>Undo would write:</source>
        <translation>Rückgängig würde schreiben:</translation>
    </message>
    <message>
        <source>Redo would write:</source>
        <translation>Wiederholen würde schreiben:</translation>
    </message>
    <message>
        <source>Undo &quot;%1&quot;</source>
        <translation>„%1“ rückgängig</translation>
    </message>
    <message>
        <source>Redo &quot;%1&quot;</source>
        <translation>„%1“ wiederholen</translation>
    </message>
</context>
<context>
    <name>AllowFlow</name>
    <message>
        <source>read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>append</source>
        <translation>Anhängen</translation>
    </message>
    <message>
        <source>execute</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>map as code</source>
        <translation>als Code einblenden</translation>
    </message>
    <message>
        <source>link</source>
        <translation>Verlinken</translation>
    </message>
    <message>
        <source>lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>A program</source>
        <translation>Ein Programm</translation>
    </message>
    <message>
        <source>was refused &quot;%1&quot;, but the record holds too little to build a rule from</source>
        <translation>„%1“ verweigert, aber der Eintrag enthält zu wenig, um daraus eine Regel zu bilden</translation>
    </message>
    <message>
        <source>was denied %1 access to %2</source>
        <translation>Zugriff (%1) auf %2 verweigert</translation>
    </message>
    <message>
        <source>was denied running %1</source>
        <translation>Ausführen von %1 verweigert</translation>
    </message>
    <message>
        <source>was denied the capability %1</source>
        <translation>Capability %1 verweigert</translation>
    </message>
    <message>
        <source>was denied %1 on a %2 %3 socket</source>
        <translation>„%1“ auf einem %2-%3-Socket verweigert</translation>
    </message>
    <message>
        <source>was denied to %1 the signal %2 (peer %3)</source>
        <translation>„%1“ des Signals %2 verweigert (Gegenstelle %3)</translation>
    </message>
    <message>
        <source>was denied D-Bus %1 %2.%3 on the %4 bus</source>
        <translation>D-Bus-„%1“ für %2.%3 auf dem Bus %4 verweigert</translation>
    </message>
    <message>
        <source>was denied &quot;%1&quot; %2</source>
        <translation>„%1“ %2 verweigert</translation>
    </message>
    <message>
        <source>%1 (pid %2, profile %3) %4.</source>
        <translation>%1 (PID %2, Profil %3): %4.</translation>
    </message>
    <message>
        <source>The profile already allows this: it only needs to be reloaded.</source>
        <translation>Das Profil erlaubt dies bereits: Es muss nur neu geladen werden.</translation>
    </message>
    <message numerus="yes">
        <source>This rule makes %n existing rule(s) redundant.</source>
        <translation>
            <numerusform>Diese Regel macht %n vorhandene Regel überflüssig.</numerusform>
            <numerusform>Diese Regel macht %n vorhandene Regeln überflüssig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: the rule is in %1 and the profile was reloaded.</source>
        <translation>Erledigt: Die Regel steht in %1, und das Profil wurde neu geladen.</translation>
    </message>
    <message>
        <source>Undone: %1 is back as it was.</source>
        <translation>Rückgängig gemacht: %1 ist wieder wie vorher.</translation>
    </message>
    <message>
        <source>Not applied: the record is unverified and that was not confirmed. %1</source>
        <translation>Nicht angewendet: Der Eintrag ist ungeprüft, und das wurde nicht bestätigt. %1</translation>
    </message>
    <message>
        <source>Redone: %1 is in %2 again.</source>
        <translation>Wiederholt: %1 steht wieder in %2.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since it was read, so nothing was written. The preview now shows the rule added to the file as it is; apply again to write it.</source>
        <translation>%1 wurde von jemand anderem geändert, nachdem es gelesen wurde, daher wurde nichts geschrieben. Die Vorschau zeigt jetzt die Regel in der Datei, wie sie jetzt ist; wenden Sie sie erneut an, um sie zu schreiben.</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>%1 is %2, not a regular file: refused</source>
        <translation>%1 ist %2, keine reguläre Datei: abgelehnt</translation>
    </message>
    <message>
        <source>%1 is larger than %2: refused</source>
        <translation>%1 ist größer als %2: abgelehnt</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1 is %2, not a log file or a pipe: refused</source>
        <translation>%1 ist %2, weder eine Protokolldatei noch eine Pipe: abgelehnt</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>eine FIFO</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Where to read: auto, journal, audit, kern, syslog, messages or a file.</source>
        <translation>Woraus gelesen wird: auto, journal, audit, kern, syslog, messages oder eine Datei.</translation>
    </message>
    <message>
        <source>armorctl: cannot read the time &quot;%1&quot;</source>
        <translation>armorctl: Die Zeitangabe „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>armorctl: no AppArmor log to read: %1</source>
        <translation>armorctl: Kein AppArmor-Protokoll zum Lesen: %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Explain AppArmor denials: what decided each one (no rule, a deny rule, older policy in the kernel, a rule the kernel or the ABI downgrades, complain-mode exceptions, a stacked or peer profile, the user-namespace restriction, a profile snapd or the Security Profiles Operator owns) and what to change. Reads the log as &quot;armorctl denials&quot; does, or the records given with --record.</source>
        <translation>AppArmor-Ablehnungen erklären: was jede entschieden hat (keine Regel, eine deny-Regel, ältere Richtlinie im Kernel, eine Regel, die der Kernel oder die ABI abschwächt, Ausnahmen im Complain-Modus, ein gestapeltes oder Peer-Profil, die Einschränkung für Benutzer-Namensräume, ein Profil von snapd oder dem Security Profiles Operator) und was zu ändern ist. Liest das Protokoll wie &quot;armorctl denials&quot; oder die mit --record angegebenen Einträge.</translation>
    </message>
    <message>
        <source>Only records at or after &lt;time&gt;: 2026-11-22T10:00, @EPOCH, or relative such as 10m, 2h.</source>
        <translation>Nur Einträge ab &lt;time&gt;: 2026-11-22T10:00, @EPOCH oder relativ wie 10m, 2h.</translation>
    </message>
    <message>
        <source>Explain this log line instead of reading a log (may be given several times).</source>
        <translation>Diese Protokollzeile erklären, statt ein Protokoll zu lesen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>One JSON object per record and line: the record&apos;s fields and &quot;explanation&quot;.</source>
        <translation>Ein JSON-Objekt pro Eintrag und Zeile: die Felder des Eintrags und &quot;explanation&quot;.</translation>
    </message>
    <message>
        <source>armorctl explain: not an AppArmor record: %1</source>
        <translation>armorctl explain: kein AppArmor-Eintrag: %1</translation>
    </message>
</context>
<context>
    <name>DemoRoot</name>
    <message>
        <source>No shipped profiles in %1: install the apparmor and apparmor-profiles packages.</source>
        <translation>Keine mitgelieferten Profile in %1: Installieren Sie die Pakete apparmor und apparmor-profiles.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>%1 kann nicht nach %2 kopiert werden.</translation>
    </message>
    <message>
        <source>No profile headers found in %1.</source>
        <translation>In %1 wurden keine Profilköpfe gefunden.</translation>
    </message>
    <message>
        <source>Cannot write the demo profiles file in %1.</source>
        <translation>Die Profildatei der Demo in %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>DenialDetailsView</name>
    <message>
        <source>&amp;Allow…</source>
        <translation>Erla&amp;uben …</translation>
    </message>
    <message>
        <source>&amp;Mute this profile</source>
        <translation>Dieses Profil &amp;stummschalten</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add a rule that allows exactly this access</source>
        <translation>Eine Regel hinzufügen, die genau diesen Zugriff erlaubt</translation>
    </message>
    <message>
        <source>No more notifications for this profile (the history still records it)</source>
        <translation>Keine Benachrichtigungen mehr für dieses Profil (der Verlauf zeichnet es weiter auf)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Vorkommen</translation>
    </message>
    <message>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Second name</source>
        <translation>Zweiter Name</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Parent PID</source>
        <translation>Eltern-PID</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Executable path</source>
        <translation>Programmpfad</translation>
    </message>
    <message>
        <source>File owner (ouid)</source>
        <translation>Dateieigentümer (ouid)</translation>
    </message>
    <message>
        <source>Caller&apos;s fsuid</source>
        <translation>fsuid des Aufrufers</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>Fehlercode</translation>
    </message>
    <message>
        <source>Peer profile</source>
        <translation>Profil der Gegenstelle</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Gegenstelle</translation>
    </message>
    <message>
        <source>Peer PID</source>
        <translation>PID der Gegenstelle</translation>
    </message>
    <message>
        <source>Peer info</source>
        <translation>Info zur Gegenstelle</translation>
    </message>
    <message>
        <source>Hat</source>
        <translation>Hat</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Network family</source>
        <translation>Netzwerkfamilie</translation>
    </message>
    <message>
        <source>Socket type</source>
        <translation>Socket-Typ</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Local address</source>
        <translation>Lokale Adresse</translation>
    </message>
    <message>
        <source>Local port</source>
        <translation>Lokaler Port</translation>
    </message>
    <message>
        <source>Foreign address</source>
        <translation>Entfernte Adresse</translation>
    </message>
    <message>
        <source>Foreign port</source>
        <translation>Entfernter Port</translation>
    </message>
    <message>
        <source>Unix address</source>
        <translation>Unix-Adresse</translation>
    </message>
    <message>
        <source>Peer address</source>
        <translation>Adresse der Gegenstelle</translation>
    </message>
    <message>
        <source>D-Bus bus</source>
        <translation>D-Bus-Bus</translation>
    </message>
    <message>
        <source>D-Bus path</source>
        <translation>D-Bus-Pfad</translation>
    </message>
    <message>
        <source>D-Bus interface</source>
        <translation>D-Bus-Schnittstelle</translation>
    </message>
    <message>
        <source>D-Bus member</source>
        <translation>D-Bus-Member</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>File system type</source>
        <translation>Dateisystemtyp</translation>
    </message>
    <message>
        <source>Mount flags</source>
        <translation>Einhänge-Optionen</translation>
    </message>
    <message>
        <source>Mount source</source>
        <translation>Einhänge-Quelle</translation>
    </message>
    <message>
        <source>Audit ID</source>
        <translation>Audit-ID</translation>
    </message>
    <message>
        <source>Open Profile in &amp;Editor</source>
        <translation>Profil im &amp;Editor öffnen</translation>
    </message>
    <message>
        <source>Open the file that defines this profile, to change it through its local override</source>
        <translation>Die Datei öffnen, die dieses Profil definiert, um es über seine lokale Anpassung zu ändern</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>yes: logged by the kernel, auditd or the bus daemon</source>
        <translation>ja: vom Kernel, von auditd oder vom Bus-Daemon protokolliert</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unverified record.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Ungeprüfter Eintrag.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Add a rule for this unverified record (asks for confirmation first)</source>
        <translation>Eine Regel für diesen ungeprüften Eintrag hinzufügen (fragt zuerst nach einer Bestätigung)</translation>
    </message>
    <message>
        <source>Why was this denied?</source>
        <translation>Warum wurde das verweigert?</translation>
    </message>
    <message>
        <source>Why was this denied? %1</source>
        <translation>Warum wurde das verweigert? %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>DenialExplainer</name>
    <message>
        <source>snapd generates the profile &quot;%1&quot; from the snap&apos;s interfaces and replaces it on every refresh; Armorer does not edit it.</source>
        <translation>snapd erzeugt das Profil &quot;%1&quot; aus den Schnittstellen des Snaps und ersetzt es bei jeder Aktualisierung; Armorer bearbeitet es nicht.</translation>
    </message>
    <message>
        <source>Connect the snap interface that grants this access (snap connections, snap connect), or report it to the snap&apos;s publisher.</source>
        <translation>Verbinden Sie die Snap-Schnittstelle, die diesen Zugriff gewährt (snap connections, snap connect), oder melden Sie es dem Herausgeber des Snaps.</translation>
    </message>
    <message>
        <source>The Security Profiles Operator loaded the profile &quot;%1&quot; on this node from an AppArmorProfile object; no file here defines it and Armorer does not edit it.</source>
        <translation>Der Security Profiles Operator hat das Profil &quot;%1&quot; auf diesem Knoten aus einem AppArmorProfile-Objekt geladen; keine Datei hier definiert es, und Armorer bearbeitet es nicht.</translation>
    </message>
    <message>
        <source>Change the AppArmorProfile &quot;%1&quot; in the cluster (kubectl edit apparmorprofile %1); the operator reloads it on every node.</source>
        <translation>Ändern Sie das AppArmorProfile &quot;%1&quot; im Cluster (kubectl edit apparmorprofile %1); der Operator lädt es auf jedem Knoten neu.</translation>
    </message>
    <message>
        <source>This system restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns): an unconfined program that creates one is moved to the profile &quot;unprivileged_userns&quot;, which denies it. &quot;%1&quot; is such a program.</source>
        <translation>Dieses System schränkt unprivilegierte Benutzer-Namensräume ein (kernel.apparmor_restrict_unprivileged_userns): ein uneingeschränktes Programm, das einen anlegt, wird in das Profil &quot;unprivileged_userns&quot; versetzt, das es verweigert. &quot;%1&quot; ist ein solches Programm.</translation>
    </message>
    <message>
        <source>Give the program a profile of its own that allows user namespaces, as Ubuntu ships for browsers and container tools. Only do so for a program you trust.</source>
        <translation>Geben Sie dem Programm ein eigenes Profil, das Benutzer-Namensräume erlaubt, wie Ubuntu es für Browser und Container-Werkzeuge mitliefert. Tun Sie das nur für Programme, denen Sie vertrauen.</translation>
    </message>
    <message>
        <source>The log does not name the program&apos;s path; check the attachment (%1).</source>
        <translation>Das Protokoll nennt den Pfad des Programms nicht; prüfen Sie die Zuordnung (%1).</translation>
    </message>
    <message>
        <source>This record is not a denial.</source>
        <translation>Dieser Eintrag ist keine Ablehnung.</translation>
    </message>
    <message>
        <source>The process is confined by a stack of profiles (%1); each of them must allow the access.</source>
        <translation>Der Prozess ist durch einen Stapel von Profilen eingeschränkt (%1); jedes davon muss den Zugriff erlauben.</translation>
    </message>
    <message>
        <source>Find the stacked profile that lacks the rule.</source>
        <translation>Suchen Sie das gestapelte Profil, dem die Regel fehlt.</translation>
    </message>
    <message>
        <source>Change the stacked profile &quot;%1&quot;, not the process&apos;s own.</source>
        <translation>Ändern Sie das gestapelte Profil &quot;%1&quot;, nicht das eigene des Prozesses.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (confined by &quot;%2&quot;) acted on a process confined by &quot;%3&quot;, and it is &quot;%3&quot; that refused (%4): the acting program&apos;s profile is not the one to change.</source>
        <translation>&quot;%1&quot; (eingeschränkt durch &quot;%2&quot;) wirkte auf einen durch &quot;%3&quot; eingeschränkten Prozess, und &quot;%3&quot; hat abgelehnt (%4): nicht das Profil des handelnden Programms ist zu ändern.</translation>
    </message>
    <message>
        <source>its profile</source>
        <translation>sein Profil</translation>
    </message>
    <message>
        <source>Allow it in the profile &quot;%1&quot;.</source>
        <translation>Erlauben Sie es im Profil &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>No profile file under %1 defines &quot;%2&quot;, so no rule there allows it.</source>
        <translation>Keine Profildatei unter %1 definiert &quot;%2&quot;, also erlaubt es dort keine Regel.</translation>
    </message>
    <message>
        <source>Allow it (Allow…): Armorer writes the rule into the profile&apos;s local override.</source>
        <translation>Erlauben (Erlauben…): Armorer schreibt die Regel in die lokale Ergänzung des Profils.</translation>
    </message>
    <message>
        <source>An explicit deny rule blocks it. A deny rule always wins over an allow rule of the same priority, so adding an allow rule changes nothing.</source>
        <translation>Eine ausdrückliche deny-Regel blockiert es. Eine deny-Regel gewinnt immer gegen eine allow-Regel gleicher Priorität; eine allow-Regel hinzuzufügen ändert also nichts.</translation>
    </message>
    <message>
        <source>Change or remove the deny rule, or add an allow rule with a higher priority.</source>
        <translation>Ändern oder entfernen Sie die deny-Regel, oder fügen Sie eine allow-Regel mit höherer Priorität hinzu.</translation>
    </message>
    <message>
        <source>A priority= rule overrides the deny rule that someone wrote on purpose, usually to protect something; every later deny rule of lower priority loses against it too. Prefer changing the deny rule.</source>
        <translation>Eine priority=-Regel setzt sich über die deny-Regel hinweg, die jemand mit Absicht geschrieben hat, meist um etwas zu schützen; auch jede spätere deny-Regel niedrigerer Priorität verliert gegen sie. Ändern Sie besser die deny-Regel.</translation>
    </message>
    <message>
        <source>The deny rule must be changed or removed (AppArmor %1 has no rule priorities).</source>
        <translation>Die deny-Regel muss geändert oder entfernt werden (AppArmor %1 kennt keine Regelprioritäten).</translation>
    </message>
    <message>
        <source>The process runs with no_new_privs, which the kernel enforces in complain mode too: it may not move to a profile that is not a subset of its current one.</source>
        <translation>Der Prozess läuft mit no_new_privs, das der Kernel auch im Complain-Modus durchsetzt: er darf nicht in ein Profil wechseln, das keine Teilmenge seines aktuellen ist.</translation>
    </message>
    <message>
        <source>Start the program without no_new_privs (systemd&apos;s NoNewPrivileges=, a container&apos;s no-new-privileges), or let it run inside the current profile (ix) instead of switching.</source>
        <translation>Starten Sie das Programm ohne no_new_privs (NoNewPrivileges= von systemd, no-new-privileges eines Containers), oder lassen Sie es im aktuellen Profil laufen (ix), statt zu wechseln.</translation>
    </message>
    <message>
        <source>The profile on disk allows it, and so does the policy loaded now: it was reloaded after this denial.</source>
        <translation>Das Profil auf der Platte erlaubt es, ebenso die jetzt geladene Richtlinie: sie wurde nach dieser Ablehnung neu geladen.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>The profile on disk allows it, but the kernel still has older policy for &quot;%1&quot;.</source>
        <translation>Das Profil auf der Platte erlaubt es, aber der Kernel hat noch eine ältere Richtlinie für &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Reload the profile (apparmor_parser -r %1).</source>
        <translation>Laden Sie das Profil neu (apparmor_parser -r %1).</translation>
    </message>
    <message>
        <source>No rule of &quot;%1&quot; or of the files it includes allows it.</source>
        <translation>Keine Regel von &quot;%1&quot; oder der eingebundenen Dateien erlaubt es.</translation>
    </message>
    <message>
        <source>Complain mode let it through and logged it: no rule of &quot;%1&quot; allows it, so enforce mode would deny it.</source>
        <translation>Der Complain-Modus hat es durchgelassen und protokolliert: keine Regel von &quot;%1&quot; erlaubt es, im Enforce-Modus würde es verweigert.</translation>
    </message>
    <message>
        <source>The record carries too little to build a rule.</source>
        <translation>Der Eintrag enthält zu wenig, um eine Regel zu bilden.</translation>
    </message>
    <message>
        <source>This deny rule therefore blocks the whole family and type.</source>
        <translation>Diese Verbotsregel sperrt deshalb die ganze Familie samt Typ.</translation>
    </message>
    <message>
        <source>Declare an ABI that has the feature and run a kernel that mediates it, or change the deny rule so that it does not depend on conditions the kernel cannot check.</source>
        <translation>Eine ABI angeben, die diese Funktion hat, und einen Kernel verwenden, der sie durchsetzt, oder die Verbotsregel so ändern, dass sie nicht von Bedingungen abhängt, die der Kernel nicht prüfen kann.</translation>
    </message>
    <message>
        <source>The profile is in complain mode, but the kernel still enforces its plain deny rules: this deny rule refused it.</source>
        <translation>Das Profil ist im Complain-Modus, aber der Kernel setzt seine einfachen deny-Regeln weiterhin durch: diese deny-Regel hat es verweigert.</translation>
    </message>
    <message>
        <source>Complain mode let it through and logged it, but a deny rule matches: in enforce mode this rule refuses it, and adding an allow rule changes nothing.</source>
        <translation>Der Complain-Modus hat es durchgelassen und protokolliert, aber eine deny-Regel passt: im Enforce-Modus verweigert diese Regel es, und eine zusätzliche allow-Regel ändert daran nichts.</translation>
    </message>
</context>
<context>
    <name>DenialJson</name>
    <message>
        <source>not an AppArmor record (no &quot;apparmor&quot; key)</source>
        <translation>kein AppArmor-Eintrag (kein Schlüssel &quot;apparmor&quot;)</translation>
    </message>
    <message>
        <source>a field has the wrong type</source>
        <translation>ein Feld hat den falschen Typ</translation>
    </message>
</context>
<context>
    <name>DenialListModel</name>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Vorgang</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (ungeprüft)</translation>
    </message>
</context>
<context>
    <name>DenialTray</name>
    <message>
        <source>Muted profiles</source>
        <translation>Stummgeschaltete Profile</translation>
    </message>
    <message>
        <source>Show &amp;denials</source>
        <translation>Ablehnungen &amp;anzeigen</translation>
    </message>
    <message>
        <source>Mark all as &amp;seen</source>
        <translation>Alle als &amp;gelesen markieren</translation>
    </message>
    <message>
        <source>&amp;Quit notifier</source>
        <translation>Benachrichtigung &amp;beenden</translation>
    </message>
    <message numerus="yes">
        <source>Armorer: %n unseen AppArmor denial(s)</source>
        <translation>
            <numerusform>Armorer: %n ungelesene AppArmor-Ablehnung</numerusform>
            <numerusform>Armorer: %n ungelesene AppArmor-Ablehnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Armorer: no new AppArmor denials</source>
        <translation>Armorer: keine neuen AppArmor-Ablehnungen</translation>
    </message>
    <message>
        <source>Unmute %1</source>
        <translation>Stummschaltung von %1 aufheben</translation>
    </message>
</context>
<context>
    <name>DenialsView</name>
    <message>
        <source>Profile &amp;loads</source>
        <translation>Laden &amp;von Profilen</translation>
    </message>
    <message>
        <source>Search profile, path, command…</source>
        <translation>Profil, Pfad, Befehl suchen …</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Alle Profile</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Alle Klassen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Also show profile loads and replacements</source>
        <translation>Auch das Laden und Ersetzen von Profilen anzeigen</translation>
    </message>
    <message>
        <source>No log is being read.</source>
        <translation>Es wird kein Protokoll gelesen.</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source> — following new records</source>
        <translation> – neue Einträge werden verfolgt</translation>
    </message>
    <message>
        <source>&amp;Unmute</source>
        <translation>&amp;Stummschaltung aufheben</translation>
    </message>
    <message numerus="yes">
        <source>Notifications are muted for %n profile(s): %1</source>
        <translation>
            <numerusform>Benachrichtigungen für %n Profil stumm: %1</numerusform>
            <numerusform>Benachrichtigungen für %n Profile stumm: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unmute %1</source>
        <translation>%1 nicht mehr stumm</translation>
    </message>
    <message>
        <source>Unmute &amp;All</source>
        <translation>&amp;Alle nicht mehr stumm</translation>
    </message>
    <message>
        <source>Denials over time: none yet</source>
        <translation>Verweigerungen im Zeitverlauf: noch keine</translation>
    </message>
    <message numerus="yes">
        <source>Denials per %n minute(s), busiest profiles</source>
        <translation>
            <numerusform>Verweigerungen pro Minute, aktivste Profile</numerusform>
            <numerusform>Verweigerungen pro %n Minuten, aktivste Profile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Denials per %n hour(s), busiest profiles</source>
        <translation>
            <numerusform>Verweigerungen pro Stunde, aktivste Profile</numerusform>
            <numerusform>Verweigerungen pro %n Stunden, aktivste Profile</numerusform>
        </translation>
    </message>
    <message>
        <source>Other profiles</source>
        <translation>Andere Profile</translation>
    </message>
    <message>
        <source>&amp;Read Through the Helper</source>
        <translation>Ü&amp;ber den Helfer lesen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>armorer-helper reads the system log for you; polkit decides whether you may (members of adm and systemd-journal may without a password).</source>
        <translation>armorer-helper liest das Systemprotokoll für Sie; polkit entscheidet, ob Sie dürfen (Mitglieder von adm und systemd-journal dürfen es ohne Passwort).</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Allow…</source>
        <translation>Erlauben …</translation>
    </message>
    <message>
        <source>Mute this profile</source>
        <translation>Dieses Profil stummschalten</translation>
    </message>
</context>
<context>
    <name>DiagnosticsModel</name>
    <message>
        <source>(no file)</source>
        <translation>(keine Datei)</translation>
    </message>
    <message>
        <source>%1
apparmor_parser reported line %2 of %3: a rule without its final comma is reported at the next token.</source>
        <translation>%1
apparmor_parser meldete Zeile %2 von %3: Eine Regel ohne abschließendes Komma wird erst beim nächsten Token gemeldet.</translation>
    </message>
    <message>
        <source>%1
The parser named no file or line.</source>
        <translation>%1
Der Parser nannte keine Datei und keine Zeile.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>In Plain Words</source>
        <translation>In einfachen Worten</translation>
    </message>
</context>
<context>
    <name>DiffPreviewDialog</name>
    <message>
        <source>Review changes to %1</source>
        <translation>Änderungen an %1 überprüfen</translation>
    </message>
    <message>
        <source>Changes in %1</source>
        <translation>Änderungen in %1</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>&amp;Unified</source>
        <translation>&amp;Vereinheitlicht</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>&amp;Nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>These changes will be written to &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Diese Änderungen werden in &lt;b&gt;%1&lt;/b&gt; geschrieben:</translation>
    </message>
    <message>
        <source>Differences in &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Unterschiede in &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
</context>
<context>
    <name>DisableProfileDialog</name>
    <message>
        <source>Disable Profile</source>
        <translation>Profil deaktivieren</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>%1 deaktivieren?</translation>
    </message>
    <message>
        <source>Every profile in %1 is removed from the kernel.</source>
        <translation>Jedes Profil in %1 wird aus dem Kernel entfernt.</translation>
    </message>
    <message>
        <source>These profiles in %1 are removed from the kernel together, and the processes they confine are no longer confined by them:
%2</source>
        <translation>Diese Profile in %1 werden gemeinsam aus dem Kernel entfernt, und die Prozesse, die sie einschränken, sind nicht mehr durch sie eingeschränkt:
%2</translation>
    </message>
    <message>
        <source>The file stays, with a link in disable/ as aa-disable makes it, so it stays off after a reboot. Undo brings it back (Profile → Undo, or armorctl enable %1).</source>
        <translation>Die Datei bleibt, mit einem Link in disable/, wie aa-disable ihn anlegt, und bleibt so auch nach einem Neustart aus. Rückgängig holt sie zurück (Profil → Rückgängig oder armorctl enable %1).</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
</context>
<context>
    <name>EditorDocument</name>
    <message>
        <source>Edit the shipped file?</source>
        <translation>Die mitgelieferte Datei bearbeiten?</translation>
    </message>
    <message>
        <source>%1 belongs to a package: the next update of that package will replace it and your changes with it (or leave a .dpkg-dist file beside it).

A local override keeps your changes. Edit this file anyway?</source>
        <translation>%1 gehört zu einem Paket: Die nächste Aktualisierung dieses Pakets ersetzt sie und damit Ihre Änderungen (oder legt eine .dpkg-dist-Datei daneben).

Eine lokale Ergänzung behält Ihre Änderungen. Diese Datei trotzdem bearbeiten?</translation>
    </message>
    <message>
        <source>Include the override?</source>
        <translation>Die Ergänzung einbinden?</translation>
    </message>
    <message>
        <source>%1 does not include local/%2, so the override would have no effect. Add &quot;include if exists &lt;local/%2&gt;&quot; at the end of the profile?</source>
        <translation>%1 bindet local/%2 nicht ein, daher hätte die Ergänzung keine Wirkung. „include if exists &lt;local/%2&gt;“ am Ende des Profils hinzufügen?</translation>
    </message>
    <message>
        <source>%1 does not include this override: it has no effect yet.</source>
        <translation>%1 bindet diese Ergänzung nicht ein: Sie hat noch keine Wirkung.</translation>
    </message>
    <message>
        <source>✔ Valid: apparmor_parser accepts it (%1 ms).</source>
        <translation>✔ Gültig: apparmor_parser akzeptiert es (%1 ms).</translation>
    </message>
    <message>
        <source>Could not check: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found by apparmor_parser.</source>
        <translation>
            <numerusform>%n Problem von apparmor_parser gefunden.</numerusform>
            <numerusform>%n Probleme von apparmor_parser gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your text is kept here.</source>
        <translation>Ihr Text bleibt hier erhalten.</translation>
    </message>
</context>
<context>
    <name>EditorPage</name>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>Review the changes and write them</source>
        <translation>Die Änderungen überprüfen und schreiben</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>Ne&amp;u laden</translation>
    </message>
    <message>
        <source>Edit &amp;Local Override</source>
        <translation>Lokale Anpassung &amp;bearbeiten</translation>
    </message>
    <message>
        <source>Put your changes in local/NAME, which package updates keep</source>
        <translation>Ihre Änderungen in local/NAME ablegen, das bei Paketaktualisierungen erhalten bleibt</translation>
    </message>
    <message>
        <source>Edit This File…</source>
        <translation>Diese Datei bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Prü&amp;fen</translation>
    </message>
    <message>
        <source>Check with apparmor_parser now</source>
        <translation>Jetzt mit apparmor_parser prüfen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 has changes that are not written yet.</source>
        <translation>%1 hat Änderungen, die noch nicht geschrieben sind.</translation>
    </message>
    <message>
        <source>This profile is shipped by a package and opens read-only: an update would replace your changes. Put them in its local override, local/%1.</source>
        <translation>Dieses Profil wird von einem Paket mitgeliefert und schreibgeschützt geöffnet: Eine Aktualisierung würde Ihre Änderungen ersetzen. Legen Sie sie in seiner lokalen Anpassung local/%1 ab.</translation>
    </message>
    <message>
        <source>Edit Local Override</source>
        <translation>Lokale Anpassung bearbeiten</translation>
    </message>
    <message>
        <source>Edit the Profile Itself…</source>
        <translation>Das Profil selbst bearbeiten …</translation>
    </message>
    <message>
        <source>Shared by many profiles and shipped by a package: opened read-only.</source>
        <translation>Von vielen Profilen genutzt und von einem Paket mitgeliefert: schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>Edit Anyway…</source>
        <translation>Trotzdem bearbeiten …</translation>
    </message>
    <message>
        <source>Outside the profile directory: opened read-only.</source>
        <translation>Außerhalb des Profilverzeichnisses: schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Choose a file in the profile directory</source>
        <translation>Wählen Sie eine Datei im Profilverzeichnis</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben …</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 wurde nicht geschrieben: %2</translation>
    </message>
    <message>
        <source>Reload?</source>
        <translation>Neu laden?</translation>
    </message>
    <message>
        <source>Discard your changes and reload the file from disk?</source>
        <translation>Ihre Änderungen verwerfen und die Datei neu vom Datenträger laden?</translation>
    </message>
    <message>
        <source>%1 was removed from disk. Your text is kept here.</source>
        <translation>%1 wurde vom Datenträger entfernt. Ihr Text bleibt hier erhalten.</translation>
    </message>
    <message>
        <source>Reloaded: the file changed on disk.</source>
        <translation>Neu geladen: Die Datei wurde auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>%1 changed on disk while you were editing it.</source>
        <translation>%1 wurde auf dem Datenträger geändert, während Sie die Datei bearbeitet haben.</translation>
    </message>
    <message>
        <source>Reload from Disk</source>
        <translation>Vom Datenträger neu laden</translation>
    </message>
    <message>
        <source>Keep My Edit</source>
        <translation>Meine Bearbeitung behalten</translation>
    </message>
    <message>
        <source>Show Differences</source>
        <translation>Unterschiede anzeigen</translation>
    </message>
    <message>
        <source>Cannot save a draft: %1</source>
        <translation>Ein Entwurf kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Unsaved changes to this file from %1 were kept as a draft; the file has changed on disk since.</source>
        <translation>Ungespeicherte Änderungen an dieser Datei vom %1 wurden als Entwurf aufbewahrt; die Datei wurde seitdem auf dem Datenträger geändert.</translation>
    </message>
    <message>
        <source>Unsaved changes to this file from %1 were kept as a draft.</source>
        <translation>Ungespeicherte Änderungen an dieser Datei vom %1 wurden als Entwurf aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore Draft</source>
        <translation>Entwurf wiederherstellen</translation>
    </message>
    <message>
        <source>Discard Draft</source>
        <translation>Entwurf verwerfen</translation>
    </message>
    <message>
        <source>Go to Line</source>
        <translation>Gehe zu Zeile</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to where you came from</source>
        <translation>Zurück dorthin, wo Sie herkamen</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>Forward again</source>
        <translation>Wieder vorwärts</translation>
    </message>
    <message>
        <source>Read the file again from disk</source>
        <translation>Die Datei erneut von der Festplatte lesen</translation>
    </message>
    <message>
        <source>Edit the shipped file itself (a package update would replace it)</source>
        <translation>Die mitgelieferte Datei selbst bearbeiten (eine Paketaktualisierung würde sie ersetzen)</translation>
    </message>
    <message>
        <source>Find (Ctrl+F); replace: Ctrl+H</source>
        <translation>Suchen (Strg+F); ersetzen: Strg+H</translation>
    </message>
    <message>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <source>Go to a line</source>
        <translation>Zu einer Zeile gehen</translation>
    </message>
    <message numerus="yes">
        <source>This file is not UTF-8: %n byte(s) shown as unknown characters are written back unchanged.</source>
        <translation>
            <numerusform>Diese Datei ist kein UTF-8: %n Byte, als unbekanntes Zeichen angezeigt, wird unverändert zurückgeschrieben.</numerusform>
            <numerusform>Diese Datei ist kein UTF-8: %n Bytes, als unbekannte Zeichen angezeigt, werden unverändert zurückgeschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line (1–%1):</source>
        <translation>Zeile (1–%1):</translation>
    </message>
    <message>
        <source>%1 was not written.</source>
        <translation>%1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>%1 was changed by someone else since you opened it, so nothing was written. Your text is kept here.</source>
        <translation>%1 wurde von jemand anderem geändert, seit Sie die Datei geöffnet haben, daher wurde nichts geschrieben. Ihr Text bleibt hier erhalten.</translation>
    </message>
    <message>
        <source>Overwrite with My Text</source>
        <translation>Mit meinem Text überschreiben</translation>
    </message>
    <message>
        <source>Discard your changes and load the file as it is on disk now?</source>
        <translation>Ihre Änderungen verwerfen und die Datei so laden, wie sie jetzt auf dem Datenträger ist?</translation>
    </message>
    <message>
        <source>Wrote %1. The file is disabled, so nothing was loaded.</source>
        <translation>%1 geschrieben. Die Datei ist deaktiviert, daher wurde nichts geladen.</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>Not a denial</source>
        <translation>Keine Ablehnung</translation>
    </message>
    <message>
        <source>No rule allows it</source>
        <translation>Keine Regel erlaubt es</translation>
    </message>
    <message>
        <source>A deny rule blocks it</source>
        <translation>Eine deny-Regel blockiert es</translation>
    </message>
    <message>
        <source>The kernel has older policy</source>
        <translation>Der Kernel hat eine ältere Richtlinie</translation>
    </message>
    <message>
        <source>The rule is downgraded</source>
        <translation>Die Regel wird abgeschwächt</translation>
    </message>
    <message>
        <source>Denied in complain mode</source>
        <translation>Im Complain-Modus verweigert</translation>
    </message>
    <message>
        <source>Another profile decided</source>
        <translation>Ein anderes Profil hat entschieden</translation>
    </message>
    <message>
        <source>User namespaces are restricted</source>
        <translation>Benutzer-Namensräume sind eingeschränkt</translation>
    </message>
    <message>
        <source>The profile is managed elsewhere</source>
        <translation>Das Profil wird anderswo verwaltet</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Abhilfe: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export %1 for Containers and Kubernetes</source>
        <translation>%1 für Container und Kubernetes exportieren</translation>
    </message>
    <message>
        <source>Name the profile is loaded under</source>
        <translation>Name, unter dem das Profil geladen wird</translation>
    </message>
    <message>
        <source>Enforce</source>
        <translation>Erzwingen</translation>
    </message>
    <message>
        <source>Complain</source>
        <translation>Protokollieren</translation>
    </message>
    <message>
        <source>Mode of the structured (v1) profile</source>
        <translation>Modus des strukturierten (v1-)Profils</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Mode (v1):</source>
        <translation>&amp;Modus (v1):</translation>
    </message>
    <message>
        <source>Export formats</source>
        <translation>Exportformate</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>Docker</source>
        <translation>Docker</translation>
    </message>
    <message>
        <source>LXC</source>
        <translation>LXC</translation>
    </message>
    <message>
        <source>What the structured form cannot express</source>
        <translation>Was die strukturierte Form nicht ausdrücken kann</translation>
    </message>
    <message>
        <source>What SPO&apos;s structured v1 form cannot express (v1alpha1 carries the profile exactly):</source>
        <translation>Was die strukturierte v1-Form von SPO nicht ausdrücken kann (v1alpha1 überträgt das Profil exakt):</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the shown format (%1)</source>
        <translation>Das angezeigte Format kopieren (%1)</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern …</translation>
    </message>
    <message>
        <source>&amp;Deploy with kubectl</source>
        <translation>Mit kubectl &amp;bereitstellen</translation>
    </message>
    <message>
        <source>Run &quot;kubectl apply -f -&quot; with the AppArmorProfile shown (v1alpha1 unless the v1 page is shown)</source>
        <translation>„kubectl apply -f -“ mit dem angezeigten AppArmorProfile ausführen (v1alpha1, außer die v1-Seite ist zu sehen)</translation>
    </message>
    <message>
        <source>kubectl: %1</source>
        <translation>kubectl: %1</translation>
    </message>
    <message>
        <source>kubectl failed: %1</source>
        <translation>kubectl ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>SPO loads the profile under this name; pods refer to it by the same name.</source>
        <translation>SPO lädt das Profil unter diesem Namen; Pods verweisen mit demselben Namen darauf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not a valid Kubernetes object name.&lt;/b&gt; SPO loads the profile under the AppArmorProfile&apos;s name: use lower case letters, digits, &apos;-&apos; and &apos;.&apos;.</source>
        <translation>&lt;b&gt;Kein gültiger Kubernetes-Objektname.&lt;/b&gt; SPO lädt das Profil unter dem Namen des AppArmorProfile: Verwenden Sie Kleinbuchstaben, Ziffern, „-“ und „.“.</translation>
    </message>
    <message>
        <source># Choose a valid Kubernetes name above.</source>
        <translation># Wählen Sie oben einen gültigen Kubernetes-Namen.</translation>
    </message>
    <message>
        <source>Line %1 (%2): %3 — %4</source>
        <translation>Zeile %1 (%2): %3 – %4</translation>
    </message>
    <message>
        <source>Nothing: the structured form carries every rule.</source>
        <translation>Nichts: Die strukturierte Form überträgt jede Regel.</translation>
    </message>
    <message>
        <source>Show &amp;kubectl Command</source>
        <translation>&amp;kubectl-Befehl anzeigen</translation>
    </message>
    <message>
        <source>kubectl is not installed here. Save the AppArmorProfile (Save…) and run on a machine with cluster access:
%1</source>
        <translation>kubectl ist hier nicht installiert. Speichern Sie das AppArmorProfile (Speichern …) und führen Sie auf einem Rechner mit Clusterzugang aus:
%1</translation>
    </message>
    <message>
        <source>Running kubectl apply -f - …</source>
        <translation>kubectl apply -f - läuft …</translation>
    </message>
    <message>
        <source>Save Export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml);;All files (*)</source>
        <translation>YAML (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>SPO v1 (SPO 1.0, structured)</source>
        <translation>SPO v1 (SPO 1.0, strukturiert)</translation>
    </message>
    <message>
        <source>SPO v1alpha1 (older SPO, exact policy)</source>
        <translation>SPO v1alpha1 (älterer SPO, exakte Richtlinie)</translation>
    </message>
    <message>
        <source>SPO loads the profile as %1 (renamed from %2, which is not a valid Kubernetes object name); pods refer to it by that name.</source>
        <translation>SPO lädt das Profil als %1 (umbenannt von %2, das kein gültiger Kubernetes-Objektname ist); Pods verweisen mit diesem Namen darauf.</translation>
    </message>
</context>
<context>
    <name>FeatureSet</name>
    <message>
        <source>this kernel</source>
        <translation>dieser Kernel</translation>
    </message>
    <message>
        <source>the profile&apos;s declared ABI</source>
        <translation>die deklarierte ABI des Profils</translation>
    </message>
    <message>
        <source>%1 has no fine-grained unix socket mediation: the rule is reduced to &quot;network unix&quot;.</source>
        <translation>%1 hat keine feingranulare Kontrolle von Unix-Sockets: die Regel wird auf &quot;network unix&quot; reduziert.</translation>
    </message>
    <message>
        <source>%1 does not mediate user namespaces: the rule has no effect.</source>
        <translation>%1 kontrolliert keine Benutzer-Namensräume: die Regel ist wirkungslos.</translation>
    </message>
    <message>
        <source>%1 does not mediate io_uring: the rule has no effect.</source>
        <translation>%1 kontrolliert io_uring nicht: die Regel ist wirkungslos.</translation>
    </message>
    <message>
        <source>%1 does not mediate POSIX message queues: the rule has no effect.</source>
        <translation>%1 kontrolliert keine POSIX-Nachrichtenwarteschlangen: die Regel ist wirkungslos.</translation>
    </message>
    <message>
        <source>%1 does not mediate D-Bus: the rule has no effect.</source>
        <translation>%1 kontrolliert D-Bus nicht: die Regel ist wirkungslos.</translation>
    </message>
    <message>
        <source>%1 has no fine-grained network mediation (ip=, port=): apparmor_parser applies the rule to the whole family and type, so it allows or denies more than it says.</source>
        <translation>%1 hat keine feine Netzwerkkontrolle (ip=, port=): apparmor_parser wendet die Regel auf die ganze Familie samt Typ an, sie erlaubt oder verbietet also mehr, als sie sagt.</translation>
    </message>
</context>
<context>
    <name>FileScope</name>
    <message>
        <source>Only this file</source>
        <translation>Nur diese Datei</translation>
    </message>
    <message>
        <source>Everything in %1</source>
        <translation>Alles in %1</translation>
    </message>
    <message>
        <source>Everything in %1 and below</source>
        <translation>Alles in %1 und darunter</translation>
    </message>
    <message>
        <source>Every .%1 file in %2</source>
        <translation>Jede .%1-Datei in %2</translation>
    </message>
    <message>
        <source>The same file in every user&apos;s home</source>
        <translation>Dieselbe Datei im Persönlichen Ordner jedes Benutzers</translation>
    </message>
    <message>
        <source>The same file of any process</source>
        <translation>Dieselbe Datei jedes beliebigen Prozesses</translation>
    </message>
    <message>
        <source>Any version of %1</source>
        <translation>Jede Version von %1</translation>
    </message>
    <message>
        <source>Custom pattern</source>
        <translation>Eigenes Muster</translation>
    </message>
    <message>
        <source>A pattern starts with / or a variable such as @{HOME}.</source>
        <translation>Ein Muster beginnt mit / oder einer Variablen wie @{HOME}.</translation>
    </message>
    <message>
        <source>A pattern cannot hold quotes or control characters.</source>
        <translation>Ein Muster darf keine Anführungszeichen oder Steuerzeichen enthalten.</translation>
    </message>
    <message>
        <source>A pattern cannot end with a lone backslash.</source>
        <translation>Ein Muster darf nicht mit einem einzelnen Rückstrich enden.</translation>
    </message>
    <message>
        <source>Every folder in %1</source>
        <translation>Jeder Ordner in %1</translation>
    </message>
    <message>
        <source>Every folder in %1 and below</source>
        <translation>Jeder Ordner in %1 und darunter</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Match &amp;case</source>
        <translation>Groß-/Kleinschreibung beach&amp;ten</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Nächstes</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Vorheriges</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>Erset&amp;zen</translation>
    </message>
    <message>
        <source>Replace &amp;All</source>
        <translation>Alle e&amp;rsetzen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Armorer</source>
        <translation>Willkommen bei Armorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Armorer is ready&lt;/h3&gt;&lt;p&gt;Everything it needs is in place.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Armorer ist bereit&lt;/h3&gt;&lt;p&gt;Alles Nötige ist vorhanden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Armorer needs a few things&lt;/h3&gt;&lt;p&gt;Some parts cannot work on this system yet. Here is what is missing and how to fix it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Armorer braucht noch etwas&lt;/h3&gt;&lt;p&gt;Einige Teile können auf diesem System noch nicht arbeiten. Hier steht, was fehlt und wie Sie es beheben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlt</translation>
    </message>
    <message>
        <source>How to fix:</source>
        <translation>So beheben Sie es:</translation>
    </message>
    <message>
        <source>&amp;Show this at start while something is missing</source>
        <translation>Beim Start &amp;anzeigen, solange etwas fehlt</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>FleetExport</name>
    <message>
        <source>left out</source>
        <translation>weggelassen</translation>
    </message>
    <message>
        <source>broader</source>
        <translation>weiter gefasst</translation>
    </message>
    <message>
        <source>not carried</source>
        <translation>nicht übertragen</translation>
    </message>
    <message>
        <source>The file defines no profile.</source>
        <translation>Die Datei definiert kein Profil.</translation>
    </message>
    <message>
        <source>The file defines %1 profiles; name the one to export.</source>
        <translation>Die Datei definiert %1 Profile; nennen Sie das zu exportierende.</translation>
    </message>
    <message>
        <source>The file does not define the profile &quot;%1&quot;.</source>
        <translation>Die Datei definiert das Profil „%1“ nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a child profile or hat; export its top-level profile.</source>
        <translation>„%1“ ist ein Unterprofil oder Hat; exportieren Sie das übergeordnete Profil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a top-level profile.</source>
        <translation>„%1“ kann kein Profil der obersten Ebene benennen.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; has no closing brace.</source>
        <translation>Dem Profil „%1“ fehlt die schließende Klammer.</translation>
    </message>
    <message>
        <source>Cannot rename the profile&apos;s header.</source>
        <translation>Der Profilkopf kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>spec.abstract has no nested blocks (child profiles, hats, conditionals).</source>
        <translation>spec.abstract kennt keine verschachtelten Blöcke (Unterprofile, Hats, Bedingungen).</translation>
    </message>
    <message>
        <source>Includes are not expanded; SPO&apos;s generated profile only includes abstractions/base.</source>
        <translation>Includes werden nicht aufgelöst; das von SPO erzeugte Profil bindet nur abstractions/base ein.</translation>
    </message>
    <message>
        <source>(no include &lt;abstractions/base&gt;)</source>
        <translation>(kein include &lt;abstractions/base&gt;)</translation>
    </message>
    <message>
        <source>SPO&apos;s generated profile always includes abstractions/base.</source>
        <translation>Das von SPO erzeugte Profil bindet immer abstractions/base ein.</translation>
    </message>
    <message>
        <source>Deny rules cannot be expressed: the v1 profile only lists allowed access, so an allowed path or permission there may cover what this rule denied.</source>
        <translation>Deny-Regeln lassen sich nicht ausdrücken: Das v1-Profil listet nur erlaubte Zugriffe, daher kann ein dort erlaubter Pfad oder ein Recht abdecken, was diese Regel verweigert hat.</translation>
    </message>
    <message>
        <source>Owner-only access cannot be expressed; keeping it would allow other users&apos; files.</source>
        <translation>Zugriff nur für den Eigentümer lässt sich nicht ausdrücken; ihn zu behalten würde die Dateien anderer Benutzer erlauben.</translation>
    </message>
    <message>
        <source>The audit flag is not carried: the access is no longer logged.</source>
        <translation>Das audit-Kennzeichen wird nicht übertragen: Der Zugriff wird nicht mehr protokolliert.</translation>
    </message>
    <message>
        <source>&quot;All capabilities&quot; cannot be expressed; list them.</source>
        <translation>„Alle Capabilities“ lässt sich nicht ausdrücken; zählen Sie sie auf.</translation>
    </message>
    <message>
        <source>spec.abstract only has TCP and UDP over IPv4 (SPO writes &quot;network inet tcp&quot; and &quot;network inet udp&quot;).</source>
        <translation>spec.abstract kennt nur TCP und UDP über IPv4 (SPO schreibt „network inet tcp“ und „network inet udp“).</translation>
    </message>
    <message>
        <source>Only the IPv4 TCP/UDP part is kept; other families (inet6, unix, netlink...), raw and other socket types are left out.</source>
        <translation>Nur der IPv4-TCP/UDP-Teil bleibt erhalten; andere Familien (inet6, unix, netlink …), raw und andere Socket-Typen werden weggelassen.</translation>
    </message>
    <message>
        <source>&quot;All files&quot; cannot be expressed; list the paths.</source>
        <translation>„Alle Dateien“ lässt sich nicht ausdrücken; zählen Sie die Pfade auf.</translation>
    </message>
    <message>
        <source>spec.abstract has no %1 rules.</source>
        <translation>spec.abstract kennt keine %1-Regeln.</translation>
    </message>
    <message>
        <source>Uses %1, defined in this file; SPO&apos;s generated profile only has tunables/global.</source>
        <translation>Verwendet %1, das in dieser Datei definiert ist; das von SPO erzeugte Profil hat nur tunables/global.</translation>
    </message>
    <message>
        <source>Only inherit-execute (ix) exists in spec.abstract; profile transitions (px, cx, ux...) are left out.</source>
        <translation>spec.abstract kennt nur vererbtes Ausführen (ix); Profilwechsel (px, cx, ux …) werden weggelassen.</translation>
    </message>
    <message>
        <source>Link rules cannot be expressed.</source>
        <translation>Link-Regeln lassen sich nicht ausdrücken.</translation>
    </message>
    <message>
        <source>The lock permission (k) cannot be expressed.</source>
        <translation>Das Sperrrecht (k) lässt sich nicht ausdrücken.</translation>
    </message>
    <message>
        <source>Memory-map execute (m) is only expressible together with read (mr).</source>
        <translation>Ausführbares Einblenden (m) lässt sich nur zusammen mit Lesen (mr) ausdrücken.</translation>
    </message>
    <message>
        <source>SPO writes read-write paths as &quot;rwl&quot;: full write and link are added.</source>
        <translation>SPO schreibt Lese-Schreib-Pfade als „rwl“: Volles Schreiben und Verlinken kommen hinzu.</translation>
    </message>
    <message>
        <source>SPO writes write-only paths as &quot;wl&quot;: full write and link are added.</source>
        <translation>SPO schreibt Nur-Schreib-Pfade als „wl“: Volles Schreiben und Verlinken kommen hinzu.</translation>
    </message>
    <message>
        <source>Link permission alone cannot be expressed.</source>
        <translation>Das Verlinkungsrecht allein lässt sich nicht ausdrücken.</translation>
    </message>
    <message>
        <source>What spec.abstract cannot express of the profile &quot;%1&quot;:</source>
        <translation>Was spec.abstract vom Profil „%1“ nicht ausdrücken kann:</translation>
    </message>
    <message>
        <source>line %1 (%2): %3 -- %4</source>
        <translation>Zeile %1 (%2): %3 -- %4</translation>
    </message>
    <message>
        <source>The v1alpha1 form (spec.policy) carries the profile exactly.</source>
        <translation>Die v1alpha1-Form (spec.policy) überträgt das Profil exakt.</translation>
    </message>
    <message>
        <source>Pod or container securityContext (Kubernetes 1.30 or later); the profile must be loaded on the node.</source>
        <translation>securityContext eines Pods oder Containers (Kubernetes 1.30 oder neuer); das Profil muss auf dem Knoten geladen sein.</translation>
    </message>
    <message>
        <source>SPO v1 does not know the capability &quot;%1&quot;.</source>
        <translation>SPO v1 kennt die Capability &quot;%1&quot; nicht.</translation>
    </message>
    <message>
        <source>SPO v1 only accepts paths of letters, digits, _ . / * ? + @ - and @{VARIABLE}; alternations, character classes and escapes are rejected.</source>
        <translation>SPO v1 akzeptiert nur Pfade aus Buchstaben, Ziffern, _ . / * ? + @ - und @{VARIABLE}; Alternativen, Zeichenklassen und Escapes werden abgelehnt.</translation>
    </message>
</context>
<context>
    <name>GrantedRulesController</name>
    <message>
        <source>%1 changed since it was shown, so nothing was written. The list now shows the file as it is.</source>
        <translation>%1 wurde seit der Anzeige geändert, daher wurde nichts geschrieben. Die Liste zeigt jetzt die Datei, wie sie ist.</translation>
    </message>
</context>
<context>
    <name>GrantedRulesModel</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>uid %1</source>
        <translation>UID %1</translation>
    </message>
    <message>
        <source>undo of change %1</source>
        <translation>Rücknahme von Änderung %1</translation>
    </message>
    <message>
        <source>%1 added, %2 removed</source>
        <translation>%1 hinzugefügt, %2 entfernt</translation>
    </message>
    <message>
        <source>Change %1 (%2) by %3, %4</source>
        <translation>Änderung %1 (%2) von %3, %4</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (undo of %2)</source>
        <translation>%1 (Rücknahme von %2)</translation>
    </message>
    <message>
        <source>Line %1 of %2</source>
        <translation>Zeile %1 von %2</translation>
    </message>
    <message>
        <source>This rule cannot be removed on its own here (it spans several lines, appears twice or sits in a block Armorer does not edit): open the override in the editor.</source>
        <translation>Diese Regel kann hier nicht einzeln entfernt werden (sie erstreckt sich über mehrere Zeilen, kommt doppelt vor oder steht in einem Block, den Armorer nicht bearbeitet): Öffnen Sie die lokale Ergänzung im Editor.</translation>
    </message>
    <message>
        <source>No change in the helper&apos;s history added this rule: it was written by hand, or before the history begins.</source>
        <translation>Keine Änderung im Verlauf des Helfers hat diese Regel hinzugefügt: Sie wurde von Hand geschrieben oder stammt aus der Zeit vor Beginn des Verlaufs.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>GrantedRulesView</name>
    <message>
        <source>&amp;Remove rule…</source>
        <translation>Regel &amp;entfernen …</translation>
    </message>
    <message>
        <source>&amp;Undo last change</source>
        <translation>Letzte Änderung &amp;zurücknehmen</translation>
    </message>
    <message>
        <source>Granted rules</source>
        <translation>Erteilte Regeln</translation>
    </message>
    <message>
        <source>Rules granted in the profile&apos;s local override</source>
        <translation>In der lokalen Ergänzung des Profils erteilte Regeln</translation>
    </message>
    <message>
        <source>Take the selected rule out of the local override, after showing the change</source>
        <translation>Die ausgewählte Regel aus der lokalen Ergänzung entfernen, nachdem die Änderung angezeigt wurde</translation>
    </message>
    <message>
        <source>The change was undone and the profile reloaded.</source>
        <translation>Die Änderung wurde zurückgenommen und das Profil neu geladen.</translation>
    </message>
    <message>
        <source>The rule was removed and the profile reloaded.</source>
        <translation>Die Regel wurde entfernt und das Profil neu geladen.</translation>
    </message>
    <message>
        <source>Select a profile to see the rules added for it.</source>
        <translation>Wählen Sie ein Profil, um die dafür hinzugefügten Regeln zu sehen.</translation>
    </message>
    <message>
        <source>No rules added in %1 yet.</source>
        <translation>In %1 wurden noch keine Regeln hinzugefügt.</translation>
    </message>
    <message>
        <source>Rules added in %1:</source>
        <translation>In %1 hinzugefügte Regeln:</translation>
    </message>
    <message>
        <source>Which change added each rule is not known: %1</source>
        <translation>Welche Änderung die einzelnen Regeln hinzugefügt hat, ist nicht bekannt: %1</translation>
    </message>
    <message>
        <source>No change to this file that can be undone.</source>
        <translation>Keine Änderung an dieser Datei, die zurückgenommen werden kann.</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>The undone change is back and the profile reloaded.</source>
        <translation>Die rückgängig gemachte Änderung ist wieder da, das Profil wurde neu geladen.</translation>
    </message>
    <message>
        <source>rules of change %1</source>
        <translation>Regeln der Änderung %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Undo Change %1</source>
        <translation>Änderung %1 &amp;rückgängig</translation>
    </message>
    <message>
        <source>Take back %1</source>
        <translation>%1 zurücknehmen</translation>
    </message>
    <message>
        <source>Nothing was undone here.</source>
        <translation>Hier wurde nichts rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>HelperClient</name>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>Sie dürfen dies nicht tun.</translation>
    </message>
    <message>
        <source>This needs an administrator&apos;s password, and no authentication agent could ask for it.</source>
        <translation>Dafür ist das Passwort eines Administrators nötig, und kein Authentifizierungsagent konnte danach fragen.</translation>
    </message>
    <message>
        <source>That is not the name of a profile file.</source>
        <translation>Das ist nicht der Name einer Profildatei.</translation>
    </message>
    <message>
        <source>The request was not valid.</source>
        <translation>Die Anfrage war ungültig.</translation>
    </message>
    <message>
        <source>The text is too large.</source>
        <translation>Der Text ist zu groß.</translation>
    </message>
    <message>
        <source>The file is not a plain file inside the profile directory, so it was left alone.</source>
        <translation>Die Datei ist keine gewöhnliche Datei im Profilverzeichnis und wurde daher nicht angetastet.</translation>
    </message>
    <message>
        <source>The profile file does not exist.</source>
        <translation>Die Profildatei existiert nicht.</translation>
    </message>
    <message>
        <source>The file was changed by someone else since you opened it. Nothing was overwritten.</source>
        <translation>Die Datei wurde seit dem Öffnen von jemand anderem geändert. Nichts wurde überschrieben.</translation>
    </message>
    <message>
        <source>AppArmor&apos;s parser refused the profile; nothing was changed.</source>
        <translation>Der Parser von AppArmor hat das Profil abgelehnt; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The kernel refused the profile; the previous version was restored.</source>
        <translation>Der Kernel hat das Profil abgelehnt; die vorherige Version wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>The helper could not complete the operation.</source>
        <translation>Das Hilfsprogramm konnte den Vorgang nicht abschließen.</translation>
    </message>
    <message>
        <source>That change is not in the history.</source>
        <translation>Diese Änderung ist nicht im Verlauf.</translation>
    </message>
    <message>
        <source>The change failed, and putting the previous version back failed too: the files are not as they were. The previous version is kept in the change history (armorctl history).</source>
        <translation>Die Änderung ist fehlgeschlagen, und auch das Zurückschreiben der vorherigen Fassung ist fehlgeschlagen: Die Dateien sind nicht mehr wie vorher. Die vorherige Fassung bleibt im Änderungsverlauf erhalten (armorctl history).</translation>
    </message>
    <message>
        <source>There is no system bus, so armorer-helper cannot be reached. Start D-Bus (systemctl start dbus, package dbus).</source>
        <translation>Es gibt keinen Systembus, daher ist armorer-helper nicht erreichbar. Starten Sie D-Bus (systemctl start dbus, Paket dbus).</translation>
    </message>
    <message>
        <source>armorer-helper is not installed on the system bus. Install the armorer package, which provides armorer-helper and its D-Bus service io.github.armorer.Helper1.</source>
        <translation>armorer-helper ist auf dem Systembus nicht installiert. Installieren Sie das Paket armorer, das armorer-helper und seinen D-Bus-Dienst io.github.armorer.Helper1 enthält.</translation>
    </message>
    <message>
        <source>armorer-helper did not answer in time.</source>
        <translation>armorer-helper hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>HelperDenialSource</name>
    <message>
        <source>the system log, through armorer-helper</source>
        <translation>das Systemprotokoll, über armorer-helper</translation>
    </message>
    <message>
        <source>Reading the system log through armorer-helper…</source>
        <translation>Das Systemprotokoll wird über armorer-helper gelesen …</translation>
    </message>
    <message>
        <source>polkit does not allow you to read the system log (action io.github.armorer.read-log).</source>
        <translation>polkit erlaubt Ihnen nicht, das Systemprotokoll zu lesen (Aktion io.github.armorer.read-log).</translation>
    </message>
    <message>
        <source>armorer-helper did not read the system log: %1</source>
        <translation>armorer-helper hat das Systemprotokoll nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Read once through armorer-helper: new records are not followed. Refresh reads those logged since.</source>
        <translation>Einmal über armorer-helper gelesen: Neue Einträge werden nicht verfolgt. „Aktualisieren“ liest die seither protokollierten.</translation>
    </message>
    <message>
        <source>it reads audit.log, kern.log, syslog or messages in /var/log, and none of them exists here (it does not read the journal).</source>
        <translation>Er liest audit.log, kern.log, syslog oder messages in /var/log, und keine dieser Dateien gibt es hier (das Journal liest er nicht).</translation>
    </message>
</context>
<context>
    <name>HelperOverrideApplier</name>
    <message>
        <source>local/%1 could not be read, so a change to it would replace text you have not seen. Nothing was written.</source>
        <translation>local/%1 konnte nicht gelesen werden; eine Änderung würde daher Text ersetzen, den Sie nicht gesehen haben. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>HelperProfileWriter</name>
    <message>
        <source>Only local overrides can be changed through armorer-helper; %1 is not one. Put your change in the profile&apos;s local override.</source>
        <translation>Über armorer-helper lassen sich nur lokale Anpassungen ändern; %1 ist keine. Tragen Sie Ihre Änderung in die lokale Anpassung des Profils ein.</translation>
    </message>
</context>
<context>
    <name>JournalSource</name>
    <message>
        <source>Cannot open the journal: %1</source>
        <translation>Das Journal kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Cannot filter the journal.</source>
        <translation>Das Journal kann nicht gefiltert werden.</translation>
    </message>
    <message>
        <source>Cannot follow the journal: %1</source>
        <translation>Dem Journal kann nicht gefolgt werden: %1</translation>
    </message>
    <message>
        <source>Reading the journal</source>
        <translation>Das Journal wird gelesen</translation>
    </message>
    <message>
        <source>The journal: %1</source>
        <translation>Das Journal: %1</translation>
    </message>
    <message>
        <source>Following the journal</source>
        <translation>Dem Journal wird gefolgt</translation>
    </message>
</context>
<context>
    <name>KubectlDeploy</name>
    <message>
        <source>kubectl could not be started: %1</source>
        <translation>kubectl konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>LoadedProfilesModel</name>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>No file in the profile directory defines this profile.</source>
        <translation>Keine Datei im Profilverzeichnis definiert dieses Profil.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Quelldatei</translation>
    </message>
</context>
<context>
    <name>LogAccess</name>
    <message>
        <source>Reading the system journal needs membership in the &quot;adm&quot; or &quot;systemd-journal&quot; group (then log in again); without it only your own entries are visible and AppArmor&apos;s kernel records are not.</source>
        <translation>Das Lesen des System-Journals erfordert die Mitgliedschaft in der Gruppe „adm“ oder „systemd-journal“ (danach neu anmelden); ohne sie sind nur Ihre eigenen Einträge sichtbar, die Kernel-Einträge von AppArmor nicht.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is readable by root only (owner %2): run as root, or let the Armorer helper read it.</source>
        <translation>%1 ist nur für root lesbar (Eigentümer %2): Führen Sie es als root aus, oder lassen Sie das Armorer-Hilfsprogramm die Datei lesen.</translation>
    </message>
    <message>
        <source>Reading %1 needs membership in the &quot;%2&quot; group (then log in again).</source>
        <translation>Das Lesen von %1 erfordert die Mitgliedschaft in der Gruppe „%2“ (danach neu anmelden).</translation>
    </message>
</context>
<context>
    <name>LogFileSource</name>
    <message>
        <source>Waiting for %1 to be created.</source>
        <translation>Warten, bis %1 erstellt wird.</translation>
    </message>
    <message>
        <source>Cannot watch %1: %2</source>
        <translation>%1 kann nicht überwacht werden: %2</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Following %1</source>
        <translation>%1 wird verfolgt</translation>
    </message>
</context>
<context>
    <name>LogOrigin</name>
    <message>
        <source>This record was handed over directly (a pasted line, standard input or JSON), not read from a system log: anyone could have written it.</source>
        <translation>Dieser Eintrag wurde direkt übergeben (eine eingefügte Zeile, Standardeingabe oder JSON), nicht aus einem Systemprotokoll gelesen: Jeder könnte ihn geschrieben haben.</translation>
    </message>
    <message>
        <source>This record was written to the log by an ordinary process, not by the kernel, auditd or the bus daemon: any local user can write such a line (with logger, for example).</source>
        <translation>Diesen Eintrag hat ein gewöhnlicher Prozess ins Protokoll geschrieben, nicht der Kernel, auditd oder der Bus-Daemon: Jeder lokale Benutzer kann eine solche Zeile schreiben (zum Beispiel mit logger).</translation>
    </message>
    <message>
        <source>This record comes from a file that is not a system log (audit.log, kern.log, syslog, messages, owned by root and writable by no one else): anyone who can write that file could have written it.</source>
        <translation>Dieser Eintrag stammt aus einer Datei, die kein Systemprotokoll ist (audit.log, kern.log, syslog, messages, im Besitz von root und für niemanden sonst beschreibbar): Jeder, der diese Datei schreiben kann, könnte ihn geschrieben haben.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Armorer</source>
        <translation>Armorer</translation>
    </message>
    <message>
        <source>&amp;Loaded profiles</source>
        <translation>&amp;Geladene Profile</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find Profile</source>
        <translation>Profil &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Armorer</source>
        <translation>&amp;Über Armorer</translation>
    </message>
    <message>
        <source>About Armorer</source>
        <translation>Über Armorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Armorer %1&lt;/h3&gt;&lt;p&gt;AppArmor for workstation admins: loaded profiles, denials, a validating editor and one-click allow.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Armorer %1&lt;/h3&gt;&lt;p&gt;AppArmor für Administratoren von Arbeitsplätzen: geladene Profile, Ablehnungen, ein prüfender Editor und Erlauben per Klick.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>System root</source>
        <translation>Systemwurzel</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <source>&amp;Export for Containers and Kubernetes…</source>
        <translation>Für Container und Kubernetes &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export the selected profile as a Security Profiles Operator AppArmorProfile, a pod snippet, and docker and LXC lines</source>
        <translation>Das gewählte Profil als AppArmorProfile des Security Profiles Operator, als Pod-Ausschnitt und als Docker- und LXC-Zeilen exportieren</translation>
    </message>
    <message>
        <source>&amp;Setup Check…</source>
        <translation>&amp;Einrichtung prüfen …</translation>
    </message>
    <message>
        <source>Check what Armorer needs from this system and how to fix what is missing</source>
        <translation>Prüfen, was Armorer von diesem System braucht, und wie sich Fehlendes beheben lässt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>No file in the profile directory defines the profile &quot;%1&quot;, so there is no policy to export.</source>
        <translation>Keine Datei im Profilverzeichnis definiert das Profil „%1“, daher gibt es keine Richtlinie zum Exportieren.</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Ein&amp;stellungen</translation>
    </message>
    <message>
        <source>Configure S&amp;hortcuts…</source>
        <translation>&amp;Kurzbefehle festlegen …</translation>
    </message>
    <message>
        <source>Armorer &amp;Handbook</source>
        <translation>Armorer-&amp;Handbuch</translation>
    </message>
    <message>
        <source>Open the manual page armorer(1)</source>
        <translation>Die Handbuchseite armorer(1) öffnen</translation>
    </message>
    <message>
        <source>What&apos;s &amp;This?</source>
        <translation>&amp;Was ist das?</translation>
    </message>
    <message>
        <source>The profiles the kernel has loaded, with their mode and the processes they confine. Click a mode to show only that mode; right-click a profile for its actions.</source>
        <translation>Die Profile, die der Kernel geladen hat, mit ihrem Modus und den Prozessen, die sie einschränken. Ein Klick auf einen Modus zeigt nur diesen Modus; ein Rechtsklick auf ein Profil zeigt seine Aktionen.</translation>
    </message>
    <message>
        <source>Says when the window shows a demo or another system root, not this system.</source>
        <translation>Sagt, wenn das Fenster eine Demo oder ein anderes Systemverzeichnis zeigt, nicht dieses System.</translation>
    </message>
</context>
<context>
    <name>ModeBadgeDelegate</name>
    <message>
        <source>Enforce</source>
        <translation>Erzwingen</translation>
    </message>
    <message>
        <source>Complain</source>
        <translation>Melden</translation>
    </message>
    <message>
        <source>Kill</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Unconfined</source>
        <translation>Uneingeschränkt</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>ModeChanger</name>
    <message>
        <source>enforce</source>
        <translation>Erzwingen</translation>
    </message>
    <message>
        <source>complain</source>
        <translation>Melden</translation>
    </message>
    <message>
        <source>kill</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>unconfined</source>
        <translation>Uneingeschränkt</translation>
    </message>
    <message>
        <source>prompt</source>
        <translation>Nachfragen</translation>
    </message>
    <message>
        <source>%1 mode for %2</source>
        <translation>Modus %1 für %2</translation>
    </message>
    <message>
        <source>Undone: %1 is back in %2 mode.</source>
        <translation>Rückgängig: %1 ist wieder im Modus %2.</translation>
    </message>
    <message>
        <source>Modes are set through armorer-helper, which is not available here. Install Armorer&apos;s package (it brings the helper and its D-Bus activation), or use aa-enforce and aa-complain as root.</source>
        <translation>Modi werden über armorer-helper gesetzt, der hier nicht verfügbar ist. Installieren Sie das Armorer-Paket (es bringt den Helfer und seine D-Bus-Aktivierung mit) oder verwenden Sie aa-enforce und aa-complain als root.</translation>
    </message>
    <message>
        <source>%1 is now in %2 mode.</source>
        <translation>%1 ist jetzt im Modus %2.</translation>
    </message>
    <message>
        <source>%1 is unloaded from the kernel; the next reload or boot loads it again.</source>
        <translation>%1 wurde aus dem Kernel entfernt; beim nächsten Neuladen oder Systemstart wird es wieder geladen.</translation>
    </message>
    <message>
        <source>disabling %1</source>
        <translation>Deaktivieren von %1</translation>
    </message>
    <message>
        <source>enabling %1</source>
        <translation>Aktivieren von %1</translation>
    </message>
    <message>
        <source>Undone: %1 is enabled and loaded again.</source>
        <translation>Rückgängig gemacht: %1 ist wieder aktiviert und geladen.</translation>
    </message>
    <message>
        <source>Undone: %1 is disabled again.</source>
        <translation>Rückgängig gemacht: %1 ist wieder deaktiviert.</translation>
    </message>
    <message>
        <source>%1 is disabled: its profiles are unloaded and stay off after a reboot.</source>
        <translation>%1 ist deaktiviert: Seine Profile sind entladen und bleiben auch nach einem Neustart aus.</translation>
    </message>
    <message>
        <source>%1 is enabled and loaded.</source>
        <translation>%1 ist aktiviert und geladen.</translation>
    </message>
</context>
<context>
    <name>NotificationThrottle</name>
    <message>
        <source>by %1</source>
        <translation>durch %1</translation>
    </message>
    <message>
        <source>%1 would be denied (complain mode)</source>
        <translation>%1 würde verweigert (Protokollier-Modus)</translation>
    </message>
    <message>
        <source>AppArmor denied %1</source>
        <translation>AppArmor hat %1 verweigert</translation>
    </message>
    <message>
        <source>Latest: %1</source>
        <translation>Neueste: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more denial(s) from %1</source>
        <translation>
            <numerusform>%n weitere Verweigerung von %1</numerusform>
            <numerusform>%n weitere Verweigerungen von %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <comment>%n more denials from %n profiles</comment>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more denial(s)</source>
        <translation>
            <numerusform>%n weitere Verweigerung</numerusform>
            <numerusform>%n weitere Verweigerungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n profile(s)</source>
        <translation>
            <numerusform>%n Profil</numerusform>
            <numerusform>%n Profilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParserMessageGlossary</name>
    <message>
        <source>A rule is missing its permissions or its comma (for example &quot;/etc/foo r,&quot;).</source>
        <translation>Einer Regel fehlen ihre Berechtigungen oder ihr Komma (zum Beispiel „/etc/foo r,“).</translation>
    </message>
    <message>
        <source>A rule is missing its comma at the end.</source>
        <translation>Einer Regel fehlt das Komma am Ende.</translation>
    </message>
    <message>
        <source>The file ends inside a block: a closing &quot;}&quot; is missing.</source>
        <translation>Die Datei endet innerhalb eines Blocks: Eine schließende „}“ fehlt.</translation>
    </message>
    <message>
        <source>A &quot;}&quot; comes where a rule is not finished: check the comma of the line before.</source>
        <translation>Eine „}“ steht dort, wo eine Regel nicht abgeschlossen ist: Prüfen Sie das Komma der Zeile davor.</translation>
    </message>
    <message>
        <source>A &quot;{&quot; where it does not belong: a profile or hat header is written wrong.</source>
        <translation>Eine „{“ an falscher Stelle: Ein Profil- oder Hat-Kopf ist falsch geschrieben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capability name (see capabilities(7); write it in lower case without CAP_).</source>
        <translation>„%1“ ist kein Capability-Name (siehe capabilities(7); in Kleinbuchstaben ohne CAP_ schreiben).</translation>
    </message>
    <message>
        <source>The included file &quot;%1&quot; does not exist; use &quot;include if exists&quot; for optional files.</source>
        <translation>Die eingebundene Datei „%1“ existiert nicht; verwenden Sie „include if exists“ für optionale Dateien.</translation>
    </message>
    <message>
        <source>The variable @{%1} is not defined: define it, or include the tunables that do (usually &lt;tunables/global&gt;).</source>
        <translation>Die Variable @{%1} ist nicht definiert: Definieren Sie sie oder binden Sie die Tunables ein, die das tun (meist &lt;tunables/global&gt;).</translation>
    </message>
    <message>
        <source>The character %1 is not allowed here: a path with spaces or special characters needs double quotes.</source>
        <translation>Das Zeichen %1 ist hier nicht erlaubt: Ein Pfad mit Leerzeichen oder Sonderzeichen braucht doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>Execute permission needs a qualifier that says how: ix, px, cx, ux (or Px, Cx…); deny rules take a plain x.</source>
        <translation>Die Ausführungsberechtigung braucht einen Zusatz, der sagt, wie: ix, px, cx, ux (oder Px, Cx…); deny-Regeln nehmen ein einfaches x.</translation>
    </message>
    <message>
        <source>Two rules give the same path different execute modes (ix and px, say): keep one.</source>
        <translation>Zwei Regeln geben demselben Pfad verschiedene Ausführungsmodi (etwa ix und px): Behalten Sie eine.</translation>
    </message>
    <message>
        <source>The hat %1 is defined twice in the same profile.</source>
        <translation>Der Hat %1 ist im selben Profil zweimal definiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a profile flag (flags are complain, enforce, kill, unconfined, attach_disconnected, …).</source>
        <translation>„%1“ ist kein Profil-Flag (Flags sind complain, enforce, kill, unconfined, attach_disconnected, …).</translation>
    </message>
    <message>
        <source>The network rule names an unknown family or type (inet, inet6, unix; stream, dgram…).</source>
        <translation>Die Netzwerkregel nennt eine unbekannte Familie oder einen unbekannten Typ (inet, inet6, unix; stream, dgram…).</translation>
    </message>
    <message>
        <source>The permissions contain a letter the rule does not take (files take r w a l k m and an execute mode).</source>
        <translation>Die Berechtigungen enthalten einen Buchstaben, den die Regel nicht annimmt (Dateien nehmen r w a l k m und einen Ausführungsmodus).</translation>
    </message>
    <message>
        <source>A profile name needs a leading &quot;/&quot; (an attachment) or the word &quot;profile&quot; before it.</source>
        <translation>Ein Profilname braucht ein führendes „/“ (eine Anbindung) oder das Wort „profile“ davor.</translation>
    </message>
    <message>
        <source>The rule is not written as the parser expects: check its spelling, its permissions and its comma.</source>
        <translation>Die Regel ist nicht so geschrieben, wie der Parser es erwartet: Prüfen Sie ihre Schreibweise, ihre Berechtigungen und ihr Komma.</translation>
    </message>
</context>
<context>
    <name>ProcessListModel</name>
    <message>
        <source>%1 (pid %2), confined by %3</source>
        <translation>%1 (PID %2), eingeschränkt durch %3</translation>
    </message>
    <message>
        <source>PID</source>
        <translation>PID</translation>
    </message>
    <message>
        <source>Executable</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
</context>
<context>
    <name>ProfileEditor</name>
    <message>
        <source>&lt;br/&gt;&lt;i&gt;apparmor_parser reported line %1: a rule without its final comma shows up at the next token.&lt;/i&gt;</source>
        <translation>&lt;br/&gt;&lt;i&gt;apparmor_parser meldete Zeile %1: Eine Regel ohne abschließendes Komma fällt erst beim nächsten Token auf.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>ProfileTreeModel</name>
    <message>
        <source>not loaded</source>
        <translation>nicht geladen</translation>
    </message>
    <message>
        <source>%1
Defines: %2</source>
        <translation>%1
Definiert: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Loaded profiles</source>
        <translation>Geladene Profile</translation>
    </message>
</context>
<context>
    <name>ProfileValidator</name>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Ein temporärer Ordner kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>apparmor_parser failed (exit code %1) without a message</source>
        <translation>apparmor_parser ist ohne Meldung fehlgeschlagen (Rückgabewert %1)</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>%1 kann nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>apparmor_parser did not finish in time</source>
        <translation>apparmor_parser ist nicht rechtzeitig fertig geworden</translation>
    </message>
</context>
<context>
    <name>ProfilesView</name>
    <message>
        <source>Search profiles and files…</source>
        <translation>Profile und Dateien durchsuchen …</translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation>Profile durchsuchen</translation>
    </message>
    <message>
        <source>Loaded profiles</source>
        <translation>Geladene Profile</translation>
    </message>
    <message>
        <source>Open source file</source>
        <translation>Quelldatei öffnen</translation>
    </message>
    <message>
        <source>Open the profile&apos;s source file</source>
        <translation>Die Quelldatei des Profils öffnen</translation>
    </message>
    <message>
        <source>Processes of the selected profile</source>
        <translation>Prozesse des gewählten Profils</translation>
    </message>
    <message>
        <source>Processes</source>
        <translation>Prozesse</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No profile selected</source>
        <translation>Kein Profil gewählt</translation>
    </message>
    <message>
        <source>Select a profile to see the processes it confines and the file it comes from.</source>
        <translation>Wählen Sie ein Profil, um die eingeschränkten Prozesse und seine Quelldatei zu sehen.</translation>
    </message>
    <message>
        <source>Mode: %1
No file in the profile directory defines this profile (it may have been loaded from elsewhere, or generated).</source>
        <translation>Modus: %1
Keine Datei im Profilverzeichnis definiert dieses Profil (es wurde vielleicht von anderswo geladen oder erzeugt).</translation>
    </message>
    <message>
        <source>Mode: %1
Defined in %2, line %3</source>
        <translation>Modus: %1
Definiert in %2, Zeile %3</translation>
    </message>
    <message>
        <source>&amp;Enforce</source>
        <translation>&amp;Erzwingen</translation>
    </message>
    <message>
        <source>&amp;Complain</source>
        <translation>&amp;Melden</translation>
    </message>
    <message>
        <source>&amp;Kill</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Unconfined</source>
        <translation>&amp;Uneingeschränkt</translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation>&amp;Nachfragen</translation>
    </message>
    <message>
        <source>Matches the profile&apos;s name, what it attaches to, its file and the programs it confines. Esc clears it.</source>
        <translation>Sucht im Namen des Profils, worauf es sich bezieht, in seiner Datei und in den Programmen, die es einschränkt. Esc leert die Suche.</translation>
    </message>
    <message>
        <source>Show only profiles in %1 mode; click more modes to add them, click again to show all</source>
        <translation>Nur Profile im Modus %1 zeigen; weitere Modi kommen per Klick hinzu, ein erneuter Klick zeigt wieder alle</translation>
    </message>
    <message>
        <source>Show only %1 profiles</source>
        <translation>Nur Profile im Modus %1 zeigen</translation>
    </message>
    <message>
        <source>&amp;Open Profile in Editor</source>
        <translation>Profil im Editor ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Edit &amp;Local Override</source>
        <translation>&amp;Lokale Ergänzung bearbeiten</translation>
    </message>
    <message>
        <source>Set &amp;Mode</source>
        <translation>&amp;Modus setzen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n profile(s) shown</source>
        <translation>
            <numerusform>%1 von %n Profil angezeigt</numerusform>
            <numerusform>%1 von %n Profilen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n process(es) confined</source>
        <translation>
            <numerusform>%n Prozess eingeschränkt</numerusform>
            <numerusform>%n Prozesse eingeschränkt</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile matches &quot;%1&quot;. Press Esc to clear the search.</source>
        <translation>Kein Profil passt zu „%1“. Esc leert die Suche.</translation>
    </message>
    <message>
        <source>No profile is in %1 mode.</source>
        <translation>Kein Profil ist im Modus %1.</translation>
    </message>
    <message>
        <source>In prompt mode the prompting service (the desktop&apos;s permission prompts) decides each access: Armorer leaves this profile to it.</source>
        <translation>Im Modus Nachfragen entscheidet der Nachfragedienst (die Berechtigungsabfragen des Desktops) über jeden Zugriff: Armorer überlässt ihm dieses Profil.</translation>
    </message>
    <message>
        <source>&amp;Unload from Kernel…</source>
        <translation>Aus dem &amp;Kernel entfernen …</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Deaktivieren …</translation>
    </message>
    <message>
        <source>Unload the profile&apos;s file and keep it from loading at boot, as aa-disable does (undo restores it)</source>
        <translation>Die Datei des Profils entladen und beim Systemstart nicht mehr laden, wie aa-disable (Rückgängig stellt sie wieder her)</translation>
    </message>
</context>
<context>
    <name>RuleSuggester</name>
    <message>
        <source>Run it inside this profile (ix)</source>
        <translation>Innerhalb dieses Profils ausführen (ix)</translation>
    </message>
    <message>
        <source>Run it under a child profile (cx)</source>
        <translation>Unter einem Unterprofil ausführen (cx)</translation>
    </message>
    <message>
        <source>Run it under its own profile (px)</source>
        <translation>Unter seinem eigenen Profil ausführen (px)</translation>
    </message>
    <message>
        <source>Run it unconfined (ux, dangerous)</source>
        <translation>Uneingeschränkt ausführen (ux, gefährlich)</translation>
    </message>
</context>
<context>
    <name>SandboxProfileWriter</name>
    <message>
        <source>Writing the system&apos;s profiles needs the Armorer helper; this build only writes sandbox roots.</source>
        <translation>Das Schreiben der Profile des Systems erfordert das Armorer-Hilfsprogramm; dieser Build schreibt nur in abgeschottete Systemwurzeln.</translation>
    </message>
    <message>
        <source>Refusing to write outside the profile directory: %1</source>
        <translation>Schreiben außerhalb des Profilverzeichnisses wird verweigert: %1</translation>
    </message>
    <message>
        <source>Refusing to write a profile larger than 4 MiB.</source>
        <translation>Schreiben eines Profils größer als 4 MiB wird verweigert.</translation>
    </message>
    <message>
        <source>The profile directory %1 does not exist.</source>
        <translation>Das Profilverzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Refusing to write through a symbolic link: %1</source>
        <translation>Schreiben über eine symbolische Verknüpfung wird verweigert: %1</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>ScopeChoiceModel</name>
    <message>
        <source>%1 does not match %2, the denied file: this rule would not allow the denial.</source>
        <translation>%1 trifft %2, die verweigerte Datei, nicht: diese Regel würde die Verweigerung nicht erlauben.</translation>
    </message>
</context>
<context>
    <name>SetupCheck</name>
    <message>
        <source>AppArmor in the kernel</source>
        <translation>AppArmor im Kernel</translation>
    </message>
    <message>
        <source>This kernel runs without AppArmor, so no profile is enforced.</source>
        <translation>Dieser Kernel läuft ohne AppArmor, daher wird kein Profil durchgesetzt.</translation>
    </message>
    <message>
        <source>Boot a kernel with AppArmor: Debian and Ubuntu kernels enable it by default. If it was turned off, remove &quot;apparmor=0&quot; from the kernel command line (or add &quot;apparmor=1 security=apparmor&quot; to GRUB_CMDLINE_LINUX in /etc/default/grub, run update-grub) and reboot. Install the apparmor package for the parser and the boot-time loading.</source>
        <translation>Starten Sie einen Kernel mit AppArmor: Die Kernel von Debian und Ubuntu aktivieren es standardmäßig. Wurde es abgeschaltet, entfernen Sie „apparmor=0“ aus der Kernel-Befehlszeile (oder ergänzen Sie „apparmor=1 security=apparmor“ in GRUB_CMDLINE_LINUX in /etc/default/grub und führen Sie update-grub aus) und starten Sie neu. Installieren Sie das Paket apparmor für den Parser und das Laden beim Systemstart.</translation>
    </message>
    <message>
        <source>AppArmor is enabled, but its control files are missing (securityfs is not mounted).</source>
        <translation>AppArmor ist aktiviert, aber seine Steuerdateien fehlen (securityfs ist nicht eingehängt).</translation>
    </message>
    <message>
        <source>Mount securityfs: sudo mount -t securityfs securityfs /sys/kernel/security</source>
        <translation>Hängen Sie securityfs ein: sudo mount -t securityfs securityfs /sys/kernel/security</translation>
    </message>
    <message>
        <source>AppArmor is enabled.</source>
        <translation>AppArmor ist aktiviert.</translation>
    </message>
    <message>
        <source>Access to the denial log</source>
        <translation>Zugriff auf das Protokoll der Ablehnungen</translation>
    </message>
    <message>
        <source>the systemd journal</source>
        <translation>das systemd-Journal</translation>
    </message>
    <message>
        <source>Denials are read from %1.</source>
        <translation>Ablehnungen werden aus %1 gelesen.</translation>
    </message>
    <message>
        <source>Neither the systemd journal&apos;s system log nor a log file with kernel messages (audit.log, kern.log, syslog) is readable, so Armorer cannot show denials.</source>
        <translation>Weder das Systemprotokoll des systemd-Journals noch eine Protokolldatei mit Kernelmeldungen (audit.log, kern.log, syslog) ist lesbar, daher kann Armorer keine Ablehnungen anzeigen.</translation>
    </message>
    <message>
        <source>Add your user to the groups that may read system logs, then log out and in again: sudo usermod -aG systemd-journal,adm $USER</source>
        <translation>Fügen Sie Ihren Benutzer den Gruppen hinzu, die Systemprotokolle lesen dürfen, und melden Sie sich ab und wieder an: sudo usermod -aG systemd-journal,adm $USER</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>No notification server answers on the session bus, so denials only show in the tray icon and the window.</source>
        <translation>Auf dem Sitzungsbus antwortet kein Benachrichtigungsdienst, daher erscheinen Ablehnungen nur im Symbol in der Kontrollleiste und im Fenster.</translation>
    </message>
    <message>
        <source>Run a desktop that provides notifications (Plasma, GNOME, Xfce), or install and start a notification daemon such as dunst or mako.</source>
        <translation>Verwenden Sie eine Arbeitsumgebung mit Benachrichtigungen (Plasma, GNOME, Xfce) oder installieren und starten Sie einen Benachrichtigungsdienst wie dunst oder mako.</translation>
    </message>
    <message>
        <source>(This is this system&apos;s kernel. The window shows a sandboxed system root, %1, whose AppArmor is simulated.)</source>
        <translation>(Das ist der Kernel dieses Systems. Das Fenster zeigt ein abgeschottetes Systemverzeichnis, %1, dessen AppArmor nur nachgebildet ist.)</translation>
    </message>
    <message>
        <source>A notification server</source>
        <translation>Ein Benachrichtigungsdienst</translation>
    </message>
    <message>
        <source>The notification server %1</source>
        <translation>Der Benachrichtigungsdienst %1</translation>
    </message>
    <message>
        <source>%1 is running and shows buttons: denials pop up with Allow… and Mute this profile, and a click opens the details.</source>
        <translation>%1 läuft und zeigt Knöpfe: Verweigerungen erscheinen mit „Erlauben …“ und „Dieses Profil stummschalten“, ein Klick öffnet die Einzelheiten.</translation>
    </message>
    <message>
        <source>%1 is running but shows no buttons (it lacks the &quot;actions&quot; capability): denials pop up as plain messages, and Allow… is in the window and the tray.</source>
        <translation>%1 läuft, zeigt aber keine Knöpfe (ihm fehlt die Fähigkeit „actions“): Verweigerungen erscheinen als einfache Meldungen, „Erlauben …“ gibt es im Fenster und im Systemabschnitt der Kontrollleiste.</translation>
    </message>
    <message>
        <source>%1 is registered on the session bus; it did not say whether it shows buttons.</source>
        <translation>%1 ist am Sitzungsbus angemeldet; ob er Knöpfe zeigt, hat er nicht gesagt.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>&amp;None</source>
        <translation>&amp;Keiner</translation>
    </message>
    <message>
        <source>Configure Shortcuts</source>
        <translation>Kurzbefehle festlegen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kurzbefehl</translation>
    </message>
    <message>
        <source>Shortcut:</source>
        <translation>Kurzbefehl:</translation>
    </message>
    <message>
        <source>%1 is already the shortcut of &quot;%2&quot;.</source>
        <translation>%1 ist schon der Kurzbefehl von „%2“.</translation>
    </message>
</context>
<context>
    <name>SourceSelector</name>
    <message>
        <source>the journal, as requested</source>
        <translation>das Journal, wie angefordert</translation>
    </message>
    <message>
        <source>%1, as requested</source>
        <translation>%1, wie angefordert</translation>
    </message>
    <message>
        <source>the journal: it holds %n AppArmor record(s) among its latest kernel and audit entries</source>
        <translation>das Journal: Es enthält %n AppArmor-Einträge unter seinen neuesten Kernel- und Audit-Einträgen</translation>
    </message>
    <message>
        <source>the journal has no AppArmor records yet</source>
        <translation>das Journal enthält noch keine AppArmor-Einträge</translation>
    </message>
    <message>
        <source>the journal</source>
        <translation>das Journal</translation>
    </message>
    <message>
        <source>%1 has none</source>
        <translation>%1 enthält keine</translation>
    </message>
    <message>
        <source>the journal: no log holds AppArmor records yet, and the kernel logs there</source>
        <translation>das Journal: Noch kein Protokoll enthält AppArmor-Einträge, und der Kernel protokolliert dorthin</translation>
    </message>
    <message>
        <source>%1: no log holds AppArmor records yet (%2)</source>
        <translation>%1: Noch kein Protokoll enthält AppArmor-Einträge (%2)</translation>
    </message>
    <message>
        <source>no readable log: %1 cannot be read</source>
        <translation>kein lesbares Protokoll: %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>no log found: neither the journal nor audit.log, kern.log, syslog or messages exists</source>
        <translation>kein Protokoll gefunden: Weder das Journal noch audit.log, kern.log, syslog oder messages existiert</translation>
    </message>
    <message>
        <source>%1 does not exist (a source is auto, journal, audit, kern, syslog, messages, a file or - for standard input)</source>
        <translation>%1 existiert nicht (eine Quelle ist auto, journal, audit, kern, syslog, messages, eine Datei oder - für die Standardeingabe)</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message numerus="yes">
        <source>%1: it holds %n AppArmor record(s) in its last 4 MiB</source>
        <translation>
            <numerusform>%1: enthält %n AppArmor-Eintrag in den letzten 4 MiB</numerusform>
            <numerusform>%1: enthält %n AppArmor-Einträge in den letzten 4 MiB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusReader</name>
    <message>
        <source>AppArmor is not enabled in this kernel.</source>
        <translation>AppArmor ist in diesem Kernel nicht aktiviert.</translation>
    </message>
    <message>
        <source>The AppArmor control files are missing: securityfs is not mounted at %1.</source>
        <translation>Die Steuerdateien von AppArmor fehlen: securityfs ist nicht unter %1 eingehängt.</translation>
    </message>
    <message>
        <source>Reading the loaded profiles needs administrator rights (%1).</source>
        <translation>Das Lesen der geladenen Profile erfordert Administratorrechte (%1).</translation>
    </message>
    <message>
        <source>AppArmor is enabled, but no profile is loaded.</source>
        <translation>AppArmor ist aktiviert, aber kein Profil ist geladen.</translation>
    </message>
</context>
<context>
    <name>armorctl</name>
    <message>
        <source>When the profile shares its override with other profiles of its file: write the shared one, for all of them (default: a new override for this profile alone).</source>
        <translation>Wenn das Profil seine Überschreibung mit anderen Profilen seiner Datei teilt: die gemeinsame schreiben, für alle (Vorgabe: eine neue Überschreibung nur für dieses Profil).</translation>
    </message>
    <message numerus="yes">
        <source>note: local/%1 is shared: the rule applies to all %n profile(s) that include it (%2).</source>
        <translation>
            <numerusform>Hinweis: local/%1 wird geteilt: die Regel gilt für das %n Profil, das sie einbindet (%2).</numerusform>
            <numerusform>Hinweis: local/%1 wird geteilt: die Regel gilt für alle %n Profile, die sie einbinden (%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note: local/%1 is shared by %n profile(s) (%2): the rule goes into local/%3, for %4 alone (--all-sharing writes the shared one).</source>
        <translation>
            <numerusform>Hinweis: local/%1 wird von %n Profil geteilt (%2): die Regel kommt in local/%3, nur für %4 (--all-sharing schreibt die gemeinsame).</numerusform>
            <numerusform>Hinweis: local/%1 wird von %n Profilen geteilt (%2): die Regel kommt in local/%3, nur für %4 (--all-sharing schreibt die gemeinsame).</numerusform>
        </translation>
    </message>
    <message>
        <source>the system&apos;s profiles are changed only through the helper</source>
        <translation>die Profile des Systems werden nur über den Helfer geändert</translation>
    </message>
    <message>
        <source>loaded profiles and confined processes (like aa-status)</source>
        <translation>geladene Profile und eingeschränkte Prozesse (wie aa-status)</translation>
    </message>
    <message>
        <source>a profile for Kubernetes (SPO), pods, docker and LXC</source>
        <translation>ein Profil für Kubernetes (SPO), Pods, Docker und LXC</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &quot;armorctl COMMAND --help&quot; for a command&apos;s options.</source>
        <translation>„armorctl BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Use the system root in &lt;dir&gt; (holding etc/apparmor.d, sys/kernel/security/apparmor and proc).</source>
        <translation>Die Systemwurzel in &lt;dir&gt; verwenden (mit etc/apparmor.d, sys/kernel/security/apparmor und proc).</translation>
    </message>
    <message>
        <source>armorctl: unknown command &quot;%1&quot;</source>
        <translation>armorctl: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Show the loaded AppArmor profiles and the processes they confine.
Exit codes as aa-status: 0 ok, 1 AppArmor disabled, 2 no policy loaded, 3 no control files, 4 no permission.</source>
        <translation>Die geladenen AppArmor-Profile und die von ihnen eingeschränkten Prozesse anzeigen.
Rückgabewerte wie bei aa-status: 0 in Ordnung, 1 AppArmor deaktiviert, 2 keine Richtlinie geladen, 3 keine Steuerdateien, 4 keine Berechtigung.</translation>
    </message>
    <message>
        <source>Print aa-status&apos;s JSON (version 2).</source>
        <translation>Das JSON von aa-status ausgeben (Version 2).</translation>
    </message>
    <message>
        <source>Print the JSON indented.</source>
        <translation>Das JSON eingerückt ausgeben.</translation>
    </message>
    <message>
        <source>Export a profile for containers and Kubernetes: a Security Profiles Operator AppArmorProfile (v1alpha1 with the raw policy, v1 with the structured spec.abstract), a pod securityContext, and the docker and LXC lines.
What the structured v1 form cannot express is listed on standard error.</source>
        <translation>Ein Profil für Container und Kubernetes exportieren: ein AppArmorProfile des Security Profiles Operator (v1alpha1 mit der unveränderten Richtlinie, v1 mit dem strukturierten spec.abstract), einen securityContext für Pods sowie die Docker- und LXC-Zeilen.
Was die strukturierte v1-Form nicht ausdrücken kann, steht in der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>The loaded profile&apos;s name, as armorctl status lists it.</source>
        <translation>Der Name des geladenen Profils, wie armorctl status ihn auflistet.</translation>
    </message>
    <message>
        <source>Load the profile under &lt;name&gt; instead (needed when its name is not a valid Kubernetes object name).</source>
        <translation>Das Profil stattdessen unter &lt;name&gt; laden (nötig, wenn sein Name kein gültiger Kubernetes-Objektname ist).</translation>
    </message>
    <message>
        <source>The v1 mode: enforce or complain (default: the profile&apos;s flags).</source>
        <translation>Der v1-Modus: enforce oder complain (Vorgabe: die Kennzeichen des Profils).</translation>
    </message>
    <message>
        <source>Send the AppArmorProfile to the cluster with kubectl apply -f -.</source>
        <translation>Das AppArmorProfile mit kubectl apply -f - an den Cluster senden.</translation>
    </message>
    <message>
        <source>armorctl export: name one profile (or give --file).</source>
        <translation>armorctl export: Nennen Sie ein Profil (oder geben Sie --file an).</translation>
    </message>
    <message>
        <source>armorctl export: no file in %1 defines the profile &quot;%2&quot;.</source>
        <translation>armorctl export: Keine Datei in %1 definiert das Profil „%2“.</translation>
    </message>
    <message>
        <source>armorctl export: the mode is enforce or complain.</source>
        <translation>armorctl export: Der Modus ist enforce oder complain.</translation>
    </message>
    <message>
        <source>armorctl export: &quot;%1&quot; is not a valid Kubernetes object name, and SPO loads the profile under the AppArmorProfile&apos;s name. Choose one with --name (lower case letters, digits, &apos;-&apos; and &apos;.&apos;), e.g. --name %2.</source>
        <translation>armorctl export: „%1“ ist kein gültiger Kubernetes-Objektname, und SPO lädt das Profil unter dem Namen des AppArmorProfile. Wählen Sie einen mit --name (Kleinbuchstaben, Ziffern, „-“ und „.“), z. B. --name %2.</translation>
    </message>
    <message>
        <source>spec.abstract, line %1 (%2): %3 -- %4</source>
        <translation>spec.abstract, Zeile %1 (%2): %3 -- %4</translation>
    </message>
    <message>
        <source>armorctl export: kubectl is not installed. Save the YAML and run: %1</source>
        <translation>armorctl export: kubectl ist nicht installiert. Speichern Sie das YAML und führen Sie aus: %1</translation>
    </message>
    <message>
        <source>the rules that would allow the denials in a log (like aa-logprof)</source>
        <translation>die Regeln, die die Ablehnungen in einem Protokoll erlauben würden (wie aa-logprof)</translation>
    </message>
    <message>
        <source>AppArmor denials from the journal or a log, optionally followed</source>
        <translation>AppArmor-Ablehnungen aus dem Journal oder einem Protokoll, auf Wunsch fortlaufend</translation>
    </message>
    <message>
        <source>check profile files with apparmor_parser (gcc-style errors)</source>
        <translation>Profildateien mit apparmor_parser prüfen (Fehler im Stil von gcc)</translation>
    </message>
    <message>
        <source>set a profile to enforce mode and reload it (via the helper)</source>
        <translation>ein Profil in den Erzwingen-Modus setzen und neu laden (über das Hilfsprogramm)</translation>
    </message>
    <message>
        <source>set a profile to complain mode and reload it (via the helper)</source>
        <translation>ein Profil in den Protokollier-Modus setzen und neu laden (über das Hilfsprogramm)</translation>
    </message>
    <message>
        <source>changes made through Armorer</source>
        <translation>über Armorer vorgenommene Änderungen</translation>
    </message>
    <message>
        <source>undo a change from the history</source>
        <translation>eine Änderung aus dem Verlauf rückgängig machen</translation>
    </message>
    <message>
        <source>The profile file&apos;s name.</source>
        <translation>Der Name der Profildatei.</translation>
    </message>
    <message>
        <source>change %1 (undo: armorctl undo %1)</source>
        <translation>Änderung %1 (rückgängig: armorctl undo %1)</translation>
    </message>
    <message>
        <source>Changes made through Armorer.</source>
        <translation>Über Armorer vorgenommene Änderungen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Put a file back as it was before a change, if nobody changed it since.</source>
        <translation>Eine Datei auf den Stand vor einer Änderung zurücksetzen, sofern sie seitdem niemand geändert hat.</translation>
    </message>
    <message>
        <source>The change id (armorctl history).</source>
        <translation>Die Kennung der Änderung (armorctl history).</translation>
    </message>
    <message>
        <source>Check profile files with apparmor_parser without loading them.
Prints FILE:LINE: error: MESSAGE for each problem; exits 0 when every file is valid, 1 when one is not, 2 on usage errors.</source>
        <translation>Profildateien mit apparmor_parser prüfen, ohne sie zu laden.
Gibt für jedes Problem DATEI:ZEILE: error: MELDUNG aus; Rückgabewert 0, wenn jede Datei gültig ist, 1, wenn eine es nicht ist, 2 bei Aufruffehlern.</translation>
    </message>
    <message>
        <source>armorctl validate: no file given</source>
        <translation>armorctl validate: keine Datei angegeben</translation>
    </message>
    <message>
        <source>the line is not an AppArmor record</source>
        <translation>die Zeile ist kein AppArmor-Eintrag</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n access record(s); there is no record %2</source>
        <translation>
            <numerusform>%1 enthält %n Zugriffseintrag; einen Eintrag %2 gibt es nicht</numerusform>
            <numerusform>%1 enthält %n Zugriffseinträge; einen Eintrag %2 gibt es nicht</numerusform>
        </translation>
    </message>
    <message>
        <source>stdin: %1</source>
        <translation>Standardeingabe: %1</translation>
    </message>
    <message>
        <source>stdin holds no AppArmor record</source>
        <translation>die Standardeingabe enthält keinen AppArmor-Eintrag</translation>
    </message>
    <message>
        <source>only a file rule has scopes</source>
        <translation>nur eine Dateiregel hat Reichweiten</translation>
    </message>
    <message>
        <source>the scope &quot;%1&quot; is not offered for this denial</source>
        <translation>die Reichweite &quot;%1&quot; gibt es für diese Ablehnung nicht</translation>
    </message>
    <message>
        <source>Allow (or deny) one denied access: the rule goes into the profile&apos;s local override, which is validated and reloaded through armorer-helper. The denial is given with --line, with --log and --index or --last, or on stdin (a log line, or a JSON object from &quot;armorctl denials --json&quot;).</source>
        <translation>Einen abgelehnten Zugriff erlauben (oder verbieten): Die Regel kommt in die lokale Ergänzung des Profils, die über armorer-helper geprüft und neu geladen wird. Die Ablehnung wird mit --line, mit --log und --index oder --last oder auf der Standardeingabe angegeben (eine Protokollzeile oder ein JSON-Objekt von &quot;armorctl denials --json&quot;).</translation>
    </message>
    <message>
        <source>The denial&apos;s log line.</source>
        <translation>Die Protokollzeile der Ablehnung.</translation>
    </message>
    <message>
        <source>With --log: the Nth access record in it, counting from 1.</source>
        <translation>Mit --log: der N-te Zugriffseintrag darin, ab 1 gezählt.</translation>
    </message>
    <message>
        <source>With --log: its last access record.</source>
        <translation>Mit --log: sein letzter Zugriffseintrag.</translation>
    </message>
    <message>
        <source>exact, dir, recursive, ext, home or custom:PATTERN (default: exact).</source>
        <translation>exact, dir, recursive, ext, home oder custom:MUSTER (Vorgabe: exact).</translation>
    </message>
    <message>
        <source>Write a deny rule instead (silences the denial).</source>
        <translation>Stattdessen eine deny-Regel schreiben (die Ablehnung wird still).</translation>
    </message>
    <message>
        <source>Print the override&apos;s diff; change nothing.</source>
        <translation>Den Diff der Ergänzung ausgeben; nichts ändern.</translation>
    </message>
    <message>
        <source>With --root: write through the helper on the system bus all the same.</source>
        <translation>Mit --root: trotzdem über den Helfer auf dem Systembus schreiben.</translation>
    </message>
    <message>
        <source>%1 already holds &quot;%2&quot;: nothing to change.</source>
        <translation>%1 enthält &quot;%2&quot; schon: nichts zu ändern.</translation>
    </message>
    <message>
        <source>allow (or deny) one denial in the profile&apos;s local override</source>
        <translation>eine Ablehnung in der lokalen Ergänzung des Profils erlauben (oder verbieten)</translation>
    </message>
    <message>
        <source>Set a profile to enforce mode (as aa-enforce) and reload it.</source>
        <translation>Ein Profil in den Erzwingen-Modus setzen (wie aa-enforce) und neu laden.</translation>
    </message>
    <message>
        <source>change %1, %2, %3</source>
        <translation>Änderung %1, %2, %3</translation>
    </message>
    <message>
        <source>The rules a profile&apos;s local override grants, and the change (from armorctl history) that added each one.</source>
        <translation>Die Regeln, die die lokale Ergänzung eines Profils erteilt, und die Änderung (aus armorctl history), die jede davon hinzugefügt hat.</translation>
    </message>
    <message>
        <source>The profile&apos;s name.</source>
        <translation>Der Name des Profils.</translation>
    </message>
    <message>
        <source>With --root: read the history from the helper on the system bus all the same.</source>
        <translation>Mit --root: den Verlauf trotzdem vom Helfer auf dem Systembus lesen.</translation>
    </message>
    <message>
        <source>no file in %1 defines the profile %2</source>
        <translation>keine Datei in %1 definiert das Profil %2</translation>
    </message>
    <message>
        <source>which change added each rule is not known: %1</source>
        <translation>welche Änderung die einzelnen Regeln hinzugefügt hat, ist nicht bekannt: %1</translation>
    </message>
    <message>
        <source>no rules</source>
        <translation>keine Regeln</translation>
    </message>
    <message>
        <source>undo the latest change: armorctl undo %1</source>
        <translation>die letzte Änderung zurücknehmen: armorctl undo %1</translation>
    </message>
    <message>
        <source>the rules a profile&apos;s local override grants, and who added them</source>
        <translation>die Regeln, die die lokale Ergänzung eines Profils erteilt, und wer sie hinzugefügt hat</translation>
    </message>
    <message>
        <source>Change %1 (undo it with: armorctl undo %1)</source>
        <translation>Änderung %1 (rückgängig machen mit: armorctl undo %1)</translation>
    </message>
    <message>
        <source>Set a profile to complain mode (as aa-complain) and reload it.</source>
        <translation>Ein Profil in den Protokollier-Modus setzen (wie aa-complain) und neu laden.</translation>
    </message>
    <message>
        <source>Allow a record that anyone could have written (a line given with --line or on stdin, or one from a log that is not the kernel&apos;s, auditd&apos;s or the bus daemon&apos;s) after checking it.</source>
        <translation>Einen Eintrag erlauben, den jeder geschrieben haben könnte (eine mit --line oder über die Standardeingabe übergebene Zeile oder eine aus einem Protokoll, das nicht vom Kernel, von auditd oder vom Bus-Daemon stammt), nachdem er geprüft wurde.</translation>
    </message>
    <message>
        <source>refusing an unverified record. %1 Check that the access really happened, then pass --allow-unverified.</source>
        <translation>ungeprüfter Eintrag abgelehnt. %1 Prüfen Sie, ob der Zugriff wirklich stattfand, und geben Sie dann --allow-unverified an.</translation>
    </message>
    <message>
        <source>armorctl: warning: unverified record. %1</source>
        <translation>armorctl: Warnung: ungeprüfter Eintrag. %1</translation>
    </message>
    <message>
        <source>set a profile to enforce, complain, kill, unconfined or prompt mode (via the helper)</source>
        <translation>ein Profil in den Modus enforce, complain, kill, unconfined oder prompt setzen (über den Helfer)</translation>
    </message>
    <message>
        <source>remove a profile from the kernel (via the helper)</source>
        <translation>ein Profil aus dem Kernel entfernen (über den Helfer)</translation>
    </message>
    <message>
        <source>Set a profile&apos;s mode and reload it: enforce, complain, kill, unconfined, or prompt where the kernel has it. Undo it with armorctl undo.</source>
        <translation>Den Modus eines Profils setzen und es neu laden: enforce, complain, kill, unconfined oder prompt, wo der Kernel es kennt. Rückgängig mit armorctl undo.</translation>
    </message>
    <message>
        <source>armorctl: the mode is one of: %1</source>
        <translation>armorctl: der Modus ist einer von: %1</translation>
    </message>
    <message>
        <source>Remove a profile file&apos;s profiles from the kernel (apparmor_parser -R). The file stays: the next reload or boot loads it again.</source>
        <translation>Die Profile einer Profildatei aus dem Kernel entfernen (apparmor_parser -R). Die Datei bleibt: Beim nächsten Neuladen oder Systemstart wird sie wieder geladen.</translation>
    </message>
    <message>
        <source>(in progress)</source>
        <translation>(in Arbeit)</translation>
    </message>
    <message>
        <source>ROLLBACK FAILED: the file is not as it was before; the previous version is kept (armorctl undo %1): %2</source>
        <translation>ZURÜCKSETZEN FEHLGESCHLAGEN: Die Datei ist nicht mehr wie vorher; die vorherige Fassung bleibt erhalten (armorctl undo %1): %2</translation>
    </message>
    <message>
        <source>What to print: spo-v1, spo-v1alpha1, pod, docker, lxc or all (default).</source>
        <translation>Was ausgegeben wird: spo-v1, spo-v1alpha1, pod, docker, lxc oder all (Standard).</translation>
    </message>
    <message>
        <source>The SPO API --apply sends: v1 (default, SPO 1.0 and later) or v1alpha1 (older SPO).</source>
        <translation>Die SPO-API, die --apply sendet: v1 (Standard, SPO 1.0 und neuer) oder v1alpha1 (älterer SPO).</translation>
    </message>
    <message>
        <source>armorctl export: the API is v1 or v1alpha1.</source>
        <translation>armorctl export: die API ist v1 oder v1alpha1.</translation>
    </message>
    <message>
        <source>why each denial happened, and what to change</source>
        <translation>warum jede Ablehnung geschah und was zu ändern ist</translation>
    </message>
    <message>
        <source>armorctl allow: reading one denial from standard input: paste a log line (or a JSON object from &quot;armorctl denials --json&quot;) and press Enter, or give --line or --log. Ctrl+C to stop.</source>
        <translation>armorctl allow: liest eine Verweigerung von der Standardeingabe: fügen Sie eine Protokollzeile (oder ein JSON-Objekt aus „armorctl denials --json“) ein und drücken Sie Enter, oder geben Sie --line oder --log an. Strg+C bricht ab.</translation>
    </message>
    <message>
        <source>unknown scope &quot;%1&quot;; the scopes are: exact, dir, recursive, ext, home, custom:PATTERN</source>
        <translation>unbekannter Bereich „%1“; die Bereiche sind: exact, dir, recursive, ext, home, custom:MUSTER</translation>
    </message>
    <message>
        <source>A log file holding the denial (- for standard input).</source>
        <translation>Eine Protokolldatei mit der Ablehnung (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Read the profile from &lt;file&gt; (- for standard input) instead of the profile directory.</source>
        <translation>Das Profil aus &lt;Datei&gt; (- für die Standardeingabe) statt aus dem Profilverzeichnis lesen.</translation>
    </message>
    <message>
        <source>armorctl export: unknown format &quot;%1&quot;; the formats are: %2.</source>
        <translation>armorctl export: unbekanntes Format „%1“; die Formate sind: %2.</translation>
    </message>
    <message>
        <source>Usage: armorctl [--root DIR] COMMAND [OPTIONS]</source>
        <translation>Aufruf: armorctl [--root VERZ] BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Global options (before or after the command):</source>
        <translation>Globale Optionen (vor oder nach dem Befehl):</translation>
    </message>
    <message>
        <source>use the system root in DIR instead of this system</source>
        <translation>das Systemverzeichnis in VERZ statt dieses Systems verwenden</translation>
    </message>
    <message>
        <source>show this help</source>
        <translation>diese Hilfe zeigen</translation>
    </message>
    <message>
        <source>show the version</source>
        <translation>die Version zeigen</translation>
    </message>
    <message>
        <source>Show this command&apos;s options.</source>
        <translation>Die Optionen dieses Befehls zeigen.</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for its options.</source>
        <translation>„%1 --help“ zeigt seine Optionen.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--root %1: no such directory</source>
        <translation>--root %1: kein solches Verzeichnis</translation>
    </message>
    <message>
        <source>armorctl: unknown option &quot;%1&quot; before the command. Only --root DIR may come before it; a command&apos;s own options follow it (&quot;armorctl COMMAND --help&quot;).</source>
        <translation>armorctl: unbekannte Option „%1“ vor dem Befehl. Nur --root VERZ darf davor stehen; die Optionen eines Befehls folgen ihm („armorctl BEFEHL --help“).</translation>
    </message>
    <message>
        <source>Profile files to check; a NAME that is not a file is looked up in the profile directory, as a file name there or as the name of a profile.</source>
        <translation>Zu prüfende Profildateien; ein NAME, der keine Datei ist, wird im Profilverzeichnis gesucht, als Dateiname dort oder als Name eines Profils.</translation>
    </message>
    <message>
        <source>no such file, and no file or profile of that name in %1</source>
        <translation>keine solche Datei, und keine Datei und kein Profil dieses Namens in %1</translation>
    </message>
    <message>
        <source>armorctl suggest: %1</source>
        <translation>armorctl suggest: %1</translation>
    </message>
    <message>
        <source>[unverified: anyone could have written this record]</source>
        <translation>[ungeprüft: diesen Eintrag könnte jeder geschrieben haben]</translation>
    </message>
    <message>
        <source>AppArmor records (denials, complain-mode ALLOWED, AUDIT and profile loads) from the journal or a log file. Without --source the log that holds them on this system is picked, and the choice explained.</source>
        <translation>AppArmor-Einträge (Ablehnungen, ALLOWED im Protokollier-Modus, AUDIT und Laden von Profilen) aus dem Journal oder einer Protokolldatei. Ohne --source wird das Protokoll gewählt, das sie auf diesem System enthält, und die Wahl begründet.</translation>
    </message>
    <message>
        <source>Keep printing records as they are logged (from now, or from --since).</source>
        <translation>Einträge fortlaufend ausgeben, sobald sie protokolliert werden (ab jetzt oder ab --since).</translation>
    </message>
    <message>
        <source>Where to read: auto, journal, audit, kern, syslog, messages, a file or a pipe (- for standard input).</source>
        <translation>Woraus gelesen wird: auto, journal, audit, kern, syslog, messages, eine Datei oder eine Pipe (- für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Only records at or after &lt;time&gt;: 2026-11-22T10:00, @EPOCH, or relative such as 10m, 2h, 3d.</source>
        <translation>Nur Einträge ab &lt;time&gt;: 2026-11-22T10:00, @EPOCH oder relativ wie 10m, 2h, 3d.</translation>
    </message>
    <message>
        <source>One JSON object per record and line.</source>
        <translation>Ein JSON-Objekt pro Eintrag und Zeile.</translation>
    </message>
    <message>
        <source>Only DENIED records.</source>
        <translation>Nur DENIED-Einträge.</translation>
    </message>
    <message>
        <source>Print only how many lines were read and how many records they held (with --follow: once caught up, then whenever they change).</source>
        <translation>Nur ausgeben, wie viele Zeilen gelesen wurden und wie viele Einträge sie enthielten (mit --follow: einmal nach dem Aufholen, dann bei jeder Änderung).</translation>
    </message>
    <message>
        <source>armorctl: cannot read the time &quot;%1&quot;</source>
        <translation>armorctl: Die Zeitangabe „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>armorctl: no AppArmor log to read: %1</source>
        <translation>armorctl: Kein AppArmor-Protokoll zum Lesen: %1</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>armorctl suggest: no AppArmor log to read: %1</source>
        <translation>armorctl suggest: kein AppArmor-Protokoll zum Lesen: %1</translation>
    </message>
    <message>
        <source>Suggest the rules that would allow the AppArmor denials in a log, per profile, like aa-logprof. Without --log or --source the log that holds them on this system is read, as &quot;armorctl denials&quot; picks it. Rules the profile or its local override already grant are left out.</source>
        <translation>Schlägt die Regeln vor, die die AppArmor-Ablehnungen in einem Protokoll erlauben würden, je Profil, wie aa-logprof. Ohne --log oder --source wird das Protokoll gelesen, das sie auf diesem System enthält, so wie „armorctl denials“ es wählt. Regeln, die das Profil oder seine lokale Ergänzung bereits erlauben, werden ausgelassen.</translation>
    </message>
    <message>
        <source>Read denials from &lt;file&gt; (audit.log, syslog, dmesg, ...; - for standard input).</source>
        <translation>Ablehnungen aus &lt;file&gt; lesen (audit.log, syslog, dmesg, ...; - für die Standardeingabe).</translation>
    </message>
    <message>
        <source>Where to read: auto, journal, audit, kern, syslog, messages or a file.</source>
        <translation>Woraus gelesen wird: auto, journal, audit, kern, syslog, messages oder eine Datei.</translation>
    </message>
    <message>
        <source>Print every suggestion with its alternatives as JSON.</source>
        <translation>Jeden Vorschlag mit seinen Alternativen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also suggest rules the profile already grants.</source>
        <translation>Auch Regeln vorschlagen, die das Profil bereits erlaubt.</translation>
    </message>
    <message>
        <source>armorctl suggest: give --log or --source, not both</source>
        <translation>armorctl suggest: entweder --log oder --source angeben, nicht beides</translation>
    </message>
    <message>
        <source>armorer-helper can read it for you (polkit asks when needed): armorctl denials --helper</source>
        <translation>armorer-helper kann es für Sie lesen (polkit fragt bei Bedarf nach): armorctl denials --helper</translation>
    </message>
    <message>
        <source>Read the system log through armorer-helper (polkit action io.github.armorer.read-log), for a user who may not read it: once, not with --follow or --source.</source>
        <translation>Das Systemprotokoll über armorer-helper lesen (polkit-Aktion io.github.armorer.read-log), für Benutzer, die es nicht lesen dürfen: einmal, nicht mit --follow oder --source.</translation>
    </message>
    <message>
        <source>armorctl: --helper reads the log armorer-helper picks, once: it cannot follow (run it again for new records) and takes no --source</source>
        <translation>armorctl: --helper liest das Protokoll, das armorer-helper wählt, einmal: Es kann nicht verfolgen (für neue Einträge erneut ausführen) und nimmt kein --source</translation>
    </message>
    <message>
        <source>disable a profile file, off across reboots, like aa-disable (via the helper)</source>
        <translation>eine Profildatei deaktivieren, auch über Neustarts, wie aa-disable (über den Helfer)</translation>
    </message>
    <message>
        <source>enable a disabled profile file and load it (via the helper)</source>
        <translation>eine deaktivierte Profildatei aktivieren und laden (über den Helfer)</translation>
    </message>
    <message>
        <source>The profile file&apos;s name, or the name of a profile it defines.</source>
        <translation>Der Name der Profildatei oder eines Profils, das sie definiert.</translation>
    </message>
    <message>
        <source>Disable a profile file as aa-disable does: a link to it in disable/ keeps it from loading at boot, and its profiles are removed from the kernel. Every profile in the file goes off. Undo it with armorctl enable or armorctl undo.</source>
        <translation>Eine Profildatei deaktivieren wie aa-disable: Ein Link auf sie in disable/ verhindert, dass sie beim Systemstart geladen wird, und ihre Profile werden aus dem Kernel entfernt. Jedes Profil der Datei wird abgeschaltet. Rückgängig mit armorctl enable oder armorctl undo.</translation>
    </message>
    <message>
        <source>Enable a disabled profile file as aa-enable does: its link in disable/ is removed and the file is loaded.</source>
        <translation>Eine deaktivierte Profildatei aktivieren wie aa-enable: Ihr Link in disable/ wird entfernt und die Datei geladen.</translation>
    </message>
    <message numerus="yes">
        <source>%n profile file(s) disabled (armorctl enable FILE):</source>
        <translation>
            <numerusform>%n Profildatei deaktiviert (armorctl enable DATEI):</numerusform>
            <numerusform>%n Profildateien deaktiviert (armorctl enable DATEI):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>AppArmor profiles, denials and rules.</source>
        <translation>AppArmor-Profile, -Ablehnungen und -Regeln.</translation>
    </message>
    <message>
        <source>Show the system root in &lt;dir&gt; (holding etc/apparmor.d, sys/kernel/security/apparmor and proc) instead of this system.</source>
        <translation>Die Systemwurzel in &lt;dir&gt; (mit etc/apparmor.d, sys/kernel/security/apparmor und proc) statt dieses Systems anzeigen.</translation>
    </message>
    <message>
        <source>Show a demo on a sandboxed system root built from the profiles this system ships.</source>
        <translation>Eine Demo auf einer abgeschotteten Systemwurzel aus den mitgelieferten Profilen dieses Systems zeigen.</translation>
    </message>
    <message>
        <source>Save a screenshot to &lt;file&gt; once the data is shown, then quit.</source>
        <translation>Ein Bildschirmfoto nach &lt;file&gt; speichern, sobald die Daten angezeigt werden, dann beenden.</translation>
    </message>
    <message>
        <source>Print when the window is first painted with data, then quit (benchmarks).</source>
        <translation>Ausgeben, wann das Fenster zum ersten Mal mit Daten gezeichnet wird, dann beenden (Benchmarks).</translation>
    </message>
    <message>
        <source>armorer: cannot set up the demo: %1</source>
        <translation>armorer: Die Demo kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>Demo: this kernel has no AppArmor. Showing the profiles this system ships, on a sandboxed system root.</source>
        <translation>Demo: Dieser Kernel hat kein AppArmor. Angezeigt werden die mitgelieferten Profile dieses Systems auf einer abgeschotteten Systemwurzel.</translation>
    </message>
    <message>
        <source>System root: %1</source>
        <translation>Systemwurzel: %1</translation>
    </message>
    <message>
        <source>Show what this system lacks for Armorer and how to fix it.</source>
        <translation>Zeigen, was diesem System für Armorer fehlt und wie es sich beheben lässt.</translation>
    </message>
    <message>
        <source>Open the export for containers and Kubernetes of the profile &lt;name&gt;.</source>
        <translation>Den Export für Container und Kubernetes des Profils &lt;name&gt; öffnen.</translation>
    </message>
    <message>
        <source>Run only the denial notifier in the system tray.</source>
        <translation>Nur die Benachrichtigung über Ablehnungen in der Kontrollleiste ausführen.</translation>
    </message>
    <message>
        <source>Read denials from &lt;source&gt;: auto, journal, audit, kern, syslog, messages or a file.</source>
        <translation>Ablehnungen aus &lt;source&gt; lesen: auto, journal, audit, kern, syslog, messages oder eine Datei.</translation>
    </message>
    <message>
        <source>Open on &lt;page&gt;: profiles or denials.</source>
        <translation>Mit &lt;page&gt; öffnen: profiles oder denials.</translation>
    </message>
    <message>
        <source>Open &lt;file&gt; (in the profile directory) in the profile editor.</source>
        <translation>&lt;file&gt; (im Profilverzeichnis) im Profil-Editor öffnen.</translation>
    </message>
    <message>
        <source>Force a light or dark palette (screenshots).</source>
        <translation>Eine helle oder dunkle Farbpalette erzwingen (Bildschirmfotos).</translation>
    </message>
    <message>
        <source>AppArmor denial</source>
        <translation>AppArmor-Ablehnung</translation>
    </message>
    <message>
        <source>Changes go through a private helper on the sandbox: profiles are checked with apparmor_parser -QK, never loaded.</source>
        <translation>Änderungen laufen über ein privates Hilfsprogramm in der abgeschotteten Umgebung: Profile werden mit apparmor_parser -QK geprüft, aber nie geladen.</translation>
    </message>
    <message>
        <source>(No helper for changes: %1)</source>
        <translation>(Kein Hilfsprogramm für Änderungen: %1)</translation>
    </message>
    <message>
        <source>&amp;Editor</source>
        <translation>&amp;Editor</translation>
    </message>
    <message>
        <source>&amp;Denials</source>
        <translation>Ab&amp;lehnungen</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Changes to the system&apos;s profiles go through armorer-helper, which is not available here.</source>
        <translation>Änderungen an den Profilen des Systems laufen über armorer-helper, das hier nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Open Profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>No file in %1 defines the profile %2.</source>
        <translation>Keine Datei in %1 definiert das Profil %2.</translation>
    </message>
    <message>
        <source>armorer: cannot open %1 in the editor</source>
        <translation>armorer: %1 lässt sich im Editor nicht öffnen</translation>
    </message>
    <message>
        <source>armorer: the running Armorer does not answer (%1); starting another one</source>
        <translation>armorer: das laufende Armorer antwortet nicht (%1); ein weiteres wird gestartet</translation>
    </message>
    <message>
        <source>&amp;Undo Mode Change</source>
        <translation>Modusänderung &amp;rückgängig</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>%1 &amp;rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo Mode Change</source>
        <translation>Modusänderung &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>%1 &amp;wiederholen</translation>
    </message>
    <message>
        <source>Unload Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profiles of %1 from the kernel? The processes they confine are no longer confined by them. The file stays: the next reload or boot loads it again.</source>
        <translation>Die Profile von %1 aus dem Kernel entfernen? Die Prozesse, die sie einschränken, werden dann nicht mehr von ihnen eingeschränkt. Die Datei bleibt: Beim nächsten Neuladen oder Systemstart wird sie wieder geladen.</translation>
    </message>
    <message>
        <source>&amp;Enable Disabled Profile File</source>
        <translation>Deaktivierte Profildatei &amp;aktivieren</translation>
    </message>
    <message>
        <source>No profile file is disabled</source>
        <translation>Keine Profildatei ist deaktiviert</translation>
    </message>
    <message>
        <source>Profile Not Changed</source>
        <translation>Profil nicht geändert</translation>
    </message>
</context>
</TS>
