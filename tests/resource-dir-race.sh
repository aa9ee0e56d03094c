#!/bin/bash
# Compiles with our clang while toolchain/resource-dir.sh refreshes the
# resource directory REFRESHES times, each time with a changed header: every
# compile must find both Debian's headers and ours.
# Prints the compiles and refreshes, then "resource-dir: 1 passed, 0 failed"
# when every compile succeeded.
# usage: resource-dir-race.sh CLANG [REFRESHES]
set -u
top=$(cd "$(dirname "$0")/.." && pwd)
clang=${1:?usage: resource-dir-race.sh CLANG [REFRESHES]}
refreshes=${2:-20}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# A stand-in work tree: a "pristine" tag and one header the series adds.
tree=$tmp/tree
mkdir -p "$tree/clang/lib/Headers"
git -C "$tree" init -q
git -C "$tree" -c user.name=t -c user.email=t@invalid commit -q --allow-empty -m pristine
git -C "$tree" tag pristine
header=$tree/clang/lib/Headers/race_check.h
echo '#define RACE_CHECK 1' >"$header"

out=$tmp/lib/clang/22
refresh() { "$top/toolchain/resource-dir.sh" /usr/lib/llvm-22/lib/clang/22 "$tree" "$out"; }
refresh || exit 1
printf '#include <stddef.h>\n#include <stdarg.h>\n#include <race_check.h>\nint f(size_t x) { return (int)x + RACE_CHECK; }\n' >"$tmp/t.c"

(for i in $(seq 1 "$refreshes"); do echo "/* $i */" >>"$header"; refresh; done) &
writer=$!
pass=0
fail=0
while kill -0 "$writer" 2>/dev/null; do
	if "$clang" --target=bpf -O2 -resource-dir "$out" -c "$tmp/t.c" -o /dev/null 2>"$tmp/err"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1))
		sed 's/^/  /' "$tmp/err" | head -2
	fi
done
wait "$writer" || { echo "resource-dir: refreshing failed"; fail=$((fail + 1)); }
kept=$(ls -d "$(dirname "$out")"/.22-* 2>/dev/null | wc -l)
echo "resource-dir: $pass of $((pass + fail)) compiles found every header during $refreshes refreshes; $kept directories kept"
if [ "$fail" -eq 0 ] && [ "$pass" -gt 0 ]; then
	echo "resource-dir: 1 passed, 0 failed"
else
	echo "resource-dir: 0 passed, 1 failed"
	exit 1
fi
