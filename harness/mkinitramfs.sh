#!/bin/sh
# Build a guest initramfs (newc cpio): busybox, runner, /init, case files.
# Usage: mkinitramfs.sh OUT RUNNER BUSYBOX INIT CASE_FILE...
set -eu
out=$1 runner=$2 busybox=$3 init=$4
shift 4
s=$out.d
rm -rf "$s"
mkdir -p "$s/bin" "$s/cases" "$s/proc" "$s/dev"
cp "$busybox" "$s/bin/busybox"
ln -s busybox "$s/bin/sh"
ln -s busybox "$s/bin/poweroff"
cp "$runner" "$s/runner"
cp "$init" "$s/init"
chmod 755 "$s/init" "$s/runner" "$s/bin/busybox"
cp "$@" "$s/cases/"
(cd "$s" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) > "$out.tmp"
rm -rf "$s"
mv "$out.tmp" "$out"
