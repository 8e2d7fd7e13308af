#!/usr/bin/env python3
"""PyTorch twin of `ModulesBench gptstep`: the median time of one GPT training step on the CPU.

A minimal nanoGPT-style decoder with the configuration of the Swift `GPT` (Modules/Sources/Transformer):
character vocabulary of the course corpus (Modules/Reference/corpus/italiano.txt), 2 pre-norm blocks, 4 heads,
d 64, context 64, learned positional embeddings, biases everywhere, GELU feed-forward of 4·d, untied output
head, no dropout; a step samples 16 random windows, runs forward, cross-entropy, backward and one Adam update
(lr 3e-3), as `GPTTrainer.train(tokens:steps:batchSize:)` does. Two threads (the machine has 2 cores).

Usage: gpt_step.py [--dtype float64|float32] [--warmup N] [--steps N]
Prints one line per dtype: "gpt step torch DTYPE (…): X ms" (the median of the timed steps).
"""
import argparse
import math
import time
from pathlib import Path

import torch
import torch.nn as nn
import torch.nn.functional as F

CORPUS = Path(__file__).resolve().parents[2] / "Modules" / "Reference" / "corpus" / "italiano.txt"
LAYERS, HEADS, DIMENSION, CONTEXT, BATCH, LEARNING_RATE = 2, 4, 64, 64, 16, 3e-3


class CausalSelfAttention(nn.Module):
    def __init__(self, dimension, heads):
        super().__init__()
        self.heads = heads
        self.qkv = nn.Linear(dimension, 3 * dimension)
        self.proj = nn.Linear(dimension, dimension)

    def forward(self, x):  # (B, T, C)
        b, t, c = x.shape
        q, k, v = self.qkv(x).split(c, dim=2)                          # 3 × (B, T, C)
        q = q.view(b, t, self.heads, c // self.heads).transpose(1, 2)  # (B, H, T, hs)
        k = k.view(b, t, self.heads, c // self.heads).transpose(1, 2)  # (B, H, T, hs)
        v = v.view(b, t, self.heads, c // self.heads).transpose(1, 2)  # (B, H, T, hs)
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True)   # (B, H, T, hs)
        return self.proj(y.transpose(1, 2).contiguous().view(b, t, c))  # (B, T, C)


class Block(nn.Module):
    def __init__(self, dimension, heads):
        super().__init__()
        self.ln1 = nn.LayerNorm(dimension)
        self.attention = CausalSelfAttention(dimension, heads)
        self.ln2 = nn.LayerNorm(dimension)
        self.mlp = nn.Sequential(nn.Linear(dimension, 4 * dimension), nn.GELU(), nn.Linear(4 * dimension, dimension))

    def forward(self, x):  # (B, T, C)
        x = x + self.attention(self.ln1(x))
        return x + self.mlp(self.ln2(x))


class GPT(nn.Module):
    def __init__(self, vocabulary):
        super().__init__()
        self.token = nn.Embedding(vocabulary, DIMENSION)
        self.position = nn.Embedding(CONTEXT, DIMENSION)
        self.blocks = nn.ModuleList(Block(DIMENSION, HEADS) for _ in range(LAYERS))
        self.norm = nn.LayerNorm(DIMENSION)
        self.head = nn.Linear(DIMENSION, vocabulary)
        for embedding in (self.token, self.position):
            nn.init.normal_(embedding.weight, std=0.02)
        nn.init.normal_(self.head.weight, std=0.02)  # GPT-2's, as the Swift GPT's head
        nn.init.zeros_(self.head.bias)

    def forward(self, idx, targets):  # idx, targets: (B, T)
        t = idx.shape[1]
        x = self.token(idx) + self.position(torch.arange(t))  # (B, T, C)
        for block in self.blocks:
            x = block(x)                                        # (B, T, C)
        logits = self.head(self.norm(x))                        # (B, T, V)
        return F.cross_entropy(logits.view(-1, logits.shape[-1]), targets.view(-1))


def median_step_ms(dtype, data, vocabulary, warmup, steps):
    torch.manual_seed(0)
    model = GPT(vocabulary).to(dtype)
    optimizer = torch.optim.Adam(model.parameters(), lr=LEARNING_RATE)
    generator = torch.Generator().manual_seed(0)

    def step():
        starts = torch.randint(len(data) - CONTEXT, (BATCH,), generator=generator)
        x = torch.stack([data[s:s + CONTEXT] for s in starts])          # (B, T)
        y = torch.stack([data[s + 1:s + 1 + CONTEXT] for s in starts])  # (B, T)
        loss = model(x, y)
        optimizer.zero_grad(set_to_none=True)
        loss.backward()
        optimizer.step()
        return loss.item()

    first = step()
    for _ in range(warmup - 1):
        step()
    times, last = [], first
    for _ in range(steps):
        start = time.perf_counter()
        last = step()
        times.append(time.perf_counter() - start)
    parameters = sum(p.numel() for p in model.parameters())
    return sorted(times)[len(times) // 2] * 1e3, parameters, first, last


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dtype", choices=("float64", "float32"), action="append")
    parser.add_argument("--warmup", type=int, default=5)
    parser.add_argument("--steps", type=int, default=20)
    args = parser.parse_args()
    torch.set_num_threads(2)
    text = CORPUS.read_text(encoding="utf-8")
    characters = sorted(set(text))
    index = {ch: i for i, ch in enumerate(characters)}
    data = torch.tensor([index[ch] for ch in text], dtype=torch.long)
    for name in args.dtype or ["float64", "float32"]:
        ms, parameters, first, last = median_step_ms(getattr(torch, name), data, len(characters),
                                                     max(args.warmup, 1), args.steps)
        print(f"gpt step torch {name} (2 layers, 4 heads, d=64, T=64, B=16, V={len(characters)}, "
              f"{parameters} params): {ms:7.1f} ms  (loss {first:.3f} -> {last:.3f}, torch {torch.__version__}, "
              f"{torch.get_num_threads()} threads)")


if __name__ == "__main__":
    main()
