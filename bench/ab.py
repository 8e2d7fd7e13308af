#!/usr/bin/env python3
"""Interleaved A/B of two nbrun release binaries on the `lang` cases, with CPython in the same run.

Each round runs, for every case, the old binary, the new binary and the Python twin, one after the other, and
records CPU time (user + sys of the child, from getrusage), which a busy machine inflates far less than wall time.
Medians over the rounds; ratios are start-up corrected as in `run.sh lang` (`empty.md` for nbrun, `python3 -c pass`
for CPython). This is how to tell whether a change moved a case: ratios read from RESULTS.md on another day, or on
a differently loaded machine, are not a comparison.

    python3 bench/ab.py --old /path/to/nbrun-before --new .build-release/release/nbrun --rounds 9 fib particles

(With no case named, every case runs: both binaries must run them all.)
"""
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
LANG = os.path.join(HERE, "lang")


def cpu_seconds(command):
    """CPU time (user + sys) of one run of `command`, which must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def medians(case, binaries, rounds, python, out):
    """Median CPU seconds of each binary and of CPython on `case`, interleaved round by round."""
    times = {name: [] for name in list(binaries) + ["python"]}
    for _ in range(rounds):
        for name, binary in binaries.items():
            page = os.path.join(out, f"{case}-{name}.html")
            times[name].append(cpu_seconds([binary, "--no-cache", os.path.join(LANG, f"{case}.md"), "-o", page]))
        script = ["-c", "pass"] if case == "empty" else [os.path.join(LANG, f"{case}.py")]
        times["python"].append(cpu_seconds([python] + script))
    return {name: statistics.median(values) for name, values in times.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", required=True, help="the nbrun binary before the change")
    parser.add_argument("--new", required=True, help="the nbrun binary after the change")
    parser.add_argument("--rounds", type=int, default=9)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("cases", nargs="*", help="bench/lang case names (default: all)")
    args = parser.parse_args()
    cases = args.cases or sorted(name[:-3] for name in os.listdir(LANG) if name.endswith(".md") and name != "empty.md")
    binaries = {"old": args.old, "new": args.new}
    with tempfile.TemporaryDirectory() as out:
        base = medians("empty", binaries, args.rounds, args.python, out)
        print(f"start-up CPU ms: old {1000 * base['old']:.1f}, new {1000 * base['new']:.1f}, "
              f"CPython {1000 * base['python']:.1f}")
        print(f"{'case':<10} {'CPython':>9} {'old':>9} {'new':>9}  ratio old  ratio new  new/old")
        for case in cases:
            m = medians(case, binaries, args.rounds, args.python, out)
            python = m["python"] - base["python"]
            old, new = m["old"] - base["old"], m["new"] - base["new"]
            print(f"{case:<10} {1000 * m['python']:>7.1f}ms {1000 * m['old']:>7.1f}ms {1000 * m['new']:>7.1f}ms"
                  f"  {old / python:>9.2f}  {new / python:>9.2f}  {new / old:>7.3f}")


if __name__ == "__main__":
    main()
