#!/usr/bin/env python3
"""Turns the lines printed by `ModulesBench` and its NumPy/PyTorch twins into TSV rows for bench/RESULTS.md.

Usage: parse_output.py ID REPEAT < program-output
Writes one row per recognised line: ID, REPEAT, key, value, unit. Keys: matmul-float64-256 (GFLOP/s), …, mlp (ms), user-mlp (ms: the user-written MLP loop, nbrun cell or PyTorch eager);
for ModulesBench gptstep: gptstep (ms, the fused engine in float64, the trainer's default), gptstep-float32 (ms, the
fused engine in float32), gptstep-autograd (ms, the Tensor autograd tape in float64); for the PyTorch twin:
gptstep-float64 / gptstep-float32 (ms). Exits 1 when no line was recognised.
Standard library only: it runs with the machine's python3.
"""
import re
import sys

PATTERNS = (
    # matmul float64  256:   0.566 ms    59.3 GFLOP/s
    (re.compile(r"^matmul (float\d+)\s+(\d+):\s+[\d.]+ ms\s+([\d.]+) GFLOP/s"),
     lambda m: (f"matmul-{m[1]}-{m[2]}", m[3], "GFLOP/s")),
    # mlp 2-16-16-1 moons400 150 epochs batch 32:    84.5 ms  (0.6 ms/epoch, accuracy 0.973)
    (re.compile(r"^mlp .*?:\s+([\d.]+) ms\s+\(.*accuracy ([\d.]+)\)"),
     lambda m: ("mlp", m[1], "ms")),
    # user mlp torch eager 2-16-16-1 moons400 500 full-batch Adam steps:  1234.5 ms  (loss …, accuracy …)
    # user mlp nbrun cell 2-16-16-1 moons400 500 full-batch Adam steps:  1234.5 ms  (loss …, accuracy …)
    (re.compile(r"^user mlp .*?:\s+([\d.]+) ms"),
     lambda m: ("user-mlp", m[1], "ms")),
    # gpt step torch float64 (2 layers, …): 22.6 ms  (loss …)
    (re.compile(r"^gpt step torch (float\d+) \(.*\):\s+([\d.]+) ms"),
     lambda m: (f"gptstep-{m[1]}", m[2], "ms")),
    # gpt step fused float64 (2 layers, 4 heads, d=64, T=64, B=16, V=98, 116834 params):    9.87 ms
    # gpt step fused float32 (…):    4.65 ms
    (re.compile(r"^gpt step fused (float\d+) \(.*\):\s+([\d.]+) ms"),
     lambda m: ("gptstep" if m[1] == "float64" else f"gptstep-{m[1]}", m[2], "ms")),
    # gpt step autograd float64 (…):   34.39 ms
    (re.compile(r"^gpt step autograd float64 \(.*\):\s+([\d.]+) ms"),
     lambda m: ("gptstep-autograd", m[1], "ms")),
    # gpt step (2 layers, 4 heads, d=64, T=64, B=16, V=98, 116834 params):    64.1 ms  (before the fused engine)
    (re.compile(r"^gpt step \(.*\):\s+([\d.]+) ms"),
     lambda m: ("gptstep", m[1], "ms")),
)


def main():
    ident, repeat = sys.argv[1], sys.argv[2]
    found = 0
    for line in sys.stdin:
        for pattern, fields in PATTERNS:
            match = pattern.match(line.strip())
            if match:
                key, value, unit = fields(match)
                print(f"{ident}\t{repeat}\t{key}\t{value}\t{unit}")
                found += 1
                break
    return 0 if found else 1


if __name__ == "__main__":
    sys.exit(main())
