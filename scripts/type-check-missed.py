#!/usr/bin/env python3
"""The expression nodes the type checker leaves unknown (issue 12), counted by node kind and by program.

    scripts/type-check-missed.py [NBRUN] [--list]   # default .build/debug/nbrun

Compiles (without running) the conformance corpus, the golden programs (each as one cell) and the notebooks with
`nbrun debug check`, as scripts/type-check-coverage.py does, and prints the total of its "missed:" lines, the counts
by node kind and the programs with the most; with --list, every missed node with its program, position, kind and
the generator's type (what to look at to close a gap of the checker).
"""
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main():
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    nbrun = arguments[0] if arguments else str(ROOT / ".build" / "debug" / "nbrun")
    tests = ROOT / "Tests" / "CellLanguageTests"
    kinds, programs, lines = Counter(), Counter(), []
    with tempfile.TemporaryDirectory() as work:
        items = []
        for group, folder in (("corpus", tests / "Conformance"), ("golden", tests / "Golden")):
            for index, program in enumerate(sorted(folder.rglob("*.swift"))):
                notebook = Path(work) / f"{group}{index}.md"
                notebook.write_text("```swift\n" + program.read_text(encoding="utf-8") + "```\n", encoding="utf-8")
                items.append((str(program.relative_to(tests)), notebook))
        items += [(notebook.name, notebook) for notebook in sorted((ROOT / "Notebooks").glob("*.md"))]
        for label, notebook in items:
            ran = subprocess.run([nbrun, "debug", "check", str(notebook)], capture_output=True, text=True, timeout=120)
            for line in ran.stdout.splitlines():
                if not line.startswith("  missed: "):
                    continue
                rest = line[len("  missed: "):]
                after_position = rest.split(" ", 1)[-1]  # "name s: T", "binary <<: T", "call: T"
                kinds[after_position.split(":")[0].split()[0]] += 1
                programs[label] += 1
                lines.append(f"{label} {rest}")
    print(f"missed nodes: {len(lines)}")
    print("by kind:")
    for kind, count in kinds.most_common():
        print(f"{count:6} {kind}")
    print("programs with the most:")
    for program, count in programs.most_common(20):
        print(f"{count:6} {program}")
    if "--list" in sys.argv:
        print()
        print("\n".join(lines))


if __name__ == "__main__":
    main()
