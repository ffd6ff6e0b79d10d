<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>SPO v1alpha1 (exact policy)</source>
        <translation>SPO v1alpha1 (exakte Richtlinie)</translation>
    </message>
    <message>
        <source>SPO v1 (structured)</source>
        <translation>SPO v1 (strukturiert)</translation>
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
        <source>What SPO's structured v1 form cannot express (v1alpha1 carries the profile exactly):</source>
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
        <source>Run "kubectl apply -f -" with the AppArmorProfile shown (v1alpha1 unless the v1 page is shown)</source>
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
        <source>&lt;b&gt;Not a valid Kubernetes object name.&lt;/b&gt; SPO loads the profile under the AppArmorProfile's name: use lower case letters, digits, '-' and '.'.</source>
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
        <source>The file does not define the profile "%1".</source>
        <translation>Die Datei definiert das Profil „%1“ nicht.</translation>
    </message>
    <message>
        <source>"%1" is a child profile or hat; export its top-level profile.</source>
        <translation>„%1“ ist ein Unterprofil oder Hat; exportieren Sie das übergeordnete Profil.</translation>
    </message>
    <message>
        <source>"%1" cannot name a top-level profile.</source>
        <translation>„%1“ kann kein Profil der obersten Ebene benennen.</translation>
    </message>
    <message>
        <source>The profile "%1" has no closing brace.</source>
        <translation>Dem Profil „%1“ fehlt die schließende Klammer.</translation>
    </message>
    <message>
        <source>Cannot rename the profile's header.</source>
        <translation>Der Profilkopf kann nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>spec.abstract has no nested blocks (child profiles, hats, conditionals).</source>
        <translation>spec.abstract kennt keine verschachtelten Blöcke (Unterprofile, Hats, Bedingungen).</translation>
    </message>
    <message>
        <source>Includes are not expanded; SPO's generated profile only includes abstractions/base.</source>
        <translation>Includes werden nicht aufgelöst; das von SPO erzeugte Profil bindet nur abstractions/base ein.</translation>
    </message>
    <message>
        <source>(no include &lt;abstractions/base&gt;)</source>
        <translation>(kein include &lt;abstractions/base&gt;)</translation>
    </message>
    <message>
        <source>SPO's generated profile always includes abstractions/base.</source>
        <translation>Das von SPO erzeugte Profil bindet immer abstractions/base ein.</translation>
    </message>
    <message>
        <source>Deny rules cannot be expressed: the v1 profile only lists allowed access, so an allowed path or permission there may cover what this rule denied.</source>
        <translation>Deny-Regeln lassen sich nicht ausdrücken: Das v1-Profil listet nur erlaubte Zugriffe, daher kann ein dort erlaubter Pfad oder ein Recht abdecken, was diese Regel verweigert hat.</translation>
    </message>
    <message>
        <source>Owner-only access cannot be expressed; keeping it would allow other users' files.</source>
        <translation>Zugriff nur für den Eigentümer lässt sich nicht ausdrücken; ihn zu behalten würde die Dateien anderer Benutzer erlauben.</translation>
    </message>
    <message>
        <source>The audit flag is not carried: the access is no longer logged.</source>
        <translation>Das audit-Kennzeichen wird nicht übertragen: Der Zugriff wird nicht mehr protokolliert.</translation>
    </message>
    <message>
        <source>"All capabilities" cannot be expressed; list them.</source>
        <translation>„Alle Capabilities“ lässt sich nicht ausdrücken; zählen Sie sie auf.</translation>
    </message>
    <message>
        <source>spec.abstract only has TCP and UDP over IPv4 (SPO writes "network inet tcp" and "network inet udp").</source>
        <translation>spec.abstract kennt nur TCP und UDP über IPv4 (SPO schreibt „network inet tcp“ und „network inet udp“).</translation>
    </message>
    <message>
        <source>Only the IPv4 TCP/UDP part is kept; other families (inet6, unix, netlink...), raw and other socket types are left out.</source>
        <translation>Nur der IPv4-TCP/UDP-Teil bleibt erhalten; andere Familien (inet6, unix, netlink …), raw und andere Socket-Typen werden weggelassen.</translation>
    </message>
    <message>
        <source>"All files" cannot be expressed; list the paths.</source>
        <translation>„Alle Dateien“ lässt sich nicht ausdrücken; zählen Sie die Pfade auf.</translation>
    </message>
    <message>
        <source>spec.abstract has no %1 rules.</source>
        <translation>spec.abstract kennt keine %1-Regeln.</translation>
    </message>
    <message>
        <source>Uses %1, defined in this file; SPO's generated profile only has tunables/global.</source>
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
        <source>SPO writes read-write paths as "rwl": full write and link are added.</source>
        <translation>SPO schreibt Lese-Schreib-Pfade als „rwl“: Volles Schreiben und Verlinken kommen hinzu.</translation>
    </message>
    <message>
        <source>SPO writes write-only paths as "wl": full write and link are added.</source>
        <translation>SPO schreibt Nur-Schreib-Pfade als „wl“: Volles Schreiben und Verlinken kommen hinzu.</translation>
    </message>
    <message>
        <source>Link permission alone cannot be expressed.</source>
        <translation>Das Verlinkungsrecht allein lässt sich nicht ausdrücken.</translation>
    </message>
    <message>
        <source>What spec.abstract cannot express of the profile "%1":</source>
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
        <source>No file in the profile directory defines the profile "%1", so there is no policy to export.</source>
        <translation>Keine Datei im Profilverzeichnis definiert das Profil „%1“, daher gibt es keine Richtlinie zum Exportieren.</translation>
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
    <name>ProfilesView</name>
    <message>
        <source>Enforce</source>
        <translation>Erzwingen</translation>
    </message>
    <message>
        <source>Complain</source>
        <translation>Protokollieren</translation>
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
    <message>
        <source>Search profiles and files…</source>
        <translation>Profile und Dateien durchsuchen …</translation>
    </message>
    <message>
        <source>Search profiles</source>
        <translation>Profile durchsuchen</translation>
    </message>
    <message>
        <source>Show profiles in %1 mode</source>
        <translation>Profile im Modus %1 anzeigen</translation>
    </message>
    <message>
        <source>Show %1 profiles</source>
        <translation>Profile „%1“ anzeigen</translation>
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
        <source>Open the profile's source file</source>
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
        <source>%1 of %2 profiles shown · %3 processes confined</source>
        <translation>%1 von %2 Profilen angezeigt · %3 Prozesse eingeschränkt</translation>
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
        <source>Boot a kernel with AppArmor: Debian and Ubuntu kernels enable it by default. If it was turned off, remove "apparmor=0" from the kernel command line (or add "apparmor=1 security=apparmor" to GRUB_CMDLINE_LINUX in /etc/default/grub, run update-grub) and reboot. Install the apparmor package for the parser and the boot-time loading.</source>
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
        <source>Neither the systemd journal's system log nor a log file with kernel messages (audit.log, kern.log, syslog) is readable, so Armorer cannot show denials.</source>
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
        <source>A notification server is running: denials pop up with Allow and Ignore buttons.</source>
        <translation>Ein Benachrichtigungsdienst läuft: Ablehnungen erscheinen mit den Knöpfen Erlauben und Ignorieren.</translation>
    </message>
    <message>
        <source>No notification server answers on the session bus, so denials only show in the tray icon and the window.</source>
        <translation>Auf dem Sitzungsbus antwortet kein Benachrichtigungsdienst, daher erscheinen Ablehnungen nur im Symbol in der Kontrollleiste und im Fenster.</translation>
    </message>
    <message>
        <source>Run a desktop that provides notifications (Plasma, GNOME, Xfce), or install and start a notification daemon such as dunst or mako.</source>
        <translation>Verwenden Sie eine Arbeitsumgebung mit Benachrichtigungen (Plasma, GNOME, Xfce) oder installieren und starten Sie einen Benachrichtigungsdienst wie dunst oder mako.</translation>
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
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>AppArmor is enabled, but no profile is loaded.</source>
        <translation>AppArmor ist aktiviert, aber kein Profil ist geladen.</translation>
    </message>
