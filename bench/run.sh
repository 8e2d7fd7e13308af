#!/usr/bin/env bash
# Runs the nbrun benchmarks and writes bench/RESULTS.md.
#
#   bench/run.sh [--quick] [--runs N] [--no-build] [GROUP...]
#
# Groups: notebook (nbrun vs jupyter nbconvert and papermill on the first lesson), lang (cell language vs CPython),
# compile (the cell language's compile cost on long and deeply nested cells),
# plots (nbrun vs matplotlib), site (the whole course), live (the first lesson's live page against its static page),
# modules (Swift modules vs NumPy and PyTorch; installs PyTorch into bench/.venv) and loop (the author's loop: cache,
# incremental re-runs, preview). Without a group, all run. --quick: 3 timed runs per command instead of 5. --no-build:
# use the existing .build/release/nbrun. NBRUN=/path/to/nbrun uses that binary and skips the build. See README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# Each group NAME is a function group_NAME below and a section of report.py.
KNOWN_GROUPS=(notebook lang compile plots site modules live loop)

RUNS=5
BUILD=1
SELECTED=()
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) RUNS=3 ;;
        --runs) shift; RUNS="${1:?--runs needs a number}" ;;
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '2,9p' "$ROOT/bench/run.sh" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) echo "run.sh: unknown option '$1' (options: --quick, --runs N, --no-build)" >&2; exit 2 ;;
        *) if [[ " ${KNOWN_GROUPS[*]} " != *" $1 "* ]]; then
               echo "run.sh: unknown group '$1' (groups: ${KNOWN_GROUPS[*]})" >&2; exit 2
           fi
           SELECTED+=("$1") ;;
    esac
    shift
done
[ ${#SELECTED[@]} -gt 0 ] || SELECTED=("${KNOWN_GROUPS[@]}")
case "$RUNS" in ''|*[!0-9]*) echo "run.sh: --runs needs a positive number" >&2; exit 2 ;; esac
[ "$RUNS" -ge 2 ] || { echo "run.sh: --runs must be at least 2" >&2; exit 2; }

# The lesson's two sliders, as nbrun parameters (papermill gets the same values: -p slope 2.5 -p intercept -1).
LESSON_PARAMS=(--param slope=2.5 --param intercept=-1)

OUT="bench/out"
RESULTS="$OUT/results"
LOGS="$OUT/logs"
mkdir -p "$RESULTS" "$LOGS"

log() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }

# The CPython under test is the machine's python3, resolved once (a pyenv shim would add its own start-up).
PYTHON="$(/usr/bin/env python3 -c 'import sys; print(sys.executable)')"

log "setup"
bench/setup.sh
# PyTorch (about 5 GB) only when the modules group runs; a failed install leaves the PyTorch row 'missing'.
TORCH_PROBLEM=""
if [[ " ${SELECTED[*]} " == *" modules "* ]]; then
    log "setup: PyTorch for the modules group (log: $LOGS/setup-torch.log)"
    if ! bench/setup.sh --torch >"$LOGS/setup-torch.log" 2>&1; then
        TORCH_PROBLEM="PyTorch could not be installed: $(grep -m1 -iE 'error' "$LOGS/setup-torch.log" || tail -n 1 "$LOGS/setup-torch.log")"
        TORCH_PROBLEM="${TORCH_PROBLEM//|/\\|}"
        log "$TORCH_PROBLEM"
    fi
fi
VENV_BIN="$ROOT/bench/.venv/bin"
# Use the venv's python3 kernel spec even if the user has one of their own.
export JUPYTER_PREFER_ENV_PATH=1

# ---------------------------------------------------------------------------------------------------------------
# nbrun
NBRUN_PROBLEM=""
NBRUN_KIND="release build"
if [ -n "${NBRUN:-}" ]; then
    NBRUN_KIND="given by NBRUN"
    log "using NBRUN=$NBRUN (no build)"
elif [ "$BUILD" -eq 1 ]; then  # every group, modules included (its user-MLP row runs an nbrun cell)
    NBRUN=".build/release/nbrun"
    log "building nbrun (swift build -c release --product nbrun; log: $LOGS/build.log)"
    if ! swift build -c release --product nbrun >"$LOGS/build.log" 2>&1; then
        tail -n 20 "$LOGS/build.log" >&2
        NBRUN_PROBLEM="release build failed (see $LOGS/build.log)"
    fi
else
    NBRUN=".build/release/nbrun"
