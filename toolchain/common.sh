# Shared helpers for the toolchain scripts; sourced, not run.

die() {
	printf '%s: error: %s\n' "${0##*/}" "$*" >&2
	exit 1
}

# The pristine upstream sources: Debian's orig tarball of llvm-toolchain-22.
LLVM_VERSION=22.1.8
LLVM_ORIG=llvm-toolchain-22_${LLVM_VERSION}.orig.tar.xz
LLVM_ORIG_SHA256=b49b9277aef97616320b2da259e1f8174c65b0ce2fbe2e8629644a97693402fe
LLVM_ORIG_TOPDIR=llvm-toolchain-22_${LLVM_VERSION}

# The Debian archive the system already uses, so no other host is named.
debian_archive_uri() {
	uri=$(awk '/^URIs:/ && $2 !~ /security/ { print $2; exit }' \
		/etc/apt/sources.list.d/debian.sources 2>/dev/null)
	[ -n "$uri" ] || uri=$(awk '/^deb / && $0 !~ /security/ { print $2; exit }' \
		/etc/apt/sources.list 2>/dev/null)
	echo "${uri:-http://deb.debian.org/debian}"
}
