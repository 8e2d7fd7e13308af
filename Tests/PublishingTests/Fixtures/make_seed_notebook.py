"""Rebuilds seed-how-llms-work.ipynb: the first lesson's seed (shared/seeds/004_*.txt, a Colab notebook exported as
text, with "In [None]:" before each code cell) back into the Colab notebook it came from.

Cells: a code cell runs from "In [None]:" to two blank lines followed by a "# " heading (or the next "In [None]:");
Markdown cells are split before each level-1 heading, as Colab's "text cells" were. Run:
    python3 make_seed_notebook.py /path/to/004_*.txt > seed-how-llms-work.ipynb
"""
import json
import sys


def cells(lines):
    result = []
    kind, body = "markdown", []

    def flush():
        text = "\n".join(body).strip("\n")
        if text:
            result.append((kind, text))

    i = 0
    while i < len(lines):
        line = lines[i]
        if line == "In [None]:":
            flush()
            kind, body = "code", []
        elif kind == "code" and line.startswith("# ") and i >= 2 and lines[i - 1] == "" and lines[i - 2] == "":
            flush()
            kind, body = "markdown", [line]
        elif kind == "markdown" and line.startswith("# ") and body and any(b.strip() for b in body):
            flush()
            body = [line]
        else:
            body.append(line)
        i += 1
    flush()
    return result


def source(text):
    parts = text.split("\n")
    return [p + "\n" for p in parts[:-1]] + [parts[-1]]


def main():
    lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
    notebook = {
        "nbformat": 4,
        "nbformat_minor": 0,
        "metadata": {
            "colab": {"provenance": [], "name": "How LLMs work"},
            "kernelspec": {"name": "python3", "display_name": "Python 3"},
            "language_info": {"name": "python"},
        },
        "cells": [],
    }
    for kind, text in cells(lines):
        cell = {"cell_type": kind, "metadata": {}, "source": source(text)}
        if kind == "code":
            cell.update(execution_count=None, outputs=[])
        notebook["cells"].append(cell)
    json.dump(notebook, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


main()
