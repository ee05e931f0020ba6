//! What the benchmarks share. Run them with `cargo bench -p
//! fastrapi-status-bench`:
//!
//! - `benches/lookups.rs` (criterion): the facade's tables against `http`
//!   and tungstenite, every parse input mix on its own, and the name index's
//!   scaling on generated tables of 64 to 10,000 entries;
//! - `benches/downstream.rs` (criterion): a 32-entry downstream table
//!   against the same table with strum's and num_enum's derives;
//! - `benches/paired.rs`: the same comparisons as the first two, timed in
//!   interleaved rounds in five processes, which gives the ratios
//!   `BENCHMARKS.md` reports. Run it with `bash bench/paired.sh`, which
//!   builds it with every loop aligned (BENCHMARKS.md says why).
//!
//! Every comparison is written once, as a [`Comparison`] in
//! `benches/cases/`, and both ways of timing it run that same code.
//!
//! The generated tables are written by `build.rs` and included by the bench
//! targets only, so `cargo test` does not compile them.

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{Criterion, Throughput};

/// The name our side has in every benchmark group.
pub const OURS: &str = "fastrapi-status";

/// One configuration for every criterion group: both sides of a group run
/// back to back in one process, with the same warm-up and sample count.
#[must_use]
pub fn criterion_config() -> Criterion {
    Criterion::default()
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(3))
        .sample_size(60)
}

/// One side of a comparison: a whole batch of inputs, returning a number
/// derived from the answers so none of them is optimised away.
pub struct Side {
    pub name: &'static str,
    pub run: Box<dyn FnMut() -> u64>,
}

impl Side {
    pub fn new(name: &'static str, run: impl FnMut() -> u64 + 'static) -> Self {
        Self {
            name,
            run: Box::new(run),
        }
    }
}

/// Our side and the peers' on the same inputs, answers checked equal by
/// whoever builds it.
pub struct Comparison {
    /// The criterion group, e.g. `parse_malformed`.
    pub group: &'static str,
    /// What a reader of `BENCHMARKS.md` needs to know.
    pub label: &'static str,
    /// Inputs per batch.
    pub inputs: usize,
    pub ours: Side,
    pub peers: Vec<Side>,
}

impl Comparison {
    /// Our lookup and one peer's, each run on every input of the same list
    /// (each answer through [`each`]); the caller checks the answers equal.
    pub fn per_input<I: Clone + 'static, A: 'static, B: 'static>(
        group: &'static str,
        label: &'static str,
        inputs: Vec<I>,
        ours: impl Fn(&I) -> A + 'static,
        peer: &'static str,
        theirs: impl Fn(&I) -> B + 'static,
    ) -> Self {
        let peer_inputs = inputs.clone();
        Self {
            group,
            label,
            inputs: inputs.len(),
            ours: Side::new(OURS, each(inputs, ours)),
            peers: vec![Side::new(peer, each(peer_inputs, theirs))],
        }
    }
}

/// Registers each comparison as a criterion group, our side first.
pub fn bench_comparisons(c: &mut Criterion, comparisons: &mut [Comparison]) {
    for comparison in comparisons {
        let mut group = c.benchmark_group(comparison.group);
        group.throughput(Throughput::Elements(comparison.inputs as u64));
        for side in std::iter::once(&mut comparison.ours).chain(&mut comparison.peers) {
            group.bench_function(side.name, |b| b.iter(&mut side.run));
        }
        group.finish();
    }
}

/// One comparison timed in interleaved rounds.
#[derive(Debug)]
pub struct Paired {
    pub group: &'static str,
    pub label: &'static str,
    pub peer: &'static str,
    /// Median time of one batch, ours and the peer's.
    pub ours_ns: f64,
    pub peer_ns: f64,
    /// The median, first and third quartile of the rounds' ratios.
    pub ratio: [f64; 3],
}

