#!/usr/bin/env bash
# Regenerates every Tests/CellLanguageTests/Positions/NAME.errors from what swiftc reports for NAME.swift
# (`line:column: message`, one per error, in swiftc's order). The position tests then require the interpreter to
# report exactly these errors, at these positions, in one compile.
# Usage: scripts/update-position-goldens.sh [NAME ...]   (no arguments: all programs)
set -euo pipefail
cd "$(dirname "$0")/.."
folder=Tests/CellLanguageTests/Positions
if [ $# -gt 0 ]; then
    programs=()
    for name in "$@"; do programs+=("$folder/$name.swift"); done
else
    programs=("$folder"/*.swift)
fi
for program in "${programs[@]}"; do
    name=$(basename "$program" .swift)
    # swiftc exits non-zero on purpose here: every program is a list of mistakes.
    (swiftc -typecheck -swift-version 5 "$program" 2>&1 || true) \
        | sed -n "s|^$program:\([0-9]*:[0-9]*\): error: |\1: |p" > "$folder/$name.errors"
    echo "updated $folder/$name.errors ($(wc -l < "$folder/$name.errors") errors)"
done
