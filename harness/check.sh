#!/bin/sh
# Boot every architecture's initramfs under QEMU TCG (in parallel, one vCPU
# each), then compare each console log with the host's expected values.
# Usage: check.sh CACHE BUILD TIMEOUT REPEAT "ARCHES" EXPECTED_FILE...
# HARNESS_NOFLIP=1 in the environment: the guest skips the flipper.
set -u
C=$1 B=$2 T=$3 R=$4 ARCHES=$5
shift 5
H=$(dirname "$0")

boot() {
	sh "$H/qemu.sh" "$1" "$C" "$B/$1/initramfs.cpio" "$B/$1/console.log" \
		"$B/$1/qemu.rc" "$T" ${R:+HARNESS_REPEAT=$R} \
		${HARNESS_NOFLIP:+HARNESS_NOFLIP=1}
}

for a in $ARCHES; do
	rm -f "$B/$a/qemu.rc"
	start=$(date +%s)
	( boot "$a"; echo "$a: QEMU ran for $(($(date +%s) - start)) s" > "$B/$a/time.txt" ) &
done
wait

status=0
for a in $ARCHES; do
	cat "$B/$a/time.txt"
	awk -v arch="$a" -v rc="$(cat "$B/$a/qemu.rc")" -v timeout="$T" \
		-v logfile="$B/$a/console.log" -f "$H/compare.awk" \
		"$@" "$B/$a/console.log" || status=1
done
exit $status
