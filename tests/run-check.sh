#!/bin/bash
# `bpfsk run` end to end: the harness case sk_multi (three keys) loaded on
# both stock kernels with keys set on the command line, every value against
# the host build of the same source (host_ref's expected file, computed
# independently of the guest); a key state the verifier rejects (live_xdp's
# bad_key) must fail with the verifier's reason and a non-zero status; bad
# arguments and a missing harness cache must fail before booting, saying
# what to do.  Prints "run: N passed, N failed".
# usage: run-check.sh BPFSK HARNESS_BUILD_DIR
set -u
bpfsk=$1 hb=$2
obj=$hb/cases/sk_multi.bpf.o exp=$hb/expected/sk_multi.exp
in=$(dirname "$0")/../harness/cases/sk_multi.in
live=$hb/live/live_xdp.bpf.o
out=$(mktemp -d "${TMPDIR:-/tmp}/run-check.XXXXXX")
trap 'rm -rf "$out"' EXIT
# bpfsk run keeps the console logs of a failed run there.
export TMPDIR=$out
pass=0 fail=0

ok() { pass=$((pass + 1)); }
bad() { echo "run: FAIL $*"; fail=$((fail + 1)); }

# One `bpfsk run` of sk_multi; COMBO is host_ref's program suffix for the
# states the arguments give (keys sorted by name; fast_path starts on).
values() {
	combo=$1 tag=$2
	shift 2
	nice -n 10 "$bpfsk" run "$obj" --input "$in" "$@" > "$out/$tag.txt" 2> "$out/$tag.err"
	rc=$?
	[ $rc -eq 0 ] && ok || { bad "$tag: bpfsk run exited $rc"; cat "$out/$tag.txt" "$out/$tag.err"; }
	# Rows "  PROG LINE RET ..." under each "ARCH: Linux ..." header.
	awk -v combo="$combo" -v tag="$tag" '
		FILENAME == ARGV[1] {
			split($2, pc, "@")
			if ($1 == "sk_multi" && pc[2] == combo) {
				want[pc[1] " " $3] = $4
				nwant++
			}
			next
		}
		/^[a-z0-9_]+: Linux / { arch = $1; sub(/:$/, "", arch); archs++; next }
		arch != "" && /^  [A-Za-z_][A-Za-z0-9_]* +[0-9]+ +[0-9]+ / {
			k = $1 " " $2
			got[arch, k] = $3
			n[arch]++
		}
		END {
			if (!nwant) { print "run: FAIL " tag ": no expected values for " combo; exit 1 }
			if (archs != 2) { print "run: FAIL " tag ": " archs + 0 " architectures reported, want 2" ; f++ }
			for (a in n) {
				for (k in want) {
					if (!((a, k) in got)) { print "run: FAIL " tag " " a " " k ": no run"; f++ }
					else if (got[a, k] != want[k]) {
						print "run: FAIL " tag " " a " " k ": got " got[a, k] ", host " want[k]; f++
					} else p++
				}
				if (n[a] != nwant) { print "run: FAIL " tag " " a ": " n[a] " runs, want " nwant; f++ }
			}
			print p + 0, f + 0 > "/dev/stderr"
		}' "$exp" "$out/$tag.txt" 2> "$out/$tag.count"
	read -r p f < "$out/$tag.count" || { p=0; f=1; }
	pass=$((pass + p)) fail=$((fail + f))
}

values "debug_key=1,extra_mix=1,fast_path=1" keys-on --key debug_key=on --key extra_mix=on
values "debug_key=0,extra_mix=0,fast_path=0" keys-off --key fast_path=off --arch all --repeat 10
# --repeat: every XDP run timed (6 lines, 2 kernels), syscall runs not.
nx=$(grep -c '^  multi_xdp .* [0-9]* (10 runs)$' "$out/keys-off.txt")
ns=$(grep -c '^  multi_sc .*runs)$' "$out/keys-off.txt")
[ "$nx" -eq 12 ] && [ "$ns" -eq 0 ] && ok || bad "--repeat 10: $nx timed XDP runs (want 12), $ns timed syscall runs (want 0)"

# A load the verifier rejects: status 1, its reason on stdout.
nice -n 10 "$bpfsk" run "$live" --key bad_key=on --arch all > "$out/bad.txt" 2>&1
rc=$?
[ $rc -eq 1 ] && ok || bad "bad_key=on: exit status $rc, want 1"
for a in x86_64 aarch64; do
	if awk -v a="$a" '/^[a-z0-9_]+: Linux /{ cur = $1 } cur == a ":" && /load failed/ { l = 1 }
		cur == a ":" && /invalid access to packet/ { v = 1 } END { exit !(l && v) }' "$out/bad.txt"; then
		ok
	else
		bad "bad_key=on on $a: no 'load failed' with the verifier's 'invalid access to packet'"
		cat "$out/bad.txt"
	fi
done

# Refused before booting: exit status and message.
refused() {
	want_rc=$1 want_msg=$2
	shift 2
	"$bpfsk" run "$@" > "$out/r.txt" 2>&1
	rc=$?
	if [ $rc -eq "$want_rc" ] && grep -qF -- "$want_msg" "$out/r.txt" &&
		! grep -q "booting" "$out/r.txt"; then
		ok
	else
		bad "bpfsk run $*: status $rc (want $want_rc), output lacks '$want_msg' or booted:"
		cat "$out/r.txt"
	fi
}
echo "1 2 x" > "$out/bad.in"
refused 2 "no static key 'nope'" "$obj" --key nope=on
refused 2 "debug_key: state 'maybe', want on or off" "$obj" --key debug_key=maybe
refused 2 "bad.in:1: want up to 8 integers" "$obj" --input "$out/bad.in"
refused 2 "--arch riscv64: want x86_64, aarch64 or all" "$obj" --arch riscv64
refused 2 "usage:" --key debug_key=on
BPFSK_HARNESS_CACHE=$out/no-cache refused 3 "run: make -C" "$obj"
BPFSK_HARNESS=$out refused 1 "set BPFSK_HARNESS" "$obj"

echo "run: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
