#!/usr/bin/env python3
"""The Swift book as a conformance suite for the cell language (issue 13).

    scripts/conformance.py extract BOOK_DIR [CHAPTER/TEST ...]
                                              # rebuild Tests/CellLanguageTests/Conformance from a swift-book checkout,
                                              # with swiftc (only the named tests, when some are named)
    scripts/conformance.py prefixes           # record which listing prefixes swiftc refuses (prefixes.tsv), with swiftc
    scripts/conformance.py run [NBRUN]        # run every listing through nbrun; write its status.tsv and the table in docs/language.md
    scripts/conformance.py refusals [N]       # what stops the refused listings (from status.tsv), most frequent first

BOOK_DIR is a checkout of https://github.com/swiftlang/swift-book (its TSPL.docc folder is read). The book's
chapters carry hidden test blocks (```swifttest inside HTML comments, grouped by a test name) that the book's
own tooling compiles; their `->` and `>>` lines are the programs, `/>` lines print a comment with
interpolations, `!!` lines are the compiler errors (or warnings) a block must produce. `extract` turns every test of the
Guided Tour and the Language Guide into one program whose listings (blocks) are separated by marker lines,
compiles it with swiftc and records what the program prints (or, for a test that expects errors, that swiftc
refuses it). `run` runs, for every listing k of every program, the program's first k listings as one nbrun cell,
and compares what it prints with what swiftc's program printed up to the k-th marker.

A prefix is not always a program swiftc accepts: listing k may use a type the book declares in a later listing
(Optional Chaining's first listing names `Residence`), or a later listing may be what makes an earlier one valid.
`prefixes` (also the last step of `extract`) compiles every proper prefix of every program with swiftc
(`-emit-sil`, so the diagnostics swiftc gives after type checking count too) and writes the ones it refuses, with
its first error, to `prefixes.tsv`; it needs only the committed programs, not the book.

Listing statuses: pass (same output), refused (nbrun reported a compile error: a clear refusal), wrong (ran and
printed something else), runtime-error (a run-time error where swiftc's program ran), crash (nbrun died or hung).
Tests expecting compile errors pass when nbrun refuses them too, and so does a prefix swiftc refuses (listed in
prefixes.tsv); nbrun running such a prefix is wrong.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Tests" / "CellLanguageTests" / "Conformance"
MARKER = "@@listing-end {}@@"
SWIFTC = os.environ.get("SWIFTC", "swiftc")

# Chapters whose subject nbrun refuses by design (issue 13: concurrency, macros, Sendable, Objective-C interop,
# ownership modifiers): their tests are kept in the corpus but counted apart.
EXCLUDED_CHAPTERS = {"Concurrency": "concurrency", "Macros": "macros"}
EXCLUDED_TEST_PATTERNS = [
    (re.compile(r"\b(async|await|actor|Task\s*\{|@MainActor|Sendable)\b"), "concurrency"),
    (re.compile(r"#(externalMacro|stringify|warning|error)\b|@attached|@freestanding"), "macros"),
    (re.compile(r"@objc|NSObject|#selector|#keyPath"), "objective-c"),
    (re.compile(r"\b(borrowing|consuming|~Copyable)\b|\bconsume\s+\w"), "ownership"),
]

# Slips in the book's own test programs (not in the language they show), repaired before the test is compiled:
# (old, new) replacements in the test's code. The manifest notes every repaired test.
REPAIRS = {
    # The listing declares maximumNumberOfLoginAttempts; the test's hidden line prints a shorter name.
    ("TheBasics", "constantsWithDeferredInitialization"):
        [("print(maxNumberOfLoginAttempts)", "print(maximumNumberOfLoginAttempts)")],
    # Square's closing brace is a stray `>` in the test (the visible listing has the brace).
    ("OpaqueTypes", "boxed-protocol-types"): [("\n>\n", "\n}\n")],
    # The test's later listings use Dice, d6, SnakesAndLadders and game, which the chapter declared until it was
    # rewritten (swift-book a17a3dd3, 1132491f) and no longer does: the book's own declarations of them from before
    # (Protocols.md at a17a3dd3^, without the listing's dice rolls and game play) come first in the listing that
    # extends Dice.
    ("Protocols", "protocols"): [("extension Dice: TextRepresentable {", """class Dice {
   let sides: Int
   let generator: any RandomNumberGenerator
   init(sides: Int, generator: any RandomNumberGenerator) {
      self.sides = sides
      self.generator = generator
   }
   func roll() -> Int {
      return Int(generator.random() * Double(sides)) + 1
   }
}
var d6 = Dice(sides: 6, generator: LinearCongruentialGenerator())
protocol DiceGame {
   var dice: Dice { get }
   func play()
}
protocol DiceGameDelegate: AnyObject {
   func gameDidStart(_ game: DiceGame)
   func game(_ game: DiceGame, didStartNewTurnWithDiceRoll diceRoll: Int)
   func gameDidEnd(_ game: DiceGame)
}
class SnakesAndLadders: DiceGame {
   let finalSquare = 25
   let dice = Dice(sides: 6, generator: LinearCongruentialGenerator())
   var square = 0
   var board: [Int]
   init() {
      board = Array(repeating: 0, count: finalSquare + 1)
      board[03] = +08; board[06] = +11; board[09] = +09; board[10] = +02
      board[14] = -10; board[19] = -11; board[22] = -02; board[24] = -08
   }
   weak var delegate: DiceGameDelegate?
   func play() {
      square = 0
      delegate?.gameDidStart(self)
      gameLoop: while square != finalSquare {
         let diceRoll = dice.roll()
         delegate?.game(self, didStartNewTurnWithDiceRoll: diceRoll)
         switch square + diceRoll {
            case finalSquare:
               break gameLoop
            case let newSquare where newSquare > finalSquare:
               continue gameLoop
            default:
               square += diceRoll
               square += board[square]
         }
      }
      delegate?.gameDidEnd(self)
   }
}
let game = SnakesAndLadders()
extension Dice: TextRepresentable {""")],
}

# Listings the book shows without a hidden test are kept as programs of their own, written by hand in the corpus
# format: `CHAPTER/listing-LINE.swift` (LINE: the line of the chapter's Markdown where the first listing it holds
# starts; a comment at its top says which listings it holds and what context was added). `extract` keeps them, and
# compiles and records them as it does the book's tests.
SUPPLEMENT = "listing-*.swift"


def chapters(book: Path):
    tour = book / "TSPL.docc" / "GuidedTour" / "GuidedTour.md"
    guide = sorted((book / "TSPL.docc" / "LanguageGuide").glob("*.md"))
    return [("GuidedTour", tour)] + [(path.stem, path) for path in guide]


def test_blocks(text: str):
    """Yields (names, lines) for every swifttest block of a chapter, in order."""
    comment = re.compile(r"<!--(.*?)-->", re.S)
    for match in comment.finditer(text):
        body = match.group(1)
        names = re.search(r"- test: `([^`]*)`", body)
        fence = re.search(r"```swifttest\n(.*?)\n\s*```", body, re.S)
        if not names or not fence:
            continue
        test_names = [name.strip() for name in names.group(1).split(",") if name.strip()]
        raw = fence.group(1).split("\n")
        indent = min((len(line) - len(line.lstrip(" ")) for line in raw if line.strip()), default=0)
        yield test_names, [line[indent:] for line in raw]


def interpolated_print(text: str) -> str:
    """A `/>` line as the book's tooling runs it: its text is the body of a string literal, printed."""
    return 'print("' + text + '")'


def block_code(lines):
    """The code of one block and whether it expects compile errors."""
    code, expects_errors, expects_trap = [], False, False
    for line in lines:
        marker, rest = line[:2], line[3:] if len(line) > 2 else ""
        if marker == "xx":
            expects_trap = True
        elif marker in ("->", ">>"):
            code.append(rest)
        elif marker == "/>":
            code.append(interpolated_print(rest))
        elif marker in ("!!", "!$"):
            # The compiler's output the test expects; only an error makes it a test swiftc must refuse (three
            # tests expect warnings only: they are programs).
            expects_errors = expects_errors or "error:" in line
        elif marker in ("<-", "<<", "</"):
            continue
        elif line.startswith("   "):  # continuation of the previous code line, aligned under "-> "
            code.append(line[3:])
        elif not line.strip():
            code.append("")
        else:
            code.append(line)
    return "\n".join(code).rstrip() + "\n", expects_errors, expects_trap


def programs(book: Path):
    """Every test of the Tour and the Guide: (chapter, name, [block code], expects errors, expects a trap)."""
    result = {}
    for chapter, path in chapters(book):
        for names, lines in test_blocks(path.read_text(encoding="utf-8")):
            code, errors, trap = block_code(lines)
            for name in names:
                entry = result.setdefault((chapter, name), {"blocks": [], "errors": False, "trap": False})
                entry["blocks"].append(code)
                entry["errors"] = entry["errors"] or errors
                entry["trap"] = entry["trap"] or trap
    for (chapter, name), entry in result.items():
        for old, new in REPAIRS.get((chapter, name), []):
            entry["blocks"] = [block.replace(old, new) for block in entry["blocks"]]
    book_tests = [(chapter, name, entry["blocks"], entry["errors"], entry["trap"])
                  for (chapter, name), entry in result.items()]
    order = {chapter: index for index, (chapter, _) in enumerate(chapters(book))}
    def line(path):
        return int(re.sub(r"\D", "", path.stem) or 0)
    supplement = sorted(CORPUS.glob("*/" + SUPPLEMENT), key=lambda path: (order.get(path.parent.name, 99), line(path)))
    return book_tests + [(path.parent.name, path.stem, program_blocks(path.read_text(encoding="utf-8")), False, False)
                         for path in supplement]


def program_source(blocks, count=None):
    """The first `count` blocks (all by default), each followed by its marker line."""
    parts = []
    for index, code in enumerate(blocks[:count] if count else blocks, start=1):
        parts.append(code)
        parts.append('print("' + MARKER.format(index) + '")\n')
    return "".join(parts)


def block_at_line(blocks, line: int) -> int:
    """The index of the block that holds 1-based `line` of `program_source(blocks)`."""
    end = 0
    for index, code in enumerate(blocks):
        end += code.count("\n") + 1  # the block and its marker line
        if line <= end:
            return index
    return len(blocks) - 1


def safe_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "_", name)