fi
if [ -z "$NBRUN_PROBLEM" ] && [ ! -x "$NBRUN" ]; then
    NBRUN_PROBLEM="no nbrun binary at $NBRUN"
fi
[ -z "$NBRUN_PROBLEM" ] || log "nbrun unavailable: $NBRUN_PROBLEM; timing the peers only"

# ---------------------------------------------------------------------------------------------------------------
# Helpers. Each group has a folder bench/out/results/GROUP with meta.tsv, status.tsv and one hyperfine JSON per id.

q() { printf '%q ' "$@"; }   # one command line for hyperfine -N (no shell: split into words, run directly)

# first_error LOG: the first line that looks like an error, else the last line, shortened for a table cell.
first_error() {
    local line
    line="$(grep -m1 -iE 'error|exception|not supported|unsupported' "$1" 2>/dev/null || tail -n 1 "$1" 2>/dev/null || true)"
    line="${line//|/\\|}"
    printf '%s' "${line:0:160}" | tr -d '\r\n\t'
}

# failure_detail LOG: why a verification run failed (verify appends 'timed out' to the log on a timeout).
failure_detail() {
    if tail -n 1 "$1" 2>/dev/null | grep -qx 'bench: timed out after 900 s'; then
        printf 'timed out after 900 s'
    else
        first_error "$1"
    fi
}

write_meta() {
    local dir="$1"
    {
        printf 'date\t%s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
        printf 'runs\t%s\n' "$RUNS"
        printf 'cpu\t%s\n' "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
        printf 'nproc\t%s\n' "$(nproc)"
        printf 'load\t%s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
        printf 'session\t%s\n' "$(cat /proc/self/autogroup 2>/dev/null)"
        printf 'memory\t%s\n' "$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)"
        printf 'os\t%s\n' "$( (. /etc/os-release && echo "$PRETTY_NAME") 2>/dev/null || uname -sr)"
        printf 'swift\t%s\n' "$(swift --version 2>/dev/null | head -n 1)"
        printf 'python\t%s (%s)\n' "$("$PYTHON" -c 'import platform; print(platform.python_implementation(), platform.python_version())')" "$PYTHON"
        printf 'hyperfine\t%s\n' "$(hyperfine --version)"
        local commit
        if commit="$(git rev-parse --short HEAD 2>/dev/null)"; then
            git diff --quiet HEAD -- 2>/dev/null || commit="$commit (uncommitted changes)"
        else
            commit="unknown (not a git checkout)"
        fi
        printf 'commit\t%s\n' "$commit"
        printf 'nbrun\t%s\n' "${NBRUN_PROBLEM:-$NBRUN ($NBRUN_KIND)}"
    } >"$dir/meta.tsv"
}

# status DIR ID LABEL STATUS DETAIL: one row of status.tsv (STATUS: ok, failed, unsupported, mismatch, missing).
status() { printf '%s\t%s\t%s\t%s\n' "$2" "$3" "$4" "$5" >>"$1/status.tsv"; }

# verify ID CMD...: runs CMD once (output in bench/out/logs/ID.log); prints the seconds it took; fails if CMD fails.
verify() {
    local id="$1"; shift
    local start end rc=0
    start="$(date +%s.%N)"
    timeout 900 "$@" >"$LOGS/$id.log" 2>&1 || rc=$?
    [ "$rc" -ne 124 ] || echo 'bench: timed out after 900 s' >>"$LOGS/$id.log"
    end="$(date +%s.%N)"
    awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }'
    return "$rc"
}

# measure DIR ID LABEL SECONDS CMD...: times CMD with hyperfine into DIR/ID.json. A command that took more than
# 30 s in its verification run gets 3 runs and no warm-up (RESULTS.md notes it).
measure() {
    local dir="$1" id="$2" label="$3" seconds="$4"; shift 4
    local runs="$RUNS" warmup=1
    if awk -v s="$seconds" 'BEGIN { exit !(s > 30) }'; then runs=3; warmup=0; fi
    log "  timing $label ($runs runs)"
    hyperfine -N --style basic --warmup "$warmup" --runs "$runs" --export-json "$dir/$id.json" \
        --command-name "$label" "$(q "$@")" >"$LOGS/$id.hyperfine.log" 2>&1
}

