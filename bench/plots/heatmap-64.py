#!/usr/bin/env python3
"""matplotlib twin of heatmap-64.md: the same 64×64 matrix as a magma heat map with a colour bar, saved as SVG.

Usage: heatmap-64.py OUTPUT.svg
"""
import sys

import matplotlib

matplotlib.use("svg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

SIZE = 64

rows, cols = np.meshgrid(np.arange(SIZE), np.arange(SIZE), indexing="ij")
matrix = np.sin(rows / 5) * np.cos(cols / 7)

fig, ax = plt.subplots(figsize=(6.4, 6.0))
image = ax.imshow(matrix, cmap="magma")  # row 0 on top, like nbrun's heatmap
ax.set_title("64×64")
ax.set_xlabel("colonna")
ax.set_ylabel("riga")
fig.colorbar(image, ax=ax, label="valore")
fig.savefig(sys.argv[1] if len(sys.argv) > 1 else "heatmap-64.svg", format="svg")
print(f"cells: {matrix.size}")
