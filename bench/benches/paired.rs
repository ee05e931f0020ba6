//! Every side-by-side comparison (`cases/`) timed in interleaved rounds, in
//! several processes: the ratios `BENCHMARKS.md` reports. Prints a Markdown
//! table and writes `paired.json` in its target directory for
//! `bench/report.py`.
//!
//! `bash bench/paired.sh` (loops aligned, `target/aligned`), or plainly
//! `cargo bench -p fastrapi-status-bench --bench paired`. Settings:
//! `FASTRAPI_STATUS_ROUNDS` rounds a process (201), `FASTRAPI_STATUS_PROCESSES`
//! processes (5); arguments filter the comparisons by group name, as
//! criterion's do.
//!
//! Why several processes: the same binary, run twice, gave one comparison
//! 1.0x in one process and 1.7x in the next, each stable within its own
//! rounds. What differs between processes is where the heap, the stack and
//! the code land, and so which inputs share cache sets and which branches
//! share predictor entries. The report gives the median over processes of
//! each process's median ratio, and the lowest and highest of those.

mod cases;

use std::process::Command;

use serde_json::{json, Value};

const CHILD: &str = "FASTRAPI_STATUS_PAIRED_CHILD";

fn setting(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    // `cargo bench` passes `--bench`; anything else is a filter.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if std::env::var_os(CHILD).is_some() {
        child(&args);
    } else {
        parent(&args);
    }
}

/// One process's rounds, as one JSON array on stdout.
fn child(args: &[String]) {
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with("--")).collect();
    let mut comparisons = cases::facade::comparisons();
    comparisons.extend(cases::code::comparisons());
    comparisons.extend(cases::downstream::comparisons());
    comparisons.retain(|c| filters.is_empty() || filters.iter().any(|f| c.group.contains(*f)));
    let rounds = setting("FASTRAPI_STATUS_ROUNDS", 201);
    let results: Vec<Value> = fastrapi_status_bench::paired(&mut comparisons, rounds)
        .into_iter()
        .map(|r| {
            json!({
                "group": r.group, "label": r.label, "peer": r.peer,
                "ours_ns": r.ours_ns, "peer_ns": r.peer_ns, "ratio": r.ratio,
            })
        })
        .collect();
    println!("{}", Value::Array(results));
}

fn parent(args: &[String]) {
    let processes = setting("FASTRAPI_STATUS_PROCESSES", 5);
    let exe = std::env::current_exe().expect("the running benchmark has a path");
    let mut runs: Vec<Vec<Value>> = Vec::new();
    for process in 1..=processes {
        eprintln!("process {process} of {processes}");
        let output = Command::new(&exe)
            .args(args)
            .env(CHILD, "1")
            .output()
            .expect("the benchmark can run itself");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let text = String::from_utf8_lossy(&output.stdout);
        let line = text.lines().last().unwrap_or("[]");
        match serde_json::from_str(line) {
            Ok(Value::Array(results)) => runs.push(results),
            _ => panic!("a child printed no results: {text}"),
        }
    }
    let Some(first) = runs.first() else {
        return;
    };
    println!(
        "| benchmark | fastrapi-status | peer | ratio ours/peer (lowest to highest process) |"
    );
    println!("|---|---|---|---|");
    let mut report = Vec::new();
    for (i, row) in first.iter().enumerate() {
        let field = |name: &str| -> Vec<f64> {
            runs.iter()
                .map(|run| match name {
                    "ratio" => run[i]["ratio"][0].as_f64(),
                    _ => run[i][name].as_f64(),
                })
                .map(|v| v.unwrap_or(f64::NAN))
                .collect()
        };
        let (ratios, ours, peer) = (field("ratio"), field("ours_ns"), field("peer_ns"));
        let (ratio, low, high) = (median(&ratios), min(&ratios), max(&ratios));
        println!(
            "| {} | {} | {} ({}) | **{ratio:.2}** ({low:.2} to {high:.2}) |",
            row["label"].as_str().unwrap_or("?"),
            time(median(&ours)),
            time(median(&peer)),
            row["peer"].as_str().unwrap_or("?"),
        );
        report.push(json!({
            "group": row["group"], "label": row["label"], "peer": row["peer"],
            "ours_ns": median(&ours), "peer_ns": median(&peer),
            "ratio": ratio, "lowest": low, "highest": high, "per_process": ratios,
        }));
    }
    let rounds = setting("FASTRAPI_STATUS_ROUNDS", 201);
    println!(
        "\n{processes} processes of {rounds} rounds, about 1 ms a side a round; \
         times are medians over the processes of each one's median batch."
    );
    // target/release/deps/paired-<hash> -> target
    if let Some(target) = exe.ancestors().nth(3) {
        let path = target.join("paired.json");
        let text = serde_json::to_string_pretty(&Value::Array(report)).unwrap_or_default();
        match std::fs::write(&path, text + "\n") {
            Ok(()) => println!("Written to {}", path.display()),
            Err(e) => eprintln!("Could not write {}: {e}", path.display()),
        }
    }
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    sorted.get(sorted.len() / 2).copied().unwrap_or(f64::NAN)
}

fn min(values: &[f64]) -> f64 {
    values.iter().copied().fold(f64::INFINITY, f64::min)
}

fn max(values: &[f64]) -> f64 {
    values.iter().copied().fold(f64::NEG_INFINITY, f64::max)
}

fn time(ns: f64) -> String {
    if ns >= 1e3 {
        format!("{:.2} µs", ns / 1e3)
    } else {
        format!("{ns:.1} ns")
    }
}
