#!/bin/bash
# Builds and tests the series one patch at a time, the way a reviewer or a
# packager takes it: pristine 22.1.8 plus the first N patches must build
# and pass upstream's BPF lit suites with the tests the patches add.  With
# --alone K, each of the first K patches (the independent fixes) is applied
# to pristine 22.1.8 by itself instead.
# Prints one line per step and "series-steps: N passed, N failed".
# usage: series-steps.sh TARBALL OUT [--alone K]
set -u
. "$(dirname "$0")/common.sh"
top=$(cd "$(dirname "$0")/.." && pwd)
tarball=${1:?usage: series-steps.sh TARBALL OUT [--alone K]}
out=${2:?usage: series-steps.sh TARBALL OUT [--alone K]}
alone=0
[ "${3:-}" = --alone ] && alone=${4:?--alone takes a count}
mkdir -p "$out"
out=$(cd "$out" && pwd)
tree=$out/llvm-project
patches=("$top"/patches/*.patch)

fresh_tree() {
	rm -rf "$tree"
	"$top/toolchain/extract-pristine.sh" "$tarball" "$tree" >/dev/null
}

# -O1: these tools only run the tests; the step builds then take half the time.
build() {
	if [ ! -f "$out/cmake/build.ninja" ]; then
		cmake -S "$top/toolchain" -B "$out/cmake" -G Ninja -Wno-dev \
			-DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE="-O1 -DNDEBUG" \
			-DCMAKE_C_COMPILER=/usr/bin/clang-22 -DCMAKE_CXX_COMPILER=/usr/bin/clang++-22 \
			-DCMAKE_PREFIX_PATH=/usr/lib/llvm-22 -DLLVM_SRC="$tree" \
			-DCMAKE_RUNTIME_OUTPUT_DIRECTORY="$out/bin" >/dev/null || return 1
	fi
	ninja -C "$out/cmake" --quiet >"$out/build.log" 2>&1 || return 1
	"$top/toolchain/resource-dir.sh" /usr/lib/llvm-22/lib/clang/22 "$tree" \
		"$out/lib/clang/22"
}

# Every test of the BPF suites, ours and upstream's, must pass at every step:
# a test a patch changes is changed to pass, the others passed on 22.1.8.
suites=$(grep -v '^#' "$top/lit/upstream-suites.txt")

run_step() {
	name=$1
	if ! build; then
		echo "FAIL $name: build ($out/build.log)"
		return 1
	fi
	ours=$(git -C "$tree" diff --name-only --diff-filter=A pristine HEAD -- llvm/test clang/test | wc -l)
	python3 "$top/lit/configure.py" "$tree" "$out/bin" "$out/lit" >/dev/null
	# shellcheck disable=SC2086
	if python3 "$top/lit/llvm-lit.py" "$tree" "$out/lit" -q --no-progress-bar \
		$(printf "$tree/%s " $suites) >"$out/lit.log" 2>&1; then
		echo "ok   $name: builds; the BPF suites pass ($ours tests of ours)"
		return 0
	fi
	echo "FAIL $name: lit ($out/lit.log):"
	sed -n 's/^  /    /p' "$out/lit.log"
	return 1
}

pass=0
fail=0
count=${#patches[@]}
[ "$alone" -gt 0 ] && count=$alone
[ "$alone" -gt 0 ] || fresh_tree
for p in "${patches[@]:0:$count}"; do
	name=$(basename "$p")
	[ "$alone" -gt 0 ] && fresh_tree && name="$name alone"
	if ! git -C "$tree" am -q --keep-cr --keep-non-patch "$p"; then
		echo "FAIL $name: does not apply"
		fail=$((fail + 1))
		# Later patches need this one unless each stands alone.
		[ "$alone" -gt 0 ] && continue
		break
	fi
	if run_step "$name"; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
echo "series-steps: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
