#!/usr/bin/env bash
# Writes swiftc's errors for the generated mistakes (DiagnosticOracleTests.generatedMistakes) to
# Tests/CellLanguageTests/Positions/GeneratedMistakes/swiftc.errors, one `CELL:line:column: message` per line, for
# GeneratedMistakeTests. The test writes the cells (cell 0 declares the types and functions the others use); each
# other cell is type-checked by swiftc after cell 0, and its errors are given in the cell's own lines.
# Usage: scripts/update-generated-mistakes.sh (after `swift build --build-tests`; swiftc on PATH)
set -euo pipefail
cd "$(dirname "$0")/.."
cells=$(mktemp -d)
trap 'rm -rf "$cells"' EXIT
NBRUN_WRITE_GENERATED_MISTAKES="$cells" swift test --skip-build --filter GeneratedMistakeTests > /dev/null
python3 - "$cells" Tests/CellLanguageTests/Positions/GeneratedMistakes/swiftc.errors <<'PY'
import re, subprocess, sys
from pathlib import Path
folder, output = Path(sys.argv[1]), Path(sys.argv[2])
cells = sorted(folder.glob("cell_*.swift"))
declarations = cells[0].read_text()
offset = declarations.count("\n") + 1
lines = []
for index, cell in enumerate(cells[1:], start=1):
    program = folder / "program.swift"
    program.write_text(declarations + "\n" + cell.read_text() + "\n")
    result = subprocess.run(["swiftc", "-swift-version", "5", "-typecheck", str(program)], capture_output=True, text=True)
    for match in re.finditer(r"^.*?program\.swift:(\d+):(\d+): error: (.*)$", result.stderr, re.M):
        line, column, message = int(match[1]) - offset, int(match[2]), match[3]
        message = re.sub(r" \[#\w+\]$", "", message)
        if line >= 1:
            lines.append(f"{index}:{line}:{column}: {message}")
output.parent.mkdir(parents=True, exist_ok=True)
output.write_text("\n".join(lines) + "\n")
print(f"{len(lines)} errors from {len(cells) - 1} cells")
PY
