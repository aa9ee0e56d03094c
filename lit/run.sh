#!/bin/sh
# Runs our lit tests and upstream's BPF suites against the tools in TOOLS_DIR
# and compares upstream's results with lit/upstream-expected.txt.
# usage: run.sh TREE TOOLS_DIR OUT_DIR [--update]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
tree=$(cd "${1:?usage: run.sh TREE TOOLS_DIR OUT_DIR [--update]}" && pwd)
tools=${2:?}
out=${3:?}
mode=${4:-check}
mkdir -p "$out"
out=$(cd "$out" && pwd)

python3 "$here/configure.py" "$tree" "$tools" "$out"

# Upstream's suites: every path in lit/upstream-suites.txt.
suites=$(grep -v '^#' "$here/upstream-suites.txt" | sed "s|^|$tree/|")
python3 "$here/llvm-lit.py" "$tree" "$out" -q --no-progress-bar \
	-j "$(nproc)" -o "$out/results.json" $suites \
	>"$out/lit.log" 2>&1 || true
python3 "$here/results.py" "$out/results.json" "$tree" >"$out/results.txt"

if [ "$mode" = --update ]; then
	grep -v '^ours ' "$out/results.txt" | sed 's/^upstream //' \
		>"$here/upstream-expected.txt"
	echo "wrote lit/upstream-expected.txt"
	exit 0
fi
python3 "$here/compare.py" "$here/upstream-expected.txt" "$out/results.txt"
