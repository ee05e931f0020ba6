#!/usr/bin/env bash
# The macro crate's own build, as a clean build of a downstream crate pays
# it (a proc macro at `opt-level = 0`): rustc instructions counted by
# callgrind on the `rustc` command cargo runs for `fastrapi-status-macros`,
# and that command's wall time, the median of five.
#
# Usage: bash bench/macro-crate-cost.sh [REPO]   (default: this checkout;
#        pass another worktree to measure another commit)
set -euo pipefail
repo=$(cd "${1:-$(dirname "$0")/..}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/user/src"
printf '[package]\nname = "user"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\nfastrapi-status = { path = "%s/fastrapi-status" }\n[workspace]\n' \
    "$repo" >"$work/user/Cargo.toml"
echo 'fastrapi_status::status_codes! { 200 OK "Fine" }' >"$work/user/src/lib.rs"
cd "$work/user"
export CARGO_TARGET_DIR="$work/target"
# The exact rustc command cargo runs for the macro crate.
cargo build -v 2>"$work/log" || { cat "$work/log"; exit 1; }
line=$(grep -E 'Running `.*--crate-name fastrapi_status_macros' "$work/log" | sed -E 's/^ *Running `(.*)`$/\1/')
# Cargo builds a path dependency incrementally; a dependency from crates.io,
# as users get the crate, is built without, so every run here starts cold.
line=$(sed -E 's/ -C incremental=[^ ]+//' <<<"$line")
run() { (cd "$repo/fastrapi-status-macros" && eval "$line") >/dev/null 2>&1; }
times=()
for _ in 1 2 3 4 5; do
    start=$(date +%s%N)
    run
    times+=($(( ($(date +%s%N) - start) / 1000000 )))
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
# Cargo names the toolchain's rustc by its path: that process under
# callgrind; the linker it starts is not counted.
counted="valgrind --tool=callgrind --callgrind-out-file=$work/cg.out $line"
(cd "$repo/fastrapi-status-macros" && eval "$counted") >/dev/null 2>"$work/cg.log" || { tail "$work/cg.log"; exit 1; }
# Valgrind's own total, over every thread rustc runs.
instructions=$(grep -E 'Collected :' "$work/cg.log" | awk '{print $NF}')
echo "macro crate: $instructions rustc instructions (callgrind), median wall time ${median} ms of five (${times[*]})"