/// Times each comparison in `rounds` rounds. A round times a run of
/// batches of our side and one of each peer, back to back, in an order
/// that rotates from round to round; its ratio is ours over the peer's.
/// The median ratio over the rounds is what gets reported.
///
/// Why not criterion's two medians: criterion times one side for seconds,
/// then the other, and on a shared machine the speed of the whole machine
/// moves between the two (on this project's CI-like VM, a peer's median
/// moved 2x between runs of the same binary). Within one round both sides
/// see the same machine, so the ratio holds where the times do not.
pub fn paired(comparisons: &mut [Comparison], rounds: usize) -> Vec<Paired> {
    let mut results = Vec::new();
    for comparison in comparisons {
        let mut sides: Vec<&mut Side> = std::iter::once(&mut comparison.ours)
            .chain(&mut comparison.peers)
            .collect();
        // About a millisecond a side a round, after a warm-up.
        let batches: Vec<u32> = sides
            .iter_mut()
            .map(|side| batches_per_millisecond(&mut side.run))
            .collect();
        let mut times = vec![Vec::with_capacity(rounds); sides.len()];
        for round in 0..rounds {
            for turn in 0..sides.len() {
                let which = (turn + round) % sides.len();
                times[which].push(time(&mut sides[which].run, batches[which]));
            }
        }
        let ours = &times[0];
        for (peer, peer_times) in sides[1..].iter().zip(&times[1..]) {
            let ratios: Vec<f64> = ours.iter().zip(peer_times).map(|(a, b)| a / b).collect();
            let ratio = quartiles(ratios);
            results.push(Paired {
                group: comparison.group,
                label: comparison.label,
                peer: peer.name,
                ours_ns: quartiles(ours.clone())[0],
                peer_ns: quartiles(peer_times.clone())[0],
                ratio,
            });
        }
    }
    results
}

/// How many batches take about a millisecond, after running them for 100.
fn batches_per_millisecond(run: &mut dyn FnMut() -> u64) -> u32 {
    let start = Instant::now();
    let mut batches = 0u32;
    while start.elapsed() < Duration::from_millis(100) {
        black_box(run());
        batches += 1;
    }
    (batches / 100).max(1)
}

/// Nanoseconds per batch over `batches` batches.
fn time(run: &mut dyn FnMut() -> u64, batches: u32) -> f64 {
    let start = Instant::now();
    for _ in 0..batches {
        black_box(run());
    }
    start.elapsed().as_secs_f64() * 1e9 / f64::from(batches)
}

/// Median, first and third quartile.
fn quartiles(mut values: Vec<f64>) -> [f64; 3] {
    values.sort_by(f64::total_cmp);
    let at = |q: usize| {
        values
            .get(values.len() * q / 4)
            .copied()
            .unwrap_or(f64::NAN)
    };
    [at(2), at(1), at(3)]
}

/// `count` inputs drawn from `from` in a fixed pseudo-random order.
///
/// A batch that repeats a short list in the same order lets the branch
/// predictor learn the whole sequence, which a server's clients never
/// repeat. Drawn rows keep the same mix of inputs but no order to learn.
#[must_use]
pub fn drawn<T: Clone>(from: &[T], count: usize) -> Vec<T> {
    // xorshift64: any fixed sequence will do, and no dependency is needed.
    let mut state: u64 = 0x2545_F491_4F6C_DD1D;
    (0..count)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            // The remainder is below `from.len()`, which is a usize.
            #[allow(clippy::cast_possible_truncation)]
            let at = (state % from.len() as u64) as usize;
            from[at].clone()
        })
        .collect()
}

/// A side that runs `lookup` on every input, each answer through
/// `black_box` (so none is optimised away, and none is combined with the
/// next, as a server uses each answer on its own).
pub fn each<I: 'static, O>(
    inputs: Vec<I>,
    lookup: impl Fn(&I) -> O + 'static,
) -> impl FnMut() -> u64 {
    move || {
        for input in black_box(&inputs) {
            black_box(lookup(input));
        }
        0
    }
}
