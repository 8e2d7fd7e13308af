#!/usr/bin/env python3
"""How many types the cell-language generator asks for per expression node it compiles, and what answered them (issue 12).

    scripts/compile-counts.py [NBRUN]   # default .build/debug/nbrun

Compiles (without running) every program of the conformance corpus (Tests/CellLanguageTests/Conformance, each
as one cell) and every notebook in Notebooks/ with `nbrun debug counts`, and prints the totals and the calling
sites of `Compiler.checkerType` whose requests the checker left to a declaration, to compiling or unanswered.
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
        elif match := re.match(r"^  (\S+): (\d+) requests, (\d+) declared, (\d+) compiled, (\d+) unanswered$", line):
            sites.setdefault(match[1], Counter()).update(requests=int(match[2]), declared=int(match[3]),
                                                         compiled=int(match[4]), unanswered=int(match[5]))
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
        print(f"{name}: {totals['nodes compiled']} nodes, {totals['type requests']} type requests "
              f"({totals['type requests'] / nodes:.3f} per node), {totals['answered by a declaration']} answered by a "
              f"declaration, {totals['answered by compiling the node']} by compiling the node, "
              f"{totals['unanswered']} unanswered, {totals['scope lookups']} scope lookups, "
              f"{totals['closures compiled']} closures compiled")
    print("type requests not answered by the checker, by site:")
    for site, count in sorted(sites.items(), key=lambda item: (-item[1]["compiled"] - item[1]["unanswered"], -item[1]["declared"], item[0])):
        print(f"  {site}: {count['requests']} requests, {count['declared']} declared, {count['compiled']} compiled, "
              f"{count['unanswered']} unanswered")

if __name__ == "__main__":
    main()
