//! Side-by-side benchmarks of `fastrapi-status` against its peers (the `http`
//! crate and tungstenite), run with `cargo bench -p fastrapi-status-bench`;
//! `bench/report.py` turns criterion's output into the ratio tables of
//! `BENCHMARKS.md`.
//!
//! The generated tables the name lookup benchmark uses (64, 1,000 and 10,000
//! entries) are written by `build.rs` and included by the bench target only,
//! so `cargo test` does not compile them.
