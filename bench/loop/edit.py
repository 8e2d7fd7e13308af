#!/usr/bin/env python3
"""Applies one new edit to a notebook for the loop benchmarks, different every call (a counter beside the file).

    edit.py prose FILE        a one-letter change in the first prose paragraph (a typo fixed or made)
    edit.py description FILE  a one-letter change in the front matter's description (prose that no cell reads)
    edit.py last-cell FILE    a changed comment at the end of the last Swift cell (its code changes)
"""
import re
import string
import sys
from pathlib import Path


def variant(counter):
    letters = string.ascii_lowercase
    return letters[counter % 26] + letters[(counter // 26) % 26]


def edited(mode, path):
    """The notebook's text after the next edit of `mode` (the counter beside the file advances; the file is not
    written)."""
    count_file = path.with_name("." + path.name + ".edits")
    counter = int(count_file.read_text()) + 1 if count_file.exists() else 0
    count_file.write_text(str(counter))
    text = path.read_text()
    mark = variant(counter)
    if mode == "prose":
        # The first paragraph line after the front matter and the title: replace its last word's tail.
        body_start = text.index("\n---", 3) + 4
        match = re.compile(r"^[A-ZÀ-Ü][^\n`|#!<>$]{20,}$", re.M).search(text, body_start)
        line = match.group(0)
        word = re.search(r"\b(\w{3,})(\w\w)\b", line)
        ending = mark if mark != word.group(2) else variant(counter + 1)
        new_line = line[:word.start(2)] + ending + line[word.end(2):]
        text = text[:match.start()] + new_line + text[match.end():]
    elif mode == "description":
        text = re.sub(r"^(description: .*?)(\S\S)?( ~\w\w)?$", lambda m: m.group(1) + (m.group(2) or "") + " ~" + mark,
                      text, count=1, flags=re.M)
    elif mode == "last-cell":
        start = text.rindex("```swift")
        end = text.index("\n```", start + 8)
        cell = re.sub(r"\n// edit \w+$", "", text[start:end])
        text = text[:start] + cell + f"\n// edit {mark}" + text[end:]
    else:
        sys.exit(f"edit.py: unknown mode {mode}")
    return text


def main():
    path = Path(sys.argv[2])
    path.write_text(edited(sys.argv[1], path))


if __name__ == "__main__":
    main()
