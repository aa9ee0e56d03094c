#!/bin/sh
# Lays out clang's resource directory beside build/bin: Debian's headers plus
# the headers our series adds to or changes in clang/lib/Headers.
# OUT is a symbolic link to a directory named after its contents, replaced
# with one rename: a compile running meanwhile sees the old headers or the
# new ones, never a directory half written or missing.
# usage: resource-dir.sh DEBIAN_RESOURCE_DIR TREE OUT_RESOURCE_DIR
set -eu
. "$(dirname "$0")/common.sh"
usage="usage: resource-dir.sh DEBIAN_RESOURCE_DIR TREE OUT"
src=${1:?$usage}
tree=${2:?$usage}
out=${3:?$usage}
[ -d "$src/include" ] || die "no clang resource headers in $src/include"
[ -d "$tree/.git" ] || die "$tree is not a work tree (run make first)"

# Ours: committed or not, tracked or new, against the pristine sources.
ours=$( (git -C "$tree" diff --name-only --diff-filter=AM pristine -- clang/lib/Headers
	git -C "$tree" ls-files -o -- clang/lib/Headers) |
	grep '\.h$' | sort -u)

stamp=$( (cd "$src/include" && find . -type f | LC_ALL=C sort | xargs sha256sum
	for f in $ours; do sha256sum "$tree/$f" | sed "s|  $tree/|  |"; done) |
	sha256sum | cut -c1-16)
name=$(basename "$out")
dir=$(dirname "$out")
new=.$name-$stamp
[ "$(readlink "$out" 2>/dev/null || true)" = "$new" ] && exit 0

mkdir -p "$dir"
if [ ! -d "$dir/$new" ]; then
	rm -rf "$dir/$new.tmp"
	mkdir -p "$dir/$new.tmp/include"
	cp -R "$src/include/." "$dir/$new.tmp/include/"
	for f in $ours; do
		cp "$tree/$f" "$dir/$new.tmp/include/"
	done
	mv "$dir/$new.tmp" "$dir/$new"
fi
# A directory from an older layout cannot be replaced by a rename.
old=$(readlink "$out" 2>/dev/null || true)
if [ -d "$out" ] && [ ! -L "$out" ]; then
	mv "$out" "$dir/.$name-unversioned"
	old=.$name-unversioned
fi
ln -sfn "$new" "$out.link"
mv -T "$out.link" "$out"
# Keep the previous directory for compiles that started before the swap.
for d in "$dir"/.$name-*; do
	case $(basename "$d") in
	"$new" | "$old") ;;
	*) rm -rf "$d" ;;
	esac
done
