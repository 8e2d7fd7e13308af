#!/usr/bin/env bash
# Installs what the benchmarks need: hyperfine (apt) and the Python peers (jupyter nbconvert, nbclient, ipykernel,
# papermill, numpy, matplotlib) in bench/.venv. Idempotent: a second run only checks a stamp and returns.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="$BENCH_DIR/.venv"
STAMP="$VENV/.bench-requirements.sha256"

log() { printf 'setup: %s\n' "$*" >&2; }

apt_install() {
    if [ "$(id -u)" -eq 0 ]; then
        apt-get install -y "$@" >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y "$@" >/dev/null; }
    else
        sudo apt-get install -y "$@" >/dev/null 2>&1 || { sudo apt-get update >/dev/null 2>&1 && sudo apt-get install -y "$@" >/dev/null; }
    fi
}

if ! command -v hyperfine >/dev/null 2>&1; then
    log "installing hyperfine (apt)"
    apt_install hyperfine
fi

# The venv's interpreter is the machine's python3 (the same CPython the language benchmark measures).
if [ ! -x "$VENV/bin/python" ]; then
    log "creating $VENV"
    if ! /usr/bin/env python3 -m venv "$VENV" 2>/dev/null; then
        log "python3 -m venv failed; installing python3-venv (apt)"
        rm -rf "$VENV"
        apt_install python3-venv
        /usr/bin/env python3 -m venv "$VENV"
    fi
fi

wanted="$(cat "$BENCH_DIR/requirements.txt" "$BENCH_DIR/constraints.txt" | sha256sum | cut -d' ' -f1)"
wanted="$wanted $("$VENV/bin/python" -c 'import sys; print(sys.version.split()[0])')"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$wanted" ]; then
    log "bench/.venv is up to date"
    exit 0
fi

log "installing the Python peers into bench/.venv (pip)"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
    -r "$BENCH_DIR/requirements.txt" -c "$BENCH_DIR/constraints.txt"
# Fail now, not in the middle of a benchmark, if a tool is missing.
for tool in jupyter jupyter-nbconvert papermill; do
    [ -x "$VENV/bin/$tool" ] || { log "missing $VENV/bin/$tool after install"; exit 1; }
done
"$VENV/bin/python" -c 'import numpy, matplotlib, nbclient, ipykernel, papermill'
printf '%s\n' "$wanted" > "$STAMP"
log "done"