def excluded_reason(chapter, source):
    if chapter in EXCLUDED_CHAPTERS:
        return EXCLUDED_CHAPTERS[chapter]
    for pattern, reason in EXCLUDED_TEST_PATTERNS:
        if pattern.search(source):
            return reason
    return ""


def compile_and_run(source: str, work: Path, trap=False):
    """(compiled, output or first error line) for a program under swiftc; with `trap`, it must stop with a trap."""
    program = work / "main.swift"
    program.write_text(source, encoding="utf-8")
    binary = work / "main"
    compiled = subprocess.run([SWIFTC, "-suppress-warnings", "-lm", "-o", str(binary), str(program)],
                              capture_output=True, text=True, timeout=300)
    if compiled.returncode != 0:
        first = next((line for line in compiled.stderr.splitlines() if ": error: " in line), compiled.stderr[:200])
        return False, first.replace(str(program), "main.swift")
    try:
        # Line-buffered, so what a trapping program printed before the trap is not lost in its buffer.
        ran = subprocess.run(["stdbuf", "-oL", str(binary)], capture_output=True, text=True, timeout=20)
    except subprocess.TimeoutExpired:
        return False, "the compiled program did not end within 20 s"
    if (ran.returncode != 0) != trap:
        return False, f"the compiled program exited with status {ran.returncode}"
    return True, ran.stdout


