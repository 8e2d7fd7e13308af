#!/usr/bin/env python3
"""PyTorch-eager twin of the nbrun cell in user_mlp.md: a 2-16-16-1 MLP written by the user with tensor operators
(tanh hidden layers, sigmoid output, binary cross-entropy) trained with `torch.optim.Adam` (lr 0.01) for 500
full-batch steps on 400 two-moons points (noise 0.2) — the loop a teacher writes in a lesson, float64 like the
cell. Prints the median of 5 trainings after a warm-up, timed in-process (imports and data left out), as
`user mlp torch eager …: X ms`. `torch.set_num_threads(2)`, as gpt_step.py."""
import time

import numpy as np
import torch

torch.set_num_threads(2)
torch.set_default_dtype(torch.float64)


def moons(n, noise, rs):
    """The cell's `twoMoons(count: n, noise:, seed:)`: the same points, noise stream and shuffle (ToyDatasets)."""
    outer, inner = n // 2, n - n // 2
    t_out, t_in = np.pi * np.arange(outer) / (outer - 1), np.pi * np.arange(inner) / (inner - 1)
    x = np.concatenate([np.stack([np.cos(t_out), np.sin(t_out)], 1),
                        np.stack([1 - np.cos(t_in), 1 - np.sin(t_in) - 0.5], 1)])
    y = np.concatenate([np.zeros(outer), np.ones(inner)])
    x = x + rs.normal(0, noise, x.shape)
    order = rs.permutation(n)
    return torch.tensor(x[order]), torch.tensor(y[order]).reshape(-1, 1)


def train(x, y, steps=500):
    rs = np.random.RandomState(1)
    params = []
    for fan_in, fan_out in ((2, 16), (16, 16), (16, 1)):
        bound = 1 / np.sqrt(fan_in)
        params.append(torch.tensor(rs.uniform(-bound, bound, (fan_in, fan_out)), requires_grad=True))
        params.append(torch.tensor(rs.uniform(-bound, bound, fan_out), requires_grad=True))
    w1, b1, w2, b2, w3, b3 = params
    opt = torch.optim.Adam(params, lr=0.01)
    loss = None
    for _ in range(steps):
        opt.zero_grad()
        h1 = torch.tanh(x @ w1 + b1)
        h2 = torch.tanh(h1 @ w2 + b2)
        p = torch.sigmoid(h2 @ w3 + b3).clamp(1e-7, 1 - 1e-7)
        loss = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
        loss.backward()
        opt.step()
    with torch.no_grad():
        logits = torch.tanh(torch.tanh(x @ w1 + b1) @ w2 + b2) @ w3 + b3
        accuracy = ((logits >= 0).double() == y).double().mean().item()
    return loss.item(), accuracy


x, y = moons(400, 0.2, np.random.RandomState(0))
train(x, y)
times = []
for _ in range(5):
    start = time.perf_counter()
    loss, accuracy = train(x, y)
    times.append(time.perf_counter() - start)
seconds = sorted(times)[2]
print("user mlp torch eager 2-16-16-1 moons400 500 full-batch Adam steps: %7.1f ms  (loss %.4f, accuracy %.3f)"
      % (seconds * 1e3, loss, accuracy))
