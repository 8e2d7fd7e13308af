#!/usr/bin/env python3
"""How many type-only compilations the cell-language compiler does per expression node it compiles (issue 12).

    scripts/compile-counts.py [NBRUN]   # default .build/debug/nbrun

Compiles (without running) every program of the conformance corpus (Tests/CellLanguageTests/Conformance, each
as one cell) and every notebook in Notebooks/ with `nbrun debug counts`, and prints the totals and the calling
sites of `compileExprTypeOnly` most used.
"""
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def counts(nbrun: str, notebook: Path):
    ran = subprocess.run([nbrun, "debug", "counts", str(notebook)], capture_output=True, text=True, timeout=120)
    totals, sites = Counter(), {}
    for line in ran.stdout.splitlines():
        if match := re.match(r"^([a-z -]+): (\d+)$", line):
            totals[match[1]] += int(match[2])
        elif match := re.match(r"^  (\S+): (\d+) requests, (\d+) compilations$", line):
            sites.setdefault(match[1], Counter()).update(requests=int(match[2]), compilations=int(match[3]))
    return totals, sites


def merge(sites, more):
    for site, count in more.items():
        sites.setdefault(site, Counter()).update(count)


def main():
    nbrun = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / ".build" / "debug" / "nbrun")
    groups = {"corpus": Counter(), "notebooks": Counter()}
    sites = {}
    with tempfile.TemporaryDirectory() as work:
        for index, program in enumerate(sorted((ROOT / "Tests" / "CellLanguageTests" / "Conformance").rglob("*.swift"))):
            notebook = Path(work) / f"p{index}.md"
            notebook.write_text("```swift\n" + program.read_text(encoding="utf-8") + "```\n", encoding="utf-8")
            totals, by_site = counts(nbrun, notebook)
            groups["corpus"].update(totals)
            merge(sites, by_site)
        for notebook in sorted((ROOT / "Notebooks").glob("*.md")):
            totals, by_site = counts(nbrun, notebook)
            groups["notebooks"].update(totals)
            merge(sites, by_site)
    for name, totals in groups.items():
        nodes = totals["nodes compiled"] or 1
        print(f"{name}: {totals['nodes compiled']} nodes, {totals['type-only requests']} type-only requests, "
              f"{totals['type-only compilations']} type-only compilations "
              f"({totals['type-only compilations'] / nodes:.3f} per node), "
              f"{totals['nodes compiled in type-only compilations']} nodes compiled in them "
              f"({totals['nodes compiled in type-only compilations'] / nodes:.3f} per node), "
              f"{totals['scope lookups']} scope lookups, {totals['closures compiled']} closures compiled")
    print("type-only compilations (and requests) by site:")
    for site, count in sorted(sites.items(), key=lambda item: (-item[1]["compilations"], -item[1]["requests"], item[0])):
        print(f"  {site}: {count['compilations']} compilations, {count['requests']} requests")


if __name__ == "__main__":
    main()