def swiftc_refusal(source: str, work: Path) -> str:
    """swiftc's first error for a program (type checking and the diagnostics on SIL), or "" when it compiles."""
    program = work / "main.swift"
    program.write_text(source, encoding="utf-8")
    checked = subprocess.run([SWIFTC, "-suppress-warnings", "-emit-sil", "-o", os.devnull, str(program)],
                             capture_output=True, text=True, timeout=300)
    if checked.returncode == 0:
        return ""
    first = next((line for line in checked.stderr.splitlines() if ": error: " in line), checked.stderr[:200])
    return first.replace(str(program), "main.swift")


def swiftc_errors(source: str, work: Path):
    """Every error swiftc reports for a program (type checking and the diagnostics on SIL), as `line:column: message`."""
    program = work / "main.swift"
    program.write_text(source, encoding="utf-8")
    checked = subprocess.run([SWIFTC, "-suppress-warnings", "-emit-sil", "-o", os.devnull, str(program)],
                             capture_output=True, text=True, timeout=300)
    pattern = re.compile("^" + re.escape(str(program)) + r":(\d+:\d+): error: (.*)$")
    return [f"{match.group(1)}: {match.group(2)}" for match in map(pattern.match, checked.stderr.splitlines()) if match]


def program_blocks(source: str):
    """The listings of a corpus program, split at its marker lines."""
    return re.split(r'print\("@@listing-end \d+@@"\)\n', source)[:-1]


