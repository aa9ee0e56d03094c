#!/bin/sh
# Builds bpfcount (bench/bpfcount.c) on the host.  It reads objects with
# libelf and BTF with libbpf's btf__ API: sid's static libraries from the
# harness cache (make -C harness fetch), as the loader's unit test links
# them, with harness/glibc238.c for the glibc they were built against.
# Usage: build-bpfcount.sh TOP OUT [CFLAGS...]
set -eu
TOP=$1 out=$2
shift 2
C=$TOP/cache/harness
UAPI=$C/uapi/usr/include
arch=$(uname -m)
case $arch in
aarch64) deb=arm64 ;;
*) deb=amd64 ;;
esac
S=$C/$deb/sysroot
L=$S/usr/lib/$arch-linux-gnu
gcc -std=c11 -O2 -Wall -Wextra "$@" -isystem "$S/usr/include" \
	-isystem "$UAPI" -isystem "$UAPI/$arch-linux-gnu" \
	-I"$TOP/loader/include" -I"$TOP/harness/include" \
	"$TOP/bench/bpfcount.c" "$TOP/harness/glibc238.c" "$TOP"/loader/src/*.c \
	"$L/libbpf.a" "$L/libelf.a" "$L/libz.a" "$L/libzstd.a" -o "$out"
