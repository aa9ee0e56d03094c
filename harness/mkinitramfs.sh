#!/bin/sh
# Build a guest initramfs (newc cpio): busybox, runner, flipper, /init,
# case files (/cases) and the flipper's live objects (/live).
# Usage: mkinitramfs.sh OUT RUNNER FLIPPER BUSYBOX INIT CASE_FILE... --live LIVE_FILE...
set -eu
out=$1 runner=$2 flipper=$3 busybox=$4 init=$5
shift 5
s=$out.d
rm -rf "$s"
mkdir -p "$s/bin" "$s/cases" "$s/live" "$s/proc" "$s/dev"
cp "$busybox" "$s/bin/busybox"
ln -s busybox "$s/bin/sh"
ln -s busybox "$s/bin/poweroff"
ln -s busybox "$s/bin/mount"
cp "$runner" "$s/runner"
cp "$flipper" "$s/flipper"
cp "$init" "$s/init"
chmod 755 "$s/init" "$s/runner" "$s/flipper" "$s/bin/busybox"
dir=cases
for f; do
	if [ "$f" = --live ]; then
		dir=live
		continue
	fi
	cp "$f" "$s/$dir/"
done
(cd "$s" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) > "$out.tmp"
rm -rf "$s"
mv "$out.tmp" "$out"