# bench_cmd DIR ID LABEL CMD...: verify, then measure; records the outcome in status.tsv.
bench_cmd() {
    local dir="$1" id="$2" label="$3"; shift 3
    local seconds
    log "$label"
    if ! seconds="$(verify "$id" "$@")"; then
        status "$dir" "$id" "$label" failed "$(failure_detail "$LOGS/$id.log")"
        log "  failed: see $LOGS/$id.log"
        return 0
    fi
    if measure "$dir" "$id" "$label" "$seconds" "$@"; then
        status "$dir" "$id" "$label" ok ""
    else
        status "$dir" "$id" "$label" failed "hyperfine: $(tail -n 1 "$LOGS/$id.hyperfine.log")"
    fi
}

# ---------------------------------------------------------------------------------------------------------------
group_notebook() {
    local dir="$RESULTS/notebook"
    rm -rf "$dir"; mkdir -p "$dir" "$OUT/nbconvert"
    write_meta "$dir"
    local lesson="Notebooks/how-llms-work.md"
    if [ -n "$NBRUN_PROBLEM" ]; then
        status "$dir" nbrun "nbrun" missing "$NBRUN_PROBLEM"
        status "$dir" nbrun-params "nbrun --param" missing "$NBRUN_PROBLEM"
    elif [ ! -f "$lesson" ]; then
        status "$dir" nbrun "nbrun" missing "$lesson does not exist yet"
        status "$dir" nbrun-params "nbrun --param" missing "$lesson does not exist yet"
    else
        # --static: nbconvert and papermill write a static page; the live page (every control position computed)
        # is timed against its static page by the live group.
        bench_cmd "$dir" nbrun "nbrun --static" "$NBRUN" --no-cache --static "$lesson" -o "$OUT/how-llms-work.html"
        bench_cmd "$dir" nbrun-params "nbrun --static --param" "$NBRUN" --no-cache --static "$lesson" \
            "${LESSON_PARAMS[@]}" -o "$OUT/how-llms-work-params.html"
    fi
    bench_cmd "$dir" nbconvert "jupyter nbconvert --execute" "$VENV_BIN/jupyter" nbconvert --execute --to html \
        bench/peers/how-llms-work.ipynb --output-dir "$OUT/nbconvert"
    bench_cmd "$dir" papermill "papermill -p" "$VENV_BIN/papermill" \
        bench/peers/how-llms-work.ipynb "$OUT/pm.ipynb" -p slope 2.5 -p intercept -1
}

# checksum_of LOG: the value printed on the 'checksum: ' line.
checksum_of() { sed -n 's/^.*checksum: \(-\{0,1\}[0-9][-0-9.e+]*\).*$/\1/p' "$1" | head -n 1; }

LANG_CASES=(arith fib matmul sort strings particles switch protocols generics)