</context>
<context>
    <name>armorctl</name>
    <message>
        <source>loaded profiles and confined processes (like aa-status)</source>
        <translation>geladene Profile und eingeschränkte Prozesse (wie aa-status)</translation>
    </message>
    <message>
        <source>a profile for Kubernetes (SPO), pods, docker and LXC</source>
        <translation>ein Profil für Kubernetes (SPO), Pods, Docker und LXC</translation>
    </message>
    <message>
        <source>Usage: armorctl COMMAND [OPTIONS]</source>
        <translation>Aufruf: armorctl BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run "armorctl COMMAND --help" for a command's options.</source>
        <translation>„armorctl BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Use the system root in &lt;dir&gt; (holding etc/apparmor.d, sys/kernel/security/apparmor and proc).</source>
        <translation>Die Systemwurzel in &lt;dir&gt; verwenden (mit etc/apparmor.d, sys/kernel/security/apparmor und proc).</translation>
    </message>
    <message>
        <source>armorctl: unknown command "%1"</source>
        <translation>armorctl: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Show the loaded AppArmor profiles and the processes they confine.
Exit codes as aa-status: 0 ok, 1 AppArmor disabled, 2 no policy loaded, 3 no control files, 4 no permission.</source>
        <translation>Die geladenen AppArmor-Profile und die von ihnen eingeschränkten Prozesse anzeigen.
