#!/usr/bin/env python3
"""The tables of BENCHMARKS.md.

- Against the peers: from `target/aligned/paired.json`, which
  `bash bench/paired.sh` writes (interleaved rounds in five processes; each
  ratio is the median over processes of each process's median ratio).
- Name lookup scaling and macro expansion: from criterion's output
  (target/criterion), after `cargo bench -p fastrapi-status-bench --bench
  lookups` and `cargo bench -p fastrapi-status-macros`.
"""
import json
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "target" / "criterion"


def median_ns(*parts):
    path = ROOT.joinpath(*parts, "new", "estimates.json")
    if not path.exists():
        return None
    return json.loads(path.read_text())["median"]["point_estimate"]


def fmt(ns):
    if ns is None:
        return "n/a"
    if ns >= 1e6:
        return f"{ns / 1e6:.2f} ms"
    if ns >= 1e3:
        return f"{ns / 1e3:.2f} µs"
    return f"{ns:.1f} ns"


PAIRED = ROOT.parent / "aligned" / "paired.json"


def peers():
    if not PAIRED.exists():
        print("no target/aligned/paired.json: run `bash bench/paired.sh` first")
        return float("nan")
    rows = json.loads(PAIRED.read_text())
    print("| benchmark | fastrapi-status | peer | ratio ours/peer (lowest to highest process) |")
    print("|---|---|---|---|")
    worst = 0.0
    for r in rows:
        worst = max(worst, r["ratio"])
        print(
            f"| {r['label']} | {fmt(r['ours_ns'])} | {fmt(r['peer_ns'])} ({r['peer']}) "
            f"| **{r['ratio']:.2f}** ({r['lowest']:.2f} to {r['highest']:.2f}) |"
        )
    return worst


def names():
    print("\n| table | indexed, per lookup | linear scan, per lookup | indexed / linear |")
    print("|---|---|---|---|")
    base = None
    for size in ["facade", "64", "1000", "10000"]:
        ours = median_ns("name_lookup", "indexed", size)
        scan = median_ns("name_lookup", "linear_scan", size)
        if ours is None:
            continue
        per, scan_per = ours / 32, (scan / 32 if scan else None)
        if size == "64":
            base = per
        ratio = f"{ours / scan:.3f}" if scan else "n/a"
        print(f"| {size} | {fmt(per)} | {fmt(scan_per)} | {ratio} |")
    big = median_ns("name_lookup", "indexed", "10000")
    if base and big:
        print(f"\nper-lookup time at 10,000 entries / at 64 entries: **{big / 32 / base:.2f}**")


def expansion():
    print("\n| entries | expansion time | per entry | per entry / per entry at 100 |")
    print("|---|---|---|---|")
    base = None
    for size in [10, 100, 1000, 10000]:
        t = median_ns("expand", str(size))
        if t is None:
            continue
        per = t / size
        if size == 100:
            base = per
        rel = f"{per / base:.2f}" if base else "-"
        print(f"| {size} | {fmt(t)} | {fmt(per)} | {rel} |")


if __name__ == "__main__":
    worst = peers()
    if not ROOT.exists():
        sys.exit("no criterion output: run the criterion benchmarks first")
    names()
    expansion()
    print(f"\nworst peer ratio: {worst:.2f}")
