#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# packaging/build-rpm-arch.sh [OUTDIR]
# Builds the RPM (rpm/armorer.spec, with rpmbuild) and the Arch package (arch/PKGBUILD, with
# makepkg) of this checkout on Debian, then checks that both carry the same files as the .deb
# (build-deb/contents.txt). Runs in the trixie root with Debian's rpm and makepkg added:
# ./dev package-check. What this cannot test: the Fedora and Arch dependency names (Debian
# cannot resolve them, so both builds skip the dependency check and build against Debian's
# libraries), Fedora's own macro set (a stand-in for the few macros the spec uses is loaded,
# rpm/macros.fedora-stand-in) and installing the packages on those distributions.
set -eu
src=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$src/build-pkgcheck}
case $out in /*) ;; *) out=$src/$out ;; esac
debfiles=$src/build-deb/contents.txt
[ -f "$debfiles" ] || { echo "build-rpm-arch: no $debfiles: build the .deb first (./dev package)" >&2; exit 1; }

version=$(sed -n 's/^Version: *//p' "$src/packaging/rpm/armorer.spec")
archver=$(sed -n 's/^pkgver=//p' "$src/packaging/arch/PKGBUILD")
project=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$src/CMakeLists.txt" | head -1)
if [ "$version" != "$project" ] || [ "$archver" != "$project" ]; then
    echo "build-rpm-arch: armorer.spec says $version, PKGBUILD $archver, CMakeLists.txt $project" >&2
    exit 1
fi

rm -rf "$out"
mkdir -p "$out"
# The source tarball both recipes download from the project's release page, made from this
# checkout (uncommitted changes included) with the same top directory.
tarball=$out/armorer-$version.tar.gz
tar -C "$src" --exclude='./build*' --exclude=./.git --exclude=./.cache \
    --transform "s|^\./|armorer-$version/|" -czf "$tarball" .
failures=0

# Files only (no directories), one per line, sorted; what each distribution adds by itself
# left out and its own paths mapped to Debian's, so the lists compare: Debian's doc directory,
# rpm's build-id links, Arch's libexec in /usr/lib.
compare() {
    name=$1 list=$2
    grep -v '^/usr/share/doc/' "$debfiles" | sort >"$out/deb.files"
    grep -v '^/usr/lib/\.build-id/' "$list" | sed 's|^/usr/lib/armorer/|/usr/libexec/armorer/|' | sort >"$out/$name.mapped"
    if diff -u "$out/deb.files" "$out/$name.mapped" >"$out/$name.diff"; then
        echo "build-rpm-arch: $name: the same $(wc -l <"$out/deb.files") files as the .deb (outside /usr/share/doc)"
    else
        echo "build-rpm-arch: $name: the files differ from the .deb's:" >&2
        cat "$out/$name.diff" >&2
        failures=$((failures + 1))
    fi
}

# exec_check NAME FILES SERVICE-TEXT: the D-Bus activation file's Exec is a file of the package.
exec_check() {
    binary=$(printf '%s\n' "$3" | sed -n 's/^Exec=\([^ ]*\).*/\1/p')
    if [ -n "$binary" ] && grep -qx "$binary" "$2"; then
        echo "build-rpm-arch: $1: the activation file's Exec $binary is in the package"
    else
        echo "build-rpm-arch: $1: the activation file's Exec '$binary' is not in the package" >&2
        failures=$((failures + 1))
    fi
}

# --- RPM -----------------------------------------------------------------------------------
start=$(date +%s)
top=$out/rpmbuild
mkdir -p "$top/SOURCES"
cp "$tarball" "$top/SOURCES/"
if rpmbuild -bb --nodeps --define "_topdir $top" --load "$src/packaging/rpm/macros.fedora-stand-in" \
    "$src/packaging/rpm/armorer.spec" >"$out/rpmbuild.log" 2>&1; then
    rpm=$(ls "$top"/RPMS/*/armorer-"$version"-*.rpm | grep -v -- '-debug' | head -1)
    echo "build-rpm-arch: rpmbuild: $(basename "$rpm") in $(($(date +%s) - start)) s"
    rpm -qp --qf '[%{FILEMODES:perms} %{FILENAMES}\n]' "$rpm" | sed -n 's/^[-l][^ ]* //p' >"$out/rpm.files"
    compare rpm "$out/rpm.files"
    exec_check rpm "$out/rpm.files" "$(rpm2cpio "$rpm" | cpio -i --quiet --to-stdout './usr/share/dbus-1/system-services/*.service')"
else
    tail -40 "$out/rpmbuild.log" >&2
    echo "build-rpm-arch: rpmbuild failed (log: $out/rpmbuild.log)" >&2
    failures=$((failures + 1))
fi

# --- Arch ----------------------------------------------------------------------------------
# makepkg refuses to run as root: it runs as the root's non-root user in a directory of its
# own, with a ccache directory it can write.
start=$(date +%s)
arch=$out/arch
mkdir -p "$arch"
cp "$src/packaging/arch/PKGBUILD" "$tarball" "$arch/"
chown -R armorer-test: "$arch"
mkdir -p /var/cache/armorer-ccache-makepkg
chown armorer-test: /var/cache/armorer-ccache-makepkg
if (cd "$arch" && setpriv --reuid=armorer-test --regid=armorer-test --clear-groups \
    env HOME=/home/armorer-test CCACHE_DIR=/var/cache/armorer-ccache-makepkg PACKAGER='Armorer contributors' \
    makepkg --nodeps --noconfirm --noprogressbar) >"$out/makepkg.log" 2>&1; then
    pkg=$(ls "$arch"/armorer-"$version"-*.pkg.tar.* | grep -v -- '-debug-' | head -1)
    echo "build-rpm-arch: makepkg: $(basename "$pkg") in $(($(date +%s) - start)) s"
    bsdtar -tf "$pkg" | grep -v -e '/$' -e '^\.' | sed 's|^|/|' >"$out/arch.files"
    compare arch "$out/arch.files"
    exec_check arch "$out/arch.files" "$(bsdtar -xOf "$pkg" 'usr/share/dbus-1/system-services/*.service')"
else
    tail -40 "$out/makepkg.log" >&2
    echo "build-rpm-arch: makepkg failed (log: $out/makepkg.log)" >&2
    failures=$((failures + 1))
fi

[ $failures = 0 ] || exit 1
