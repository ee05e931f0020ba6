#!/usr/bin/env bash
# Compile cost of one 300-entry downstream table, declared two ways from one
# list of entries: with `status_codes!`, and as the enum a user would write
# with strum (EnumString + ascii_case_insensitive, FromRepr, IntoStaticStr)
# and num_enum (TryFromPrimitive), accepting the same strings. For each, in
# release: a clean build (dependencies included; the median of five) and the
# crate alone once its dependencies are built (the median of fifteen), the
# two sides interleaved.
#
# Usage: bash bench/compile-peers.sh   (needs the crates.io registry)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$root" <<'PY'
import pathlib, sys
work, root = pathlib.Path(sys.argv[1]), sys.argv[2]
words = ["QUEUED", "RUNNING", "FAILED", "STOPPED", "PAUSED", "RETRY", "LOST", "DONE"]
entries = [(i * 7, f"{words[i % 8]}_{i}", f"OLD_{words[i % 8]}_{i}" if i % 8 == 0 else None) for i in range(300)]

def crate(name, deps, body):
    d = work / name
    (d / "src").mkdir(parents=True)
    (d / "Cargo.toml").write_text(
        f'[package]\nname = "{name}"\nversion = "0.0.0"\nedition = "2021"\n'
        f"[dependencies]\n{deps}\n[workspace]\n"
    )
    (d / "src" / "lib.rs").write_text(body)

ours = ["fastrapi_status::status_codes! {", "    #[status(prefix = JOB)]", "    pub enum Job {"]
for code, name, alias in entries:
    if alias:
        ours.append(f"        #[alias({alias})]")
    ours.append(f'        {code} {name} "Job state {name}",')
ours += ["    }", "}"]
crate("ours300", f'fastrapi-status = {{ path = "{root}/fastrapi-status" }}', "\n".join(ours) + "\n")

peer = [
    "#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumString, strum::FromRepr, strum::IntoStaticStr, num_enum::TryFromPrimitive)]",
    "#[strum(ascii_case_insensitive)]",
    "#[repr(u16)]",
    "pub enum Job {",
]
for code, name, alias in entries:
    ser = f'serialize = "{name}", serialize = "JOB_{code}_{name}"'
    if alias:
        ser += f', serialize = "{alias}", serialize = "JOB_{code}_{alias}"'
    variant = "".join(w[:1] + w[1:].lower() for w in name.split("_"))
    peer.append(f"    #[strum({ser})]")
    peer.append(f"    {variant} = {code},")
peer.append("}")
crate("peer300", 'strum = { version = "0.28", features = ["derive"] }\nnum_enum = "0.7"', "\n".join(peer) + "\n")
PY

now() { date +%s.%N; }
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
build() { cargo build --quiet --release --offline --manifest-path "$work/$1/Cargo.toml"; }
timed() { # command... -> seconds
    local t0; t0=$(now)
    "$@"
    python3 -c "print(f'{$(now) - $t0:.2f}')"
}

cargo fetch --quiet --manifest-path "$work/ours300/Cargo.toml"
cargo fetch --quiet --manifest-path "$work/peer300/Cargo.toml"
# Rounds with each side once a round, so both see the same machine: on a
# shared VM, its speed drifts more between minutes than between sides. Five
# rounds of clean builds; fifteen of the crate alone, which takes a fifth of
# a second and varies by a third from run to run.
ours_clean=(); peer_clean=(); ours_alone=(); peer_alone=()
for _ in 1 2 3 4 5; do
    for side in ours300 peer300; do
        rm -rf "$work/$side/target"
        clean=$(timed build "$side")
        if [ "$side" = ours300 ]; then ours_clean+=("$clean"); else peer_clean+=("$clean"); fi
    done
done
for _ in $(seq 15); do
    for side in ours300 peer300; do
        touch "$work/$side/src/lib.rs"
        alone=$(timed build "$side")
        if [ "$side" = ours300 ]; then ours_alone+=("$alone"); else peer_alone+=("$alone"); fi
    done
done
med() { printf '%s\n' "$@" | median; }
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
oc=$(med "${ours_clean[@]}"); pc=$(med "${peer_clean[@]}")
oa=$(med "${ours_alone[@]}"); pa=$(med "${peer_alone[@]}")
echo "| 300-entry table, release | fastrapi-status | strum + num_enum | ratio |"
echo "|---|---|---|---|"
echo "| clean build (with dependencies) | ${oc} s | ${pc} s | $(ratio "$oc" "$pc") |"
echo "| the crate alone | ${oa} s | ${pa} s | $(ratio "$oa" "$pa") |"
echo
echo "runs: ours clean ${ours_clean[*]}; peer clean ${peer_clean[*]}; ours alone ${ours_alone[*]}; peer alone ${peer_alone[*]}"
