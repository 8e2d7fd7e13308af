#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ and runs one of them (or all, one after the other).
#
#   scripts/fuzz.sh [target|all|build] [seconds]
#
# Targets: notebook, frontmatter, celloptions, celllanguage, mathml, mermaid, inlinemarkdown, footnotes. Default: all, 600 s each.
# New corpus entries go to Fuzz/Work/<target>/ (the committed seeds in Fuzz/Corpus/<target>/ are read only);
# crashes, timeouts and out-of-memory inputs go to Fuzz/Artifacts/<target>/. Both folders are git-ignored.
# Extra libFuzzer flags can be passed in FUZZ_FLAGS, e.g. FUZZ_FLAGS="-jobs=2 -workers=2"; FUZZ_SCRATCH overrides
# the SwiftPM scratch folder (default Fuzz/.build-fuzz). `build` builds every target without running. Not run by CI.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
fuzz="$root/Fuzz"
scratch="${FUZZ_SCRATCH:-$fuzz/.build-fuzz}"
target="${1:-all}"
seconds="${2:-600}"
targets=(notebook frontmatter celloptions celllanguage mathml mermaid inlinemarkdown footnotes)

executable() {
    case "$1" in
        notebook) echo FuzzNotebook ;;
        frontmatter) echo FuzzFrontMatter ;;
        celloptions) echo FuzzCellOptions ;;
        celllanguage) echo FuzzCellLanguage ;;
        mathml) echo FuzzMathML ;;
        mermaid) echo FuzzMermaid ;;
        inlinemarkdown) echo FuzzInlineMarkdown ;;
        footnotes) echo FuzzFootnotes ;;
        *) echo "unknown fuzz target '$1' (expected one of: ${targets[*]})" >&2; exit 2 ;;
    esac
}

# Longest input, and seconds after which one input counts as hung (parsers must stay well under a second).
max_len() {
    case "$1" in
        notebook | inlinemarkdown | footnotes) echo 8192 ;;
        celllanguage) echo 4096 ;;
        *) echo 2048 ;;
    esac
}
unit_timeout() {
    case "$1" in
        celllanguage) echo 10 ;;
        *) echo 2 ;;
    esac
}

# Target-specific libFuzzer flags. LeakSanitizer is off (in libFuzzer and in ASan's exit check) where it would stop
# at the first inputs: the interpreter's compiled code holds reference cycles (functions, closures, frames) that
# outlive the interpreter, and Graphviz/fontconfig keep allocations that LeakSanitizer reports on first use (the
# inline Markdown and footnote targets render pages, which may hold mermaid diagrams).
target_flags() {
    case "$1" in
        celllanguage | mermaid | inlinemarkdown | footnotes) echo -detect_leaks=0 ;;
        *) echo ;;
    esac
}
asan_options() {
    case "$1" in
        celllanguage | mermaid | inlinemarkdown | footnotes) echo detect_leaks=0 ;;
        *) echo detect_leaks=1 ;;
    esac
}

# Builds one target's executable, or all of them with no argument. The targets keep a Swift `@main` that starts
# libFuzzer's driver, because SwiftPM aliases `main` to `<Module>_main` when it links a Linux executable.
build() {
    local products=()
    if [ $# -gt 0 ]; then products=(--product "$1"); fi
    (cd "$fuzz" && nice -n 10 swift build -c release --scratch-path "$scratch" "${products[@]}" \
        -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library)
}

run() {
    local name="$1" binary
    binary="$scratch/release/$(executable "$name")"
    mkdir -p "$fuzz/Work/$name" "$fuzz/Artifacts/$name"
    echo "== fuzzing $name for $seconds s"
    # shellcheck disable=SC2086
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="$(asan_options "$name")" nice -n 10 "$binary" "$fuzz/Work/$name" "$fuzz/Corpus/$name" \
        -max_total_time="$seconds" -max_len="$(max_len "$name")" -timeout="$(unit_timeout "$name")" \
        -report_slow_units=1 -rss_limit_mb=4096 -print_final_stats=1 \
        -artifact_prefix="$fuzz/Artifacts/$name/" $(target_flags "$name") ${FUZZ_FLAGS:-}
}

case "$target" in
    build) build ;;
    all) build; for name in "${targets[@]}"; do run "$name"; done ;;
    *) build "$(executable "$target")"; run "$target" ;;
esac
