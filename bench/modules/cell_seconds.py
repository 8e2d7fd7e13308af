#!/usr/bin/env python3
"""Prints the time of the cell labelled `loop` in the JSON results of `nbrun convert user_mlp.md --to json`
(docs/results.schema.json), in the line format of the modules group, with the loss and accuracy the last cell
printed. Usage: cell_seconds.py RESULTS.json. Standard library only."""
import json
import re
import sys


def main():
    with open(sys.argv[1], encoding="utf-8") as handle:
        results = json.load(handle)
    cells = results["cells"]
    loop = next(cell for cell in cells if cell["label"] == "loop")
    if loop["status"] != "succeeded" or loop["seconds"] is None:
        print(f"the loop cell did not run: {loop['status']}", file=sys.stderr)
        return 1
    printed = re.search(r"loss ([\d.e-]+), accuracy ([\d.]+)", cells[-1]["text"])
    loss, accuracy = (float(printed[1]), float(printed[2])) if printed else (float("nan"), float("nan"))
    print("user mlp nbrun cell 2-16-16-1 moons400 500 full-batch Adam steps: %7.1f ms  (loss %.4f, accuracy %.3f)"
          % (loop["seconds"] * 1e3, loss, accuracy))
    return 0


if __name__ == "__main__":
    sys.exit(main())
