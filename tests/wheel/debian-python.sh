#!/usr/bin/env bash
# Provisions a CPython that pyenv does not have here (3.14) from Debian's
# packages: a minimal Debian root made with debootstrap of the unstable suite,
# holding pythonX.Y, its headers and venv, and a C toolchain for the linker.
# Prints the root's path. The root is cached outside the work tree, so every
# clone on this machine shares it and a second run costs a second.
#
#   tests/wheel/debian-python.sh 3.14      # -> /root/.cache/fastrapi-status/debian-sid-python3.14
#
#   DEBIAN_SUITE   the suite (default sid; testing works when it carries the version)
#   DEBIAN_MIRROR  the archive (default: the one this machine's apt uses)
#   FASTRAPI_STATUS_CACHE  where roots are kept (default ~/.cache/fastrapi-status)
#
# A root is built in a scratch folder and moved into place only once it runs
# `pythonX.Y -m venv`: an interrupted or failed run leaves nothing a later run
# would trust.
set -euo pipefail

die() {
    echo "debian-python.sh: $*" >&2
    exit 1
}

version=${1:-}
[[ "$version" =~ ^3\.[0-9]+$ ]] || die "usage: debian-python.sh VERSION (for example 3.14)"
suite=${DEBIAN_SUITE:-sid}
cache=${FASTRAPI_STATUS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/fastrapi-status}
root="$cache/debian-$suite-python$version"
packages="python$version,python$version-dev,python$version-venv,gcc,libc6-dev"
stamp=.fastrapi-status-root

# A root counts only with the stamp the last step of a good run writes, naming
# what it holds.
if [ -f "$root/$stamp" ] && [ "$(cat "$root/$stamp")" = "$packages" ]; then
    echo "$root"
    exit 0
fi

[ "$(id -u)" = 0 ] || die "needs root (debootstrap and chroot); this is uid $(id -u)"
if ! command -v debootstrap >/dev/null; then
    echo "debian-python.sh: installing debootstrap from Debian's packages" >&2
    { apt-get update -qq && apt-get install -y -qq debootstrap >/dev/null; } ||
        die "no debootstrap, and apt-get could not install it"
fi
[ -f "/usr/share/debootstrap/scripts/$suite" ] ||
    die "this debootstrap has no script for the suite '$suite'"

# The archive this machine's apt already uses (its first Debian URI), so the
# script names no host of its own.
mirror=${DEBIAN_MIRROR:-}
if [ -z "$mirror" ]; then
    mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
        awk '/^URIs:/ && $2 ~ /\/debian\/?$/ { print $2; exit }')
fi
if [ -z "$mirror" ]; then
    mirror=$(awk '$1 == "deb" && $3 ~ /\/debian\/?$/ { print $3; exit }' /etc/apt/sources.list 2>/dev/null || true)
fi
[ -n "$mirror" ] || die "no Debian archive found in /etc/apt; set DEBIAN_MIRROR"
if command -v curl >/dev/null && ! curl -fsS -o /dev/null --max-time 60 "$mirror/dists/$suite/Release"; then
    die "cannot reach the Debian archive ($mirror/dists/$suite/Release)"
fi

mkdir -p "$cache"
scratch=$(mktemp -d "$cache/.provision.XXXXXX")
# debootstrap mounts /proc and /sys inside the root while it works; a failed
# run may leave them, so unmount before removing, and never cross a mount.
cleanup() {
    findmnt -rn -o TARGET | grep -F "$scratch/" | sort -r | xargs -r -n1 umount -l 2>/dev/null || true
    rm -rf --one-file-system "$scratch"
}
trap cleanup EXIT

echo "debian-python.sh: debootstrap $suite with python$version into $root (a few minutes, once)" >&2
if ! debootstrap --variant=minbase --include="$packages" "$suite" "$scratch/root" "$mirror" \
    >"$scratch/log" 2>&1; then
    tail -n 25 "$scratch/log" >&2
    die "debootstrap of $suite failed (log above); does $suite carry python$version?"
fi
chroot "$scratch/root" "python$version" -m venv /tmp/check-venv ||
    die "python$version in the new root cannot make a virtualenv"
rm -rf "$scratch/root/tmp/check-venv" "$scratch/root/var/cache/apt/archives/"*.deb

echo "$packages" >"$scratch/root/$stamp"
rm -rf --one-file-system "$root"
mv "$scratch/root" "$root"
echo "$root"
