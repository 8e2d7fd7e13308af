#!/usr/bin/env python3
"""The type checker's coverage of the expression nodes the generator types, and their disagreements (issue 12).

    scripts/type-check-coverage.py [NBRUN]   # default .build/debug/nbrun

Compiles (without running) every program of the conformance corpus (Tests/CellLanguageTests/Conformance, each as
one cell), every golden program (Tests/CellLanguageTests/Golden, one cell) and every notebook in Notebooks/ with
`nbrun debug check`, and prints per group the nodes the checker typed alike, the nodes recorded, the generator's
errors the checker reported alike (the diagnostics oracle) and every disagreement (TypeCheckOracleTests and
DiagnosticOracleTests fail on those of the corpus and the golden programs).
"""
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def check(nbrun: str, notebook: Path, label: str, disagreements: list):
    ran = subprocess.run([nbrun, "debug", "check", str(notebook)], capture_output=True, text=True, timeout=120)
    totals = Counter()
    for line in ran.stdout.splitlines():
        if match := re.match(r"^([a-z ,]+): (\d+)$", line):
            totals[match[1]] += int(match[2])
        elif line.startswith("  disagrees: "):
            disagreements.append(f"{label} {line[13:]}")
        elif line.startswith("  diagnostic disagrees: "):
            disagreements.append(f"{label} diagnostic {line[24:]}")
    return totals


def main():
    nbrun = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build" / "debug" / "nbrun")
    groups = {"corpus": Counter(), "golden": Counter(), "notebooks": Counter()}
    disagreements = []
    tests = ROOT / "Tests" / "CellLanguageTests"
    with tempfile.TemporaryDirectory() as work:
        for group, folder in (("corpus", tests / "Conformance"), ("golden", tests / "Golden")):
            for index, program in enumerate(sorted(folder.rglob("*.swift"))):
                notebook = Path(work) / f"{group}{index}.md"
                notebook.write_text("```swift\n" + program.read_text(encoding="utf-8") + "```\n", encoding="utf-8")
                groups[group].update(check(nbrun, notebook, str(program.relative_to(tests)), disagreements))
        for notebook in sorted((ROOT / "Notebooks").glob("*.md")):
            groups["notebooks"].update(check(nbrun, notebook, notebook.name, disagreements))
    for name, totals in groups.items():
        recorded = totals["recorded nodes"] or 1
        print(f"{name}: {totals['checked nodes']} of {totals['recorded nodes']} recorded nodes checked alike "
              f"({100 * totals['checked nodes'] / recorded:.1f} %), {totals['disagreements']} disagreements, "
              f"{totals['checked, never compiled']} checked but never compiled, "
              f"{totals['checked, refused by the generator']} refused by the generator, "
              f"{totals['callees chosen alike']} calls resolved alike, "
              f"{totals['overloads chosen by argument types']} overloads chosen by argument types; diagnostics: "
              f"{totals['errors of the checked kinds reported alike']} of {totals['errors of the checked kinds']} errors of the "
              f"checked kinds reported alike by the checker ({totals['diagnostics alike']} diagnostics of any kind), "
              f"{totals['diagnostic disagreements']} disagreements")
    for line in disagreements:
        print("  " + line)


if __name__ == "__main__":
    main()
