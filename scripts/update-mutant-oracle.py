#!/usr/bin/env python3
"""Writes swiftc's answer to every mutant of the mutation corpus (MutantOracleTests) into
Tests/CellLanguageTests/Positions/Mutants/swiftc.tsv, one line per line of mutants.tsv, in the same order:

    PROGRAM <tab> LINE <tab> COLUMN <tab> ORIGINAL <tab> REPLACEMENT <tab> MUTATION <tab> COUNT [<tab> ERROR ...]

The first six fields repeat the mutant (mutants.tsv's row), COUNT is how many errors swiftc reported (0: swiftc accepts
the mutant; warnings are not errors), and each ERROR, at most MAX_ERRORS of them, is `line:column: message` sorted by
position, in the golden program's own lines (a mutation never adds or removes a line) and columns counted in
characters as nbrun counts them (swiftc counts UTF-8 bytes). The mutant is the golden program Golden/PROGRAM.swift (all
its cells, one program, as swiftc compiles it) with the mistake made, type-checked by
`swiftc -swift-version 5 -typecheck`; when that reports no error, by `swiftc -swift-version 5 -emit-sil` too, whose
mandatory passes report the mistakes the type checker leaves to them (a `let` assigned twice, a variable read before
it is initialized, a missing return). Deterministic: the same corpus, golden programs and swiftc give the same file.
Usage: scripts/update-mutant-oracle.py (swiftc on PATH or in /opt/swift/usr/bin; ~15-25 minutes, two swiftc at a
time; rerun after scripts/update-mutants.py or when the golden programs change: the answers are cached in
.build/mutant-oracle.cache, so only the changed mutants are checked again). A mutant swiftc takes more than TIMEOUT
seconds over gets the error `0:0: swiftc took more than 60 s`. Options: `--timeout SECONDS` (default 60) sets TIMEOUT;
`--retry-timeouts` checks again the mutants whose cached answer is a timeout or a swiftc crash (swiftc's time depends on
the machine's load: e.g. `--timeout 600 --retry-timeouts` on a busy machine), the other answers stay as cached."""
import hashlib
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "Tests/CellLanguageTests/Golden"
MUTANTS = ROOT / "Tests/CellLanguageTests/Positions/Mutants/mutants.tsv"
OUTPUT = ROOT / "Tests/CellLanguageTests/Positions/Mutants/swiftc.tsv"
CACHE = ROOT / ".build/mutant-oracle.cache"
MAX_ERRORS = 3
WORKERS = 2
TIMEOUT = 60
ERROR = re.compile(r"^(.*?\.swift):(\d+):(\d+): error: (.*)$", re.M)


def swiftc():
    found = shutil.which("swiftc") or "/opt/swift/usr/bin/swiftc"
    if not os.path.exists(found):
        sys.exit("swiftc not found (PATH or /opt/swift/usr/bin)")
    return found


def applied(source, line, column, original, replacement):
    """`source` with `original` at `line`:`column` (1-based, the column in Unicode scalars) replaced, as
    MutantCorpusTests.Mutant.applied makes it; None when `original` is not there (the corpus is stale)."""
    lines = source.split("\n")
    if line - 1 >= len(lines):
        return None
    text, start = lines[line - 1], column - 1
    if start < 0 or text[start:start + len(original)] != original:
        return None
    lines[line - 1] = text[:start] + replacement + text[start + len(original):]
    return "\n".join(lines)


def extends_grapheme(previous, scalar):
    """Whether `scalar` belongs to the character `previous` started (an approximation of Swift's extended grapheme
    clusters good for the golden programs: combining marks, joiners, variation selectors, emoji modifiers, flags)."""
    code = ord(scalar)
    if unicodedata.combining(scalar) or unicodedata.category(scalar) in ("Mn", "Me", "Mc"):
        return True
    if scalar == "\u200d" or 0xFE00 <= code <= 0xFE0F or 0x1F3FB <= code <= 0x1F3FF or 0xE0020 <= code <= 0xE007F:
        return True
    return previous == "\u200d"


def character_column(text, byte_column):
    """The 1-based column in characters of the 1-based UTF-8 `byte_column` of `text`."""
    prefix = text.encode("utf-8")[:byte_column - 1].decode("utf-8", errors="ignore")
    count, previous, flags = 0, "", 0
    for scalar in prefix:
        if 0x1F1E6 <= ord(scalar) <= 0x1F1FF:
            flags += 1
            if flags % 2 == 0:
                previous = scalar
                continue
        else:
            flags = 0
        if not (previous and extends_grapheme(previous, scalar)):
            count += 1
        previous = scalar
    return count + 1


