#!/usr/bin/env bash
# The wheel test: builds the two fixture extensions with maturin, the way
# FastrAPI ships (pure-Rust layout) and the way a mixed-layout application
# does, installs the wheels into a virtualenv this script creates, and runs
# pytest against them (test_wheel.py, which also runs mypy on the stub).
#
#   tests/wheel/run.sh            # from anywhere; PYTHON=python3.12 picks the interpreter
#
# The virtualenv lives in target/wheel-venv and is reused; the Python tools
# come from the package index, pinned in requirements.txt.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/tests/wheel"
python=${PYTHON:-python3}
venv="$root/target/wheel-venv"
wheels="$root/target/wheel-test-wheels"

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$here/requirements.txt"

rm -rf "$wheels"
for fixture in pure mixed; do
    "$venv/bin/maturin" build --quiet --manifest-path "$here/$fixture/Cargo.toml" \
        --interpreter "$venv/bin/python" --out "$wheels"
done
"$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    --force-reinstall --no-deps "$wheels"/*.whl

"$venv/bin/python" --version
"$venv/bin/python" -m pytest "$here" -p no:cacheprovider -q
