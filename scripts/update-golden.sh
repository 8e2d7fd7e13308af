#!/usr/bin/env bash
# Regenerates every Tests/CellLanguageTests/Golden/NAME.out by compiling NAME.swift with swiftc and running it.
# The golden tests then require the interpreter to print byte-identical output.
# Usage: scripts/update-golden.sh [NAME ...]   (no arguments: all programs)
set -euo pipefail
cd "$(dirname "$0")/.."
golden=Tests/CellLanguageTests/Golden
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ $# -gt 0 ]; then
    programs=()
    for name in "$@"; do programs+=("$golden/$name.swift"); done
else
    programs=("$golden"/*.swift)
fi
for program in "${programs[@]}"; do
    name=$(basename "$program" .swift)
    swiftc -O -swift-version 5 -lm -o "$work/$name" "$program"
    "$work/$name" > "$golden/$name.out"
    echo "updated $golden/$name.out"
done
