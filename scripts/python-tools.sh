#!/usr/bin/env bash
# Installs the Python oracles the tests use (nbformat, nbconvert, jsonschema; pinned in scripts/python-tools.txt)
# into .venv-test and prints nothing when they are already there. Prints the venv's python path on stdout.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv-test"
stamp="$venv/.python-tools.sha256"
if [ ! -x "$venv/bin/python" ]; then
    if ! python3 -m venv "$venv" >/dev/null 2>&1; then
        rm -rf "$venv"
        sudo=""
        [ "$(id -u)" -eq 0 ] || sudo="sudo"
        echo "nbrun setup: installing python3-venv" >&2
        $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq python3-venv >/dev/null
        python3 -m venv "$venv"
    fi
fi
# Their dependencies are pinned by the benchmarks' constraints (the same nbconvert stack the benchmarks measure).
constraints="$root/bench/constraints.txt"
wanted="$(cat "$root/scripts/python-tools.txt" "$constraints" | sha256sum | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$wanted" ]; then
    echo "nbrun setup: installing the Python test tools into .venv-test (pip)" >&2
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$root/scripts/python-tools.txt" -c "$constraints"
    "$venv/bin/python" -c 'import nbformat, nbconvert, jsonschema' >/dev/null
    printf '%s\n' "$wanted" > "$stamp"
fi
echo "$venv/bin/python"