group_lang() {
    local dir="$RESULTS/lang" work="$OUT/lang"
    rm -rf "$dir"; mkdir -p "$dir" "$work"
    write_meta "$dir"

    bench_cmd "$dir" python-startup "python3 -c pass" "$PYTHON" -c pass
    if [ -n "$NBRUN_PROBLEM" ]; then
        status "$dir" nbrun-startup "nbrun empty.md" missing "$NBRUN_PROBLEM"
    else
        bench_cmd "$dir" nbrun-startup "nbrun empty.md" "$NBRUN" --no-cache bench/lang/empty.md -o "$work/empty.html"
    fi

    local name expected got seconds
    for name in "${LANG_CASES[@]}"; do
        log "case $name"
        # CPython: its checksum is the reference.
        bench_cmd "$dir" "$name-python" "$name (CPython)" "$PYTHON" "bench/lang/$name.py"
        expected="$(checksum_of "$LOGS/$name-python.log")"
        if [ -z "$expected" ]; then
            status "$dir" "$name-swiftc" "$name (swiftc -O)" missing "no reference checksum: CPython failed"
            status "$dir" "$name-nbrun" "$name (nbrun)" missing "no reference checksum: CPython failed"
            continue
        fi
        printf '%s\t%s\n' "$name" "$expected" >>"$dir/checksums.tsv"

        # swiftc -O: the same Swift as the notebook cell, compiled, must print the same checksum.
        awk '/^```swift/ { cell = 1; next } /^```/ { cell = 0 } cell' "bench/lang/$name.md" >"$work/$name.swift"
        if ! swiftc -O "$work/$name.swift" -o "$work/$name" >"$LOGS/$name-swiftc-build.log" 2>&1; then
            status "$dir" "$name-swiftc" "$name (swiftc -O)" failed "$(first_error "$LOGS/$name-swiftc-build.log")"
        elif ! seconds="$(verify "$name-swiftc" "$work/$name")"; then
            status "$dir" "$name-swiftc" "$name (swiftc -O)" failed "$(failure_detail "$LOGS/$name-swiftc.log")"
        elif got="$(checksum_of "$LOGS/$name-swiftc.log")"; [ "$got" != "$expected" ]; then
            status "$dir" "$name-swiftc" "$name (swiftc -O)" mismatch "checksum $got, CPython printed $expected"
        elif measure "$dir" "$name-swiftc" "$name (swiftc -O)" "$seconds" "$work/$name"; then
            status "$dir" "$name-swiftc" "$name (swiftc -O)" ok ""
        else
            status "$dir" "$name-swiftc" "$name (swiftc -O)" failed "hyperfine failed"
        fi

        # nbrun: the page must show the same checksum line.
        if [ -n "$NBRUN_PROBLEM" ]; then
            status "$dir" "$name-nbrun" "$name (nbrun)" missing "$NBRUN_PROBLEM"
            continue
        fi
        rm -f "$work/$name.html"
        if ! seconds="$(verify "$name-nbrun" "$NBRUN" --no-cache "bench/lang/$name.md" -o "$work/$name.html")"; then
            local kind=failed
            grep -qiE 'not supported|unsupported' "$LOGS/$name-nbrun.log" && kind=unsupported
            status "$dir" "$name-nbrun" "$name (nbrun)" "$kind" "$(failure_detail "$LOGS/$name-nbrun.log")"
        elif ! grep -q "checksum: $expected\b" "$work/$name.html" 2>/dev/null; then
            got="$(checksum_of "$work/$name.html")"
            status "$dir" "$name-nbrun" "$name (nbrun)" mismatch \
                "page shows checksum '${got:-none}', CPython printed $expected"
        elif measure "$dir" "$name-nbrun" "$name (nbrun)" "$seconds" \
                "$NBRUN" --no-cache "bench/lang/$name.md" -o "$work/$name.html"; then
            status "$dir" "$name-nbrun" "$name (nbrun)" ok ""
        else
            status "$dir" "$name-nbrun" "$name (nbrun)" failed "hyperfine failed"
        fi
    done
}

# Compile cost (issue 12): generated one-cell notebooks (bench/compile/make_cases.py); each page must show the
# checksum its cell prints. Long cells (500, 5,000 and 20,000 lines) show whether compile time per line stays constant.
COMPILE_CASES=(chain-200 nested-50 map-100 closures-20 lines-500 lines-5000 lines-20000)
declare -A COMPILE_CHECK=([chain-200]='checksum: 1' [nested-50]='checksum: 51.0' [map-100]='checksum: 100' [closures-20]='checksum: 21'
                          [lines-500]='checksum: 13084' [lines-5000]='checksum: 1256145'
                          [lines-20000]='checksum: 20025649')

group_compile() {
    local dir="$RESULTS/compile" work="$OUT/compile"
    rm -rf "$dir"; mkdir -p "$dir" "$work"
    write_meta "$dir"
    "$PYTHON" bench/compile/make_cases.py "$work"
    if [ -n "$NBRUN_PROBLEM" ]; then
        local name
        for name in startup "${COMPILE_CASES[@]}"; do status "$dir" "$name" "$name" missing "$NBRUN_PROBLEM"; done
        return 0
    fi
    bench_cmd "$dir" startup "nbrun empty.md" "$NBRUN" --no-cache bench/lang/empty.md -o "$work/empty.html"
    local name
    for name in "${COMPILE_CASES[@]}"; do
        bench_checked "$dir" "$name" "$name" "$work/$name.html" "${COMPILE_CHECK[$name]}" \
            "$NBRUN" --no-cache "$work/$name.md" -o "$work/$name.html"
    done
}

# bench_checked DIR ID LABEL FILE PATTERN CMD...: like bench_cmd, but the verification run must also leave FILE
# containing a line that matches the extended regex PATTERN (a page showing the cell's output line), else the row
# reads 'mismatch'.
bench_checked() {
    local dir="$1" id="$2" label="$3" file="$4" pattern="$5"; shift 5
    local seconds
    log "$label"
    rm -f "$file"
    if ! seconds="$(verify "$id" "$@")"; then
        local kind=failed
        grep -qiE 'not supported|unsupported' "$LOGS/$id.log" && kind=unsupported
        status "$dir" "$id" "$label" "$kind" "$(failure_detail "$LOGS/$id.log")"
        log "  $kind: see $LOGS/$id.log"
        return 0
    fi
    if ! grep -qE "$pattern" "$file" 2>/dev/null; then
        status "$dir" "$id" "$label" mismatch "$file does not show '$pattern'"
        return 0
    fi
    if measure "$dir" "$id" "$label" "$seconds" "$@"; then
        status "$dir" "$id" "$label" ok ""
    else
        status "$dir" "$id" "$label" failed "hyperfine: $(tail -n 1 "$LOGS/$id.hyperfine.log")"
    fi
}

