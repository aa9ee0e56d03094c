#!/bin/sh
# Codegen of two compilers side by side: every harness case, bench workload
# and example at -O2/-O0/-O1 -mcpu=v4 and -O2 -mcpu=v1/v3, assembled by each;
# prints each file that differs with its instruction counts (old, new, delta)
# and a summary.  Both compilers run from OUT, so debug paths match.
# Usage: bench/compare-asm.sh OLD_CLANG NEW_CLANG OUT
set -u
TOP=$(cd "$(dirname "$0")/.." && pwd)
old=$(readlink -f "$(command -v "$1")") new=$(readlink -f "$(command -v "$2")") out=$3
C=$TOP/cache/harness UAPI=$TOP/cache/harness/uapi/usr/include
inc="-I$TOP/harness/include -I$C/amd64/sysroot/usr/include -I$UAPI"
inc="$inc -I$UAPI/x86_64-linux-gnu -I$TOP/bench/workloads -I$TOP/harness/cases"
rm -rf "$out" && mkdir -p "$out" && cd "$out" || exit 2

# Instructions: tab-indented lines that are not directives or comments.
insns() { awk '/^\t[^.#]/ { n++ } END { print n + 0 }' "$1"; }

n=0 same=0 differ=0 sized=0 status=0
for f in "$TOP"/harness/cases/*.c "$TOP"/bench/workloads/*.c "$TOP"/examples/*.c; do
	b=$(basename "$f" .c)
	for cfg in "O2 v4" "O0 v4" "O1 v4" "O2 v1" "O2 v3"; do
		set -- $cfg
		t=$b.$1.$2
		"$old" --target=bpf -"$1" -mcpu="$2" -g $inc -S "$f" -o "$t.old.s" 2>/dev/null; a=$?
		"$new" --target=bpf -"$1" -mcpu="$2" -g $inc -S "$f" -o "$t.new.s" 2>/dev/null; c=$?
		n=$((n + 1))
		if [ $a -ne 0 ] || [ $c -ne 0 ]; then
			[ $a -ne $c ] && { echo "$t: compile status $a -> $c"; status=$((status + 1)); }
			continue
		fi
		if cmp -s "$t.old.s" "$t.new.s"; then
			same=$((same + 1))
			rm -f "$t.old.s" "$t.new.s"
			continue
		fi
		differ=$((differ + 1))
		i=$(insns "$t.old.s") j=$(insns "$t.new.s")
		[ "$i" -ne "$j" ] && sized=$((sized + 1))
		echo "$t: $i -> $j instructions ($((j - i)))"
	done
done
echo "compared $n: same $same, differ $differ ($sized in instruction count), compile status differs $status"
