#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
# Validates the desktop integration files with the tools distributions use: desktop entries,
# AppStream metainfo, and the man pages (groff warnings are errors).
set -eu
res=${1:?resources directory}
desktop-file-validate "$res/io.github.armorer.desktop" "$res/io.github.armorer.tray.desktop"
appstreamcli validate --no-net --explain "$res/io.github.armorer.metainfo.xml"
for page in "$res"/man/*.1; do
    out=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
    if [ -n "$out" ]; then
        printf '%s:\n%s\n' "$page" "$out" >&2
        exit 1
    fi
done
echo "desktop entries, metainfo and man pages valid"
