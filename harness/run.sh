#!/bin/sh
# The guest side of `bpfsk run` (loader/bpfsk.c), which execs it: boot one
# BPF object in the harness and leave each architecture's console log for
# the CLI to read.  The guest's /init runs
#	/runner -f [-r REPEAT] [-k KEY=on|off]... /cases/NAME.bpf.o
# (one load, keys in their initial states unless given; every program on
# every input line) and powers off.
#
# Usage: run.sh LOGDIR "ARCHES" TIMEOUT REPEAT INPUT OBJ [KEY=on|off]...
#	writes LOGDIR/ARCH.log (console) and LOGDIR/ARCH.rc (QEMU's status)
#	for each ARCH; INPUT is the harness's NAME.in format ("" = one line
#	of zeros).  Exit status: 0 if every guest booted and powered off, 1 if
#	one did not, 3 if the harness cache or a tool is missing (the message
#	says what to run).
# Environment: BPFSK_HARNESS_CACHE (default: cache/harness next to this
# directory), BPFSK_HARNESS_BUILD (default: build/harness, where
# `make -C harness` builds the runner).
set -eu
H=$(cd "$(dirname "$0")" && pwd)
TOP=$(dirname "$H")
C=${BPFSK_HARNESS_CACHE:-$TOP/cache/harness}
B=${BPFSK_HARNESS_BUILD:-$TOP/build/harness}
logdir=$1 arches=$2 timeout=$3 repeat=$4 input=$5 obj=$6
shift 6

die() { echo "bpfsk run: $*" >&2; exit 3; }

for a in $arches; do
	case $a in
	x86_64) deb=amd64 qemu=qemu-system-x86_64 ;;
	aarch64) deb=arm64 qemu=qemu-system-aarch64 ;;
	*) die "unknown architecture '$a' (want x86_64 or aarch64)" ;;
	esac
	for f in "$C/fetched.txt" "$C/$deb/vmlinuz" \
		"$C/$deb/sysroot/usr/bin/busybox"; do
		[ -e "$f" ] || die "the harness cache lacks $f (Debian's kernel and guest libraries); run: make -C $H fetch"
	done
	command -v "$qemu" >/dev/null ||
		die "$qemu not found; run: make -C $H fetch (installs the Debian packages the harness needs)"
done

# The runner (and the flipper, which the initramfs always carries): built
# by the harness's own rules, or reused.
targets=
for a in $arches; do
	targets="$targets $B/$a/runner $B/$a/flipper"
done
# shellcheck disable=SC2086
make -s -C "$H" OUT="$B" $targets >&2 ||
	die "building the guest runner failed; see the messages above"

name=$(basename "$obj")
name=${name%.o}
name=${name%.bpf}
work=$(mktemp -d "${TMPDIR:-/tmp}/bpfsk-run.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$obj" "$work/$name.bpf.o"
if [ -n "$input" ]; then
	cp "$input" "$work/$name.in"
else
	echo 0 > "$work/$name.in"
fi
{
	echo '#!/bin/sh'
	echo 'export PATH=/bin'
	printf '/runner -f'
	[ "$repeat" -gt 0 ] 2>/dev/null && printf ' -r %d' "$repeat"
	for k; do
		printf " -k '%s'" "$k"
	done
	printf " '/cases/%s.bpf.o'\n" "$name"
	echo 'poweroff -f'
} > "$work/init"

status=0
for a in $arches; do
	rm -f "$logdir/$a.rc"
	sh "$H/mkinitramfs.sh" "$work/$a.cpio" "$B/$a/runner" "$B/$a/flipper" \
		"$C/$( [ "$a" = x86_64 ] && echo amd64 || echo arm64)/sysroot/usr/bin/busybox" \
		"$work/init" "$work/$name.bpf.o" "$work/$name.in" --live
	echo "bpfsk run: booting $a under QEMU TCG" >&2
	sh "$H/qemu.sh" "$a" "$C" "$work/$a.cpio" "$logdir/$a.log" \
		"$logdir/$a.rc" "$timeout" &
done
wait
for a in $arches; do
	[ "$(cat "$logdir/$a.rc" 2>/dev/null)" = 0 ] || status=1
done
exit $status