# The venv's python with numpy and matplotlib imported and the SVG backend chosen: the peers' fixed cost.
MATPLOTLIB_STARTUP="import matplotlib; matplotlib.use('svg'); import matplotlib.pyplot, numpy"

PLOT_CASES=(scatter-100k heatmap-64)
# What each plot notebook prints (and its Python twin too): the page must show it.
declare -A PLOT_CHECK=([scatter-100k]='points: 100000' [heatmap-64]='cells: 4096')

group_plots() {
    local dir="$RESULTS/plots" work="$OUT/plots"
    rm -rf "$dir" "$work"; mkdir -p "$dir" "$work"
    write_meta "$dir"
    printf 'peers\tmatplotlib %s, numpy %s (bench/.venv)\n' \
        "$("$VENV_BIN/python" -c 'import matplotlib; print(matplotlib.__version__)')" \
        "$("$VENV_BIN/python" -c 'import numpy; print(numpy.__version__)')" >>"$dir/meta.tsv"

    if [ -n "$NBRUN_PROBLEM" ]; then
        status "$dir" nbrun-startup "nbrun empty.md" missing "$NBRUN_PROBLEM"
    else
        bench_cmd "$dir" nbrun-startup "nbrun empty.md" "$NBRUN" --no-cache bench/lang/empty.md -o "$work/empty.html"
    fi
    bench_cmd "$dir" matplotlib-startup "python -c 'import matplotlib.pyplot, numpy'" \
        "$VENV_BIN/python" -c "$MATPLOTLIB_STARTUP"

    local name bytes
    for name in "${PLOT_CASES[@]}"; do
        log "plot $name"
        if [ -n "$NBRUN_PROBLEM" ]; then
            status "$dir" "$name-nbrun" "$name (nbrun)" missing "$NBRUN_PROBLEM"
        else
            bench_checked "$dir" "$name-nbrun" "$name (nbrun)" "$work/$name.html" "${PLOT_CHECK[$name]}" \
                "$NBRUN" --no-cache "bench/plots/$name.md" -o "$work/$name.html"
            # The plot's <svg> element as inlined in the page (the page's own CSS and scripts excluded).
            if bytes="$("$PYTHON" bench/plots/svg_bytes.py "$work/$name.html" 2>>"$LOGS/$name-nbrun.log")"; then
                printf '%s\t%s\n' "$name-nbrun" "$bytes" >>"$dir/sizes.tsv"
            fi
        fi
        bench_checked "$dir" "$name-matplotlib" "$name (matplotlib)" "$LOGS/$name-matplotlib.log" \
            "${PLOT_CHECK[$name]}" "$VENV_BIN/python" "bench/plots/$name.py" "$work/$name.svg"
        [ ! -s "$work/$name.svg" ] || printf '%s\t%s\n' "$name-matplotlib" "$(wc -c <"$work/$name.svg")" \
            >>"$dir/sizes.tsv"
    done
}

