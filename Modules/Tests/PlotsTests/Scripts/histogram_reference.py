#!/usr/bin/env python3
"""Reference histogram counts and densities for HistogramTests (numpy.histogram, same data as the Swift test)."""
import math

import numpy as np

values = [math.sin(i * 0.7) * 3 + i * 0.01 for i in range(200)]
counts, edges = np.histogram(values, bins=12)
density, _ = np.histogram(values, bins=12, density=True)
print("counts:", [int(c) for c in counts])
print("edges:", [float(f"{e:.12g}") for e in edges])
print("density:", [float(f"{d:.12g}") for d in density])
