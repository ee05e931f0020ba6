#!/usr/bin/env bash
# The ratios BENCHMARKS.md reports: every side-by-side comparison of
# bench/benches/cases timed in interleaved rounds in five processes
# (bench/benches/paired.rs), built with every loop aligned to 64 bytes.
#
# Why aligned: our `from_u16` and num_enum's `TryFromPrimitive` compile to
# the same instructions, yet timed 1.0x or 1.8x apart depending on where the
# linker put each loop relative to the CPU's 32-byte fetch windows. Aligned,
# identical code times identically, so a ratio is about the code. The build
# goes to its own target directory, as the flag rebuilds everything.
#
# Usage: bash bench/paired.sh [filter...]   (writes target/aligned/paired.json)
set -euo pipefail
cd "$(dirname "$0")/.."
RUSTFLAGS="${RUSTFLAGS:-} -C llvm-args=-align-loops=64" \
    cargo bench -p fastrapi-status-bench --bench paired --target-dir target/aligned -- "$@"
