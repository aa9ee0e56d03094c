#!/bin/sh
# Installs the Debian packages the toolchain build and its tests need.
# bookworm-security carries LLVM 22.1.8; nothing here comes from elsewhere.
set -eu
. "$(dirname "$0")/common.sh"

pkgs="llvm-22 llvm-22-dev llvm-22-tools clang-22 libclang-22-dev lld-22
      libpolly-22-dev cmake ninja-build xz-utils git python3 libzstd-dev
      libz3-dev libxml2-dev zlib1g-dev libedit-dev libffi-dev libncurses-dev
      libcurl4-openssl-dev"

missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "installing:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q >/dev/null || die "apt-get update failed (no network?)"
	apt-get install -y -q $missing >/dev/null ||
		die "could not install:$missing"
fi

have=$(dpkg-query -W -f='${Version}' llvm-22-dev)
case "$have" in
*:"$LLVM_VERSION"-*) ;;
*) die "llvm-22-dev is $have, but this tree needs $LLVM_VERSION" ;;
esac
