#!/usr/bin/env python3
"""Regenerates the seed corpora in Fuzz/Corpus/ from the repository's notebooks, docs and golden cells.

Run from the repository root: python3 Fuzz/make-corpus.py. Deterministic: same repository, same files.
"""
import hashlib
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Fuzz" / "Corpus"


def save(target, text):
    """Writes one seed named by the hash of its content (so reruns do not duplicate)."""
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8")
    (folder / ("seed-" + hashlib.sha1(data).hexdigest()[:12])).write_bytes(data)


def fenced_blocks(text, language):
    """The bodies of ``` fenced blocks whose info string starts with `language`."""
    return re.findall(r"^```" + language + r"[^\n]*\n(.*?)^```", text, flags=re.S | re.M)


markdown = sorted(ROOT.glob("Notebooks/*.md")) + sorted(ROOT.glob("docs/*.md"))
for path in markdown:
    text = path.read_text(encoding="utf-8")
    if path.parent.name == "Notebooks":
        save("notebook", text)
    match = re.match(r"---\n(.*?)\n---\n", text, flags=re.S)
    if match:
        save("frontmatter", match.group(1))
    for cell in fenced_blocks(text, "swift"):
        options = [line[4:] for line in cell.splitlines() if line.startswith("//| ")]
        if options:
            save("celloptions", "\n".join(options))
        if len(cell) < 4000:
            save("celllanguage", cell)
    for diagram in fenced_blocks(text, "mermaid"):
        save("mermaid", diagram)
    for formula in re.findall(r"\$\$(.+?)\$\$", text, flags=re.S) + re.findall(r"(?<!\$)\$([^$\n]+)\$(?!\$)", text):
        if "\\" in formula or "^" in formula or "_" in formula:
            save("mathml", formula.strip())

for path in sorted(ROOT.glob("Tests/CellLanguageTests/Golden/*.swift")):
    save("celllanguage", path.read_text(encoding="utf-8"))

for text in ["a: b", "title: \"x\"\nlang: it\norder: 2", "order: [1, {a: b}]\ntitle: &x y\nother: *x",
             "title: |\n  multi\n  line", "- 1\n- 2", ":", "title: !!binary aGVsbG8="]:
    save("frontmatter", text)
for text in ["echo: false", "eval: false\noutput: false", "error: true\nlabel: fig-x\ncaption: Una figura",
             "timeout: 30", "timeout: -1", "echo: maybe", "unknown: 1", "label:", "echo: true\necho: false"]:
    save("celloptions", text)
for text in ["\\frac{a}{b}", "x^{2}_i", "\\sum_{i=1}^{n} x_i", "\\begin{pmatrix} a & b \\\\ c & d \\end{pmatrix}",
             "\\sqrt[3]{x}", "\\text{softmax}(z)_i", "\\left( \\frac{1}{2} \\right)", "{", "\\"]:
    save("mathml", text)
for text in ["graph TD\n  A --> B", "flowchart LR\n  A[Start] -->|yes| B{Choice}\n  B --> C((End))", "graph"]:
    save("mermaid", text)
