//! Every side-by-side comparison (`cases/`) timed in interleaved rounds:
//! the ratios `BENCHMARKS.md` reports. Prints a Markdown table and writes
//! `target/paired.json` for `bench/report.py`.
//!
//! `cargo bench -p fastrapi-status-bench --bench paired`; the round count
//! is `FASTRAPI_STATUS_ROUNDS` (301 by default), and arguments filter the
//! comparisons by group name, as criterion's do.

mod cases;

use std::fmt::Write as _;

fn main() {
    let rounds = std::env::var("FASTRAPI_STATUS_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(301);
    // `cargo bench` passes `--bench`; anything else is a filter.
    let filters: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    let mut comparisons = cases::facade::comparisons();
    comparisons.extend(cases::downstream::comparisons());
    comparisons.retain(|c| filters.is_empty() || filters.iter().any(|f| c.group.contains(f)));
    let results = fastrapi_status_bench::paired(&mut comparisons, rounds);

    println!("| benchmark | fastrapi-status | peer | ratio ours/peer (quartiles) |");
    println!("|---|---|---|---|");
    let mut json = String::from("[\n");
    for (i, r) in results.iter().enumerate() {
        let [median, q1, q3] = r.ratio;
        println!(
            "| {} | {} | {} ({}) | **{median:.2}** ({q1:.2} to {q3:.2}) |",
            r.label,
            time(r.ours_ns),
            time(r.peer_ns),
            r.peer
        );
        let comma = if i + 1 < results.len() { "," } else { "" };
        writeln!(
            json,
            "  {{\"group\": \"{}\", \"peer\": \"{}\", \"ours_ns\": {:.3}, \"peer_ns\": {:.3}, \"ratio\": [{median:.4}, {q1:.4}, {q3:.4}]}}{comma}",
            r.group, r.peer, r.ours_ns, r.peer_ns
        )
        .expect("a String takes any text");
    }
    json.push_str("]\n");
    println!("\n{rounds} rounds of about 1 ms a side each.");
    // target/release/deps/paired-<hash> -> target
    let target = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.ancestors().nth(3).map(std::path::Path::to_path_buf));
    if let Some(target) = target {
        let path = target.join("paired.json");
        match std::fs::write(&path, json) {
            Ok(()) => println!("Written to {}", path.display()),
            Err(e) => eprintln!("Could not write {}: {e}", path.display()),
        }
    }
}

fn time(ns: f64) -> String {
    if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.1} ns")
    }
}
