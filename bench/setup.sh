#!/usr/bin/env bash
# Installs what the benchmarks need: hyperfine (apt) and the Python peers (jupyter nbconvert, nbclient, ipykernel,
# papermill, numpy, matplotlib) in bench/.venv. Idempotent: a second run only checks a stamp and returns.
#
#   bench/setup.sh [--torch]
#
# --torch also installs PyTorch (requirements-torch.txt, about 5 GB with the CUDA libraries of the PyPI wheel) for
# the modules group; it has its own stamp, so the other groups never download it.
set -euo pipefail

WITH_TORCH=0
case "${1:-}" in
    "") ;;
    --torch) WITH_TORCH=1 ;;
    *) echo "setup.sh: unknown option '$1' (options: --torch)" >&2; exit 2 ;;
esac

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
VENV="$BENCH_DIR/.venv"
STAMP="$VENV/.bench-requirements.sha256"
TORCH_STAMP="$VENV/.bench-torch.sha256"

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

python_version="$("$VENV/bin/python" -c 'import sys; print(sys.version.split()[0])')"
wanted="$(cat "$BENCH_DIR/requirements.txt" "$BENCH_DIR/constraints.txt" | sha256sum | cut -d' ' -f1) $python_version"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$wanted" ]; then
    log "bench/.venv is up to date"
else
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
fi

[ "$WITH_TORCH" -eq 1 ] || exit 0
wanted="$(cat "$BENCH_DIR/requirements-torch.txt" "$BENCH_DIR/constraints-torch.txt" | sha256sum | cut -d' ' -f1)"
wanted="$wanted $python_version"
if [ -f "$TORCH_STAMP" ] && [ "$(cat "$TORCH_STAMP")" = "$wanted" ]; then
    log "PyTorch in bench/.venv is up to date"
    exit 0
fi
log "installing PyTorch into bench/.venv (pip; a large download, up to 30 minutes)"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --default-timeout 300 \
    -r "$BENCH_DIR/requirements-torch.txt" -c "$BENCH_DIR/constraints-torch.txt"
"$VENV/bin/python" -c 'import torch; torch.ones(2) @ torch.ones(2)'
printf '%s\n' "$wanted" > "$TORCH_STAMP"
log "PyTorch done"
