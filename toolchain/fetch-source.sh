#!/bin/sh
# Downloads the pristine llvm-project sources (Debian's orig tarball of
# llvm-toolchain-22) into the cache and checks their sha256.
# usage: fetch-source.sh CACHE_DIR
set -eu
. "$(dirname "$0")/common.sh"

cache=${1:?usage: fetch-source.sh CACHE_DIR}
out=$cache/$LLVM_ORIG
mkdir -p "$cache"

verify() {
	got=$(sha256sum "$1" | cut -d' ' -f1)
	[ "$got" = "$LLVM_ORIG_SHA256" ] ||
		die "checksum mismatch for $1: expected $LLVM_ORIG_SHA256, got $got (delete it to download again)"
}

if [ -f "$out" ]; then
	verify "$out"
	exit 0
fi

# A private apt configuration with deb-src lines: the system's sources stay
# untouched. bookworm-security has no orig tarball; sid and trixie do.
apt=$cache/apt-src
mkdir -p "$apt/lists/partial" "$apt/cache/archives/partial"
: >"$apt/status"
uri=$(debian_archive_uri)
key=/usr/share/keyrings/debian-archive-keyring.gpg
{
	echo "deb-src [signed-by=$key] $uri sid main"
	echo "deb-src [signed-by=$key] $uri trixie main"
} >"$apt/sources.list"
set -- -o Dir::Etc::sourcelist="$apt/sources.list" -o Dir::Etc::sourceparts=- \
	-o Dir::State::Lists="$apt/lists" -o Dir::Cache="$apt/cache" \
	-o Dir::State::status="$apt/status"

apt-get "$@" -q --error-on=any update >"$apt/update.log" 2>&1 ||
	die "cannot reach the Debian archive at $uri (no network?); see $apt/update.log"
url=$(apt-get "$@" --print-uris source llvm-toolchain-22 2>/dev/null |
	awk -v f="$LLVM_ORIG" '$2 == f { gsub("\047", "", $1); print $1; exit }')
[ -n "$url" ] || die "no llvm-toolchain-22 source in $uri offers $LLVM_ORIG"

echo "downloading $url"
/usr/lib/apt/apt-helper download-file "$url" "$out.part" >/dev/null 2>&1 ||
	die "download of $url failed"
verify "$out.part"
mv "$out.part" "$out"
