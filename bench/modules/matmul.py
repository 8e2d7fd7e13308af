#!/usr/bin/env python3
"""NumPy twin of `ModulesBench matmul`: median time of an n×n float64 and float32 matrix product."""
import time

import numpy as np


def median_seconds(runs, body):
    body()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        body()
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]


for n in (256, 1024):
    rs = np.random.RandomState(0)
    a = rs.normal(size=(n, n))
    b = rs.normal(size=(n, n))
    runs = 200 if n == 256 else 20
    for dtype in (np.float64, np.float32):
        x, y = a.astype(dtype), b.astype(dtype)
        seconds = median_seconds(runs, lambda: x @ y)
        name = "float64" if dtype == np.float64 else "float32"
        print("matmul %s %4d: %7.3f ms  %6.1f GFLOP/s" % (name, n, seconds * 1e3, 2 * n**3 / seconds / 1e9))
