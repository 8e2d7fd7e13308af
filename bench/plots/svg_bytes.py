#!/usr/bin/env python3
"""Prints the size in bytes (UTF-8) of the plot SVG that nbrun inlined in a page: its `<svg id="plot-…">` element.

Usage: svg_bytes.py PAGE.html
Fails unless the page holds exactly one plot (the benchmark notebooks draw one each).
Standard library only: it runs with the machine's python3.
"""
import re
import sys

TAG = re.compile(r"<(/?)svg\b[^>]*>")


def plot_svgs(page):
    """The `<svg>` elements whose id starts with `plot-`, nested `<svg>` elements included in their parent."""
    found, depth, start = [], 0, None
    for match in TAG.finditer(page):
        closing = match.group(1) == "/"
        if not closing and not match.group(0).endswith("/>"):
            if depth == 0 and re.search(r'\bid="plot-', match.group(0)):
                start = match.start()
            depth += 1
        elif closing:
            depth -= 1
            if depth == 0 and start is not None:
                found.append(page[start:match.end()])
                start = None
    return found


def main():
    page = open(sys.argv[1], encoding="utf-8").read()
    svgs = plot_svgs(page)
    if len(svgs) != 1:
        print(f"svg_bytes.py: expected one plot in {sys.argv[1]}, found {len(svgs)}", file=sys.stderr)
        return 1
    print(len(svgs[0].encode("utf-8")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