def prefixes(only=None):
    """Writes prefixes.tsv: every proper prefix (first k listings) of a program (a test of kind `program` or
    `excluded`) that swiftc refuses. With `only` (a set of (chapter, test)), only those tests are compiled again and
    the other rows are kept."""
    manifest = [line.split("\t") for line in (CORPUS / "manifest.tsv").read_text().splitlines()[1:]]
    kept = {} if only is None else refused_prefixes()
    rows = ["chapter\ttest\tlisting\tswiftc"]
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for chapter, name, _, kind, _ in manifest:
            if kind not in ("program", "excluded"):
                continue
            if only is not None and (chapter, name) not in only:
                rows += [f"{chapter}\t{name}\t{count}\t{error}" for (c, n, count), error in sorted(kept.items())
                         if (c, n) == (chapter, name)]
                continue
            blocks = program_blocks((CORPUS / chapter / (safe_name(name) + ".swift")).read_text(encoding="utf-8"))
            for count in range(1, len(blocks)):
                refusal = swiftc_refusal(program_source(blocks, count), work)
                if refusal:
                    rows.append(f"{chapter}\t{name}\t{count}\t{refusal[:200]}")
                    print(f"{chapter}/{name} #{count}: swiftc refuses it: {refusal[:100]}", file=sys.stderr)
    (CORPUS / "prefixes.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


def refused_prefixes():
    """{(chapter, test, listing): swiftc's error} from prefixes.tsv."""
    path = CORPUS / "prefixes.tsv"
    if not path.exists():
        return {}
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:])
    return {(chapter, name, int(count)): error for chapter, name, count, error in rows}


