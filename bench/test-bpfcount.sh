#!/bin/sh
# Tests of bpfcount (the bench's instruction counter), on the host:
#  - exact counts of small assembled programs (a loop, a bpf-to-bpf call,
#    gotox through a jump table, a 32-bit ALU wrap);
#  - an instruction or helper it does not emulate is an error, not a count;
#  - on real objects (harness cases and bench workloads built by our clang,
#    static keys in every combination), every value equals the host build's.
# Prints "bpfcount: N passed, N failed".  Usage: test-bpfcount.sh TOP
set -u
TOP=${1:-$(cd "$(dirname "$0")/.." && pwd)}
T=$TOP/build/bench-test
B=$TOP/build/bin
C=$TOP/cache/harness
UAPI=$C/uapi/usr/include
pass=0 fail=0
rm -rf "$T" && mkdir -p "$T"

ok() { pass=$((pass + 1)); }
ko() { echo "bpfcount: FAIL $*"; fail=$((fail + 1)); }

sh "$TOP/bench/build-bpfcount.sh" "$TOP" "$T/bpfcount" -Werror ||
	{ echo "bpfcount: 0 passed, 1 failed"; exit 1; }

# asm NAME EXPECTED_OUTPUT_LINE: assemble $T/NAME.s, run on one input line.
asm() {
	"$B/llvm-mc" -triple bpfel -mcpu=v4 -filetype=obj "$T/$1.s" -o "$T/$1.o" &&
		echo "5 7" > "$T/$1.in" &&
		got=$("$T/bpfcount" -c t "$T/$1.o" "$T/$1.in" 2>&1)
	[ "$got" = "$2" ] && ok || ko "$1: got '$got', expected '$2'"
}

# r0 = sum of 10..1: 2 + 10 * 3 + 1 instructions.
cat > "$T/loop.s" <<'S'
	.section syscall,"ax"
	.globl prog
	.type prog,@function
prog:
	r0 = 0
	r1 = 10
1:	r0 += r1
	r1 += -1
	if r1 != 0 goto 1b
	exit
S
asm loop "t prog 1 55 33"

# A call into .text: arg0 * 2 + 1 (2 + 3 + 1 + 1 instructions, ld 1 each).
cat > "$T/call.s" <<'S'
	.text
f:
	r0 = r1
	r0 <<= 1
	exit
	.section syscall,"ax"
	.globl prog
	.type prog,@function
prog:
	r1 = *(u64 *)(r1 + 0)
	call f
	r0 += 1
	exit
S
asm call "t prog 1 11 7"

# gotox through a .jumptables table: arg1 (7) & 1 picks the second target.
cat > "$T/jt.s" <<'S'
	.section syscall,"ax"
	.globl prog
	.type prog,@function
prog:
	r2 = *(u64 *)(r1 + 8)
	r2 &= 1
	r2 <<= 3
	r3 = JT ll
	r3 += r2
	r3 = *(u64 *)(r3 + 0)
	gotox r3
	r0 = 100
	exit
	r0 = 200
	exit
	.section .jumptables,"",@progbits
JT:
	.quad 64
	.quad 80
	.globl JT
	.type JT,@object
	.size JT, 16
S
asm jt "t prog 1 200 9"

# 32-bit ALU wraps and zero-extends; signed division (v4) rounds to zero.
cat > "$T/alu.s" <<'S'
	.section syscall,"ax"
	.globl prog
	.type prog,@function
prog:
	w0 = -1
	w0 += 2
	r1 = -7
	r1 s/= 2
	r0 += r1
	exit
S
asm alu "t prog 1 4294967294 6"

# Not emulated: an error naming it, and no count.
cat > "$T/helper.s" <<'S'
	.section syscall,"ax"
	.globl prog
	.type prog,@function
prog:
	call 5
	exit
S
"$B/llvm-mc" -triple bpfel -filetype=obj "$T/helper.s" -o "$T/helper.o"
echo 1 > "$T/helper.in"
if out=$("$T/bpfcount" "$T/helper.o" "$T/helper.in" 2> "$T/helper.err"); then
	ko "helper 5: accepted ($out)"
elif [ -n "$out" ] || ! grep -q "helper 5 not emulated" "$T/helper.err"; then
	ko "helper 5: output '$out', error '$(cat "$T/helper.err")'"
else
	ok
fi

# Real objects: values equal the host build's (host_ref) on every run.
check_case() {	# DIR NAME [INCLUDE_DIR]
	dir=$1 n=$2
	if ! sh "$TOP/harness/bpfcc.sh" "$B/clang" "$B/llvm-objdump" "$dir/$n.c" \
		"$T/$n.bpf.o" -I"$TOP/harness/include" -I"$C/amd64/sysroot/usr/include" \
		-I"$UAPI" -I"$UAPI/x86_64-linux-gnu" ||
	   ! gcc -std=gnu11 -O2 -I"$TOP/harness/include" -I"$TOP/harness/include/host" \
		-I"$TOP/loader/include" "$TOP/harness/host_ref.c" \
		"$TOP/loader/src/combination.c" "$dir/$n.c" -o "$T/$n.host" ||
	   ! "$T/$n.host" "$n" "$dir/$n.in" "$dir/$n.c" > "$T/$n.exp" ||
	   ! "$T/bpfcount" "$T/$n.bpf.o" "$dir/$n.in" > "$T/$n.cnt"; then
		ko "$n: build or run failed"
		return
	fi
	r=$(awk 'FNR == NR { if ($1 !~ /^@/ && $2 !~ /\.flip$/) want[$2 " " $3] = $4; next }
		{ k = $2 " " $3; if (!(k in want) || want[k] != $4) bad++; else good++; delete want[k] }
		END { for (k in want) miss++; print good + 0, bad + 0, miss + 0 }' \
		"$T/$n.exp" "$T/$n.cnt")
	set -- $r
	if [ "$1" -gt 0 ] && [ "$2" -eq 0 ] && [ "$3" -eq 0 ]; then
		ok
	else
		ko "$n: $1 runs equal the host's, $2 differ, $3 missing"
	fi
}
for n in interp_static interp_label_split sw_subprog sw_signed sw_u64 sk_multi \
	sk_inline const_table sw_canloop; do
	check_case "$TOP/harness/cases" "$n"
done
for n in parser sitecost sw64_sparse_loop interp_local; do
	check_case "$TOP/bench/workloads" "$n"
done
echo "bpfcount: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
