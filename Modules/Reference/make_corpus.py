#!/usr/bin/env python3
"""Extracts the Italian prose of the course seeds (/work/shared/seeds/*.txt) into corpus/italiano.txt,
the training text of the character-level GPT tests and benchmark.

Kept: paragraphs of ordinary prose. Dropped: fenced and indented code, Python-looking lines, headings,
images, links, tables, list markers, table-of-contents lines and anything with few letters.
Markdown emphasis is stripped and whitespace collapsed. Deterministic: files in name order.
"""
import glob
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/seeds"
CODE_HINTS = re.compile(r"(^\s*(import|from|def|class|return|for|if|print)\b)|[=(){}\[\]_]{2,}|\bnp\.|\bplt\.|\w+\(.*\)")


def prose_lines(text):
    in_fence = False
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.strip().startswith("```"):
            in_fence = not in_fence
            continue
        if in_fence or raw.startswith(("    ", "\t")):
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith(("#", "!", "|", "<", "$", ">")):
            yield ""
            continue
        if CODE_HINTS.search(stripped) or re.search(r"\t\d+$|\s\d+$", stripped):
            continue
        stripped = re.sub(r"^([-*+]|\d+\.)\s+", "", stripped)
        stripped = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", stripped)
        stripped = re.sub(r"https?://\S+", "", stripped)
        stripped = stripped.replace("**", "").replace("__", "").replace("`", "").replace("*", "")
        letters = sum(ch.isalpha() for ch in stripped)
        if letters < 0.7 * len(stripped) * 0.8 or len(stripped) < 25:
            continue
        yield stripped


def main():
    paragraphs = []
    for path in sorted(glob.glob(os.path.join(SEEDS, "*.txt"))):
        with open(path, encoding="utf-8") as handle:
            current = []
            for line in prose_lines(handle.read()):
                if line:
                    current.append(line)
                elif current:
                    paragraphs.append(" ".join(current))
                    current = []
            if current:
                paragraphs.append(" ".join(current))
    text = "\n".join(re.sub(r"\s+", " ", p).strip() for p in paragraphs if len(p) >= 60) + "\n"
    os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
    with open(os.path.join(HERE, "corpus", "italiano.txt"), "w", encoding="utf-8") as handle:
        handle.write(text)
    print(len(text), "characters,", len(set(text)), "distinct")


if __name__ == "__main__":
    main()
