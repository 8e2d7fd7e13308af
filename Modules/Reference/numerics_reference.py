#!/usr/bin/env python3
"""Reference values for the modules' numerics (issue 14, item 4), computed with NumPy and PyTorch.

Writes Modules/Reference/json/numerics.json. Needs NumPy and PyTorch (any 2.x on the CPU; bench/.venv has both:
`bench/.venv/bin/python Modules/Reference/numerics_reference.py`). Deterministic: every input is written out or
drawn from a seeded NumPy legacy generator (`RandomState`), whose stream the Swift `Random` reproduces, so the
tests regenerate the large inputs instead of reading them.

- sums: `np.sum`/`np.mean` (pairwise summation along contiguous rows, row by row along other axes);
- softmax and sampling with -inf logits (masked tokens), as `torch.softmax` computes them;
- `RandomState.choice` with elements, with and without replacement, with and without weights;
- a GPT's loss at initialisation against ln V with the Swift GPT's output projection (N(0, (0.06/√C)²), zero bias:
  initial logits with a standard deviation of 0.06 whatever the width C), with GPT-2's fixed N(0, 0.02²) and with
  `nn.Linear`'s default, on the model of bench/modules/gpt_step.py, over the last characters of the corpus.
"""
import functools
import json
import math
import operator
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus" / "italiano.txt"
HEAD_LOGIT_STD = 0.06  # GPT.headLogitStandardDeviation: the head's weights are N(0, (0.06/√C)²)
HELD_OUT = 3072  # the last characters of the corpus, 48 windows of 64, read as held-out text


def sums():
    out = {"constant": {"value": 0.1, "count": 100000, "sum": float(np.full(100000, 0.1).sum()),
                        "mean": float(np.full(100000, 0.1).mean()),
                        "leftToRight": functools.reduce(operator.add, [0.1] * 100000)}}
    # 1-D normal draws of RandomState(n).normal(size=n): below, at and around the block sizes of the recursion.
    out["vectors"] = []
    for n in (1, 7, 8, 9, 16, 127, 128, 129, 255, 1000, 4097, 100003):
        x = np.random.RandomState(n).normal(size=n)
        out["vectors"].append({"seed": n, "count": n, "sum": float(x.sum()), "mean": float(x.mean())})
    # Matrices from RandomState(5).normal(size=shape): per-axis sums and means.
    x = np.random.RandomState(5).normal(size=(37, 300))
    out["matrix"] = {"seed": 5, "shape": [37, 300], "sum": float(x.sum()), "mean": float(x.mean()),
                     "sumAxis1": x.sum(axis=1).tolist(), "sumAxis0": x.sum(axis=0).tolist(),
                     "meanAxis1": x.mean(axis=1).tolist(), "meanAxis0": x.mean(axis=0).tolist()}
    x = np.random.RandomState(6).normal(size=(4, 130, 3))
    out["cube"] = {"seed": 6, "shape": [4, 130, 3], "sum": float(x.sum()),
                   "sumAxis1": x.sum(axis=1).ravel().tolist(), "sumAxis2": x.sum(axis=2).ravel().tolist()}
    return out


def filtered(logits, temperature, top_k=None, top_p=None):
    """TokenDistribution's rule on torch: softmax (masked tokens get 0 and are never kept), top-k, top-p."""
    z = torch.tensor(logits, dtype=torch.float64)
    p = torch.softmax(z / temperature, dim=0)
    order = sorted((i for i in range(len(logits)) if logits[i] != -math.inf), key=lambda i: (-p[i].item(), i))
    if top_k is not None:
        order = order[:top_k]
    kept = p[order] / p[order].sum()
    if top_p is not None:
        cumulative = torch.cumsum(kept, dim=0)
        size = int(torch.searchsorted(cumulative, torch.tensor([top_p - 1e-12], dtype=torch.float64))[0]) + 1
        order, kept = order[:size], kept[:size] / kept[:size].sum()
    return {"tokens": order, "probabilities": kept.tolist()}


def masking():
    logits = [2.0, -math.inf, 0.5, -math.inf, -1.0, 3.0, 1.25, -math.inf]
    encoded = [x if math.isfinite(x) else "-inf" for x in logits]  # JSON has no infinity
    out = {"logits": encoded, "softmax": {}}
    for temperature in (1.0, 0.7, 2.5):
        z = torch.tensor(logits, dtype=torch.float64) / temperature
        out["softmax"][str(temperature)] = torch.softmax(z, dim=0).tolist()
    out["distributions"] = [
        {"temperature": 1.0, **filtered(logits, 1.0)},
        {"temperature": 0.8, "topK": 3, **filtered(logits, 0.8, top_k=3)},
        {"temperature": 1.0, "topK": 7, **filtered(logits, 1.0, top_k=7)},
        {"temperature": 1.3, "topP": 0.9, **filtered(logits, 1.3, top_p=0.9)},
        {"temperature": 1.0, "topK": 4, "topP": 0.75, **filtered(logits, 1.0, top_k=4, top_p=0.75)},
    ]
    return out


