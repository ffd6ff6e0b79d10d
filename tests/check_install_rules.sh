#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
# Installs the build into a temporary DESTDIR, as every package does (cmake --install), and
# checks that what the desktop files point at is installed: the Exec binaries, the icons, the
# man pages, and the AppStream launchable.
set -eu
build=${1:?build directory}
dest=$(mktemp -d)
trap 'rm -rf "$dest"' EXIT
DESTDIR=$dest cmake --install "$build" --prefix /usr >/dev/null
failures=0
check() { if [ -e "$dest$1" ]; then echo "ok    $1"; else echo "FAIL  $1 ($2)"; failures=$((failures + 1)); fi; }
# The autostart entry goes to the configured sysconfdir: /etc for a /usr prefix, PREFIX/etc else.
autostart=$(find "$dest" -path '*/xdg/autostart/io.github.armorer.tray.desktop')
[ -n "$autostart" ] || { echo "FAIL  no xdg/autostart/io.github.armorer.tray.desktop"; exit 1; }
echo "ok    ${autostart#"$dest"}"
for desktop in "$dest"/usr/share/applications/*.desktop $autostart; do
    exe=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
    icon=$(sed -n 's/^Icon=//p' "$desktop")
    check "/usr/bin/$exe" "Exec of $(basename "$desktop")"
    check "/usr/share/icons/hicolor/scalable/apps/$icon.svg" "Icon of $(basename "$desktop")"
done
launchable=$(sed -n 's/.*<launchable type="desktop-id">\(.*\)<\/launchable>.*/\1/p' "$dest"/usr/share/metainfo/io.github.armorer.metainfo.xml)
check "/usr/share/applications/$launchable" "AppStream launchable"
for page in armorer armorctl; do check "/usr/share/man/man1/$page.1" "man page"; done
for icon in io.github.armorer-tray io.github.armorer-tray-alert; do
    check "/usr/share/icons/hicolor/scalable/status/$icon.svg" "tray icon"
done
# read-log for members of adm and systemd-journal: polkit reads /usr/share/polkit-1/rules.d.
check "/usr/share/polkit-1/rules.d/60-io.github.armorer.rules" "polkit rules"
# Nothing may land outside /usr and /etc.
stray=$(cd "$dest" && find . -mindepth 1 -maxdepth 1 ! -name usr ! -name etc)
[ -z "$stray" ] || { echo "FAIL  installed outside /usr and /etc: $stray"; failures=$((failures + 1)); }
[ $failures = 0 ]
