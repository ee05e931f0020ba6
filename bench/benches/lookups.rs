//! Side by side in one process: fastrapi-status against the `http` crate and
//! tungstenite on the same inputs, and the generated name index against a
//! linear scan on tables of 64 to 10,000 entries.
//!
//! `cargo bench -p fastrapi-status-bench --bench lookups`, then
//! `python3 bench/report.py` for the ratios (ours / peer, median of each
//! side).

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use fastrapi_status::{HttpStatus, StatusTable, WsCloseCode};
use fastrapi_status_bench::{criterion_config, OURS};
use std::fmt::Write as _;
use std::hint::black_box;
use std::str::FromStr as _;

mod generated {
    include!(concat!(env!("OUT_DIR"), "/tables.rs"));
}

/// Codes a server actually sends, weighted in by repetition.
const COMMON: [u16; 12] = [200, 200, 200, 404, 404, 304, 301, 302, 500, 201, 204, 400];

/// Code -> reason phrase, over 0..1100 plus common codes.
fn code_to_phrase(c: &mut Criterion) {
    let inputs: Vec<u16> = (0..1100)
        .chain(COMMON.iter().copied().cycle().take(1100))
        .collect();
    let mut group = c.benchmark_group("code_to_phrase");
    group.throughput(Throughput::Elements(inputs.len() as u64));
    group.bench_function(OURS, |b| {
        b.iter(|| {
            let mut total = 0;
            for &code in black_box(&inputs) {
                total += HttpStatus::from_u16(code).map_or(0, |s| s.phrase().len());
            }
            total
        });
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            let mut total = 0;
            for &code in black_box(&inputs) {
                total += http::StatusCode::from_u16(code)
                    .ok()
                    .and_then(|s| s.canonical_reason())
                    .map_or(0, str::len);
            }
            total
        });
    });
    group.finish();
}

/// Text a client sends that is not a status: what a server rejects most.
const MALFORMED: [&str; 24] = [
    "",
    " ",
    " 404",
    "404 ",
    "4O4",
    "+200",
    "-1",
    "0200",
    "00",
    "99999",
    "65536",
    "1e3",
    "0x194",
    "404\n",
    "40 4",
    "２００",
    "abc",
    "HTTP/1.1 200 OK",
    "200;",
    "NaN",
    "4044",
    "null",
    "%34%30%34",
    "thisisnotastatuscodeatallbutaverylongstringthatkeepsgoing",
];

/// Text -> `HttpStatus`, each input mix on its own: the 63 known codes,
/// unknown codes (0..=99 and 600..=999), malformed text, and a sweep over
/// `0..=1099`. `http` parses any three digits, so its side is filtered to
/// codes with a canonical reason, the closest to "a known status".
fn parse(c: &mut Criterion) {
    let known: Vec<String> = HttpStatus::ALL
        .iter()
        .map(|s| s.as_u16().to_string())
        .collect();
    let unknown: Vec<String> = (0..=99)
        .chain(600..=999)
        .map(|c: u16| c.to_string())
        .collect();
    let malformed: Vec<String> = MALFORMED.iter().map(|s| (*s).to_owned()).collect();
    let sweep: Vec<String> = (0..=1099).map(|c: u16| c.to_string()).collect();
    for (name, inputs) in [
        ("known", &known),
        ("unknown", &unknown),
        ("malformed", &malformed),
        ("sweep", &sweep),
    ] {
        // The same answers on both sides, where `http` knows the phrase.
        for s in inputs {
            let ours = s.parse::<HttpStatus>().ok().map(HttpStatus::as_u16);
            let theirs = http_known(s);
            if theirs.is_some() || name != "sweep" {
                assert_eq!(
                    ours.is_some(),
                    theirs.is_some() || ours == Some(306),
                    "{s:?}"
                );
            }
        }
        let mut group = c.benchmark_group(format!("parse_{name}"));
        group.throughput(Throughput::Elements(inputs.len() as u64));
        group.bench_function(OURS, |b| {
            b.iter(|| {
                let mut found = 0u32;
                for s in black_box(inputs) {
                    found += u32::from(black_box(s.parse::<HttpStatus>().ok()).is_some());
                }
                found
            });
        });
        group.bench_function("http", |b| {
            b.iter(|| {
                let mut found = 0u32;
                for s in black_box(inputs) {
                    found += u32::from(black_box(http_known(s)).is_some());
                }
                found
            });
        });
        group.finish();
    }
}

/// `http`'s parse, filtered to codes with a canonical reason phrase.
fn http_known(s: &str) -> Option<u16> {
    http::StatusCode::from_str(s)
        .ok()
        .filter(|s| s.canonical_reason().is_some())
        .map(|s| s.as_u16())
}

/// `Display` of every HTTP entry into a reused `String`.
fn display(c: &mut Criterion) {
    let ours: Vec<HttpStatus> = HttpStatus::ALL.to_vec();
    let theirs: Vec<http::StatusCode> = ours
        .iter()
        .map(|s| http::StatusCode::from_u16(s.as_u16()).expect("http accepts 100..=999"))
        .collect();
    // Same text on both sides, or the comparison means nothing.
    for (a, b) in ours.iter().zip(&theirs) {
        if b.canonical_reason() == Some(a.phrase()) {
            assert_eq!(a.to_string(), b.to_string());
        }
    }
    let mut group = c.benchmark_group("display");
    group.throughput(Throughput::Elements(ours.len() as u64));
    let mut buf = String::with_capacity(64);
    group.bench_function(OURS, |b| {
        b.iter(|| {
            let mut total = 0;
            for status in black_box(&ours) {
                buf.clear();
                write!(buf, "{status}").unwrap();
                total += buf.len();
            }
            total
        });
    });
    group.bench_function("http", |b| {
        b.iter(|| {
            let mut total = 0;
            for status in black_box(&theirs) {
                buf.clear();
                write!(buf, "{status}").unwrap();
                total += buf.len();
            }
            total
        });
    });
    group.finish();
}

/// WebSocket `u16` -> typed close code.
fn ws_close_code(c: &mut Criterion) {
    let inputs: Vec<u16> = (990..1020)
        .chain([
            1000, 1000, 1001, 1001, 1006, 1011, 3000, 4000, 4999, 0, 65535,
        ])
        .collect();
    let mut group = c.benchmark_group("ws_close_code");
    group.throughput(Throughput::Elements(inputs.len() as u64));
    group.bench_function(OURS, |b| {
        b.iter(|| {
            for &code in black_box(&inputs) {
                black_box(WsCloseCode::from_u16(code));
            }
        });
    });
    group.bench_function("tungstenite", |b| {
        b.iter(|| {
            for &code in black_box(&inputs) {
                black_box(tungstenite::protocol::frame::coding::CloseCode::from(code));
            }
        });
    });
    group.finish();
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
    bench_names::<generated::table_64::Table>(
        &mut group,
        "64",
        &name_inputs::<generated::table_64::Table>(),
    );
    bench_names::<generated::table_1000::Table>(
        &mut group,
        "1000",
        &name_inputs::<generated::table_1000::Table>(),
    );
    bench_names::<generated::table_10000::Table>(
        &mut group,
        "10000",
        &name_inputs::<generated::table_10000::Table>(),
    );
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
    targets = code_to_phrase, parse, display, ws_close_code, name_lookup
}
criterion_main!(benches);
