#!/bin/sh
# Compile one case for BPF.  Directives in the source:
#   // HARNESS-CFLAGS: <flags>        added to -O2 -g -Wall (default: -mcpu=v4)
#   // HARNESS-EXPECT-ASM: <mnemonic> the object must contain it (e.g. gotox),
#                                     so a case cannot silently stop testing
#                                     what it was written for
#   // HARNESS-EXPECT-NO-ASM: <mnemonic> the object must not contain it
# Usage: bpfcc.sh CLANG OBJDUMP SRC OUT [CLANG_FLAGS...]
set -eu
clang=$1 objdump=$2 src=$3 out=$4
shift 4
flags=$(sed -n 's|^// HARNESS-CFLAGS:||p' "$src")
# shellcheck disable=SC2086
"$clang" --target=bpf -O2 -g -Wall ${flags:--mcpu=v4} "$@" -c "$src" -o "$out.tmp"
# has_insn MNEMONIC: the object's disassembly contains it.
has_insn() {
	"$objdump" -d --no-show-raw-insn "$out.tmp" | grep -qw -- "$1"
}
fail() {
	echo "$src: $1 in the BPF object ($objdump -d)" >&2
	rm -f "$out.tmp"
	exit 1
}
for m in $(sed -n 's|^// HARNESS-EXPECT-ASM:||p' "$src"); do
	has_insn "$m" || fail "no '$m' instruction"
done
for m in $(sed -n 's|^// HARNESS-EXPECT-NO-ASM:||p' "$src"); do
	! has_insn "$m" || fail "unexpected '$m' instruction"
done
mv "$out.tmp" "$out"
