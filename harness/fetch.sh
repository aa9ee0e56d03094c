#!/bin/sh
# Fetch what the guests need from Debian through a private apt configuration
# (the system's sources are never touched):
#   - newest Linux >= 7 kernel image for amd64 and arm64 (trixie-backports, else sid)
#   - libbpf-dev >= 1.7 and its static deps, busybox-static (sid, both arches)
#   - UAPI headers with BPF_MAP_TYPE_INSN_ARRAY (linux-libc-dev, trixie-backports)
# Usage: fetch.sh CACHE_DIR.  Versions are resolved once and kept in
# CACHE_DIR/resolved.env; delete it (or set FETCH_REFRESH=1) to look again.
set -eu
C=$1
mkdir -p "$C/debs"
C=$(cd "$C" && pwd)
ARCHS="amd64 arm64"
LIBS="libbpf-dev libelf-dev zlib1g-dev libzstd-dev busybox-static"

die() { echo "fetch: $*" >&2; exit 1; }

# The archive URI comes from the system's configuration, not from this file.
uri=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\/debian\)\/*$/\1/p' \
	/etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)
[ -n "$uri" ] || uri=$(sed -n 's/^deb[[:space:]]\{1,\}\(\[[^]]*\][[:space:]]*\)\{0,1\}\([^[:space:]]*\/debian\)\/*[[:space:]].*/\2/p' \
	/etc/apt/sources.list 2>/dev/null | head -n 1)
[ -n "$uri" ] || die "no Debian archive URI in /etc/apt/sources.list.d/debian.sources or /etc/apt/sources.list"

# apt SUITE CMD ARGS: run apt-get/apt-cache against one suite only.
apt() {
	d=$C/apt/$1; cmd=$2; shift 2
	"$cmd" -q -o Dir::Etc::sourcelist="$d/sources.list" -o Dir::Etc::sourceparts=- \
		-o Dir::State::Lists="$d/lists" -o Dir::Cache="$d/cache" \
		-o Dir::Cache::pkgcache="$d/cache/pkgcache.bin" \
		-o Dir::Cache::srcpkgcache="$d/cache/srcpkgcache.bin" \
		-o Dir::State::status="$d/status" \
		-o APT::Architectures::=amd64 -o APT::Architectures::=arm64 "$@"
}

update() {
	d=$C/apt/$1
	mkdir -p "$d/lists/partial" "$d/cache/archives/partial"
	: > "$d/status"
	echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] $uri $1 main" \
		> "$d/sources.list"
	echo "fetch: updating package lists for $1"
	# apt-get update only warns on unreachable mirrors; check for the lists too.
	if ! apt "$1" apt-get update > "$d/update.log" 2>&1 ||
	   grep -q '^\(Err:\|W: Failed\|E:\)' "$d/update.log" ||
	   ! ls "$d/lists/"*_"$1"_main_binary-*_Packages* >/dev/null 2>&1; then
		die "cannot reach Debian archive $uri (suite $1); see $d/update.log"
	fi
}

# field SUITE PKG[:ARCH] FIELD: the field of the candidate version, empty if none.
field() {
	apt "$1" apt-cache show --no-all-versions "$2" 2>/dev/null |
		sed -n "s/^$3: //p" | head -n 1
}

