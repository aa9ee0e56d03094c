#!/bin/sh
# The patch workflow between the work tree and patches/.
#   patches.sh export TREE  write the tree's commits since "pristine" to patches/
#   patches.sh status TREE  list what the tree has that patches/ lacks; exit 1 if any
#   patches.sh hash TREE    hash of the tree's series as it would be exported
#   patches.sh link TREE    symlink our own files (llvm/, clang/) into the tree
set -eu
. "$(dirname "$0")/common.sh"
top=$(cd "$(dirname "$0")/.." && pwd)
cmd=${1:?usage: patches.sh export|status|hash|link TREE}
tree=${2:?usage: patches.sh export|status|hash|link TREE}
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

# Our files: tracked or new (not ignored) under the repo's llvm/ and clang/.
our_files() {
	git -C "$top" ls-files -co --exclude-standard -- llvm clang
}

case "$cmd" in
export)
	dirty=$(git -C "$tree" status --porcelain)
	[ -z "$dirty" ] || die "$tree has uncommitted edits or untracked files; commit edits there (new files belong in the repo at their llvm-project path):
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
link)
	exclude=$tree/.git/info/exclude
	mkdir -p "$tree/.git/info"
	# Drop links whose file left the repo.
	if [ -f "$exclude.ours" ]; then
		while read -r f; do
			[ -L "$tree/$f" ] && [ ! -e "$tree/$f" ] && rm -f "$tree/$f"
		done <"$exclude.ours"
	fi
	our_files | while read -r f; do
		if [ -e "$tree/$f" ] && [ ! -L "$tree/$f" ]; then
			die "our file $f shadows an upstream file: change upstream files with a patch"
		fi
		mkdir -p "$(dirname "$tree/$f")"
		ln -sfn "$top/$f" "$tree/$f"
	done
	our_files | sed 's|^|/|' >"$exclude.ours"
	cp "$exclude.ours" "$exclude"
	;;
*)
	die "unknown command $cmd"
	;;
esac
