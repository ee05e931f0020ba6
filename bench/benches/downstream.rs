//! The 32-entry downstream table against strum and num_enum
//! (`cases/downstream.rs`), timed by criterion.
//!
//! `cargo bench -p fastrapi-status-bench --bench downstream`; the ratios
//! `BENCHMARKS.md` reports come from `--bench paired`.

use criterion::{criterion_group, criterion_main, Criterion};
use fastrapi_status_bench::{bench_comparisons, criterion_config};

#[allow(dead_code)]
mod cases;

fn downstream(c: &mut Criterion) {
    bench_comparisons(c, &mut cases::downstream::comparisons());
}

criterion_group! {
    name = benches;
    config = criterion_config();
    targets = downstream
}
criterion_main!(benches);
