#!/usr/bin/env python3
"""Generates the JSON reference values the Modules tests compare against.

Run from anywhere: `python3 Modules/Reference/make_reference.py`. Needs only NumPy.
Every section writes one file into `Modules/Reference/json/`; the output is deterministic.
"""
import json
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "json")


def write(name, payload):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".json"), "w") as handle:
        json.dump(payload, handle, indent=1, sort_keys=True)
        handle.write("\n")


def tolist(array):
    return np.asarray(array, dtype=np.float64).ravel().tolist()


# ---------------------------------------------------------------- random streams
def random_streams():
    out = {}
    # Raw 32-bit outputs: randint over the full 32-bit span returns next_uint32 unchanged.
    np.random.seed(42)
    out["raw32_seed42"] = np.random.randint(0, 2**32, 10, dtype=np.int64).tolist()

    np.random.seed(42)
    out["random_sample_seed42"] = np.random.random_sample(20).tolist()

    # The lesson's data set.
    np.random.seed(42)
    x = np.random.uniform(0.2, 10, 40)
    y = 1.0 * x + 0.5 + np.random.normal(0, 0.7, 40)
    out["lesson_x"] = x.tolist()
    out["lesson_y"] = y.tolist()

    np.random.seed(7)
    out["normal_seed7"] = np.random.normal(1.5, 2.0, 25).tolist()

    np.random.seed(123)
    out["randint_seed123_0_10"] = np.random.randint(0, 10, 30).tolist()
    out["randint_seed123_m5_1000"] = np.random.randint(-5, 1000, 30).tolist()
    out["randint_seed123_big"] = np.random.randint(0, 2**40, 10).tolist()

    np.random.seed(5)
    out["permutation_seed5_20"] = np.random.permutation(20).tolist()
    values = list(range(10))
    np.random.shuffle(values)
    out["shuffle_seed5_after"] = values

    np.random.seed(11)
    p = [0.1, 0.2, 0.3, 0.4]
    out["choice_seed11_p"] = np.random.choice(4, 30, p=p).tolist()
    out["choice_seed11_uniform"] = np.random.choice(6, 15).tolist()
    out["choice_seed11_noreplace"] = np.random.choice(10, 5, replace=False).tolist()

    # Interleaved calls stay in lockstep (cached Gaussian survives a uniform draw).
    np.random.seed(2024)
    seq = [np.random.normal(), np.random.uniform(), np.random.normal(), np.random.normal()]
    out["interleaved_seed2024"] = seq
    write("random", out)


# ---------------------------------------------------------------- regression
def regression():
    np.random.seed(42)
    x = np.random.uniform(0.2, 10, 40)
    y = 1.0 * x + 0.5 + np.random.normal(0, 0.7, 40)
    out = {"x": x.tolist(), "y": y.tolist()}
    for degree in (1, 2, 3, 5):
        out["polyfit_%d" % degree] = np.polyfit(x, y, degree).tolist()
    slope, intercept = np.polyfit(x, y, 1)
    pred = slope * x + intercept
    out["mse_line"] = float(np.mean((pred - y) ** 2))
    out["r2_line"] = float(1 - np.sum((y - pred) ** 2) / np.sum((y - y.mean()) ** 2))
    # Plain full-batch gradient descent on MSE, w and b start at 0.
    w, b, lr = 0.0, 0.0, 0.01
    losses = []
    for _ in range(200):
        pred = w * x + b
        losses.append(float(np.mean((pred - y) ** 2)))
        gw = float(np.mean(2 * (pred - y) * x))
        gb = float(np.mean(2 * (pred - y)))
        w -= lr * gw
        b -= lr * gb
    out["gd_losses"] = losses
    out["gd_w"] = w
    out["gd_b"] = b
    write("regression", out)


# ---------------------------------------------------------------- tensors
def softmax(x, axis=-1):
    e = np.exp(x - x.max(axis=axis, keepdims=True))
    return e / e.sum(axis=axis, keepdims=True)


def log_softmax(x, axis=-1):
    shifted = x - x.max(axis=axis, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=axis, keepdims=True))


def layer_norm(x, gamma, beta, eps=1e-5):
    mean = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * gamma + beta


def layer_norm_backward(x, gamma, g, eps=1e-5):
    """Gradients of sum(layer_norm(x) * g) with respect to x, gamma and beta."""
    n = x.shape[-1]
    mean = x.mean(axis=-1, keepdims=True)
    var = x.var(axis=-1, keepdims=True)
    inv = 1.0 / np.sqrt(var + eps)
    xhat = (x - mean) * inv
    dxhat = g * gamma
    dx = inv / n * (n * dxhat - dxhat.sum(axis=-1, keepdims=True) - xhat * (dxhat * xhat).sum(axis=-1, keepdims=True))
    return dx, (g * xhat).reshape(-1, n).sum(axis=0), g.reshape(-1, n).sum(axis=0)