group_site() {
    local dir="$RESULTS/site" work="$OUT/site" single="$OUT/site-single"
    rm -rf "$dir" "$work" "$single"; mkdir -p "$dir" "$single"
    write_meta "$dir"
    local notebooks=() path name
    for path in Notebooks/*.md; do
        [ "$(basename "$path")" = index.md ] || notebooks+=("$path")
    done
    printf 'notebooks\t%s\n' "${#notebooks[@]}" >>"$dir/meta.tsv"
    if [ -n "$NBRUN_PROBLEM" ]; then
        status "$dir" site "nbrun Notebooks/" missing "$NBRUN_PROBLEM"
        for path in "${notebooks[@]}"; do
            name="$(basename "$path" .md)"
            status "$dir" "single-$name" "$name.md" missing "$NBRUN_PROBLEM"
        done
        return 0
    fi
    # The whole course: every notebook (rendered in parallel by nbrun) plus index.html.
    bench_checked "$dir" site "nbrun Notebooks/" "$work/index.html" '<html' "$NBRUN" --no-cache Notebooks/ -o "$work"
    # For reference, each notebook alone (the sum is what rendering them one by one costs).
    for path in "${notebooks[@]}"; do
        name="$(basename "$path" .md)"
        bench_checked "$dir" "single-$name" "$name.md" "$single/$name.html" '<html' \
            "$NBRUN" --no-cache "$path" -o "$single/$name.html"
    done
}

group_live() {
    local dir="$RESULTS/live" work="$OUT/live"
    rm -rf "$dir" "$work"; mkdir -p "$dir" "$work"
    write_meta "$dir"
    local lesson="Notebooks/how-llms-work.md"
    if [ -n "$NBRUN_PROBLEM" ]; then
        status "$dir" static "nbrun --static" missing "$NBRUN_PROBLEM"
        status "$dir" live "nbrun (live page)" missing "$NBRUN_PROBLEM"
        return 0
    fi
    # The same lesson, the same run: the page today (--static) and the page whose controls move.
    bench_checked "$dir" static "nbrun --static" "$work/static.html" '<html' \
        "$NBRUN" --no-cache "$lesson" --static -o "$work/static.html"
    bench_checked "$dir" live "nbrun (live page)" "$work/live.html" 'nbrun-live-data' \
        "$NBRUN" --no-cache "$lesson" -o "$work/live.html"
    local id
    for id in static live; do
        [ ! -s "$work/$id.html" ] || printf '%s\t%s\n' "$id" "$(wc -c <"$work/$id.html")" >>"$dir/sizes.tsv"
    done
    printf 'cores\t%s\n' "$(nproc)" >>"$dir/meta.tsv"
}

# modules_run DIR ID LABEL REPEAT CMD...: runs a benchmark program that prints its own medians, keeping its output
# as bench/out/logs/ID.REPEAT.log and its parsed values in DIR/values.tsv (id, repeat, key, value, unit). The first
# repeat records the row's status.
modules_run() {
    local dir="$1" id="$2" label="$3" repeat="$4"; shift 4
    local rc=0 log="$LOGS/$id.$repeat.log"
    timeout 900 "$@" >"$log" 2>&1 || rc=$?
    if [ "$rc" -ne 0 ]; then
        [ "$rc" -ne 124 ] || echo 'bench: timed out after 900 s' >>"$log"
        [ "$repeat" -ne 1 ] || status "$dir" "$id" "$label" failed "$(failure_detail "$log")"
        return 1
    fi
    if ! "$PYTHON" bench/modules/parse_output.py "$id" "$repeat" <"$log" >>"$dir/values.tsv"; then
        [ "$repeat" -ne 1 ] || status "$dir" "$id" "$label" failed "no benchmark line in the output ($log)"
        return 1
    fi
    [ "$repeat" -ne 1 ] || status "$dir" "$id" "$label" ok ""
}

# modules_kernels DIR BENCH_BIN SWIFT_PROBLEM: which kernels each side runs on, into meta.tsv — the CPU's vector
# instructions, Swift's OpenBLAS (library, version, core and who chose it, from `ModulesBench blas`; blas-warning
# when the core is narrower than the CPU), NumPy's OpenBLAS core and PyTorch's CPU capability (peer_kernels.py).
modules_kernels() {
    local dir="$1" bench_bin="$2" swift_problem="$3" log="$LOGS/modules-kernels.log" swift_blas
    : >"$log"
    if [ -z "$swift_problem" ]; then
        "$bench_bin" blas >>"$log" 2>&1 || true
        printf 'cpu-isa\t%s\n' "$(sed -n 's/^cpu: //p' "$log" | cut -d';' -f1-2)" >>"$dir/meta.tsv"
        swift_blas="$(sed -n 's/^blas core: //p' "$log"), $(sed -n 's/^blas threads: //p' "$log") threads, $(sed -n 's/^blas library: //p' "$log")"
        case "$swift_blas" in
            *"system's libopenblas"*) swift_blas="$swift_blas (Debian libopenblas0-pthread $(dpkg-query -W -f '${Version}' libopenblas0-pthread 2>/dev/null || echo '?'))" ;;
        esac
        grep -q '^blas warning: ' "$log" && printf 'blas-warning\t%s\n' "$(sed -n 's/^blas warning: //p' "$log")" >>"$dir/meta.tsv"
    else
        swift_blas="unknown ($swift_problem)"
    fi
    "$VENV_BIN/python" bench/modules/peer_kernels.py >>"$log" 2>&1 || true
    printf 'blas\tSwift: %s; NumPy: %s; PyTorch: %s\n' "$swift_blas" \
        "$(sed -n 's/^numpy blas: //p' "$log")" "$(sed -n 's/^torch cpu: //p' "$log")" >>"$dir/meta.tsv"
}

group_modules() {
    local dir="$RESULTS/modules"
    rm -rf "$dir"; mkdir -p "$dir"
    write_meta "$dir"
    local torch_version="not installed"
    if [ -z "$TORCH_PROBLEM" ]; then
        torch_version="$("$VENV_BIN/python" -c 'import torch; print(torch.__version__)' 2>/dev/null || echo '?')"
    fi
    printf 'peers\tnumpy %s, torch %s (bench/.venv)\n' \
        "$("$VENV_BIN/python" -c 'import numpy; print(numpy.__version__)')" "$torch_version" >>"$dir/meta.tsv"

    # The Swift benchmarks: Modules' ModulesBench, release build in its own scratch folder.
    local bench_bin="Modules/.build-bench/release/ModulesBench" swift_problem=""
    log "building ModulesBench (swift build -c release --product ModulesBench; log: $LOGS/modules-build.log)"
    if ! (cd Modules && swift build -c release --product ModulesBench --scratch-path .build-bench) \
            >"$LOGS/modules-build.log" 2>&1; then
        swift_problem="release build of ModulesBench failed: $(first_error "$LOGS/modules-build.log")"
    fi
    printf 'modulesbench\t%s\n' "${swift_problem:-$bench_bin (release build)}" >>"$dir/meta.tsv"
    modules_kernels "$dir" "$bench_bin" "$swift_problem"

    # Each program prints medians of its own repetitions; the whole set runs RUNS times, interleaved, and the
    # report takes the median of those medians.
    local repeat
    for repeat in $(seq 1 "$RUNS"); do
        log "modules: round $repeat of $RUNS"
        if [ -n "$swift_problem" ]; then
            [ "$repeat" -ne 1 ] || for id in swift-matmul swift-mlp swift-gptstep; do
                status "$dir" "$id" "$id" failed "$swift_problem"
            done
        else
            modules_run "$dir" swift-matmul "ModulesBench matmul" "$repeat" "$bench_bin" matmul || true
            modules_run "$dir" swift-mlp "ModulesBench mlp" "$repeat" "$bench_bin" mlp || true
            modules_run "$dir" swift-gptstep "ModulesBench gptstep" "$repeat" "$bench_bin" gptstep || true
        fi
        modules_run "$dir" numpy-matmul "bench/modules/matmul.py" "$repeat" "$VENV_BIN/python" bench/modules/matmul.py \
            || true
        modules_run "$dir" numpy-mlp "bench/modules/mlp.py" "$repeat" "$VENV_BIN/python" bench/modules/mlp.py || true
        if [ -n "$TORCH_PROBLEM" ]; then
            [ "$repeat" -ne 1 ] || status "$dir" torch-gptstep "bench/modules/gpt_step.py" missing "$TORCH_PROBLEM"
            [ "$repeat" -ne 1 ] || status "$dir" torch-usermlp "bench/modules/user_mlp.py" missing "$TORCH_PROBLEM"
        else
            modules_run "$dir" torch-gptstep "bench/modules/gpt_step.py" "$repeat" \
                "$VENV_BIN/python" bench/modules/gpt_step.py || true
            modules_run "$dir" torch-usermlp "bench/modules/user_mlp.py" "$repeat" \
                "$VENV_BIN/python" bench/modules/user_mlp.py || true
        fi
        # The user's MLP loop as a cell: nbrun times the cell itself (results JSON), the twin of user_mlp.py.
        if [ -n "$NBRUN_PROBLEM" ]; then
            [ "$repeat" -ne 1 ] || status "$dir" nbrun-usermlp "bench/modules/user_mlp.md" missing "$NBRUN_PROBLEM"
        else
            modules_run "$dir" nbrun-usermlp "bench/modules/user_mlp.md (nbrun cell)" "$repeat" bash -c \
                "$(q "$NBRUN") convert bench/modules/user_mlp.md --to json -o $(q "$OUT/user_mlp.json") \
                 && $(q "$PYTHON") bench/modules/cell_seconds.py $(q "$OUT/user_mlp.json")" || true
        fi
    done
}

# loop_bench DIR ID LABEL PREPARE CMD...: like bench_cmd, with PREPARE (a shell command, may be empty) run before the
# verification and before every timed run (hyperfine --prepare), untimed.
loop_bench() {
    local dir="$1" id="$2" label="$3" prepare="$4"; shift 4
    local seconds runs="$RUNS" warmup=1
    log "$label"
    [ -z "$prepare" ] || bash -c "$prepare"
    if ! seconds="$(verify "$id" "$@")"; then
        status "$dir" "$id" "$label" failed "$(failure_detail "$LOGS/$id.log")"
        return 0
    fi
    if awk -v s="$seconds" 'BEGIN { exit !(s > 30) }'; then runs=2; warmup=0; fi
    log "  timing ($runs runs; verification run took $seconds s)"
    local extra=()
    [ -z "$prepare" ] || extra=(--prepare "$prepare")
    if hyperfine -N --style basic --warmup "$warmup" --runs "$runs" "${extra[@]}" --export-json "$dir/$id.json" \
        --command-name "$label" "$(q "$@")" >"$LOGS/$id.hyperfine.log" 2>&1; then
        status "$dir" "$id" "$label" ok ""
    else
        status "$dir" "$id" "$label" failed "hyperfine: $(tail -n 1 "$LOGS/$id.hyperfine.log")"
    fi
}

# The author's loop on the GPT lesson, in a copy of the course (bench/out/loop/course, its cache inside): the cold
# render without and with the cache, re-renders after edits of several kinds, site rebuilds, and the preview's
# save-to-reload time on how-llms-work.md.
group_loop() {
    local dir="$RESULTS/loop" work="$OUT/loop"
    rm -rf "$dir" "$work"; mkdir -p "$dir" "$work/preview"
    write_meta "$dir"
    cp -r Notebooks "$work/course"
    cp Notebooks/how-llms-work.md "$work/preview/"
    local lesson="$work/course/come-funzionano-gli-llm.md" page="$work/gpt.html"
    local cache="$work/course/.nbrun-cache" edit="$PYTHON bench/loop/edit.py"
    local ids=(cold cold-cache unchanged description prose last-cell site-unchanged site-prose preview)
    if [ -n "$NBRUN_PROBLEM" ]; then
        for id in "${ids[@]}"; do status "$dir" "$id" "$id" missing "$NBRUN_PROBLEM"; done
        return 0
    fi
    loop_bench "$dir" cold "cold render, --no-cache (every cell runs, no cache written)" "" \
        "$NBRUN" "$lesson" -o "$page" --no-cache
    loop_bench "$dir" cold-cache "cold render with an empty cache (every cell runs, entries written)" "rm -rf $cache" \
        "$NBRUN" "$lesson" -o "$page"
    loop_bench "$dir" unchanged "re-render, nothing changed" "" "$NBRUN" "$lesson" -o "$page"
    loop_bench "$dir" description "re-render after a prose edit no cell reads (front-matter description)" \
        "$edit description $lesson" "$NBRUN" "$lesson" -o "$page"
    loop_bench "$dir" prose "re-render after a one-letter typo in a paragraph (changes courseText())" \
        "$edit prose $lesson" "$NBRUN" "$lesson" -o "$page"
    loop_bench "$dir" last-cell "re-render after an edit of the last cell" "$edit last-cell $lesson" \
        "$NBRUN" "$lesson" -o "$page"
    loop_bench "$dir" site-unchanged "site rebuild, nothing changed" "" "$NBRUN" "$work/course" -o "$work/site"
    loop_bench "$dir" site-prose "site rebuild after a one-letter typo in how-llms-work.md (changes courseText())" \
        "$edit prose $work/course/how-llms-work.md" "$NBRUN" "$work/course" -o "$work/site"
    log "preview: save → page reloaded (how-llms-work.md)"
    if "$PYTHON" bench/loop/preview_reload.py "$NBRUN" "$work/preview/how-llms-work.md" "$RUNS" "$dir/preview.json" \
        >"$LOGS/preview.log" 2>&1; then
        status "$dir" preview "preview: save → page reloaded with the change (how-llms-work.md)" ok ""
    else
        status "$dir" preview "preview: save → page reloaded" failed "$(failure_detail "$LOGS/preview.log")"
    fi
}

for group in "${SELECTED[@]}"; do
    log "group $group"
    "group_$group"
done

"$PYTHON" bench/report.py --results "$RESULTS" --output bench/RESULTS.md
log "wrote bench/RESULTS.md"
