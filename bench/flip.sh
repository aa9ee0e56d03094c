#!/bin/sh
# Flip latency: turning two static keys of an attached XDP program on or off
# with bpfsk (new program built, verified, loaded, link swapped) against
# what users do today, recompiling the source with the keys as #defines and
# loading the result, for programs of about 100, 1,000 and 10,000
# instructions, on Debian's stock kernels under QEMU TCG.
#
#	make bench-flip		(bench/flip.sh CLANG OUT)
#
# Host: flip-gen.sh writes OUT/src/flip_N.c; it is compiled four ways
# (static keys; #defines off and on; .rodata) with CLANG, and the
# #define compile is timed COMPILE_REPS times (alternating off and on).
# Guest: `flipper bench` (harness/flipper/bench.c) attaches each build by
# an XDP link to lo and times REPS swaps per path; see flipper_bench() there.
# Output: OUT/flip.json (format: docs/static-keys.md, "Flip latency") and
# a table; exit status 1 if a guest failed, a swap did not take, or a
# program's size is off its nominal size by more than 30%.
#
# Environment: ARCHES (default "x86_64 aarch64", booted one after the other
# so that they do not compete for the host), REPS (default 10),
# COMPILE_REPS (default 5), TIMEOUT (s per boot, default 900).
set -eu
clang=$1 out=$2
TOP=$(cd "$(dirname "$0")/.." && pwd)
H=$TOP/harness
C=${BPFSK_HARNESS_CACHE:-$TOP/cache/harness}
B=${BPFSK_HARNESS_BUILD:-$TOP/build/harness}
ARCHES=${ARCHES:-x86_64 aarch64}
REPS=${REPS:-10}
COMPILE_REPS=${COMPILE_REPS:-5}
TIMEOUT=${TIMEOUT:-900}
# nominal size : rounds of flip-gen.sh (about 8 instructions each)
SIZES="100:10 1000:125 10000:1250"

die() { echo "bench-flip: $*" >&2; exit 1; }

for a in $ARCHES; do
	case $a in
	x86_64) deb=amd64 ;;
	aarch64) deb=arm64 ;;
	*) die "unknown architecture '$a' (want x86_64 aarch64)" ;;
	esac
	[ -e "$C/fetched.txt" ] && [ -e "$C/$deb/vmlinuz" ] ||
		die "the harness cache lacks $C/$deb/vmlinuz; run: make -C $H fetch"
done
targets=
for a in $ARCHES; do
	targets="$targets $B/$a/runner $B/$a/flipper"
done
# shellcheck disable=SC2086
make -s -C "$H" OUT="$B" $targets >&2 || die "building the flipper failed"

mkdir -p "$out/src" "$out/obj"
cflags="--target=bpf -O2 -g -mcpu=v4 -I$C/amd64/sysroot/usr/include \
	-I$C/uapi/usr/include -I$C/uapi/usr/include/x86_64-linux-gnu"
