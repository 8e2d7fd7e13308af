#!/usr/bin/env bash
# Writes the position test programs and their expected errors (Tests/CellLanguageTests/Positions/): the mistakes
# listed once in mistakes.txt (one statement each, independent of one another) are placed at the top level, in a
# function, a nested function, closures, an initializer, a static, a mutating and a class method (NAME.swift), and
# swiftc's errors for each program are recorded as `line:column: message` (NAME.errors). The position tests then
# require the interpreter to report exactly these errors, at these positions, in one compile.
# The mistakes swiftc finds only after type checking (definite initialization, a `guard` falling through, literal
# overflow, a missing `return`: its SIL diagnostics, which it skips when a program has type errors) are listed in
# flow-mistakes.txt and placed the same way in Positions/Flow/, with swiftc's errors from `-emit-sil`.
# The refusals swiftc has no error for (nbrun-only limits: `as?` between value types, `Float`, stride's labels, …)
# are listed in Refusals/refusal-mistakes.txt, each mistake followed by a line with a caret under the token its
# error is about (swiftc's position when swiftc has an error there) and the expected message: the same placement
# writes Refusals/NAME.errors from these carets, written by hand, not by swiftc.
# Mistakes in declarations (types, members, conformances, inheritance: declaration-mistakes.txt) are placed at the
# top level only, where cells declare types, in Positions/Declarations/, with swiftc's errors like the others.
# The refusals of declarations (DeclarationRefusals/declaration-refusals.txt, carets as in the refusals list) are
# placed at the top level only, in Positions/DeclarationRefusals/.
# The mistakes in declarations swiftc finds after type checking (an escaping closure capturing a mutating method's
# `self`) are listed in FlowDeclarations/flow-declaration-mistakes.txt, placed at the top level only, in
# Positions/FlowDeclarations/, with swiftc's errors from `-emit-sil`.
# Mistakes swiftc diagnoses otherwise inside a closure of one statement (which it type-checks with the expression
# around it: a payload pattern of the wrong length, `Set(1, 2)`) are listed in
# OutsideClosures/outside-closure-mistakes.txt and placed in the seven other contexts, in Positions/OutsideClosures/.
# Mistakes inside literals (invalid escapes: literal-mistakes.txt) are errors of the parser, which reports only those
# when it finds one: they are placed in the eight contexts apart, in Positions/Literals/.
# Usage: scripts/update-position-goldens.sh
set -euo pipefail
cd "$(dirname "$0")/.."
generate() {
folder=$1 mistakes_file=$2 mode=$3 only=${4:-}
mkdir -p "$folder"
python3 - "$folder" "$mistakes_file" "$mode" "$only" <<'PY'
import sys
from pathlib import Path
folder = Path(sys.argv[1])
lines = [line.rstrip("\n") for line in Path(sys.argv[2]).read_text().splitlines() if line.strip()]
# In a refusals list, a line `   ^ message` gives the column (of the caret) and message expected for the line above.
carets = {}
mistakes = []
for line in lines:
    if sys.argv[3] == "expected" and line.lstrip().startswith("^ "):
        carets[len(mistakes) - 1] = (line.index("^"), line.split("^ ", 1)[1])
    else:
        mistakes.append(line)
prefix = ["func takesX(x: Int) {}", "struct Point { var x: Int }", "enum Color { case red, green }",
          "struct Box { var v = 0; var twice: Int { v * 2 }; var list: [Int] { [v] }; subscript(i: Int) -> Int { v } }",
          "enum Shape { case circle(Int) }", "func gen<U>() -> U? { nil }",
          "enum Pair { case two(Int, Int) }"]
def indent(lines, n):
    return [" " * n + line for line in lines]
def closures(lines):
    out = []
    for index, line in enumerate(lines):
        out += [f"let run{index} = {{", "    " + line, "}"]
    return out
contexts = {
    "top_level": ("at the top level", lambda b: b),
    "function": ("inside a function", lambda b: ["func body() {"] + indent(b, 4) + ["}"]),
    "nested_function": ("inside a nested function",
                        lambda b: ["func outer() {", "    func inner() {"] + indent(b, 8) + ["    }", "    inner()", "}"]),
    "closure": ("each in a closure", closures),
    "initializer": ("inside an initializer",
                    lambda b: ["struct Holder {", "    var v = 0", "    init() {"] + indent(b, 8) + ["    }", "}"]),
    "static_method": ("inside a static method",
                      lambda b: ["struct Statics {", "    static func s() {"] + indent(b, 8) + ["    }", "}"]),
    "mutating_method": ("inside a mutating method",
                        lambda b: ["struct Mutator {", "    var v = 0", "    mutating func m() {"] + indent(b, 8) + ["    }", "}"]),
    "class_method": ("inside a class method",
                     lambda b: ["final class Owner {", "    var v = 0", "    func m() {"] + indent(b, 8) + ["    }", "}"]),
}
for name, (where, wrap) in contexts.items():
    if sys.argv[4] and (name == sys.argv[4][1:] if sys.argv[4].startswith("!") else name != sys.argv[4]): continue
    header = f"// Independent mistakes {where}: every one is reported, where swiftc reports it (generated by"
    lines = [header, f"// scripts/update-position-goldens.sh from {Path(sys.argv[2]).name})."] + prefix + wrap(mistakes)
    (folder / f"{name}.swift").write_text("\n".join(lines) + "\n")
    if sys.argv[3] == "expected":
        errors = []
        for index, mistake in enumerate(mistakes):
            if index not in carets: sys.exit(f"no '^ message' line after: {mistake}")
            number = next(n for n, line in enumerate(lines) if line.endswith(mistake) and line.strip() == mistake.strip())
            column, message = carets[index]
            errors.append(f"{number + 1}:{len(lines[number]) - len(mistake) + column + 1}: {message}")
        (folder / f"{name}.errors").write_text("\n".join(errors) + "\n")
PY
[ "$mode" = expected ] && { echo "updated $folder/*.swift and .errors (expected errors from the carets)"; return; }
for program in "$folder"/*.swift; do
    name=$(basename "$program" .swift)
    # swiftc exits non-zero on purpose here: every program is a list of mistakes. It reports the errors its parser
    # finds ('case' label without statements) before the others; sorted by position, as the interpreter reports them,
    # without the diagnostic group swiftc appends to some messages (` [#ExclusivityViolation]`) nor the space it leaves
    # after some (`no exact matches in call to initializer `).
    (swiftc "$mode" -swift-version 5 "$program" -o /dev/null 2>&1 || true) \
        | sed -n "s|^$program:\([0-9]*:[0-9]*\): error: |\1: |p" | sed 's/ \[#[A-Za-z]*\]$//; s/ *$//' | sort -s -t: -k1,1n -k2,2n > "$folder/$name.errors"
    echo "updated $folder/$name.swift and .errors ($(wc -l < "$folder/$name.errors") errors)"
done
}
positions=Tests/CellLanguageTests/Positions
generate "$positions" "$positions/mistakes.txt" -typecheck
generate "$positions/Flow" "$positions/flow-mistakes.txt" -emit-sil
generate "$positions/Declarations" "$positions/Declarations/declaration-mistakes.txt" -typecheck top_level
generate "$positions/Literals" "$positions/Literals/literal-mistakes.txt" -typecheck
generate "$positions/FlowDeclarations" "$positions/FlowDeclarations/flow-declaration-mistakes.txt" -emit-sil top_level
generate "$positions/OutsideClosures" "$positions/OutsideClosures/outside-closure-mistakes.txt" -typecheck '!closure'
generate "$positions/Refusals" "$positions/Refusals/refusal-mistakes.txt" expected
generate "$positions/DeclarationRefusals" "$positions/DeclarationRefusals/declaration-refusals.txt" expected top_level
