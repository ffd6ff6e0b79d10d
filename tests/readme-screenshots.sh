#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# Retakes the README's screenshots under Xvfb at 1280x800, from the demo on a sandboxed system
# root (the real armorer binary, the xcb platform) and, for the two dialogs, from their GUI
# tests. Run it in the build environment, then look at every picture before committing them:
#   ./dev shell -- tests/readme-screenshots.sh [OUTDIR]
set -eu
out=${1:-resources/screenshots}
bin=${ARMORER_BUILD_DIR:-build}/bin
mkdir -p "$out"
xvfb() { xvfb-run -a -s "-screen 0 1280x800x24" "$@"; }

# Each run quits once its data is shown and the picture is saved.
shot() {
  name=$1
  shift
  LC_ALL=C.UTF-8 LANGUAGE=en xvfb "$bin/armorer" --demo --color-scheme light "$@" --screenshot "$out/$name.png"
  echo "saved $out/$name.png"
}
shot profiles --page profiles
shot denials --page denials
shot editor --edit usr.bin.man
shot export --export-profile /usr/bin/man
shot setup-check --setup-check

# The dialogs, from the tests that drive them (ARMORER_SCREENSHOT_DIR keeps their grabs).
shots=$(mktemp -d)
ARMORER_SCREENSHOT_DIR=$shots QT_QPA_PLATFORM=xcb xvfb "$bin/tst_allowdialog" screenshot >/dev/null
ARMORER_SCREENSHOT_DIR=$shots QT_QPA_PLATFORM=xcb xvfb "$bin/tst_grantedrulesview" hatBlockUnderItsHeader >/dev/null
cp "$shots/allowdialog.png" "$out/allow.png"
cp "$shots/granted-rules.png" "$out/granted-rules.png"
rm -rf "$shots"
echo "saved $out/allow.png and $out/granted-rules.png"
