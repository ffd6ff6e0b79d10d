#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-2.0-or-later
# SPDX-FileCopyrightText: 2026 Armorer contributors
#
# tests/vm/prepare-image.sh DIR [MIRROR [SUITE]]
#
# Makes the base image of the real-kernel tests in DIR: the kernel of SUITE (trixie, the
# default, or sid) as vmlinuz and a minimal root of the same suite packed as an uncompressed initramfs (base.cpio), with AppArmor,
# dbus-daemon, polkitd, the runtime libraries of Armorer's binaries and a non-root test
# user. The project's binaries and the scenarios are not in it: each run adds them as a
# second cpio archive, so rebuilding the project never re-runs this.
#
# Runs on the host as root (debootstrap needs it). `dev` calls it and caches DIR keyed by
# the hash of this file, so changing the package list below makes a new image.
set -euo pipefail

OUT=${1:?usage: prepare-image.sh DIR [MIRROR [SUITE]]}
MIRROR=${2:-http://deb.debian.org/debian}
SUITE=${3:-trixie}
# The mirror's sid Release file is past its Valid-Until date.
APT_OPTIONS=""
[[ $SUITE == sid ]] && APT_OPTIONS="-o Acquire::Check-Valid-Until=false"

# What the VM carries besides minbase. The libraries are those of armorctl, armorer-helper
# and the test tools (the GUI does not run in the VM).
VM_PACKAGES=(
  apparmor dbus-daemon dbus-bin dbus-system-bus-common polkitd procps
  libqt6core6t64 libqt6dbus6 libapparmor1 libsystemd0 libpolkit-gobject-1-0
)
# Unpacked from its package rather than installed: the package also holds the agent library,
# which pulls Qt GUI and Mesa (200 MB of LLVM and drivers) that the helper never loads.
EXTRACTED=(libpolkit-qt6-1-1:'./usr/lib/x86_64-linux-gnu/libpolkit-qt6-core-1.so*')
TEST_UID=4711

say() { printf '\033[1m[vm-image]\033[0m %s\n' "$*" >&2; }
die() { printf '\033[1;31m[vm-image] error:\033[0m %s\n' "$*" >&2; exit 1; }

[[ $(id -u) == 0 ]] || die "needs root (debootstrap)"
command -v debootstrap >/dev/null || die "needs debootstrap on the host"
command -v bwrap >/dev/null || die "needs bubblewrap on the host"
command -v cpio >/dev/null || die "needs cpio on the host"

t0=$SECONDS
tmp="$OUT.partial"
rm -rf "$tmp"
mkdir -p "$tmp"
root="$tmp/root"

in_vm_root() {
  bwrap --bind "$root" / --proc /proc --dev /dev --perms 1777 --tmpfs /tmp --tmpfs /run \
    --ro-bind /etc/resolv.conf /etc/resolv.conf --unshare-pid --die-with-parent --clearenv \
    --setenv PATH /usr/sbin:/usr/bin:/sbin:/bin --setenv LANG C.UTF-8 \
    --setenv DEBIAN_FRONTEND noninteractive "$@"
}

say "debootstrap (minbase)"
debootstrap --variant=minbase "$SUITE" "$root" "$MIRROR" >"$tmp/debootstrap.log" 2>&1 ||
  { tail -20 "$tmp/debootstrap.log" >&2; die "debootstrap failed"; }

say "installing ${VM_PACKAGES[*]}"
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod +x "$root/usr/sbin/policy-rc.d"
in_vm_root /bin/sh -c "apt-get $APT_OPTIONS update -qq && apt-get install -y -qq --no-install-recommends \
    ${VM_PACKAGES[*]} >/var/log/armorer-apt.log 2>&1 || { tail -30 /var/log/armorer-apt.log; exit 1; }" ||
  die "package installation failed"

# download PACKAGE: the package's .deb, fetched by the root's apt; prints its path.
download() {
  rm -rf "$root/tmp-download"
  mkdir -p "$root/tmp-download"
  in_vm_root /bin/sh -c "cd /tmp-download && apt-get download -qq -o APT::Sandbox::User=root $1" >&2 ||
    die "apt-get download $1 failed"
  ls "$root"/tmp-download/*.deb
}

for entry in "${EXTRACTED[@]}"; do
  say "unpacking ${entry%%:*} (${entry#*:})"
  dpkg-deb --fsys-tarfile "$(download "${entry%%:*}")" | tar -x -C "$root" --wildcards "${entry#*:}" ||
    die "cannot unpack ${entry}"
done

say "fetching the kernel"
# linux-image-amd64 is a metapackage: resolve it to the real linux-image-<version>.
kpkg=$(in_vm_root apt-cache depends linux-image-amd64 | awk '/Depends: linux-image-[0-9]/{print $2; exit}')
[[ -n $kpkg ]] || die "cannot resolve linux-image-amd64"
mkdir -p "$tmp/kernel"
# trixie's linux-image-<version> holds /boot/vmlinuz-<version>; sid's is a metapackage whose
# linux-binary-<version> holds /usr/lib/modules/<version>/vmlinuz.
deb=$(download "$kpkg")
if dpkg-deb -c "$deb" | grep -q '\./boot/vmlinuz-'; then
  dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$tmp/kernel" --wildcards './boot/vmlinuz-*'
  cp "$tmp"/kernel/boot/vmlinuz-* "$tmp/vmlinuz"
else
  kpkg=linux-binary-${kpkg#linux-image-}
  dpkg-deb --fsys-tarfile "$(download "$kpkg")" | tar -x -C "$tmp/kernel" --wildcards './usr/lib/modules/*/vmlinuz'
  cp "$tmp"/kernel/usr/lib/modules/*/vmlinuz "$tmp/vmlinuz"
fi
[[ -s $tmp/vmlinuz ]] || die "no kernel image in $kpkg"
rm -rf "$root/tmp-download" "$tmp/kernel"

say "test user, trimming"
in_vm_root /bin/sh -c "useradd -m -u $TEST_UID -U -s /bin/sh armorer-test"
# A root password is never needed: the VM's init runs everything.
rm -f "$root/usr/sbin/policy-rc.d"
# Every byte is unpacked by an emulated CPU at each boot: drop what nothing in the VM reads.
rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/* "$root"/usr/share/doc/* \
  "$root"/usr/share/man/* "$root"/usr/share/info/* "$root"/var/log/armorer-apt.log \
  "$root"/var/cache/debconf/*-old "$root"/usr/share/i18n "$root"/usr/share/zoneinfo \
  "$root"/usr/share/mime "$root"/usr/share/common-licenses "$root"/usr/share/bash-completion
# Package tools and daemons nothing in the VM runs (the scenarios start dbus-daemon and
# polkitd themselves): perl, apt, systemd's own services.
rm -rf "$root"/usr/bin/perl* "$root"/usr/lib/x86_64-linux-gnu/perl-base "$root"/usr/share/perl5 \
  "$root"/usr/bin/apt* "$root"/usr/bin/sqv "$root"/usr/lib/apt "$root"/usr/lib/x86_64-linux-gnu/libapt-* \
  "$root"/usr/lib/systemd/systemd-*
find "$root/usr/share/locale" -mindepth 1 -maxdepth 1 -not -name 'C.*' -exec rm -rf {} + 2>/dev/null || true

{
  echo "suite=$SUITE"
  echo "kernel=$kpkg"
  echo "packages=${VM_PACKAGES[*]}"
  echo "extracted=${EXTRACTED[*]}"
  in_vm_root dpkg-query -W -f '${Package}=${Version}\n' | sort
} >"$tmp/manifest"

say "packing base.cpio"
# The kernel opens /dev/console before it starts init.
mkdir -p "$root/dev"
[[ -e $root/dev/console ]] || mknod -m 600 "$root/dev/console" c 5 1
(cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc --quiet) >"$tmp/base.cpio"
rm -rf "$root" "$tmp/debootstrap.log"
rm -rf "$OUT"
mv "$tmp" "$OUT"
say "ready in $((SECONDS - t0)) s: $(du -sh "$OUT/base.cpio" | cut -f1) root, $(sed -n 's/^kernel=//p' "$OUT/manifest")"
