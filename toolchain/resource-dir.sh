#!/bin/sh
# Lays out clang's resource directory beside build/bin: Debian's headers plus
# the headers we ship (clang/lib/Headers in this repo).
# usage: resource-dir.sh DEBIAN_RESOURCE_DIR OUT_RESOURCE_DIR
set -eu
. "$(dirname "$0")/common.sh"
top=$(cd "$(dirname "$0")/.." && pwd)
src=${1:?usage: resource-dir.sh DEBIAN_RESOURCE_DIR OUT}
out=${2:?usage: resource-dir.sh DEBIAN_RESOURCE_DIR OUT}
[ -d "$src/include" ] || die "no clang resource headers in $src/include"

rm -rf "$out.tmp"
mkdir -p "$out.tmp/include"
cp -R "$src/include/." "$out.tmp/include/"
if [ -d "$top/clang/lib/Headers" ]; then
	cp "$top"/clang/lib/Headers/*.h "$out.tmp/include/"
fi
rm -rf "$out"
mv "$out.tmp" "$out"