def errors_of(compiler, program, extra):
    """swiftc's errors for the file `program`, as (line, column in bytes, message), in swiftc's order."""
    try:
        result = subprocess.run([compiler, "-swift-version", "5", *extra, str(program)], capture_output=True,
                                text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return [(0, 0, f"swiftc took more than {TIMEOUT} s")]
    found = [(int(m[2]), int(m[3]), re.sub(r" \[#\w+\]$", "", m[4])) for m in ERROR.finditer(result.stderr)
             if Path(m[1]).name == program.name]
    if result.returncode != 0 and not found:
        # A crash's last line is its backtrace's timing (`Backtrace took 0.06s`), which changes from run to run.
        crashed = "Backtrace took" in result.stderr or "Stack dump" in result.stderr
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        found = [(0, 0, "swiftc crashed" if crashed else "swiftc failed: " + last)]
    return found


def check(job):
    """swiftc's sorted errors for one program (`job`: swiftc, folder, a unique name, the golden program's name and
    the source), as `line:column: message` strings."""
    compiler, folder, index, program, source = job
    # The file is named after the golden program: swiftc names the module after it, as update-golden.sh compiles it.
    directory = Path(folder) / str(index)
    directory.mkdir()
    path = directory / (program + ".swift")
    path.write_text(source)
    found = []
    for extra in [["-typecheck"], ["-emit-sil", "-o", os.devnull]]:
        found = found or errors_of(compiler, path, extra)
    shutil.rmtree(directory)
    lines = source.split("\n")
    located = sorted(set((line, character_column(lines[line - 1], column) if 0 < line <= len(lines) else column, message)
                         for line, column, message in found))
    return [f"{line}:{column}: {message}" for line, column, message in located]


def load_cache():
    """The answers of earlier runs (.build/mutant-oracle.cache, one `[key, errors]` JSON line per program checked,
    the key a hash of swiftc's version, the program's name and its source): a run that stops loses nothing."""
    cache = {}
    if CACHE.exists():
        for line in CACHE.read_text().splitlines():
            try:
                key, errors = json.loads(line)
                cache[key] = errors
            except ValueError:
                pass
    CACHE.parent.mkdir(parents=True, exist_ok=True)
    return cache


def unanswered(errors):
    """Whether `errors` is no answer of swiftc's but a timeout or a crash (worth asking again with more time)."""
    return len(errors) == 1 and (errors[0].startswith("0:0: swiftc took more than ")
                                  or errors[0].startswith("0:0: swiftc failed: ") or errors[0] == "0:0: swiftc crashed")


def main():
    global TIMEOUT
    parser = argparse.ArgumentParser(description="Writes swiftc's answer to every mutant into swiftc.tsv.")
    parser.add_argument("--timeout", type=int, default=TIMEOUT, help="seconds swiftc may take per mutant")
    parser.add_argument("--retry-timeouts", action="store_true",
                        help="check again the mutants whose cached answer is a timeout or a crash")
    options = parser.parse_args()
    TIMEOUT = options.timeout
    compiler = swiftc()
    version = subprocess.run([compiler, "--version"], capture_output=True, text=True).stdout
    sources, jobs, rows = {}, [], []
    for index, row in enumerate(MUTANTS.read_text().splitlines()):
        program, line, column, original, replacement, mutation = row.split("\t")
        if program not in sources:
            sources[program] = (GOLDEN / (program + ".swift")).read_text()
        source = applied(sources[program], int(line), int(column), original, replacement)
        if source is None:
            sys.exit(f"{program} {line}:{column}: `{original}` is not there: run scripts/update-mutants.py")
        rows.append(row)
        jobs.append((index, program, source))
    with tempfile.TemporaryDirectory() as folder:
        jobs = [(compiler, folder, index, program, source) for index, program, source in jobs]
        cache = load_cache()
        keys = [hashlib.sha256((version + "\0" + job[3] + "\0" + job[4]).encode()).hexdigest() for job in jobs]
        missing = [job for key, job in zip(keys, jobs)
                   if key not in cache or (options.retry_timeouts and unanswered(cache[key]))]
        print(f"{len(jobs) - len(missing)} mutants known from {CACHE.relative_to(ROOT)}, {len(missing)} to check",
              file=sys.stderr)
        with ThreadPoolExecutor(WORKERS) as pool, CACHE.open("a") as store:
            for done, (job, errors) in enumerate(zip(missing, pool.map(check, missing)), start=1):
                key = keys[job[2]]
                cache[key] = errors
                store.write(json.dumps([key, errors]) + "\n")
                store.flush()
                if done % 250 == 0:
                    print(f"{done} of {len(missing)} mutants checked", file=sys.stderr)
        results = [cache[key] for key in keys]
    lines = ["\t".join([row, str(len(errors)), *errors[:MAX_ERRORS]]) for row, errors in zip(rows, results)]
    OUTPUT.write_text("\n".join(lines) + "\n")
    refusing = sum(1 for errors in results if errors)
    print(f"{len(rows)} mutants: swiftc refuses {refusing}, accepts {len(rows) - refusing}; written to "
          f"{OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