def extract_test(chapter, name, blocks, errors, trap, work: Path) -> str:
    """Compiles one test with swiftc, writes its program (and what it printed) into the corpus, and returns its
    manifest row."""
    # A listing on an excluded subject (e.g. the Tour's concurrency section) is left out of its program.
    kept = [block for block in blocks if not excluded_reason(chapter, block)]
    dropped = len(blocks) - len(kept)
    reason = excluded_reason(chapter, "".join(blocks)) if not kept or chapter in EXCLUDED_CHAPTERS else ""
    blocks = kept or blocks
    source = program_source(blocks)
    if "_Module" in name or "Module1" in name or "Module2" in name:
        return f"{chapter}\t{name}\t{len(blocks)}\tskipped\tneeds several modules"
    compiled, result = compile_and_run(source, work, trap=trap and not errors)
    refused_listings = 0
    while not compiled and not errors and not trap and refused_listings < 3 and len(blocks) > 1:
        # The book's test does not compile as a whole (a listing redeclares a name, say): leave out the
        # listing swiftc stops at and try again.
        line = re.search(r"main\.swift:(\d+):", result)
        if not line:
            break
        index = block_at_line(blocks, int(line.group(1)))
        blocks = blocks[:index] + blocks[index + 1:]
        refused_listings += 1
        source = program_source(blocks)
        compiled, result = compile_and_run(source, work)
    kind, note = "", ""
    trapped = not compiled and result.startswith("the compiled program exited")
    if errors and trapped:  # the book's error is one Swift finds at run time (exclusive access, say)
        compiled, result = compile_and_run(source, work, trap=True)
        trap = True
    if trap and (not errors or compiled):
        kind, note = ("trap", "stops with a run-time error") if compiled else ("skipped", "swiftc: " + result)
    elif errors:
        kind, note = ("refuse", "swiftc refuses it, as the book says") if not compiled else \
            ("skipped", "the book expects errors but swiftc compiled it")
    elif compiled:
        kind = "program"
    else:
        kind, note = "skipped", "swiftc: " + result
    if reason and kind != "skipped":
        kind, note = "excluded", reason
    if dropped and not reason:
        note = (note + "; " if note else "") + f"{dropped} listings on excluded subjects left out"
    if refused_listings and compiled:
        note = (note + "; " if note else "") + f"{refused_listings} listings swiftc refuses in context left out"
    if (chapter, name) in REPAIRS:
        note = (note + "; " if note else "") + "repaired (REPAIRS in scripts/conformance.py)"
    if name.startswith("listing-"):
        note = (note + "; " if note else "") + "listings the book shows without a test (written by hand)"
    row = f"{chapter}\t{name}\t{len(blocks)}\t{kind}\t{note}"
    print(f"{chapter}/{name}: {kind} {note}", file=sys.stderr)
    if kind == "skipped":
        return row
    folder = CORPUS / chapter
    folder.mkdir(exist_ok=True)
    if not name.startswith("listing-"):  # a supplement program is its own source
        (folder / (safe_name(name) + ".swift")).write_text(source, encoding="utf-8")
    if kind in ("program", "trap", "excluded") and compiled:
        (folder / (safe_name(name) + ".out")).write_text(result, encoding="utf-8")
    if kind == "refuse":  # the errors nbrun's refusal is compared with
        (folder / (safe_name(name) + ".errors")).write_text("".join(line + "\n" for line in swiftc_errors(source, work)),
                                                            encoding="utf-8")
    return row


