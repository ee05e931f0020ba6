//! Side by side in one process: fastrapi-status against the `http` crate and
//! tungstenite on the same inputs (`cases/facade.rs`), `HttpCode` against
//! `http::StatusCode` (`cases/code.rs`), and the generated
//! name index against a linear scan on tables of 64 to 10,000 entries.
//!
//! `cargo bench -p fastrapi-status-bench --bench lookups`, then
//! `python3 bench/report.py`; the ratios against the peers that
//! `BENCHMARKS.md` reports come from `--bench paired`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use fastrapi_status::{HttpStatus, StatusTable};
use fastrapi_status_bench::{bench_comparisons, criterion_config};
use std::hint::black_box;

#[allow(dead_code)]
mod cases;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/tables.rs"));
}

fn peers(c: &mut Criterion) {
    bench_comparisons(c, &mut cases::facade::comparisons());
    bench_comparisons(c, &mut cases::code::comparisons());
}

/// The naive baseline: compare against every name, constant and alias.
fn linear_scan<T: StatusTable>(input: &str) -> Option<T> {
    T::ALL.iter().copied().find(|s| {
        // `HTTP_413_` of `HTTP_413_CONTENT_TOO_LARGE`: what an alias's
        // constant adds to its name.
        let head = &s.constant_name()[..s.constant_name().len() - s.name().len()];
        s.name().eq_ignore_ascii_case(input)
            || s.constant_name().eq_ignore_ascii_case(input)
            || s.aliases().iter().any(|a| {
                a.eq_ignore_ascii_case(input) || a[head.len()..].eq_ignore_ascii_case(input)
            })
    })
}

/// 32 name inputs for a table: names, lowercase names and constant names
/// spread over the table, plus misses.
fn name_inputs<T: StatusTable>() -> Vec<String> {
    let all = T::ALL;
    let step = all.len() / 8;
    let mut inputs = Vec::new();
    for i in 0..8 {
        let s = all[i * step + step / 2];
        inputs.push(s.name().to_owned());
        inputs.push(s.name().to_lowercase());
        inputs.push(s.constant_name().to_owned());
        // A miss that shares all but its last byte with a key.
        inputs.push(format!("{}X", s.name()));
    }
    inputs
}

fn facade_name_inputs() -> Vec<String> {
    let mut inputs = name_inputs::<HttpStatus>();
    inputs.truncate(28);
    inputs.extend(
        [
            "REQUEST_ENTITY_TOO_LARGE",
            "http_413_request_entity_too_large",
            "BOGUS",
            "WS_1000_NORMAL_CLOSURE",
        ]
        .map(str::to_owned),
    );
    inputs
}

/// Name -> status: the generated index against a linear scan, on
/// the facade's table and on generated tables of 64 to 10,000 entries.
fn name_lookup(c: &mut Criterion) {
    let mut group = c.benchmark_group("name_lookup");
    group.throughput(Throughput::Elements(32));
    bench_names::<HttpStatus>(&mut group, "facade", &facade_name_inputs());
    // The same 32 inputs for every size: `bench/build.rs` gives entry `i`
    // the same name and code in every table, so the 64-entry table's keys
    // are keys of the larger ones too. Inputs drawn from each table would
    // differ in length (the larger tables' names are longer), and the hash
    // and compare cost grows with the length, not with the table.
    let inputs = name_inputs::<generated::table_64::Table>();
    bench_names::<generated::table_64::Table>(&mut group, "64", &inputs);
    bench_names::<generated::table_1000::Table>(&mut group, "1000", &inputs);
    bench_names::<generated::table_10000::Table>(&mut group, "10000", &inputs);
    group.finish();
}

fn bench_names<T: StatusTable>(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    size: &str,
    inputs: &[String],
) {
    assert_eq!(inputs.len(), 32);
    for input in inputs {
        assert_eq!(input.parse::<T>().ok(), linear_scan::<T>(input), "{input}");
    }
    group.bench_with_input(BenchmarkId::new("indexed", size), inputs, |b, inputs| {
        b.iter(|| {
            for s in black_box(inputs) {
                black_box(s.parse::<T>().ok());
            }
        });
    });
    group.bench_with_input(
        BenchmarkId::new("linear_scan", size),
        inputs,
        |b, inputs| {
            b.iter(|| {
                for s in black_box(inputs) {
                    black_box(linear_scan::<T>(s));
                }
            });
        },
    );
}

criterion_group! {
    name = benches;
    config = criterion_config();
    targets = peers, name_lookup
}
criterion_main!(benches);