def choices():
    words = ["gatto", "cane", "mucca", "pecora", "cavallo", "gallina", "topo"]
    skewed = [0.5, 0.2, 0.1, 0.08, 0.07, 0.03, 0.02]
    cases = []
    for seed, count, replace, p in ((3, 12, True, None), (3, 5, False, None), (4, 20, True, skewed),
                                     (4, 6, False, skewed), (9, 7, False, skewed), (10, 3, False, None),
                                     (11, 0, False, skewed)):
        picked = np.random.RandomState(seed).choice(words, count, replace=replace, p=p)
        cases.append({"seed": seed, "count": count, "replace": replace, "weights": p,
                      "chosen": [str(w) for w in picked]})
    # After a choice the stream continues where NumPy's does.
    rs = np.random.RandomState(12)
    first = rs.choice(words, 4, replace=False, p=skewed)
    cases.append({"seed": 12, "count": 4, "replace": False, "weights": skewed,
                  "chosen": [str(w) for w in first], "next": float(rs.random_sample())})
    return {"elements": words, "cases": cases}


class Block(nn.Module):
    """bench/modules/gpt_step.py's pre-norm block (attention written out: the same arithmetic, no SDPA)."""

    def __init__(self, dimension, heads):
        super().__init__()
        self.heads = heads
        self.ln1, self.ln2 = nn.LayerNorm(dimension), nn.LayerNorm(dimension)
        self.qkv, self.proj = nn.Linear(dimension, 3 * dimension), nn.Linear(dimension, dimension)
        self.mlp = nn.Sequential(nn.Linear(dimension, 4 * dimension), nn.GELU(), nn.Linear(4 * dimension, dimension))

    def forward(self, x):  # (B, T, C)
        b, t, c = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(c, dim=2)
        q, k, v = (m.view(b, t, self.heads, c // self.heads).transpose(1, 2) for m in (q, k, v))  # (B, H, T, hs)
        y = F.scaled_dot_product_attention(q, k, v, is_causal=True).transpose(1, 2).reshape(b, t, c)
        x = x + self.proj(y)
        return x + self.mlp(self.ln2(x))


def initial_losses(head_std, seeds, vocabulary, held_out, dimension=64, context=64, layers=2, heads=4):
    """The loss at initialisation over `held_out`, in consecutive windows of the context (as `GPT.evaluate`)."""
    losses = []
    for seed in seeds:
        torch.manual_seed(seed)
        token, position = nn.Embedding(vocabulary, dimension), nn.Embedding(context, dimension)
        nn.init.normal_(token.weight, std=0.02)
        nn.init.normal_(position.weight, std=0.02)
        blocks = [Block(dimension, heads) for _ in range(layers)]
        norm, head = nn.LayerNorm(dimension), nn.Linear(dimension, vocabulary)
        if head_std is not None:  # otherwise nn.Linear's default
            nn.init.normal_(head.weight, std=head_std)
            nn.init.zeros_(head.bias)
        windows = (len(held_out) - 1) // context
        x = torch.tensor(held_out[:windows * context].reshape(windows, context))
        y = torch.tensor(held_out[1:windows * context + 1].reshape(windows, context))
        with torch.no_grad():
            h = token(x) + position(torch.arange(context))
            for block in blocks:
                h = block(h)
            logits = head(norm(h))
            losses.append(F.cross_entropy(logits.reshape(-1, vocabulary), y.reshape(-1)).item())
    return losses


def gpt_initialisation():
    text = CORPUS.read_text(encoding="utf-8")
    characters = sorted(set(text))
    index = {ch: i for i, ch in enumerate(characters)}
    held_out = np.array([index[ch] for ch in text[-HELD_OUT - 1:]], dtype=np.int64)
    seeds = list(range(16))
    vocabulary = len(characters)
    dimension = 64
    return {"vocabularySize": vocabulary, "lnV": math.log(vocabulary), "seeds": seeds, "heldOutCharacters": HELD_OUT,
            "torch": torch.__version__,
            "dimension": dimension,
            "scaledHead": initial_losses(HEAD_LOGIT_STD / math.sqrt(dimension), seeds, vocabulary, held_out),
            "gpt2Head": initial_losses(0.02, seeds, vocabulary, held_out),
            "linearHead": initial_losses(None, seeds, vocabulary, held_out)}


def main():
    torch.set_num_threads(1)
    reference = {"sums": sums(), "masking": masking(), "choice": choices(), "gptInitialisation": gpt_initialisation()}
    target = HERE / "json" / "numerics.json"
    target.write_text(json.dumps(reference, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
