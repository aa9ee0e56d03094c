#!/bin/sh
# Creates the git-managed work tree of patched llvm-project sources:
# the pristine subset (tag "pristine"), then patches/*.patch applied with
# git am. Leaves an existing tree alone unless patches/ changed under it
# while it had no work of its own.
# usage: prepare-tree.sh TARBALL TREE
set -eu
. "$(dirname "$0")/common.sh"
top=$(cd "$(dirname "$0")/.." && pwd)
tarball=${1:?usage: prepare-tree.sh TARBALL TREE}
tree=${2:?usage: prepare-tree.sh TARBALL TREE}

series_hash() { cat "$top"/patches/*.patch 2>/dev/null | sha256sum | cut -d' ' -f1; }

if [ -d "$tree/.git" ]; then
	synced=$(cat "$tree/.git/ours-synced" 2>/dev/null || true)
	[ "$synced" = "$(series_hash)" ] && exit 0
	# patches/ changed (a pull, a checkout). Rebuild the tree only if it
	# holds nothing that patches/ lacks.
	[ -z "$(git -C "$tree" status --porcelain)" ] ||
		die "patches/ changed, and $tree has uncommitted edits: commit and export them (make patches) or move $tree away"
	[ "$("$top/toolchain/patches.sh" hash "$tree")" = "$synced" ] ||
		die "patches/ changed, and $tree has commits not in patches/: export them (make patches) or move $tree away"
	echo "patches/ changed: recreating $tree"
	rm -rf "$tree"
fi

tmp=$tree.tmp
rm -rf "$tmp"
"$top/toolchain/extract-pristine.sh" "$tarball" "$tmp"
cd "$tmp"
if ls "$top"/patches/*.patch >/dev/null 2>&1; then
	git am -q --keep-cr --keep-non-patch "$top"/patches/*.patch ||
		die "a patch in patches/ does not apply to pristine $LLVM_VERSION"
fi
series_hash >.git/ours-synced
cd "$top"
mv "$tmp" "$tree"
