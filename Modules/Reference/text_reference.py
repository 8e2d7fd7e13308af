#!/usr/bin/env python3
"""Reference values for the TextModels tests, computed with NumPy.

Writes Modules/Reference/json/text.json (inputs and expected outputs side by side), next to the
other modules' reference files.
Run from anywhere:  python3 Modules/Reference/text_reference.py
Every input is written out or drawn from a seeded NumPy generator, so the JSON is reproducible.
"""
import json
import math
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent


def softmax(logits, temperature=1.0):
    z = np.asarray(logits, dtype=np.float64) / temperature
    e = np.exp(z - z.max())
    return e / e.sum()


def filtered(logits, temperature=1.0, top_k=None, top_p=None):
    """Softmax with temperature, then top-k, then top-p, renormalising after each filter."""
    p = softmax(logits, temperature)
    order = sorted(range(len(p)), key=lambda i: (-p[i], i))
    if top_k is not None:
        order = order[:top_k]
    kept = p[order] / p[order].sum()
    if top_p is not None:
        cumulative = np.cumsum(kept)
        size = int(np.searchsorted(cumulative, top_p - 1e-12) + 1)
        order, kept = order[:size], kept[:size] / kept[:size].sum()
    return {"tokens": [int(i) for i in order], "probabilities": [float(x) for x in kept]}


def sign_flip(vectors):
    """Each row flipped so that its entry of largest absolute value is positive."""
    out = []
    for v in vectors:
        out.append(v if v[int(np.argmax(np.abs(v)))] >= 0 else -v)
    return np.array(out)


def pca(rows, components):
    x = np.asarray(rows, dtype=np.float64)
    mean = x.mean(axis=0)
    centred = x - mean
    covariance = centred.T @ centred / (len(x) - 1)
    values, vectors = np.linalg.eigh(covariance)
    order = np.argsort(values)[::-1][:components]
    directions = sign_flip(vectors[:, order].T)
    return {
        "rows": x.tolist(),
        "components": components,
        "mean": mean.tolist(),
        "directions": directions.tolist(),
        "explainedVariance": values[order].tolist(),
        "explainedVarianceRatio": (values[order] / np.trace(covariance)).tolist(),
        "projection": (centred @ directions.T).tolist(),
    }


def bigram_nll(training, text, smoothing):
    """Average negative log-likelihood (nats/char) of a smoothed character bigram model."""
    alphabet = sorted(set(training))
    start = "\x02"
    counts = {}
    previous = start
    for c in training:
        counts.setdefault(previous, {}).setdefault(c, 0)
        counts[previous][c] += 1
        previous = c
    total, previous = 0.0, start
    for c in text:
        row = counts.get(previous, {})
        p = (row.get(c, 0) + smoothing) / (sum(row.values()) + smoothing * len(alphabet))
        total -= math.log(p)
        previous = c
    return total / len(text)


def main():
    rng = np.random.default_rng(2024)
    reference = {}

    # Seed 001: "exp(-131.34) / (exp(-130.11) + exp(-130.92) + exp(-131.34) + ...)", T = 0.8, k = 5,
    # '.' 50.58 %, 'of' 14.78 %. The seed's numbers are logits already divided by the temperature
    # (their ratio exp(1.23) = 3.42 = 50.58 / 14.78). Its figure with the 4th and 5th logits is not
    # in the repository: -131.87 and -132.80 are chosen so that the stated percentages come out;
    # the last three tokens lie outside the top 5 and must be cut by top-k.
    scaled = [-130.11, -130.92, -131.34, -131.87, -132.80, -133.40, -134.05, -135.20]
    raw = [round(s * 0.8, 6) for s in scaled]
    reference["seedExample"] = {"logits": raw, "temperature": 0.8, "topK": 5,
                                **filtered(raw, 0.8, top_k=5)}

    # Seed 001's top-p example: probabilities 55 %, 25 %, 15 % (+ 3 %, 2 %) and p = 0.9 keep three.
    nucleus = [math.log(p) for p in (0.55, 0.25, 0.15, 0.03, 0.02)]
    reference["topPExample"] = {"logits": nucleus, "temperature": 1.0, "topP": 0.9,
                                **filtered(nucleus, 1.0, top_p=0.9)}

    random_logits = rng.normal(0, 2, size=40).tolist()
    reference["softmax"] = {"logits": random_logits, "temperature": 1.3,
                            "probabilities": softmax(random_logits, 1.3).tolist()}
    reference["combined"] = {"logits": random_logits, "temperature": 0.7, "topK": 12, "topP": 0.8,
                             **filtered(random_logits, 0.7, top_k=12, top_p=0.8)}

    pairs = [(rng.normal(size=16), rng.normal(size=16)) for _ in range(4)]
    reference["cosine"] = [{"a": a.tolist(), "b": b.tolist(),
                            "similarity": float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))}
                           for a, b in pairs]

    # A tall data set (covariance path) with correlated columns, and a wide one (Gram path).
    tall = rng.normal(size=(40, 6)) @ rng.normal(size=(6, 6)) + rng.normal(size=6)
    wide = rng.normal(size=(5, 9))
    reference["pcaTall"] = pca(tall, 3)
    reference["pcaWide"] = pca(wide, 2)

    training = "il gatto fa miao e il cane fa bau. la mucca fa muu, la pecora fa bee.\n" * 3
    text = "il cane fa miao e la pecora fa muu."
    reference["bigram"] = {"training": training, "text": text, "smoothing": 0.5,
                           "averageNegativeLogLikelihood": bigram_nll(training, text, 0.5)}

    target = HERE / "json" / "text.json"
    target.parent.mkdir(exist_ok=True)
    target.write_text(json.dumps(reference, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
