#!/usr/bin/env python3
"""Writes the mutation corpus of the golden programs (MutantCorpusTests): single-point mistakes a user makes —
a literal of another type, a misspelled member, label or name, `var` made `let`, a dropped `try`, `&`, `!`, `self.`,
`mutating` or `inout`, an annotation of another type — at most PER_PROGRAM per golden program, chosen by a seeded
random generator, one per line of Tests/CellLanguageTests/Positions/Mutants/mutants.tsv:

    PROGRAM <tab> LINE <tab> COLUMN <tab> ORIGINAL <tab> REPLACEMENT <tab> MUTATION

LINE is 1-based in Golden/PROGRAM.swift, COLUMN a 1-based offset in Unicode scalars (Python's string indices), ORIGINAL
the text replaced (the test checks it is still there). Tabs and newlines never occur in the texts.
Usage: scripts/update-mutants.py (rerun when the golden programs change)."""
import random
import re
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


def candidates(lines):
    found = []
    for number, line in enumerate(lines, start=1):
        if line.lstrip().startswith(("//", "import ")):
            continue
        spans = code_spans(line)
        for name, pattern, replacement in MUTATIONS:
            for match in re.finditer(pattern, line):
                if any(s <= match.start() and match.end() <= e for s, e in spans):
                    found.append((number, match.start() + 1, match.group(0), replacement(match), name))
    return found


def main():
    rng = random.Random(SEED)
    rows = []
    for program in sorted(GOLDEN.glob("*.swift")):
        found = candidates(program.read_text().split("\n"))
        rng.shuffle(found)
        for number, column, original, replacement, name in sorted(found[:PER_PROGRAM]):
            rows.append("\t".join([program.stem, str(number), str(column), original, replacement, name]))
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text("\n".join(rows) + "\n")
    print(f"{len(rows)} mutants written to {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
