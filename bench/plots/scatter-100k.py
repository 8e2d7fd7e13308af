#!/usr/bin/env python3
"""matplotlib twin of scatter-100k.md: the same 100 000 seeded points as one scatter series, saved as SVG.

Usage: scatter-100k.py OUTPUT.svg
"""
import sys

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

COUNT = 100_000

np.random.seed(5)  # the stream of nbrun's Random(seed: 5)
x = np.random.normal(0, 1, COUNT)
noise = np.random.normal(0, 0.8, COUNT)
y = 0.6 * x + noise

fig, ax = plt.subplots(figsize=(6.4, 4.2))
ax.scatter(x, y, s=3 ** 2, alpha=0.5)  # s is an area in points²: a 3-point diameter
ax.set_title("100 000 punti")
ax.set_xlabel("x")
ax.set_ylabel("y")
ax.grid(True)
fig.savefig(sys.argv[1] if len(sys.argv) > 1 else "scatter-100k.svg", format="svg")
print(f"points: {len(x)}")
