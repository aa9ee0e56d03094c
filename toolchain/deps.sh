#!/bin/sh
# Installs the Debian packages the toolchain build and its tests need, and
# checks that every tool the build calls is there afterwards.
# bookworm-security carries LLVM 22.1.8; nothing here comes from elsewhere.
set -eu
. "$(dirname "$0")/common.sh"

# tool:package for every program the build runs.
tools="cmake:cmake ninja:ninja-build xz:xz-utils git:git python3:python3
       clang-22:clang-22 clang++-22:clang-22 ld.lld-22:lld-22
       /usr/lib/llvm-22/bin/llvm-tblgen:llvm-22-dev
       /usr/lib/llvm-22/bin/clang-tblgen:libclang-22-dev
       /usr/lib/llvm-22/bin/FileCheck:llvm-22-tools
       /usr/lib/llvm-22/bin/lit:llvm-22-tools /usr/lib/llvm-22/bin/llc:llvm-22"
# Libraries we link, or that Debian's CMake package and archives need.
libs="llvm-22-dev libclang-22-dev libpolly-22-dev libzstd-dev libz3-dev
      libxml2-dev zlib1g-dev libedit-dev libffi-dev libncurses-dev
      libcurl4-openssl-dev"

missing=
for tp in $tools; do
	command -v "${tp%%:*}" >/dev/null 2>&1 || missing="$missing ${tp#*:}"
done
for p in $libs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	missing=$(echo $missing | tr ' ' '\n' | sort -u | tr '\n' ' ')
	echo "installing: $missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q --error-on=any >/dev/null 2>&1 ||
		die "apt-get update failed: cannot reach the Debian archive (no network?)"
	apt-get install -y -q $missing >/dev/null ||
		die "could not install: $missing"
fi

for tp in $tools; do
	command -v "${tp%%:*}" >/dev/null 2>&1 ||
		die "missing tool ${tp%%:*} (Debian package ${tp#*:})"
done
have=$(dpkg-query -W -f='${Version}' llvm-22-dev)
case "$have" in
*:"$LLVM_VERSION"-*) ;;
*) die "llvm-22-dev is $have, but this tree needs $LLVM_VERSION" ;;
esac
