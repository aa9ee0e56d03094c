#!/bin/sh
# Benchmark: compile every workload of bench/workloads with each compiler
# configuration, run all of them in one boot per architecture (so timing
# ratios compare objects measured side by side), count executed BPF
# instructions on the host (bpfcount), and write a table and results.json.
#
#   bench/run.sh [-o DIR] [-r REPEAT] [-w 'WORKLOAD...'] CONFIG...
#
# CONFIG is LABEL=CLANG [FLAG...], one shell word, e.g.
#   stock=/usr/bin/clang-22
#   ours=build/bin/clang
#   'jt4=build/bin/clang -mllvm -bpf-min-jump-table-entries=4'
# The first configuration is the baseline of every ratio.  Every object is
# built with --target=bpf -O2 -g -Wall -mcpu=v4 and the configuration's
# flags.  DIR (default build/bench) receives results.json, table.txt and
# the work files; DIR/flip.json, if present, is folded into both.
set -eu
TOP=$(cd "$(dirname "$0")/.." && pwd)
OUT=$TOP/build/bench REPEAT=2000 WORKLOADS=
while getopts o:r:w: opt; do
	case $opt in
	o) OUT=$(mkdir -p "$OPTARG" && cd "$OPTARG" && pwd) ;;
	r) REPEAT=$OPTARG ;;
	w) WORKLOADS=$OPTARG ;;
	*) echo "usage: $0 [-o DIR] [-r REPEAT] [-w 'WORKLOAD...'] LABEL=CLANG[ FLAGS]..." >&2
	   exit 2 ;;
	esac
done
shift $((OPTIND - 1))
[ $# -gt 0 ] || { echo "$0: no compiler configuration" >&2; exit 2; }
W=$TOP/bench/workloads
[ -n "$WORKLOADS" ] || WORKLOADS=$(cd "$W" && ls *.c | sed 's/\.c$//')
JOBS=$(nproc)

make -s -C "$TOP/harness" fetch
rm -rf "$OUT/obj" "$OUT/cases" "$OUT/counts" "$OUT/status" "$OUT/harness/cases"
mkdir -p "$OUT/obj" "$OUT/cases" "$OUT/counts" "$OUT/status"
sh "$TOP/bench/build-bpfcount.sh" "$TOP" "$OUT/bpfcount"

# configs.txt: LABEL CLANG FLAGS..., one line each, for the report too.
: > "$OUT/configs.txt"
for cfg; do
	label=${cfg%%=*} rest=${cfg#*=}
	case $label in *[!A-Za-z0-9_-]*|'') echo "$0: bad label in '$cfg'" >&2; exit 2 ;; esac
	set -f
	# shellcheck disable=SC2086
	set -- $rest
	set +f
	clang=$(command -v "$1" || true)
	[ -x "$clang" ] || { echo "$0: $label: no compiler '$1'" >&2; exit 2; }
	shift
	echo "$label $clang $*" >> "$OUT/configs.txt"
done

# Compile every (workload, configuration), $JOBS at a time.
for w in $WORKLOADS; do
	while read -r l cc flags; do
		echo "$TOP $OUT $w $l $cc${flags:+ $flags}"
	done < "$OUT/configs.txt"
done > "$OUT/jobs.txt"
start=$(date +%s)
xargs -P "$JOBS" -L 1 sh "$TOP/bench/compile.sh" < "$OUT/jobs.txt"
echo "bench: compiled $(wc -l < "$OUT/jobs.txt") objects in $(($(date +%s) - start)) s"

# The guest: one boot per architecture, every object in it.
start=$(date +%s)
HARNESS_NOFLIP=1 make -s -C "$TOP/harness" check CASES="$OUT/cases" OUT="$OUT/harness" \
	BPF_CLANG="$TOP/bench/prebuilt-cc.sh" REPEAT="$REPEAT" TIMEOUT=600 \
	-j"$JOBS" > "$OUT/check.log" 2>&1 || true
echo "bench: harness (build, both boots, compare) took $(($(date +%s) - start)) s"
grep -E '^[a-z0-9_]+: [0-9]+ passed' "$OUT/check.log" || {
	echo "bench: the harness did not run; see $OUT/check.log" >&2
	tail -20 "$OUT/check.log" >&2
	exit 1
}

# Executed instructions, on the host, per object; a workload's
# "// BENCH-SET: SYM=VALUE" lines ask for a second run with those values.
for o in "$OUT"/obj/*.bpf.o; do
	n=$(basename "$o" .bpf.o) w=${n%.*}
	"$OUT/bpfcount" -c "$n" "$o" "$W/$w.in" > "$OUT/counts/$n.txt" \
		2> "$OUT/counts/$n.err" || true
	sets=$(sed -n 's|^// BENCH-SET: *||p' "$W/$w.c")
	if [ -n "$sets" ]; then
		# shellcheck disable=SC2046
		"$OUT/bpfcount" $(printf -- '-s %s ' $sets) -c "$n" "$o" "$W/$w.in" \
			> "$OUT/counts/$n.set.txt" 2>> "$OUT/counts/$n.err" || true
	fi
done

python3 "$TOP/bench/report.py" "$OUT"
