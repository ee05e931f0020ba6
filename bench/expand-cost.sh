#!/usr/bin/env bash
# What the macro costs inside rustc on a 10,000-entry table (codes 0, 3, 6,
# ...): rustc instructions (callgrind) for expanding the crate alone,
# `-Zunpretty=expanded` on the nightly toolchain, which stops after
# expansion. Deterministic, unlike a build's seconds.
#
# Usage: bash bench/expand-cost.sh [REPO]   (default: this checkout)
set -euo pipefail
repo=$(cd "${1:-$(dirname "$0")/..}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/big/src"
printf '[package]\nname = "big-table"\nversion = "0.0.0"\nedition = "2021"\n[dependencies]\nfastrapi-status = { path = "%s/fastrapi-status" }\n[workspace]\n' \
    "$repo" >"$work/big/Cargo.toml"
python3 - "$work/big/src/lib.rs" <<'PY'
import sys
rows = "\n".join(f'        {i * 3} ENTRY_NUMBER_{i} "Description of entry {i}",' for i in range(10_000))
open(sys.argv[1], "w").write(
    "fastrapi_status::status_codes! {\n    /// Big.\n    #[status(prefix = T)]\n"
    f"    pub enum Big {{\n{rows}\n    }}\n}}\n"
)
PY
cd "$work/big"
export CARGO_TARGET_DIR="$work/target"
cargo +nightly build -v 2>"$work/log" >/dev/null || { tail "$work/log"; exit 1; }
line=$(grep -E 'Running `.*--crate-name big_table' "$work/log" | sed -E 's/^ *Running `(.*)`$/\1/')
line=$(sed -E 's/ -C incremental=[^ ]+//' <<<"$line")
(eval "valgrind --tool=callgrind --callgrind-out-file=$work/cg.out $line -Zunpretty=expanded") >/dev/null 2>"$work/cg.log" ||
    { tail "$work/cg.log"; exit 1; }
echo "expanding the 10,000-entry table: $(grep -E 'Collected :' "$work/cg.log" | awk '{print $NF}') rustc instructions"
