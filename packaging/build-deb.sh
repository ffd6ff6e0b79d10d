#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# packaging/build-deb.sh [OUTDIR]
# Builds the Debian source and binary packages of this checkout (uncommitted changes included)
# with dpkg-buildpackage, then runs lintian. Runs inside the trixie root: ./dev package.
# The package's files come from CMake's install rules; debian/ holds no file list.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$src/build-deb}
case $out in /*) ;; *) out=$src/$out ;; esac

version=$(sed -n '1s/^armorer (\([^)]*\)).*/\1/p' "$src/packaging/debian/changelog")
project=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$src/CMakeLists.txt" | head -1)
if [ "$version" != "$project" ]; then
    echo "build-deb: debian/changelog says $version, CMakeLists.txt says $project" >&2
    exit 1
fi

work=$out/armorer-$version
rm -rf "$out"
mkdir -p "$work"
# The source tree without build directories or VCS data, with debian/ at its top.
tar -C "$src" --exclude='./build*' --exclude=./.git --exclude=./.cache -cf - . | tar -C "$work" -xf -
cp -a "$src/packaging/debian" "$work/debian"

start=$(date +%s)
cd "$work"
# The build root has what build-essential depends on (g++, make, dpkg-dev) but not the
# metapackage itself: check every other build dependency, then build without the check.
unmet=$(dpkg-checkbuilddeps 2>&1 | sed -n 's/.*unmet build dependencies: //p' | sed 's/build-essential:native//' | xargs)
if [ -n "$unmet" ]; then
    echo "build-deb: unmet build dependencies: $unmet" >&2
    exit 1
fi
DEB_BUILD_OPTIONS="parallel=2 ${DEB_BUILD_OPTIONS:-}" dpkg-buildpackage -us -uc -d >"$out/build.log" 2>&1 || {
    tail -40 "$out/build.log" >&2
    echo "build-deb: dpkg-buildpackage failed (log: $out/build.log)" >&2
    exit 1
}
echo "build-deb: built in $(($(date +%s) - start)) s:"
ls -1 "$out"/*.deb "$out"/*.dsc
dpkg-deb --contents "$out"/armorer_"$version"_*.deb | awk '{print $NF}' | grep -v '/$' | sed 's|^\./|/|' \
    >"$out/contents.txt"
echo "build-deb: $(wc -l <"$out/contents.txt") files in the package"

# lintian: errors fail the build; warnings and info are printed (see README for those left).
echo "build-deb: lintian"
lintian --fail-on error --display-info --suppress-tags-from-file /dev/null "$out"/armorer_"$version"_*.changes \
    | tee "$out/lintian.txt"
echo "build-deb: lintian: $(grep -c '^E:' "$out/lintian.txt" || true) errors," \
    "$(grep -c '^W:' "$out/lintian.txt" || true) warnings, $(grep -c '^I:' "$out/lintian.txt" || true) info"
