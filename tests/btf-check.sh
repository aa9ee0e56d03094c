#!/bin/sh
# Every object's BTF must read cleanly with Debian's bpftool and pahole: no
# error, no warning, no kind they do not know.
# usage: btf-check.sh OBJECT...
set -u
for p in bpftool:bpftool pahole:dwarves; do
	command -v "${p%%:*}" >/dev/null 2>&1 && continue
	DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${p#*:}" >/dev/null 2>&1 ||
		{ echo "btf: cannot install Debian package ${p#*:}"; exit 1; }
done

pass=0
fail=0
out=$(mktemp)
for obj in "$@"; do
	ok=1
	if ! bpftool btf dump file "$obj" >"$out" 2>&1 ||
	   grep -qiE '^(libbpf|error|warning)' "$out"; then
		echo "btf: FAIL $obj: bpftool: $(grep -iE 'libbpf|error|warning' "$out" | head -1)"
		ok=0
	fi
	# pahole reports unknown kinds and errors on stdout, between the types.
	if ! pahole -F btf "$obj" >"$out" 2>&1 ||
	   grep -qiE '^BTF:|unknown kind|error' "$out"; then
		echo "btf: FAIL $obj: pahole: $(grep -iE '^BTF:|unknown kind|error' "$out" | head -1)"
		ok=0
	fi
	if [ $ok = 1 ]; then pass=$((pass + 1)); else fail=$((fail + 1)); fi
done
rm -f "$out"
echo "btf: $pass passed, $fail failed"
[ "$fail" -eq 0 ]
