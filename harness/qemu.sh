#!/bin/sh
# Boot one guest under QEMU TCG (one vCPU, no network) with an initramfs,
# console to LOG, QEMU's exit status (124: timeout) to RC_FILE.  Shared by
# check.sh, run.sh (bpfsk run) and bench/flip.sh.
# Usage: qemu.sh ARCH CACHE INITRD LOG RC_FILE TIMEOUT [KERNEL_ARG...]
set -u
arch=$1 C=$2 initrd=$3 log=$4 rcfile=$5 T=$6
shift 6
extra="$*"
case $arch in
x86_64)
	set -- qemu-system-x86_64 -M pc -cpu max -kernel "$C/amd64/vmlinuz"
	# no_timer_check: on a loaded host TCG may miss the IO-APIC timer
	# check at boot, and the kernel panics ("IO-APIC + timer doesn't work").
	con=ttyS0 arch_args=no_timer_check ;;
aarch64)
	# pauth-impdef=on: cheaper pointer auth emulation, halves boot time.
	# HARNESS_ARM64_CPU overrides the model (fuzz/run.py: neoverse-n1).
	set -- qemu-system-aarch64 -M virt -cpu "${HARNESS_ARM64_CPU:-max,pauth-impdef=on}" \
		-kernel "$C/arm64/vmlinuz"
	con=ttyAMA0 arch_args= ;;
*)
	echo "qemu.sh: unknown architecture '$arch' (want x86_64 or aarch64)" >&2
	exit 2 ;;
esac
# -smp 1: an x86-64 guest with -smp 2 once oopsed in the scheduler.
# -nic none: the guest needs no network, and no NIC means no option ROM.
timeout "$T" "$@" -smp 1 -m 1024 -nographic -no-reboot -nic none \
	-initrd "$initrd" -append "console=$con${arch_args:+ $arch_args} panic=-1 quiet${extra:+ $extra}" \
	< /dev/null > "$log" 2>&1
rc=$?
echo $rc > "$rcfile"
exit $rc