def extract(book: Path, only=None):
    """Rebuilds the corpus from the book (and the supplement programs); with `only` (a set of (chapter, test)),
    only those tests, keeping the others' files and manifest rows."""
    CORPUS.mkdir(parents=True, exist_ok=True)
    tests = programs(book)
    selected = [test for test in tests if only is None or (test[0], test[1]) in only]
    unknown = (only or set()) - {(test[0], test[1]) for test in tests}
    if unknown:
        sys.exit(f"no such test: {sorted(unknown)}")
    for chapter, name, *_ in selected if only is not None else [("*", "*")]:
        for suffix in (".out", ".errors"):
            for old in CORPUS.glob(f"{chapter}/{safe_name(name) if name != '*' else '*'}{suffix}"):
                old.unlink()
        for old in CORPUS.glob(f"{chapter}/{safe_name(name) if name != '*' else '*'}.swift"):
            if not old.name.startswith("listing-"):
                old.unlink()
    previous = {}
    if only is not None:
        for line in (CORPUS / "manifest.tsv").read_text(encoding="utf-8").splitlines()[1:]:
            previous[tuple(line.split("\t")[:2])] = line
    manifest = ["chapter\ttest\tlistings\tkind\tnote"]
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for chapter, name, blocks, errors, trap in tests:
            if only is not None and (chapter, name) not in only:
                if (chapter, name) in previous:
                    manifest.append(previous[(chapter, name)])
                continue
            manifest.append(extract_test(chapter, name, blocks, errors, trap, work))
    (CORPUS / "manifest.tsv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    prefixes(only)


STARTED = "@@started@@"


def nbrun_output(nbrun: str, source: str, work: Path):
    """(status, output, message) of one nbrun run of `source` as a single cell: status is ran, refused (a compile
    error: the cell never started), runtime-error or crash."""
    notebook = work / "listing.md"
    notebook.write_text('```swift\nprint("' + STARTED + '")\n' + source + "```\n", encoding="utf-8")
    result = work / "listing.json"
    result.unlink(missing_ok=True)
    try:
        ran = subprocess.run([nbrun, "convert", str(notebook), "--to", "json", "--allow-errors", "--quiet",
                              "-o", str(result)], capture_output=True, text=True, timeout=60)
    except subprocess.TimeoutExpired:
        return "crash", "", "did not end within 60 s"
    if not result.exists() or ran.returncode not in (0, 1):
        return "crash", "", f"exit status {ran.returncode}: {ran.stderr.strip()[-300:]}"
    cell = json.loads(result.read_text(encoding="utf-8"))["cells"][0]
    text = cell["text"]
    message = "; ".join(f"{d['line'] - 2 if d['line'] else '?'}:{d['column']}: {d['message']}"
                        for d in cell["diagnostics"] if d["severity"] == "error")
    if not text.startswith(STARTED + "\n"):
        return "refused", "", message
    text = text[len(STARTED) + 1:]
    return ("ran" if cell["status"] == "succeeded" else "runtime-error"), text, message


def run(nbrun: str):
    manifest = [line.split("\t") for line in (CORPUS / "manifest.tsv").read_text().splitlines()[1:]]
    rows = ["chapter\ttest\tlisting\tstatus\tdetail"]
    swiftc_refuses = refused_prefixes()
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        for chapter, name, listings, kind, _ in manifest:
            if kind == "skipped":
                continue
            path = CORPUS / chapter / (safe_name(name) + ".swift")
            source = path.read_text(encoding="utf-8")
            blocks = program_blocks(source)
            if kind == "trap":
                status, got, message = nbrun_output(nbrun, source, work)
                want = path.with_suffix(".out").read_text(encoding="utf-8")
                verdict = "pass" if status == "runtime-error" and got == want else \
                    ("wrong" if status == "ran" or status == "runtime-error" else status)
                rows.append(f"{chapter}\t{name}\tall\t{verdict}\t{message[:160]}")
                continue
            if kind == "refuse":
                status, _, message = nbrun_output(nbrun, source, work)
                verdict = "pass" if status == "refused" else ("crash" if status == "crash" else "wrong")
                rows.append(f"{chapter}\t{name}\tall\t{verdict}\t{message[:160]}")
                continue
            expected = path.with_suffix(".out").read_text(encoding="utf-8") if path.with_suffix(".out").exists() else ""
            for count in range(1, len(blocks) + 1):
                marker = MARKER.format(count) + "\n"
                want = expected[:expected.index(marker) + len(marker)] if marker in expected else None
                status, got, message = nbrun_output(nbrun, program_source(blocks, count), work)
                if (chapter, name, count) in swiftc_refuses:  # swiftc refuses this prefix: nbrun must refuse it too
                    verdict = {"refused": "pass", "crash": "crash"}.get(status, "wrong")
                    detail = message if status == "refused" else "swiftc refuses it: " + swiftc_refuses[(chapter, name, count)]
                elif status == "ran":
                    verdict = "pass" if got == want or unordered_equal(source, want or "", got) else "wrong"
                    detail = "" if verdict == "pass" else first_difference(want or "", got)
                else:
                    verdict, detail = status, message
                rows.append(f"{chapter}\t{name}\t{count}\t{verdict}\t{detail[:160]}")
                print(f"{chapter}/{name} #{count}: {verdict} {detail[:100]}", file=sys.stderr)
    (CORPUS / "status.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    summarize(rows[1:], manifest)


def unordered_equal(source: str, want: str, got: str) -> bool:
    """Swift leaves the iteration order of sets and dictionaries unspecified (and seeds their hashing per process):
    for programs that use them, the same lines in another order, holding the same characters in another order
    (`["LHR", "YYZ"]` and `["YYZ", "LHR"]`), are the same output."""
    uses_hashing = re.search(r'\bSet\b|\[\s*\w+\s*:\s*\w+\s*\]|\[\s*"[^"]*"\s*:', source)
    def normalized(text):
        return sorted("".join(sorted(line)) for line in text.splitlines())
    return bool(uses_hashing) and normalized(want) == normalized(got)


def first_difference(want: str, got: str) -> str:
    want_lines, got_lines = want.splitlines(), got.splitlines()
    for index, (a, b) in enumerate(zip(want_lines, got_lines)):
        if a != b:
            return f"line {index + 1}: swiftc {a!r}, nbrun {b!r}"
    return f"swiftc printed {len(want_lines)} lines, nbrun {len(got_lines)}"


def summarize(rows, manifest):
    """The per-chapter table of verdicts (Markdown), also written into docs/language.md between its markers."""
    kinds = {(chapter, name): kind for chapter, name, _, kind, _ in manifest}
    table = {}
    for chapter, name, _, verdict, _ in (row.split("\t") for row in rows):
        group = "excluded" if kinds[(chapter, name)] == "excluded" else chapter
        counts = table.setdefault(group, {})
        counts[verdict] = counts.get(verdict, 0) + 1
    verdicts = ["pass", "refused", "wrong", "runtime-error", "crash"]
    lines = ["| chapter | listings | " + " | ".join(verdicts) + " |",
             "| --- | ---: | " + " | ".join("---:" for _ in verdicts) + " |"]
    total = {}
    order = sorted(table, key=lambda group: (group != "GuidedTour", group == "excluded", group))
    for group in order:
        counts = table[group]
        for verdict, count in counts.items():
            if group != "excluded":
                total[verdict] = total.get(verdict, 0) + count
        lines.append(f"| {group} | {sum(counts.values())} | " + " | ".join(str(counts.get(v, 0)) for v in verdicts) + " |")
    lines.append(f"| **all but excluded** | {sum(total.values())} | "
                 + " | ".join(str(total.get(v, 0)) for v in verdicts) + " |")
    text = "\n".join(lines) + "\n"
    print(text, end="")
    doc = ROOT / "docs" / "language.md"
    begin, finish = "<!-- conformance:begin -->\n", "<!-- conformance:end -->"
    content = doc.read_text(encoding="utf-8")
    if begin in content and finish in content:
        head, rest = content.split(begin, 1)
        doc.write_text(head + begin + text + finish + rest.split(finish, 1)[1], encoding="utf-8")


def refusal_reason(detail: str) -> str:
    """The first error of a refused listing with names, types and numbers set aside (`'X' is not supported …`)."""
    first = re.sub(r"^\d+:\d+: (error: )?", "", detail.split("; ")[0])
    if "is not supported in nbrun cells" in first or "are not supported in nbrun cells" in first:
        return first  # the construct's name is the reason
    return re.sub(r"'[^']*'", "'…'", first)


def refusals(limit: int):
    """Prints, most frequent first, the first error of each refused listing (by listing and by test)."""
    listings, tests = {}, {}
    rows = (CORPUS / "status.tsv").read_text(encoding="utf-8").splitlines()[1:]
    for chapter, name, _, verdict, detail in (row.split("\t") for row in rows):
        if verdict != "refused":
            continue
        reason = refusal_reason(detail)
        listings[reason] = listings.get(reason, 0) + 1
        tests.setdefault(reason, set()).add((chapter, name))
    print("listings  tests  first error")
    for reason, count in sorted(listings.items(), key=lambda item: (-item[1], item[0]))[:limit]:
        print(f"{count:8}  {len(tests[reason]):5}  {reason}")


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "extract":
        selection = {tuple(test.split("/", 1)) for test in sys.argv[3:]} or None
        extract(Path(sys.argv[2]), selection)
    elif len(sys.argv) >= 2 and sys.argv[1] == "prefixes":
        prefixes()
    elif len(sys.argv) >= 2 and sys.argv[1] == "refusals":
        refusals(int(sys.argv[2]) if len(sys.argv) > 2 else 30)
    elif len(sys.argv) >= 2 and sys.argv[1] == "run":
        run(sys.argv[2] if len(sys.argv) > 2 else str(ROOT / ".build" / "release" / "nbrun"))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
