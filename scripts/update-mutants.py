#!/usr/bin/env python3
"""Writes the mutation corpus of the golden programs (MutantCorpusTests): single-point mistakes a user makes —
a literal of another type, a misspelled member, label or name, `var` made `let`, a dropped `try`, `&`, `!`, `self.`,
`mutating` or `inout`, an annotation of another type — at most PER_PROGRAM per golden program, chosen by a seeded
random generator, one per line of Tests/CellLanguageTests/Positions/Mutants/mutants.tsv:

    PROGRAM <tab> LINE <tab> COLUMN <tab> ORIGINAL <tab> REPLACEMENT <tab> MUTATION

LINE is 1-based in Golden/PROGRAM.swift, COLUMN a 1-based offset in Unicode scalars (Python's string indices), ORIGINAL
the text replaced (the test checks it is still there). Tabs and newlines never occur in the texts.
A literal made `nil` (NIL_MUTATIONS, issue 12) is chosen apart: NIL_PER_PROGRAM per program by a generator seeded
with the program's name (so a program's choice does not depend on the others), its rows after the program's other
rows. `--nil-only` rewrites only these rows, keeping the others as they are (the other kinds share one generator
across the programs: rerunning them re-chooses every program's mutants once a golden program is added).
Usage: scripts/update-mutants.py [--nil-only] (rerun when the golden programs change)."""
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "Tests/CellLanguageTests/Golden"
OUTPUT = ROOT / "Tests/CellLanguageTests/Positions/Mutants/mutants.tsv"
PER_PROGRAM = 10
SEED = 25

MUTATIONS = [
    ("int-to-string", r"(?<![\w.$])\d+(?![\w.])", lambda m: '"s"'),
    ("string-to-int", r'"[^"\\()]*"', lambda m: "7"),
    ("bool-to-int", r"\b(true|false)\b", lambda m: "1"),
    ("method-typo", r"(?<=\.)([a-z]\w+)(?=\()", lambda m: m.group(1) + "x"),
    ("property-typo", r"(?<=[a-z\])]\.)([a-z]\w+)\b(?!\()", lambda m: m.group(1) + "x"),
    ("label-typo", r"(?<=[(, ])([a-z]\w*)(?=: [^\s])", lambda m: m.group(1) + "x"),
    ("var-to-let", r"\bvar\b(?= \w+ *[=:])", lambda m: "let"),
    ("try-dropped", r"\btry\?? ", lambda m: ""),
    ("mutating-dropped", r"\bmutating ", lambda m: ""),
    ("inout-dropped", r"\binout ", lambda m: ""),
    ("ampersand-dropped", r"&(?=\w)", lambda m: ""),
    ("Int-to-String", r"(?<=: )Int\b", lambda m: "String"),
    ("Double-to-Int", r"(?<=: )Double\b", lambda m: "Int"),
    ("String-to-Int", r"(?<=: )String\b", lambda m: "Int"),
    ("result-dropped", r"\breturn (?=\S)", lambda m: "return; _ = "),
    ("unwrap-dropped", r"(?<=\w)!(?![=])", lambda m: ""),
    ("self-dropped", r"\bself\.", lambda m: ""),
    ("name-typo", r"(?:(?<=\()|(?<=, )|(?<== )|(?<=\+ )|(?<=- )|(?<=\* ))([a-z]\w{2,})\b(?![(:])", lambda m: m.group(1) + "q"),
]

# A literal made `nil` (issue 12: `nil` where a non-optional type is expected): numbers, strings and Booleans.
NIL_MUTATIONS = [
    ("literal-to-nil", r"(?<![\w.$])\d+(?:\.\d+)?(?![\w.])|\"[^\"\\()]*\"|\b(?:true|false)\b", lambda m: "nil"),
]
NIL_PER_PROGRAM = 1
NIL_SEED = 31


def code_spans(line):
    """The ranges of `line` outside string literals and comments."""
    spans, start, in_string, i = [], 0, False, 0
    while i < len(line):
        if not in_string and line.startswith("//", i):
            spans.append((start, i))
            return spans
        if line[i] == '"':
            if in_string:
                start = i + 1
            else:
                spans.append((start, i))
            in_string = not in_string
        elif line[i] == "\\" and in_string:
            i += 1
        i += 1
    if not in_string:
        spans.append((start, len(line)))
    return spans


def candidates(lines, mutations=MUTATIONS):
    found = []
    for number, line in enumerate(lines, start=1):
        if line.lstrip().startswith(("//", "import ")):
            continue
        spans = code_spans(line)
        for name, pattern, replacement in mutations:
            for match in re.finditer(pattern, line):
                if any(s <= match.start() and match.end() <= e for s, e in spans):
                    found.append((number, match.start() + 1, match.group(0), replacement(match), name))
    return found


def nil_rows(program, lines, taken):
    """The `literal-to-nil` rows of `program` (its lines `lines`), none at a position in `taken`."""
    found = [c for c in candidates(lines, NIL_MUTATIONS) if (c[0], c[1]) not in taken]
    random.Random(f"{NIL_SEED}:{program.stem}").shuffle(found)
    return [row(program, c) for c in sorted(found[:NIL_PER_PROGRAM])]


def row(program, candidate):
    number, column, original, replacement, name = candidate
    return "\t".join([program.stem, str(number), str(column), original, replacement, name])


def main():
    nil_only = "--nil-only" in sys.argv[1:]
    kept = {}
    if nil_only:
        for line in OUTPUT.read_text().splitlines():
            fields = line.split("\t")
            if fields[-1] != "literal-to-nil":
                kept.setdefault(fields[0], []).append(line)
    rng = random.Random(SEED)
    rows = []
    for program in sorted(GOLDEN.glob("*.swift")):
        lines = program.read_text().split("\n")
        if nil_only:
            others = kept.get(program.stem, [])
        else:
            found = candidates(lines)
            rng.shuffle(found)
            others = [row(program, c) for c in sorted(found[:PER_PROGRAM])]
        taken = {(int(r.split("\t")[1]), int(r.split("\t")[2])) for r in others}
        rows += others + nil_rows(program, lines, taken)
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text("\n".join(rows) + "\n")
    print(f"{len(rows)} mutants written to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
