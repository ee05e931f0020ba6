#!/usr/bin/env bash
# Compile cost of one 300-entry downstream table, declared two ways from one
# list of entries: with `status_codes!`, and as the enum a user would write
# with strum (EnumString + ascii_case_insensitive, FromRepr, IntoStaticStr)
# and num_enum (TryFromPrimitive), accepting the same strings. For each, in
# release: a clean build (dependencies included) and the crate alone once its
# dependencies are built; each the median of three runs.
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
median() { sort -n | sed -n 2p; }

measure() { # crate -> "clean alone" seconds, medians of three
    local dir="$work/$1"
    cargo fetch --quiet --manifest-path "$dir/Cargo.toml"
    local clean=() alone=()
    for _ in 1 2 3; do
        rm -rf "$dir/target"
        local t0; t0=$(now)
        cargo build --quiet --release --offline --manifest-path "$dir/Cargo.toml"
        clean+=("$(python3 -c "print(f'{$(now) - $t0:.2f}')")")
        touch "$dir/src/lib.rs"
        t0=$(now)
        cargo build --quiet --release --offline --manifest-path "$dir/Cargo.toml"
        alone+=("$(python3 -c "print(f'{$(now) - $t0:.2f}')")")
    done
    echo "$(printf '%s\n' "${clean[@]}" | median) $(printf '%s\n' "${alone[@]}" | median)"
}

read -r ours_clean ours_alone < <(measure ours300)
read -r peer_clean peer_alone < <(measure peer300)
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }
echo "| 300-entry table, release | fastrapi-status | strum + num_enum | ratio |"
echo "|---|---|---|---|"
echo "| clean build (with dependencies) | ${ours_clean} s | ${peer_clean} s | $(ratio "$ours_clean" "$peer_clean") |"
echo "| the crate alone | ${ours_alone} s | ${peer_alone} s | $(ratio "$ours_alone" "$peer_alone") |"