def attention(q, k, v, causal):
    d = q.shape[-1]
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(d)
    if causal:
        t = scores.shape[-1]
        mask = np.triu(np.ones((t, t), dtype=bool), k=1)
        scores = np.where(mask, -np.inf, scores)
    weights = softmax(scores, axis=-1)
    return weights @ v, weights


def tensors():
    rs = np.random.RandomState(0)
    out = {}
    x = rs.normal(0, 2, (3, 5))
    out["x"] = x.tolist()
    out["softmax_last"] = softmax(x, -1).tolist()
    out["softmax_axis0"] = softmax(x, 0).tolist()
    out["log_softmax_last"] = log_softmax(x, -1).tolist()
    out["log_softmax_axis0"] = log_softmax(x, 0).tolist()

    targets = [1, 4, 0]
    logp = log_softmax(x, -1)
    out["ce_targets"] = targets
    out["ce_loss"] = float(-np.mean(logp[np.arange(3), targets]))
    grad = softmax(x, -1)
    grad[np.arange(3), targets] -= 1
    out["ce_grad"] = (grad / 3).tolist()

    a = rs.normal(size=(2, 3, 4))
    b = rs.normal(size=(2, 4, 5))
    out["bmm_a"] = a.tolist()
    out["bmm_b"] = b.tolist()
    out["bmm_c"] = (a @ b).tolist()

    ln_x = rs.normal(1, 3, (4, 6))
    gamma = rs.normal(1, 0.1, 6)
    beta = rs.normal(0, 0.1, 6)
    g = rs.normal(size=(4, 6))
    out["ln_x"] = ln_x.tolist()
    out["ln_gamma"] = gamma.tolist()
    out["ln_beta"] = beta.tolist()
    out["ln_upstream"] = g.tolist()
    out["ln_out"] = layer_norm(ln_x, gamma, beta).tolist()
    dx, dgamma, dbeta = layer_norm_backward(ln_x, gamma, g)
    out["ln_dx"] = dx.tolist()
    out["ln_dgamma"] = dgamma.tolist()
    out["ln_dbeta"] = dbeta.tolist()

    q = rs.normal(size=(2, 4, 8))
    k = rs.normal(size=(2, 4, 8))
    v = rs.normal(size=(2, 4, 8))
    out["att_q"] = q.tolist()
    out["att_k"] = k.tolist()
    out["att_v"] = v.tolist()
    for causal in (False, True):
        o, w = attention(q, k, v, causal)
        tag = "causal" if causal else "full"
        out["att_out_" + tag] = o.tolist()
        out["att_weights_" + tag] = w.tolist()
    write("tensors", out)


# ---------------------------------------------------------------- neural networks
def mlp_forward_backward(params, x, t):
    """2-3-1 MLP, tanh hidden, sigmoid output, mean binary cross-entropy; returns loss and gradients."""
    w1, b1, w2, b2 = params
    h_pre = x @ w1 + b1
    h = np.tanh(h_pre)
    z = h @ w2 + b2
    p = 1 / (1 + np.exp(-z))
    n = x.shape[0]
    loss = -np.mean(t * np.log(p) + (1 - t) * np.log(1 - p))
    dp = (-(t / p) + (1 - t) / (1 - p)) / n
    dz = dp * p * (1 - p)
    dw2 = h.T @ dz
    db2 = dz.sum(axis=0)
    dh = dz @ w2.T
    dh_pre = dh * (1 - h ** 2)
    dw1 = x.T @ dh_pre
    db1 = dh_pre.sum(axis=0)
    return loss, [dw1, db1, dw2, db2]


def networks():
    rs = np.random.RandomState(3)
    x = rs.normal(size=(5, 2))
    t = np.array([[0.0], [1.0], [1.0], [0.0], [1.0]])
    start = [rs.normal(0, 0.5, (2, 3)), rs.normal(0, 0.1, 3), rs.normal(0, 0.5, (3, 1)), rs.normal(0, 0.1, 1)]
    out = {"x": x.tolist(), "t": t.tolist(), "start": [p.ravel().tolist() for p in start]}
    loss, grads = mlp_forward_backward(start, x, t)
    out["loss0"] = float(loss)
    out["grads0"] = [g.ravel().tolist() for g in grads]

    # Two SGD steps with momentum 0.9 (PyTorch convention v = mu*v + g; p -= lr*v).
    params = [p.copy() for p in start]
    velocity = [None] * 4
    for _ in range(2):
        _, grads = mlp_forward_backward(params, x, t)
        for i, g in enumerate(grads):
            velocity[i] = g.copy() if velocity[i] is None else 0.9 * velocity[i] + g
            params[i] = params[i] - 0.5 * velocity[i]
    out["sgd_momentum_after2"] = [p.ravel().tolist() for p in params]

    # Two Adam steps, lr 0.1, PyTorch defaults otherwise.
    params = [p.copy() for p in start]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    for step in (1, 2):
        _, grads = mlp_forward_backward(params, x, t)
        for i, g in enumerate(grads):
            m[i] = 0.9 * m[i] + 0.1 * g
            v[i] = 0.999 * v[i] + 0.001 * g * g
            mhat = m[i] / (1 - 0.9 ** step)
            vhat = v[i] / (1 - 0.999 ** step)
            params[i] = params[i] - 0.1 * mhat / (np.sqrt(vhat) + 1e-8)
    out["adam_after2"] = [p.ravel().tolist() for p in params]
    write("networks", out)


