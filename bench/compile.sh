#!/bin/sh
# Compile one workload with one configuration for run.sh; a failure is a
# result ("does not compile: <first error>" in OUT/status/WORKLOAD.LABEL).
# On success, OUT/cases gets the harness case that loads that object.
# Usage: compile.sh TOP OUT WORKLOAD LABEL CLANG [FLAG...]
set -u
TOP=$1 OUT=$2 w=$3 l=$4 cc=$5
shift 5
W=$TOP/bench/workloads C=$TOP/cache/harness
UAPI=$C/uapi/usr/include
n=$w.$l
if "$cc" --target=bpf -O2 -g -Wall -mcpu=v4 "$@" -I"$TOP/harness/include" \
	-I"$C/amd64/sysroot/usr/include" -I"$UAPI" -I"$UAPI/x86_64-linux-gnu" \
	-c "$W/$w.c" -o "$OUT/obj/$n.bpf.o" 2> "$OUT/status/$n.err"; then
	printf '// BENCH-OBJ: %s\n#include "%s"\n' "$OUT/obj/$n.bpf.o" "$W/$w.c" \
		> "$OUT/cases/$n.c"
	cp "$W/$w.in" "$OUT/cases/$n.in"
else
	rm -f "$OUT/obj/$n.bpf.o"
	err=$(grep -m1 'error' "$OUT/status/$n.err" || head -1 "$OUT/status/$n.err")
	echo "does not compile: ${err#"$W/"}" > "$OUT/status/$n"
fi
