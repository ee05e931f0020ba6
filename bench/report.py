#!/usr/bin/env python3
"""Ratio tables from criterion's output (target/criterion), for BENCHMARKS.md.

Run after `cargo bench -p fastrapi-status-bench` (and, for the expansion
table, `cargo bench -p fastrapi-status-macros`). Each figure is the median of one side
divided by the median of the other side, both measured in the same run.
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


def peers():
    rows = [
        ("code -> phrase (0..1100 + common codes)", "code_to_phrase", "http"),
        ("text -> HttpStatus: the 63 known codes", "parse_known", "http"),
        ("text -> HttpStatus: unknown codes 0..=99, 600..=999", "parse_unknown", "http"),
        ("text -> HttpStatus: malformed text (24 kinds)", "parse_malformed", "http"),
        ("text -> HttpStatus: sweep 0..=1099", "parse_sweep", "http"),
        ("Display into a reused String", "display", "http"),
        ("WebSocket u16 -> close code", "ws_close_code", "tungstenite"),
        ("32-entry table: name -> status, any case, with misses", "downstream_parse_name", "strum"),
        ("32-entry table: u16 -> status", "downstream_from_u16", "num_enum"),
        ("32-entry table: u16 -> status", "downstream_from_u16", "strum"),
        ("32-entry table: status -> name", "downstream_to_name", "strum"),
    ]
    print("| benchmark | fastrapi-status | peer | ratio ours/peer |")
    print("|---|---|---|---|")
    worst = 0.0
    for label, group, peer in rows:
        ours, theirs = median_ns(group, "fastrapi-status"), median_ns(group, peer)
        ratio = ours / theirs if ours and theirs else float("nan")
        worst = max(worst, ratio)
        print(f"| {label} | {fmt(ours)} | {fmt(theirs)} ({peer}) | **{ratio:.2f}** |")
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
    if not ROOT.exists():
        sys.exit("no criterion output: run `cargo bench --workspace` first")
    worst = peers()
    names()
    expansion()
    print(f"\nworst peer ratio: {worst:.2f}")
