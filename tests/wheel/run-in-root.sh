#!/usr/bin/env bash
# Runs a command inside a Debian root from debian-python.sh, with what a
# wheel build needs from the host: this work tree (at the same path), the
# Rust toolchain and cargo's registry cache, and the host's CA bundle, which
# the registries' certificates chain to and a fresh root does not trust.
#
#   tests/wheel/run-in-root.sh ROOT COMMAND [ARG...]
#
# The mounts live in a private mount namespace (unshare), so they end with
# the command, however it ends, and the host never sees them.
set -euo pipefail

die() {
    echo "run-in-root.sh: $*" >&2
    exit 1
}

[ $# -ge 2 ] || die "usage: run-in-root.sh ROOT COMMAND [ARG...]"
root=$1
shift
[ -f "$root/.fastrapi-status-root" ] || die "$root is not a root made by debian-python.sh"
[ "$(id -u)" = 0 ] || die "needs root (mount namespaces and chroot)"
command -v unshare >/dev/null || die "needs unshare (util-linux)"

work=$(cd "$(dirname "$0")/../.." && pwd)
cargo_home=${CARGO_HOME:-$HOME/.cargo}
rustup_home=${RUSTUP_HOME:-$HOME/.rustup}
ca=${SSL_CERT_FILE:-/etc/ssl/certs/ca-certificates.crt}
for path in "$cargo_home" "$rustup_home" "$ca"; do
    [ -e "$path" ] || die "$path is missing on the host"
done

# The inner script gets its paths as arguments, so nothing is quoted twice.
exec unshare --mount --propagation private -- bash -euo pipefail -c '
    root=$1 work=$2 cargo_home=$3 rustup_home=$4 ca=$5
    shift 5
    bind() {
        mkdir -p "$root$2"
        mount --rbind "$1" "$root$2"
    }
    mount -t proc proc "$root/proc"
    bind /dev /dev
    bind "$work" "$work"
    bind "$cargo_home" "$cargo_home"
    bind "$rustup_home" "$rustup_home"
    mkdir -p "$root/etc/ssl/host"
    touch "$root/etc/ssl/host/ca.crt"
    mount --bind "$ca" "$root/etc/ssl/host/ca.crt"
    cp /etc/resolv.conf "$root/etc/resolv.conf"
    host_ca=/etc/ssl/host/ca.crt
    exec chroot "$root" /usr/bin/env -i \
        HOME="$HOME" PATH="$cargo_home/bin:/usr/local/bin:/usr/bin:/bin" \
        CARGO_HOME="$cargo_home" RUSTUP_HOME="$rustup_home" \
        SSL_CERT_FILE="$host_ca" PIP_CERT="$host_ca" REQUESTS_CA_BUNDLE="$host_ca" \
        CARGO_HTTP_CAINFO="$host_ca" CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-auto}" \
        LANG=C.UTF-8 "$@"
' run-in-root "$root" "$work" "$cargo_home" "$rustup_home" "$ca" "$@"
