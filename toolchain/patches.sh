#!/bin/sh
# The patch workflow between the work tree and patches/.
#   patches.sh export TREE          write the tree's commits since "pristine" to patches/
#   patches.sh status TREE          list what the tree has that patches/ lacks; exit 1 if any
#   patches.sh hash TREE            hash of the tree's series as it would be exported
#   patches.sh verify TREE TARBALL  apply patches/ with git am to a pristine copy
#                                   extracted from TARBALL and compare the result
#                                   with TREE's files; exit 1 naming any that differ
# Every change, new files and tests included, is a commit in TREE: the series
# alone reproduces the tree the tools are built from.
set -eu
. "$(dirname "$0")/common.sh"
top=$(cd "$(dirname "$0")/.." && pwd)
usage="usage: patches.sh export|status|hash TREE | verify TREE TARBALL"
cmd=${1:?$usage}
tree=${2:?$usage}
[ -d "$tree/.git" ] || die "$tree is not a work tree (run make first)"
tree=$(cd "$tree" && pwd)

# Deterministic output, so that status can compare it with patches/.
format_series() {
	git -C "$tree" format-patch -q --zero-commit --no-signature \
		--no-stat --full-index -o "$1" pristine..HEAD >/dev/null
}

series_hash_of_tree() {
	d=$(mktemp -d)
	format_series "$d"
	cat "$d"/*.patch 2>/dev/null | sha256sum | cut -d' ' -f1
	rm -rf "$d"
}

case "$cmd" in
export)
	dirty=$(git -C "$tree" status --porcelain)
	[ -z "$dirty" ] || die "$tree has uncommitted edits or untracked files; commit them there (git add new files) first:
$dirty"
	rm -f "$top"/patches/*.patch
	format_series "$top/patches"
	cat "$top"/patches/*.patch 2>/dev/null | sha256sum | cut -d' ' -f1 \
		>"$tree/.git/ours-synced"
	ls "$top/patches"
	;;
status)
	rc=0
	dirty=$(git -C "$tree" status --porcelain)
	if [ -n "$dirty" ]; then
		echo "uncommitted in $tree (commit there, then make patches):"
		echo "$dirty"
		rc=1
	fi
	d=$(mktemp -d)
	format_series "$d"
	if ! diff -r -q "$d" "$top/patches" --exclude='.*' >/dev/null 2>&1; then
		echo "commits in $tree differ from patches/ (run make patches):"
		diff -r -q "$d" "$top/patches" --exclude='.*' | sed "s|$d|tree|; s|$top/||"
		rc=1
	fi
	rm -rf "$d"
	exit $rc
	;;
hash)
	series_hash_of_tree
	;;
verify)
	tarball=${3:?$usage}
	fresh=$(mktemp -d)
	trap 'rm -rf "$fresh"' EXIT
	"$top/toolchain/extract-pristine.sh" "$tarball" "$fresh" >/dev/null
	n=0
	if ls "$top"/patches/*.patch >/dev/null 2>&1; then
		git -C "$fresh" am -q --keep-cr --keep-non-patch "$top"/patches/*.patch ||
			die "patches/ does not apply to pristine $LLVM_VERSION with git am"
		n=$(ls "$top"/patches/*.patch | wc -l)
	fi
	# Links would make a patch that cannot stand alone look complete.
	links=$(cd "$tree" && find . -path ./.git -prune -o -type l -print | sed 's|^\./||')
	diffs=$(diff -r -q --no-dereference --exclude=.git --exclude=__pycache__ \
		"$fresh" "$tree" | sed "s|$fresh/|pristine+patches/|g; s|$tree/|tree/|g" || true)
	# Our build compiles every source of the target; upstream's builds only
	# those its CMakeLists.txt lists.
	unlisted=$(cd "$tree/llvm/lib/Target/BPF" && for f in *.cpp; do
		grep -qx "  $f" CMakeLists.txt || echo "llvm/lib/Target/BPF/$f"
	done)
	[ -z "$unlisted" ] || diffs="$diffs
$(echo "$unlisted" | sed 's/$/ is not listed in its CMakeLists.txt/')"
	if [ -n "$links$diffs" ]; then
		echo "FAIL: pristine $LLVM_VERSION + patches/ differs from $tree:"
		[ -z "$links" ] || echo "$links" | sed 's/^/  symbolic link in the tree: /'
		[ -z "$diffs" ] || echo "$diffs" | sed '/^$/d; s/^/  /'
		echo "series: 0 passed, 1 failed"
		exit 1
	fi
	echo "series: $n patches applied with git am to pristine $LLVM_VERSION give the tree the tools are built from"
	echo "series: 1 passed, 0 failed"
	;;
*)
	die "unknown command $cmd"
	;;
esac
