#!/bin/bash
# Runs each check given as "NAME COMMAND...", one per argument, keeps its log
# in build/check/NAME.log, and sums the "N passed, N failed" lines they print.
# A check that exits non-zero without reporting a failure counts one failure.
# usage: check-all.sh 'lit make -s check-lit' 'harness make -s check-harness' ...
set -u
logs=build/check
mkdir -p "$logs"
total_pass=0
total_fail=0
for spec in "$@"; do
	name=${spec%% *}
	cmd=${spec#* }
	echo "== $name: $cmd"
	bash -c "$cmd" 2>&1 | tee "$logs/$name.log"
	rc=${PIPESTATUS[0]}
	counts=$(grep -E '(^|: )[0-9]+ passed, [0-9]+ failed' "$logs/$name.log" |
		sed -E 's/.*(^|: )([0-9]+) passed, ([0-9]+) failed.*/\2 \3/')
	p=0
	f=0
	while read -r a b; do
		[ -n "$a" ] || continue
		p=$((p + a))
		f=$((f + b))
	done <<<"$counts"
	if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "$name: exited with status $rc without reporting a failed test"
		f=1
	fi
	total_pass=$((total_pass + p))
	total_fail=$((total_fail + f))
done
echo "== summary (logs in $logs/)"
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
