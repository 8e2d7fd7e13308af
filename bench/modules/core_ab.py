#!/usr/bin/env python3
"""Interleaved A/B of OpenBLAS cores for the modules' kernels: which core should nbrun pick on this CPU?

Usage: core_ab.py MODULESBENCH [ROUNDS] [CORE ...]   (run with bench/.venv/bin/python on a quiet machine)

Each round runs `MODULESBENCH matmul` and `MODULESBENCH gptstep` once per core (OPENBLAS_CORETYPE set to it; "default"
leaves the choice to OpenBLAS and nbrun's loader), then NumPy's twin bench/modules/matmul.py, in an order that rotates
every round. Prints, per core, the median over rounds of each program's own median: GFLOP/s for the products (n = 256,
1024; float64, float32) and ms for the fused GPT step, with NumPy's products alongside for scale.
"""
import os
import re
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def run(command, core):
    env = dict(os.environ)
    env.pop("OPENBLAS_CORETYPE", None)
    if core != "default":
        env["OPENBLAS_CORETYPE"] = core
    return subprocess.run(command, env=env, capture_output=True, text=True, check=True).stdout


def products(text):
    found = {}
    for precision, n, gflops in re.findall(r"matmul (float\d+)\s+(\d+):.*?([\d.]+) GFLOP/s", text):
        found[f"{precision} {n}"] = float(gflops)
    return found


def gpt(text):
    return {f"gpt {p} ms": float(ms) for p, ms in re.findall(r"gpt step fused (float\d+) .*?:\s+([\d.]+) ms", text)}


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    bench = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    cores = sys.argv[3:] or ["default", "Haswell", "SkylakeX"]
    samples = {core: {} for core in cores + ["numpy"]}
    programs = [(core, "swift") for core in cores] + [("numpy", "numpy")]
    for index in range(rounds):
        order = programs[index % len(programs):] + programs[:index % len(programs)]
        for core, kind in order:
            if kind == "numpy":
                values = products(run([sys.executable, str(HERE / "matmul.py")], "default"))
            else:
                values = products(run([bench, "matmul"], core)) | gpt(run([bench, "gptstep"], core))
            for key, value in values.items():
                samples[core].setdefault(key, []).append(value)
        print(f"round {index + 1} of {rounds} done", file=sys.stderr)
    keys = sorted({key for values in samples.values() for key in values})
    print("core".ljust(10) + "".join(key.rjust(16) for key in keys))
    for core, values in samples.items():
        print(core.ljust(10) + "".join(
            (f"{statistics.median(values[key]):.1f}" if key in values else "-").rjust(16) for key in keys))


if __name__ == "__main__":
    main()
