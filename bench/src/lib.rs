//! What the benchmarks share. Run them with `cargo bench -p
//! fastrapi-status-bench`, then `python3 bench/report.py` for the ratio
//! tables of `BENCHMARKS.md`:
//!
//! - `benches/lookups.rs`: the facade's tables against `http` and
//!   tungstenite, every parse input mix on its own, and the name index's
//!   scaling on generated tables of 64 to 10,000 entries;
//! - `benches/downstream.rs`: a 32-entry downstream table against the same
//!   table with strum's and num_enum's derives.
//!
//! The generated tables are written by `build.rs` and included by the bench
//! targets only, so `cargo test` does not compile them.

use std::time::Duration;

use criterion::Criterion;

/// The name our side has in every benchmark group.
pub const OURS: &str = "fastrapi-status";

/// One configuration for every group: both sides of a group run back to
/// back in one process, with the same warm-up and sample count.
#[must_use]
pub fn criterion_config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(60)
}
