#!/usr/bin/env bash
# Compile cost, measured from scratch on this machine:
#   1. a clean release build of fastrapi-status (its macro crate and syn included)
#      against a clean release build of a scratch crate depending on http 1.x;
#   2. a downstream crate declaring a 10,000-entry table, in release: the whole
#      clean build, and the crate alone once its dependencies are built.
# Usage: bash bench/compile-cost.sh   (needs the crates.io registry for `http`)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }

# Fetch first, so download time is not counted as build time.
mkdir -p "$work/http-scratch/src"
cat > "$work/http-scratch/Cargo.toml" <<'TOML'
[package]
name = "http-scratch"
version = "0.0.0"
edition = "2021"
[dependencies]
http = "1"
[workspace]
TOML
echo 'pub use http::StatusCode;' > "$work/http-scratch/src/lib.rs"
cargo fetch --quiet --manifest-path "$work/http-scratch/Cargo.toml"
cargo fetch --quiet --manifest-path "$root/Cargo.toml"

# Eleven clean builds of each side, interleaved, the side that goes first
# alternating; the medians are compared. A single clean build on a shared
# 2-core machine varies by a quarter or more, and with five builds a side
# the ratio of the medians moved between 1.18 and 1.36 across runs of
# nearly the same code.
ours_runs=(); http_runs=()
build_ours() {
    CARGO_TARGET_DIR="$work/t-ours-$1" cargo build --quiet --release --manifest-path "$root/Cargo.toml" -p fastrapi-status
}
build_http() {
    CARGO_TARGET_DIR="$work/t-http-$1" cargo build --quiet --release --manifest-path "$work/http-scratch/Cargo.toml"
}
for run in $(seq 1 11); do
    if (( run % 2 )); then
        t0=$(now); build_ours "$run"; t1=$(now); build_http "$run"; t2=$(now)
        ours_runs+=("$(secs "$t0" "$t1")"); http_runs+=("$(secs "$t1" "$t2")")
    else
        t0=$(now); build_http "$run"; t1=$(now); build_ours "$run"; t2=$(now)
        http_runs+=("$(secs "$t0" "$t1")"); ours_runs+=("$(secs "$t1" "$t2")")
    fi
    rm -rf "$work/t-ours-$run" "$work/t-http-$run"
done
median() { printf "%s\n" "$@" | sort -n | sed -n 6p; }
ours=$(median "${ours_runs[@]}")
http=$(median "${http_runs[@]}")
echo "clean release build, fastrapi-status:        ${ours} s (median of ${ours_runs[*]})"
echo "clean release build, scratch crate on http:  ${http} s (median of ${http_runs[*]})"
echo "ratio ours/http:                             $(python3 -c "print(f'{$ours / $http:.2f}')")"

mkdir -p "$work/big/src"
cat > "$work/big/Cargo.toml" <<TOML
[package]
name = "big-table"
version = "0.0.0"
edition = "2021"
[dependencies]
fastrapi-status = { path = "$root/fastrapi-status" }
[workspace]
TOML
python3 - "$work/big/src/lib.rs" <<'PY'
import sys
rows = "\n".join(f'        {i * 3} ENTRY_NUMBER_{i} "Description of entry {i}",' for i in range(10_000))
open(sys.argv[1], "w").write(
    "//! A downstream crate with a 10,000-entry table.\n"
    "fastrapi_status::status_codes! {\n    /// Big.\n    #[status(prefix = T)]\n"
    f"    pub enum Big {{\n{rows}\n    }}\n}}\n"
)
PY
t3=$(now)
CARGO_TARGET_DIR="$work/t-big" cargo build --quiet --release --manifest-path "$work/big/Cargo.toml"
t4=$(now)
touch "$work/big/src/lib.rs"
CARGO_TARGET_DIR="$work/t-big" cargo build --quiet --release --manifest-path "$work/big/Cargo.toml"
t5=$(now)
echo "10,000-entry table, clean release build:     $(secs "$t3" "$t4") s"
echo "10,000-entry table, the crate alone:         $(secs "$t4" "$t5") s"
