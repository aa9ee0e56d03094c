#!/bin/sh
# BPF_CLANG for the harness when the bench runs it: run.sh has already
# compiled every case with its compiler configuration, so for a case source
# with a "// BENCH-OBJ: PATH" line this "compiler" copies that object, and
# the guest loads the very bytes bpfcount counted.  Anything else (the
# harness's live/ objects) is compiled by BENCH_CLANG, default our clang.
# Called as bpfcc.sh calls clang: ... -c SRC -o OUT.
set -eu
src= out= prev=
for a; do
	case $prev in
	-c) src=$a ;;
	-o) out=$a ;;
	esac
	prev=$a
done
obj=$(sed -n 's|^// BENCH-OBJ: *||p' "$src")
if [ -z "$obj" ]; then
	exec "${BENCH_CLANG:-$(dirname "$0")/../build/bin/clang}" "$@"
fi
cp "$obj" "$out"
