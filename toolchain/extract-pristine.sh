#!/bin/sh
# Extracts the pristine llvm-project subset (toolchain/source-paths.txt) from
# Debian's orig tarball into a new git repository at DIR, committed and
# tagged "pristine".
# usage: extract-pristine.sh TARBALL DIR
set -eu
. "$(dirname "$0")/common.sh"
top=$(cd "$(dirname "$0")/.." && pwd)
tarball=${1:?usage: extract-pristine.sh TARBALL DIR}
dir=${2:?usage: extract-pristine.sh TARBALL DIR}
[ -f "$tarball" ] || die "no $tarball (run make first)"

mkdir -p "$dir"
echo "extracting llvm-project $LLVM_VERSION subset into $dir"
# --touch: files must look newer than any object built from an older tree,
# or ninja would keep objects of sources that changed.
grep -v '^#' "$top/toolchain/source-paths.txt" | sed "s|^|$LLVM_ORIG_TOPDIR/|" |
	xargs tar -xJf "$tarball" -C "$dir" --strip-components=1 --wildcards --touch ||
	die "extracting $tarball failed"

cd "$dir"
git init -q
git config user.name >/dev/null || git config user.name "llvm-project"
git config user.email >/dev/null || git config user.email "llvm-project@invalid"
git config core.autocrlf false
git add -A
GIT_AUTHOR_DATE="2000-01-01T00:00:00Z" GIT_COMMITTER_DATE="2000-01-01T00:00:00Z" \
	git commit -q -m "llvm-project $LLVM_VERSION (pristine subset)"
git tag pristine
