#!/usr/bin/env bash
# The wheel test: builds the three fixture extensions with maturin, installs
# the wheels into a virtualenv this script creates, and runs pytest against
# them (test_wheel.py):
#
# - pure:  FastrAPI as it ships today, maturin's pure-Rust layout;
# - mixed: maturin's mixed layout with a private extension (`mixedapp._native`);
# - typed: the README's typed-package recipe in FastrAPI's shape, built as
#          FastrAPI builds (pyo3's `extension-module` feature, outside the
#          workspace), its committed stub checked by its `status-stub` binary.
#
#   tests/wheel/run.sh                 # python3
#   PYTHON=3.13 tests/wheel/run.sh     # an installed pyenv version, or a path
#   PYTHON=3.14 tests/wheel/run.sh     # a version pyenv lacks: from Debian's
#                                      # packages, in a root debian-python.sh
#                                      # makes once and caches; the whole run
#                                      # then happens inside it (run-in-root.sh),
#                                      # without the type checkers (no Node there)
#   TYPECHECK=0 tests/wheel/run.sh     # skip mypy and pyright (they run once
#                                      # per CI run, on the default interpreter)
#
# The Python tools come from the package index, pinned in requirements*.txt;
# pyright from the npm registry, pinned in package-lock.json.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/tests/wheel"
# Inside a Debian root, a target directory of its own: its C library is newer
# than the host's, so build scripts linked there may not run on the host.
export CARGO_TARGET_DIR="${WHEEL_TARGET_DIR:-$root/target}"

python=${PYTHON:-python3}
if [[ "$python" =~ ^3\.[0-9]+$ ]]; then
    if installed=$(pyenv latest "$python" 2>/dev/null) && [ -n "$installed" ]; then
        python="$(pyenv prefix "$installed")/bin/python3"
    else
        debian_root=$("$here/debian-python.sh" "$python")
        exec "$here/run-in-root.sh" "$debian_root" /usr/bin/env \
            PYTHON="/usr/bin/python$python" PYO3_PYTHON="/usr/bin/python$python" \
            WHEEL_TARGET_DIR="$root/target/debian-python$python" \
            TYPECHECK=0 "$here/run.sh"
    fi
fi
version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
venv="$root/target/wheel-venv-$version"
wheels="$root/target/wheel-test-wheels-$version"
typecheck=${TYPECHECK:-1}

if [ ! -x "$venv/bin/python" ]; then
    "$python" -m venv "$venv"
fi
pip() { "$venv/bin/python" -m pip --quiet --disable-pip-version-check "$@"; }
pip install -r "$here/requirements.txt"
if [ "$typecheck" = 1 ]; then
    pip install -r "$here/requirements-typing.txt"
    node="$root/target/wheel-node"
    if [ ! -x "$node/node_modules/.bin/pyright" ] || ! cmp -s "$here/package-lock.json" "$node/package-lock.json"; then
        mkdir -p "$node"
        cp "$here/package.json" "$here/package-lock.json" "$node/"
        (cd "$node" && npm ci --silent --no-audit --no-fund)
    fi
    export WHEEL_PYRIGHT="$node/node_modules/.bin/pyright"
fi
export WHEEL_TYPECHECK=$typecheck

# The typed fixture has its own workspace: give it the workspace's versions
# (pyo3's included, which .ci/run pins to each end of the range in turn).
cp "$root/Cargo.lock" "$here/typed/Cargo.lock"
# The stub check of the recipe: a program, since the crate's tests cannot link.
cargo run --quiet --manifest-path "$here/typed/Cargo.toml" --bin status-stub -- \
    --check "$here/typed/python/typedapp/status.pyi"

rm -rf "$wheels"
for fixture in pure mixed typed; do
    "$venv/bin/maturin" build --quiet --manifest-path "$here/$fixture/Cargo.toml" \
        --interpreter "$venv/bin/python" --out "$wheels"
done
pip install --force-reinstall --no-deps "$wheels"/*.whl

echo "$("$venv/bin/python" --version), pyo3 $(cargo tree --quiet --manifest-path "$here/typed/Cargo.toml" -i pyo3 --depth 0 | head -1 | cut -d' ' -f2)"
"$venv/bin/python" -m pytest "$here" -p no:cacheprovider -q