ms_now() { date +%s%N; }
objs=
: > "$out/compile.txt"
for s in $SIZES; do
	n=${s%%:*} rounds=${s#*:}
	src=$out/src/flip_$n.c o=$out/obj/flip_$n
	sh "$TOP/bench/flip-gen.sh" "$rounds" > "$src"
	# shellcheck disable=SC2086
	{
		"$clang" $cflags -c "$src" -o "$o.bpf.o" &&
		"$clang" $cflags -DBENCH_DEFINE -DBENCH_KEY_A=0 -DBENCH_KEY_B=0 -c "$src" -o "${o}_d0.bpf.o" &&
		"$clang" $cflags -DBENCH_DEFINE -DBENCH_KEY_A=1 -DBENCH_KEY_B=1 -c "$src" -o "${o}_d1.bpf.o" &&
		"$clang" $cflags -DBENCH_RODATA -c "$src" -o "${o}_ro.bpf.o"
	} || die "$clang failed on $src"
	objs="$objs $o.bpf.o ${o}_d0.bpf.o ${o}_d1.bpf.o ${o}_ro.bpf.o"
	# What a user waits for on the host: one compile for the new state.
	i=0 times=
	while [ $i -lt "$COMPILE_REPS" ]; do
		t0=$(ms_now)
		# shellcheck disable=SC2086
		"$clang" $cflags -DBENCH_DEFINE -DBENCH_KEY_A=$((1 - i % 2)) \
			-DBENCH_KEY_B=$((1 - i % 2)) -c "$src" -o "$o.timed.o"
		t1=$(ms_now)
		times="$times $(( (t1 - t0) / 1000 ))"
		i=$((i + 1))
	done
	rm -f "$o.timed.o"
	echo "$n $times" >> "$out/compile.txt"
	load=$(cut -d' ' -f1 /proc/loadavg)
done

work=$(mktemp -d "${TMPDIR:-/tmp}/bench-flip.XXXXXX")
trap 'rm -rf "$work"' EXIT
{
	echo '#!/bin/sh'
	echo 'export PATH=/bin'
	echo 'mount -t proc proc /proc 2>/dev/null'
	echo 'echo "HARNESS START $(/bin/busybox uname -m) $(/bin/busybox uname -r)"'
	printf '/flipper bench'
	for s in $SIZES; do
		printf ' /cases/flip_%s.bpf.o' "${s%%:*}"
	done
	echo
	echo 'echo "HARNESS END"'
	echo 'poweroff -f'
} > "$work/init"

status=0
for a in $ARCHES; do
	deb=$([ "$a" = x86_64 ] && echo amd64 || echo arm64)
	# shellcheck disable=SC2086
	sh "$H/mkinitramfs.sh" "$work/$a.cpio" "$B/$a/runner" "$B/$a/flipper" \
		"$C/$deb/sysroot/usr/bin/busybox" "$work/init" $objs --live
	echo "bench-flip: booting $a (QEMU TCG, $REPS swaps per path and size)" >&2
	sh "$H/qemu.sh" "$a" "$C" "$work/$a.cpio" "$out/$a.console.log" \
		"$out/$a.qemu.rc" "$TIMEOUT" "HARNESS_BENCH_REPS=$REPS" || status=1
done

# flip.json and the table, from the consoles and compile.txt.
consoles=
for a in $ARCHES; do
	consoles="$consoles $out/$a.console.log"
done
# shellcheck disable=SC2086
awk -v reps="$REPS" -v creps="$COMPILE_REPS" -v json="$out/flip.json" \
	-v sizes="$SIZES" -v clang="$clang: $("$clang" --version | head -n 1)" \
	-v nproc="$(nproc)" -v load="$load" '
function median(a, n,    i, j, t) {
	for (i = 2; i <= n; i++)
		for (j = i; j > 1 && a[j - 1] > a[j]; j--) {
			t = a[j]; a[j] = a[j - 1]; a[j - 1] = t
		}
	return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
}
FILENAME ~ /compile\.txt$/ {
	n = 0
	for (i = 2; i <= NF; i++)
		c[++n] = $i / 1000
	cmin[$1] = c[1]
	for (i = 2; i <= n; i++)
		if (c[i] < cmin[$1])
			cmin[$1] = c[i]
	cmed[$1] = median(c, n)
	next
}
FNR == 1 {
	arch = FILENAME
	sub(/.*\//, "", arch)
	sub(/\.console\.log$/, "", arch)
	arches[++narch] = arch
}
{ sub(/\r$/, "") }
/HARNESS START / { kernel[arch] = $NF }
/HARNESS END/ { ended[arch] = 1 }
/HARNESS FATAL / { sub(/.*HARNESS FATAL /, ""); print arch ": FAIL " $0; bad = 1 }
/HARNESS BENCH / {
	sub(/.*HARNESS BENCH /, "")
	size = $1
	sub(/^flip_/, "", size)
	for (i = 2; i <= NF; i++) {
		split($i, kv, "=")
		v[arch, size, kv[1]] = kv[2]
	}
	got[arch, size] = 1
}
END {
	nsz = split(sizes, sz, " ")
	printf "{\n  \"bench\": \"flip\",\n  \"unit\": \"ms\",\n" > json
	printf "  \"reps\": %d,\n  \"compile_reps\": %d,\n", reps, creps > json
	printf "  \"clang\": \"%s\",\n", clang > json
	printf "  \"host\": {\"cpus\": %d, \"loadavg_1min_after_compiles\": %s},\n", nproc, load > json
	printf "  \"note\": \"flip and load are timed in the guest under QEMU TCG (inflated several times over native), compile on the host: the ratio understates bpfsk'"'"'s advantage\",\n" > json
	printf "  \"arches\": {" > json
	printf "%-7s %5s %11s %15s %15s %15s %15s %11s %15s\n", "arch", "size",
		"insns", "flip ms", "compile ms", "load ms", "recompile ms",
		"ratio", "rodata ms"
	printf "%-7s %5s %11s %15s %15s %15s %15s %11s %15s\n", "", "",
		"off/on", "min/med", "min/med", "min/med", "min/med",
		"min/med", "min/med"
	for (ai = 1; ai <= narch; ai++) {
		a = arches[ai]
		if (!ended[a]) { print a ": FAIL the guest did not finish (see " a ".console.log)"; bad = 1 }
		printf "%s\n    \"%s\": {\n      \"kernel\": \"%s\",\n      \"sizes\": {", (ai > 1 ? "," : ""), a, kernel[a] > json
		for (si = 1; si <= nsz; si++) {
			split(sz[si], p, ":")
			n = p[1]
			if (!got[a, n]) { print a ": FAIL no result for size " n; bad = 1; continue }
			fmed = v[a, n, "flip_med"]; lmed = v[a, n, "load_med"]
			rec = cmed[n] + lmed
			ratio = fmed > 0 ? rec / fmed : 0
			recmin = cmin[n] + v[a, n, "load_min"]
			rmin = v[a, n, "flip_min"] > 0 ? recmin / v[a, n, "flip_min"] : 0
			split(v[a, n, "swaps_ok"], sw, "/")
			if (sw[1] != sw[2] || sw[2] != 3 * reps) {
				print a ": FAIL size " n ": " v[a, n, "swaps_ok"] " swaps left the link on the new program"; bad = 1
			}
			for (k = 0; k < 2; k++) {
				ins = v[a, n, k ? "insns_on" : "insns_off"]
				if (ins < 0.7 * n || ins > 1.3 * n) {
					print a ": FAIL size " n ": " ins " xlated instructions (" (k ? "on" : "off") "), want " n " +-30%"; bad = 1
				}
			}
			printf "%s\n        \"%d\": {\"insns\": %d, \"insns_on\": %d, \"insns_recompiled\": %d, \"insns_recompiled_on\": %d,\n", (si > 1 ? "," : ""), n, v[a, n, "insns_off"], v[a, n, "insns_on"], v[a, n, "insns_d0"], v[a, n, "insns_d1"] > json
			printf "          \"flip_ms\": {\"min\": %.3f, \"median\": %.3f},\n", v[a, n, "flip_min"], fmed > json
			printf "          \"compile_ms\": {\"min\": %.3f, \"median\": %.3f},\n", cmin[n], cmed[n] > json
			printf "          \"load_ms\": {\"min\": %.3f, \"median\": %.3f},\n", v[a, n, "load_min"], lmed > json
			printf "          \"rodata_ms\": {\"min\": %.3f, \"median\": %.3f},\n", v[a, n, "rodata_min"], v[a, n, "rodata_med"] > json
			printf "          \"recompile_ms\": {\"min\": %.3f, \"median\": %.3f},\n", recmin, rec > json
			printf "          \"ratio\": %.2f, \"ratio_min\": %.2f}", ratio, rmin > json
			printf "%-7s %5d %11s %7.1f/%7.1f %7.1f/%7.1f %7.1f/%7.1f %7.1f/%7.1f %5.1f/%5.1f %7.1f/%7.1f\n", a, n,
				v[a, n, "insns_off"] "/" v[a, n, "insns_on"], v[a, n, "flip_min"], fmed,
				cmin[n], cmed[n], v[a, n, "load_min"], lmed, recmin, rec, rmin, ratio,
				v[a, n, "rodata_min"], v[a, n, "rodata_med"]
		}
		printf "\n      }\n    }" > json
	}
	printf "\n  }\n}\n" > json
	print "flip: bpfsk_txn__apply (both keys; build, verify+JIT, link swap), guest, " reps " reps; compile: clang -O2 -g, host, " creps " reps; load: open+load+link swap of the recompiled object, guest; recompile = compile + load; ratio = recompile / flip (of mins, of medians); rodata: reload with .rodata set instead of recompiling, guest"
	print "host: " nproc " CPUs, load average " load " after the compiles"
	print "guest times under QEMU TCG, host compile native: ratios are conservative"
	print "written: " json
	exit bad
}' "$out/compile.txt" $consoles || status=1
exit $status
