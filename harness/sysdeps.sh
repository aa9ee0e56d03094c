#!/bin/sh
# Install the Debian 12 system packages the harness uses (only those missing).
# Usage: sysdeps.sh STAMP [EXTRA_PKG...]
set -eu
stamp=$1; shift
pkgs="make gcc libc6-dev gcc-aarch64-linux-gnu libc6-dev-arm64-cross cpio
      qemu-system-x86 qemu-system-arm llvm-22 debian-archive-keyring $*"
missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed' ||
		missing="$missing $p"
done
if [ -n "$missing" ]; then
	echo "sysdeps: installing$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -q >/dev/null ||
		{ echo "sysdeps: apt-get update failed: cannot reach the system's Debian archive" >&2; exit 1; }
	# shellcheck disable=SC2086
	apt-get install -y -q --no-install-recommends $missing >/dev/null ||
		{ echo "sysdeps: apt-get install failed for:$missing" >&2; exit 1; }
fi
mkdir -p "$(dirname "$stamp")" && touch "$stamp"
