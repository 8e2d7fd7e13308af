#!/usr/bin/env python3
"""NumPy twin of `ModulesBench mlp`: a 2-16-16-1 tanh/sigmoid MLP trained with Adam (lr 0.01) and binary
cross-entropy on 400 two-moons points (noise 0.2), 150 epochs of shuffled mini-batches of 32, hand-written
backward pass — the same arithmetic as the Swift Sequential.fit."""
import time

import numpy as np


def moons(n, noise, rs):
    outer, inner = n // 2, n - n // 2
    t_out = np.linspace(0, np.pi, outer)
    t_in = np.linspace(0, np.pi, inner)
    x = np.concatenate([np.stack([np.cos(t_out), np.sin(t_out)], 1),
                        np.stack([1 - np.cos(t_in), 1 - np.sin(t_in) - 0.5], 1)])
    y = np.concatenate([np.zeros(outer), np.ones(inner)])
    x = x + rs.normal(0, noise, x.shape)
    order = rs.permutation(n)
    return x[order], y[order].reshape(-1, 1)


def train(x, y):
    rs = np.random.RandomState(1)
    sizes = [2, 16, 16, 1]
    params = []
    for fan_in, fan_out in zip(sizes, sizes[1:]):
        bound = 1 / np.sqrt(fan_in)
        params += [rs.uniform(-bound, bound, (fan_in, fan_out)), rs.uniform(-bound, bound, fan_out)]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    order_rs = np.random.RandomState(2)
    step = 0
    for _ in range(150):
        order = order_rs.permutation(len(x))
        for start in range(0, len(x), 32):
            idx = order[start:start + 32]
            xb, yb = x[idx], y[idx]
            w1, b1, w2, b2, w3, b3 = params
            h1 = np.tanh(xb @ w1 + b1)
            h2 = np.tanh(h1 @ w2 + b2)
            p = 1 / (1 + np.exp(-(h2 @ w3 + b3)))
            p = np.clip(p, 1e-7, 1 - 1e-7)
            dz = (p - yb) / len(xb)
            d3w, d3b = h2.T @ dz, dz.sum(0)
            dh2 = (dz @ w3.T) * (1 - h2 ** 2)
            d2w, d2b = h1.T @ dh2, dh2.sum(0)
            dh1 = (dh2 @ w2.T) * (1 - h1 ** 2)
            d1w, d1b = xb.T @ dh1, dh1.sum(0)
            step += 1
            for i, g in enumerate([d1w, d1b, d2w, d2b, d3w, d3b]):
                m[i] = 0.9 * m[i] + 0.1 * g
                v[i] = 0.999 * v[i] + 0.001 * g * g
                params[i] -= 0.01 * (m[i] / (1 - 0.9 ** step)) / (np.sqrt(v[i] / (1 - 0.999 ** step)) + 1e-8)
    w1, b1, w2, b2, w3, b3 = params
    p = 1 / (1 + np.exp(-(np.tanh(np.tanh(x @ w1 + b1) @ w2 + b2) @ w3 + b3)))
    return float(np.mean((p >= 0.5) == (y == 1)))


x, y = moons(400, 0.2, np.random.RandomState(0))
train(x, y)
times, accuracy = [], 0
for _ in range(5):
    start = time.perf_counter()
    accuracy = train(x, y)
    times.append(time.perf_counter() - start)
seconds = sorted(times)[2]
print("mlp 2-16-16-1 moons400 150 epochs batch 32: %7.1f ms  (%.1f ms/epoch, accuracy %.3f)"
      % (seconds * 1e3, seconds * 1e3 / 150, accuracy))
