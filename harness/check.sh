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
	arch=$1 log=$B/$1/console.log
	case $arch in
	x86_64)
		set -- qemu-system-x86_64 -M pc -cpu max -kernel "$C/amd64/vmlinuz"
		con=ttyS0 ;;
	aarch64)
		# pauth-impdef=on: cheaper pointer auth emulation, halves boot time
		set -- qemu-system-aarch64 -M virt -cpu max,pauth-impdef=on \
			-kernel "$C/arm64/vmlinuz"
		con=ttyAMA0 ;;
	esac
	# -smp 1: an x86-64 guest with -smp 2 once oopsed in the scheduler.
	# -nic none: the guest needs no network, and no NIC means no option ROM.
	timeout "$T" "$@" -smp 1 -m 1024 -nographic -no-reboot -nic none \
		-initrd "$B/$arch/initramfs.cpio" \
		-append "console=$con panic=-1 quiet${R:+ HARNESS_REPEAT=$R}${HARNESS_NOFLIP:+ HARNESS_NOFLIP=1}" \
		< /dev/null > "$log" 2>&1
	echo $? > "$B/$arch/qemu.rc"
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