Rückgabewerte wie bei aa-status: 0 in Ordnung, 1 AppArmor deaktiviert, 2 keine Richtlinie geladen, 3 keine Steuerdateien, 4 keine Berechtigung.</translation>
    </message>
    <message>
        <source>Print aa-status's JSON (version 2).</source>
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
        <source>The loaded profile's name, as armorctl status lists it.</source>
        <translation>Der Name des geladenen Profils, wie armorctl status ihn auflistet.</translation>
    </message>
    <message>
        <source>Read the profile from &lt;file&gt; instead of the profile directory.</source>
        <translation>Das Profil aus &lt;file&gt; statt aus dem Profilverzeichnis lesen.</translation>
    </message>
    <message>
        <source>What to print: spo-v1alpha1, spo-v1, pod, docker, lxc or all (default).</source>
        <translation>Was ausgegeben wird: spo-v1alpha1, spo-v1, pod, docker, lxc oder all (Vorgabe).</translation>
    </message>
    <message>
        <source>Load the profile under &lt;name&gt; instead (needed when its name is not a valid Kubernetes object name).</source>
        <translation>Das Profil stattdessen unter &lt;name&gt; laden (nötig, wenn sein Name kein gültiger Kubernetes-Objektname ist).</translation>
    </message>
    <message>
        <source>The v1 mode: enforce or complain (default: the profile's flags).</source>
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
        <source>armorctl export: unknown format "%1".</source>
        <translation>armorctl export: unbekanntes Format „%1“.</translation>
    </message>
    <message>
        <source>armorctl export: no file in %1 defines the profile "%2".</source>
        <translation>armorctl export: Keine Datei in %1 definiert das Profil „%2“.</translation>
    </message>
    <message>
        <source>armorctl export: cannot read %1: %2</source>
        <translation>armorctl export: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>armorctl export: the mode is enforce or complain.</source>
        <translation>armorctl export: Der Modus ist enforce oder complain.</translation>
    </message>
    <message>
        <source>armorctl export: "%1" is not a valid Kubernetes object name, and SPO loads the profile under the AppArmorProfile's name. Choose one with --name (lower case letters, digits, '-' and '.'), e.g. --name %2.</source>
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
</context>
</TS>