# kernel_pkg ARCH: print "SUITE linux-binary-VER-ARCH" for the newest 7.x kernel.
kernel_pkg() {
	for s in trixie-backports sid; do
		img=$(field "$s" "linux-image-$1:$1" Depends | tr ',' '\n' |
			sed -n "s/^ *\(linux-image-[0-9][^ ]*-$1\) .*/\1/p")
		[ -n "$img" ] || continue
		case ${img#linux-image-} in [7-9].*|[1-9][0-9].*) ;; *) continue ;; esac
		bin=$(field "$s" "$img:$1" Depends | tr ',' '\n' |
			sed -n 's/^ *\(linux-binary-[^ ]*\) .*/\1/p')
		[ -n "$bin" ] || die "$img in $s has no linux-binary-* dependency (packaging changed?)"
		echo "$s $bin"; return 0
	done
	die "package linux-image-$1 with a Linux >= 7 kernel not found in trixie-backports or sid"
}

if [ ! -s "$C/resolved.env" ] || [ "${FETCH_REFRESH:-0}" = 1 ]; then
	update trixie-backports
	update sid
	{
		for a in $ARCHS; do
			k=$(kernel_pkg "$a")
			set -- $k
			echo "KSUITE_$a=$1 KPKG_$a=$2 KVER_$a=${2#linux-binary-}"
			for p in $LIBS; do
				v=$(field sid "$p:$a" Version)
				[ -n "$v" ] || die "package $p:$a not found in sid"
				echo "V_$(echo "$p" | tr -c 'a-z0-9\n' _)_$a='$v'"
			done
		done
		v=$(field trixie-backports linux-libc-dev Version)
		[ -n "$v" ] || die "package linux-libc-dev not found in trixie-backports"
		echo "V_uapi='$v'"
	} > "$C/resolved.env.tmp"
	mv "$C/resolved.env.tmp" "$C/resolved.env"
fi
. "$C/resolved.env"
v=$(echo "$V_libbpf_dev_amd64" | sed 's/^[0-9]*://')
dpkg --compare-versions "$v" ge 1.7 || die "sid has libbpf-dev $v, need >= 1.7"

# get SUITE PKG ARCH VERSION: download into debs/ unless cached; print the path.
get() {
	f=$C/debs/${2}_$(echo "$4" | sed 's/^[0-9]*://')_$3.deb
	if [ ! -s "$f" ]; then
		[ -d "$C/apt/$1/lists" ] || update "$1" >&2
		echo "fetch: downloading $2 $4 ($3)" >&2
		spec=$2:$3; [ "$3" = all ] && spec=$2
		rm -rf "$C/debs/.dl"; mkdir -p "$C/debs/.dl"
		(cd "$C/debs/.dl" && apt "$1" apt-get download "$spec=$4" > ../.dl.log 2>&1) ||
			die "download of $spec=$4 from $1 failed; see $C/debs/.dl.log"
		mv "$C/debs/.dl/"*.deb "$f"   # apt escapes ':' in the name; normalise
	fi
	echo "$f"
}

# extract DIR DEB...: unpack into DIR (rebuilt from scratch, atomically).
extract() {
	d=$1; shift
	rm -rf "$d.tmp"; mkdir -p "$d.tmp"
	for f in "$@"; do dpkg-deb -x "$f" "$d.tmp" || die "cannot unpack $f"; done
	rm -rf "$d"; mv "$d.tmp" "$d"
}

for a in $ARCHS; do
	eval "ks=\$KSUITE_$a kp=\$KPKG_$a kv=\$KVER_$a"
	kdeb=$(get "$ks" "$kp" "$a" "$(field "$ks" "$kp:$a" Version)")
	debs=
	for p in $LIBS; do
		eval "v=\$V_$(echo "$p" | tr -c 'a-z0-9\n' _)_$a"
		debs="$debs $(get sid "$p" "$a" "$v")"
	done
	if [ ! -s "$C/$a/vmlinuz" ] || [ "$(cat "$C/$a/kernel.version" 2>/dev/null)" != "$kv" ]; then
		extract "$C/$a/kernel.tmpx" "$kdeb"
		k=$C/$a/kernel.tmpx/usr/lib/modules/$kv/vmlinuz
		[ -s "$k" ] || die "$kp has no usr/lib/modules/$kv/vmlinuz (packaging changed?)"
		mv "$k" "$C/$a/vmlinuz"; rm -rf "$C/$a/kernel.tmpx"
		echo "$kv" > "$C/$a/kernel.version"
	fi
	# shellcheck disable=SC2086
	[ "$(cat "$C/$a/sysroot.debs" 2>/dev/null)" = "$(echo $debs)" ] ||
		{ extract "$C/$a/sysroot" $debs; echo $debs > "$C/$a/sysroot.debs"; }
done
udeb=$(get trixie-backports linux-libc-dev all "$V_uapi")
[ "$(cat "$C/uapi.deb" 2>/dev/null)" = "$udeb" ] ||
	{ extract "$C/uapi" "$udeb"; echo "$udeb" > "$C/uapi.deb"; }
grep -q BPF_MAP_TYPE_INSN_ARRAY "$C/uapi/usr/include/linux/bpf.h" ||
	die "linux-libc-dev $V_uapi lacks BPF_MAP_TYPE_INSN_ARRAY"

echo "amd64: $KVER_amd64 ($KSUITE_amd64), arm64: $KVER_arm64 ($KSUITE_arm64), libbpf $V_libbpf_dev_amd64" \
	> "$C/fetched.txt"
echo "fetch: $(cat "$C/fetched.txt")"