# ---------------------------------------------------------------- transformer
def positional_encoding(length, dim):
    table = np.zeros((length, dim))
    position = np.arange(length)[:, None]
    for i in range(0, dim, 2):
        angle = position[:, 0] / np.power(10000, i / dim)
        table[:, i] = np.sin(angle)
        if i + 1 < dim:
            table[:, i + 1] = np.cos(angle)
    return table


def attention_backward(q, k, v, causal, g):
    """Gradients of sum(attention(q, k, v) * g) with respect to q, k and v."""
    d = q.shape[-1]
    out, w = attention(q, k, v, causal)
    dv = np.swapaxes(w, -1, -2) @ g
    dw = g @ np.swapaxes(v, -1, -2)
    ds = w * (dw - (dw * w).sum(axis=-1, keepdims=True))
    dq = ds @ k / np.sqrt(d)
    dk = np.swapaxes(ds, -1, -2) @ q / np.sqrt(d)
    return dq, dk, dv


def transformer():
    rs = np.random.RandomState(9)
    out = {"pe_10_16": positional_encoding(10, 16).tolist(), "pe_5_7": positional_encoding(5, 7).tolist()}
    q = rs.normal(size=(1, 2, 5, 4))
    k = rs.normal(size=(1, 2, 5, 4))
    v = rs.normal(size=(1, 2, 5, 4))
    g = rs.normal(size=(1, 2, 5, 4))
    out.update({"q": q.tolist(), "k": k.tolist(), "v": v.tolist(), "upstream": g.tolist()})
    o, w = attention(q, k, v, True)
    dq, dk, dv = attention_backward(q, k, v, True, g)
    out.update({"out": o.tolist(), "weights": w.tolist(), "dq": dq.tolist(), "dk": dk.tolist(), "dv": dv.tolist()})

    # Multi-head self-attention forward: x (B=2, T=3, C=4), 2 heads, fused QKV projection, causal.
    x = rs.normal(size=(2, 3, 4))
    w_in = rs.normal(0, 0.5, (4, 12))
    b_in = rs.normal(0, 0.1, 12)
    w_out = rs.normal(0, 0.5, (4, 4))
    b_out = rs.normal(0, 0.1, 4)
    qkv = x @ w_in + b_in
    heads = lambda part: qkv[..., part * 4:(part + 1) * 4].reshape(2, 3, 2, 2).transpose(0, 2, 1, 3)
    o, w = attention(heads(0), heads(1), heads(2), True)
    merged = o.transpose(0, 2, 1, 3).reshape(2, 3, 4)
    out.update({
        "mha_x": x.tolist(), "mha_w_in": w_in.tolist(), "mha_b_in": b_in.tolist(),
        "mha_w_out": w_out.tolist(), "mha_b_out": b_out.tolist(),
        "mha_out": (merged @ w_out + b_out).tolist(), "mha_weights": w.tolist(),
    })
    # Decoding arithmetic on one vector of logits.
    logits = np.array([2.0, 1.0, 0.5, 0.1, -1.0])
    probs = softmax(logits / 0.7)
    order = np.argsort(-probs, kind="stable")
    top_k = np.zeros_like(probs)
    top_k[order[:2]] = probs[order[:2]]
    cumulative = np.cumsum(probs[order])
    keep = order[: int(np.searchsorted(cumulative, 0.8) + 1)]
    top_p = np.zeros_like(probs)
    top_p[keep] = probs[keep]
    out.update({
        "sampling_logits": logits.tolist(), "sampling_t07": probs.tolist(),
        "sampling_topk2": (top_k / top_k.sum()).tolist(), "sampling_topp08": (top_p / top_p.sum()).tolist(),
    })
    write("transformer", out)


if __name__ == "__main__":
    random_streams()
    regression()
    tensors()
    networks()
    transformer()
