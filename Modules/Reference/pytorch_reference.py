#!/usr/bin/env python3
"""Reference values for tensors in cells, your own layers and optimizers (issue 14, items 2, 3 and 6).

Writes Modules/Reference/json/pytorch.json. Needs NumPy and PyTorch 2.x on the CPU (bench/.venv has both:
`bench/.venv/bin/python Modules/Reference/pytorch_reference.py`). Deterministic: inputs come from seeded NumPy
`RandomState`s and are written out with the results, so the Swift tests read the very same numbers.

Every case computes a forward value `y` and the gradients of `sum(y * W)` with respect to each input, where
W[i] = 0.4 * ((7 i) mod 11) - 1.5 over y's flattened elements (the weights `GradientCheck` uses), all in float64.

Layouts: a Swift `Dense`/`Linear` weight is (inputs, outputs), the transpose of `nn.Linear.weight`; the JSON
stores weights in the Swift layout, and this script transposes them for torch where it uses torch's modules.
"""
import json
import math
from pathlib import Path

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = Path(__file__).resolve().parent
torch.set_default_dtype(torch.float64)


def weights_like(y):
    n = y.numel()
    return torch.tensor([0.4 * ((i * 7) % 11) - 1.5 for i in range(n)]).reshape(y.shape)


def values(shape, seed, low=-2.0, high=2.0, step=None):
    x = np.random.RandomState(seed).uniform(low, high, size=shape)
    if step is not None:  # rounded to a grid, so comparisons and maximum meet ties
        x = np.round(x / step) * step
    return x


def case(function, inputs, differentiable=True):
    """Runs `function` on leaf tensors made from `inputs`; returns inputs, output and input gradients."""
    leaves = [torch.tensor(x, requires_grad=differentiable) for x in inputs]
    y = function(*leaves)
    out = {"inputs": [x.tolist() for x in inputs], "output": y.detach().tolist()}
    if differentiable:
        (y * weights_like(y)).sum().backward()
        out["grads"] = [leaf.grad.tolist() if leaf.grad is not None else torch.zeros_like(leaf).tolist()
                        for leaf in leaves]
    return out


def compound(x, y, column, positive):
    """`+= -= *= /=` in place, with a tensor (broadcast) and with a number, as a cell writes them."""
    z = x.clone()
    z += y
    z *= column
    z -= 0.5
    z /= positive
    z *= 3.0
    z += column
    z /= 4.0
    z -= y
    return z


def operators():
    a = values((3, 4), 1)
    b = values((4,), 2)
    column = values((3, 1), 3)
    positive = values((4,), 4, 0.5, 2.0)
    ties_a = values((3, 4), 5, step=0.5)
    ties_b = values((3, 4), 6, step=0.5)
    mask = (values((3, 4), 7) > 0).astype(np.float64)
    cube = values((2, 3, 4), 8)
    return {
        "add": case(lambda x, y: x + y, [a, b]),
        "subtract": case(lambda x, y: x - y, [a, column]),
        "multiply": case(lambda x, y: x * y, [a, column]),
        "divide": case(lambda x, y: x / y, [a, positive]),
        "scalarLeft": case(lambda x: 2.5 * x - 1.5, [a]),
        "scalarDivide": case(lambda x: 3.0 / x + x / 4.0, [positive]),
        "negate": case(lambda x: -x, [a]),
        "less": case(lambda x, y: (x < y).double(), [ties_a, ties_b], differentiable=False),
        "greaterEqualScalar": case(lambda x: (x >= 0.5).double(), [ties_a], differentiable=False),
        "equal": case(lambda x, y: (x == y).double(), [ties_a, ties_b], differentiable=False),
        "lessEqual": case(lambda x, y: (x <= y).double(), [ties_a, ties_b], differentiable=False),
        "greater": case(lambda x, y: (x > y).double(), [ties_a, ties_b], differentiable=False),
        "notEqual": case(lambda x, y: (x != y).double(), [ties_a, ties_b], differentiable=False),
        "scalarLeftLess": case(lambda x: (0.5 < x).double(), [ties_a], differentiable=False),
        "compound": case(compound, [a, b, column, positive], differentiable=False),
        "std": case(lambda x: x.std(correction=0), [a]),
        "stdUnbiased": case(lambda x: x.std(), [a]),
        "stdAxis0": case(lambda x: x.std(dim=0, correction=0), [a]),
        "stdAxis1Unbiased": case(lambda x: x.std(dim=1, keepdim=True), [a]),
        "clipped": case(lambda x: x.clip(-0.75, 1.25), [a]),
        "maximum": case(lambda x, y: torch.maximum(x, y), [ties_a, ties_b]),
        "minimumBroadcast": case(lambda x, y: torch.minimum(x, y), [ties_a, values((4,), 9, step=0.5)]),
        "where": case(lambda x, y: torch.where(torch.tensor(mask) != 0, x, y), [a, b]),
        "min": case(lambda x: x.min(), [a]),
        "mask": mask.tolist(),
        "index": case(lambda x: x[1], [a]),
        "index2": case(lambda x: x[1, 2], [a]),
        "index3": case(lambda x: x[1, 2, 3], [cube]),
        "range": case(lambda x: x[0:2], [a]),
        "rangeClosed": case(lambda x: x[1:3], [a]),
        "block": case(lambda x: x[0:2, 1:3], [a]),
        "column": case(lambda x: x[:, 1], [a]),
        "columns": case(lambda x: x[:, 1:3], [a]),
        "indices": case(lambda x: x[[2, 0, 2]], [a]),
        "transpose": case(lambda x: x.T, [a]),
        "cubeIndex": case(lambda x: x[1, 0], [cube]),
        "matmul": case(lambda x, y: x @ y, [a, values((4, 2), 10)]),
        "mlpExpression": case(lambda x, w, c: torch.sigmoid(torch.tanh(x @ w + c).sum(dim=1)),
                              [a, values((4, 2), 11), values((2,), 12)]),
        "strided": case(lambda x: x[0:3:2], [a]),
        "stridedColumns": case(lambda x: x[:, 0:4:2], [a]),
        "columnIndices": case(lambda x: x[:, [3, 0, 3]], [a]),
        # One-sided ranges (cells: `x[..<2]`, `x[1...]`, `x[...1]`, `x[rows: 2...]`, `x[columns: 1...]`,
        # `x[columns: ..<2]`, `x[columns: ...2]`) and a number first in maximum/minimum (`maximum(0.5, x)`).
        "upTo": case(lambda x: x[:2], [a]),
        "from": case(lambda x: x[1:], [a]),
        "through": case(lambda x: x[:2], [a]),
        "rowsFrom": case(lambda x: x[2:], [a]),
        "columnsFrom": case(lambda x: x[:, 1:], [a]),
        "columnsUpTo": case(lambda x: x[:, :2], [a]),
        "columnsThrough": case(lambda x: x[:, :3], [a]),
        "numberMaximum": case(lambda x: torch.maximum(torch.tensor(0.5), x), [ties_a]),
        "numberMinimum": case(lambda x: torch.minimum(torch.tensor(0.5), x), [ties_a]),
    }


def functions():
    """The tensor methods and functions cells call besides the operators: element-wise functions, reductions,
    shape changes, softmax and cross-entropy (also with -inf logits, a masked token), the layer-norm function."""
    a = values((3, 4), 70)
    positive = values((3, 4), 71, 0.25, 3.0)
    cube = values((2, 3, 4), 72)
    gamma, beta = values((4,), 73, 0.5, 1.5), values((4,), 74, -0.3, 0.3)
    masked = values((3, 4), 75) < -1.2  # the -inf entries; no row is all -inf
    masked[:, 0] = False
    targets = [2, 0, 3]  # none masked: a masked target has loss +inf, as in PyTorch
    infinity = torch.tensor(masked)

    def with_mask(x):
        return torch.where(infinity, torch.tensor(-math.inf), x)

    return {
        "exp": case(lambda x: x.exp(), [a]),
        "log": case(lambda x: x.log(), [positive]),
        "sqrt": case(lambda x: x.sqrt(), [positive]),
        "tanh": case(lambda x: x.tanh(), [a]),
        "sigmoid": case(lambda x: x.sigmoid(), [a]),
        "relu": case(lambda x: x.relu(), [a]),
        "gelu": case(lambda x: F.gelu(x), [a]),  # the exact GELU, PyTorch's default
        "abs": case(lambda x: x.abs(), [a]),
        "squared": case(lambda x: x * x, [a]),
        "pow": case(lambda x: x.pow(2.7), [positive]),
        "sum": case(lambda x: x.sum(), [a]),
        "mean": case(lambda x: x.mean(), [a]),
        "maxAll": case(lambda x: x.max(), [a]),
        "sumAxis0": case(lambda x: x.sum(dim=0), [cube]),
        "meanAxis1KeepDims": case(lambda x: x.mean(dim=1, keepdim=True), [cube]),
        "maxAxis2": case(lambda x: x.max(dim=2).values, [cube]),
        "minAxis0KeepDims": case(lambda x: x.min(dim=0, keepdim=True).values, [cube]),
        "varianceAxis1": case(lambda x: x.var(dim=1, correction=0), [cube]),
        "argmaxAxis1": case(lambda x: x.argmax(dim=1).double(), [a], differentiable=False),
        "reshaped": case(lambda x: x.reshape(4, 3), [a]),
        "permuted": case(lambda x: x.permute(2, 0, 1), [cube]),
        "transposedAxes": case(lambda x: x.transpose(0, 2), [cube]),
        "softmaxAxis0": case(lambda x: x.softmax(dim=0), [a]),
        "logSoftmax": case(lambda x: x.log_softmax(dim=-1), [a]),
        "crossEntropy": case(lambda x: F.cross_entropy(x, torch.tensor(targets)), [a]),
        "layerNorm": case(lambda x, g, b: F.layer_norm(x, (4,), g, b, eps=1e-5), [a, gamma, beta]),
        "mask": masked.astype(np.float64).tolist(),
        "targets": targets,
        "maskedSoftmax": case(lambda x: with_mask(x).softmax(dim=-1), [a]),
        "maskedCrossEntropy": case(lambda x: F.cross_entropy(with_mask(x), torch.tensor(targets)), [a]),
    }


def assigned(index, value=None):
    """`x[index] = v` on a copy of x (v an input tensor, or the number `value`), PyTorch's __setitem__."""
    def run(x, *v):
        y = x.clone()
        y[index] = v[0] if v else value
        return y
    return run


def assignments():
    """Subscript assignment (values only: cells assign outside gradient recording), and a leaf that requires
    gradients changed under torch.no_grad() and then differentiated."""
    a = values((3, 4), 1)
    cube = values((2, 3, 4), 8)

    def column_add(x):
        y = x.clone()
        y[:, 1] += 1.0
        return y

    def columns_from_add(x):
        y = x.clone()
        y[:, 2:] += 1.0
        return y

    def leaf_after_no_grad(x):
        with torch.no_grad():
            x[0:2, 1:3] = 0.5
            x[2] -= 0.25
        return torch.tanh(x * x)

    return {
        "row": case(assigned(1), [a, values((4,), 2)], differentiable=False),
        "block": case(assigned((slice(0, 2), slice(1, 3)), 7.0), [a], differentiable=False),
        "element": case(assigned((1, 2), -1.0), [a], differentiable=False),
        "columnAdd": case(column_add, [a], differentiable=False),
        "indices": case(assigned([2, 0]), [a, values((2, 1), 13)], differentiable=False),
        "stridedColumns": case(assigned((slice(None), slice(0, 4, 2))), [a, values((3, 2), 14)], differentiable=False),
        "stridedRows": case(assigned(slice(0, 3, 2), 0.0), [a], differentiable=False),
        "cube": case(assigned((1, 0)), [cube, values((4,), 15)], differentiable=False),
        "leafAfterNoGrad": case(leaf_after_no_grad, [a]),
        # One-sided ranges (cells: `x[..<2] = 7`, `x[1...] = v`, `x[columns: 2...] += 1`, `x[columns: ...1] = v`).
        "upTo": case(assigned(slice(None, 2), 7.0), [a], differentiable=False),
        "from": case(assigned(slice(1, None)), [a, values((2, 4), 16)], differentiable=False),
        "columnsFromAdd": case(columns_from_add, [a], differentiable=False),
        "columnsThrough": case(assigned((slice(None), slice(None, 2))), [a, values((3, 2), 17)], differentiable=False),
    }


# ---------------------------------------------------------------- layers


def linear_tensor(x, weight, bias):
    return x @ weight + bias  # Swift layout (inputs, outputs)


def attention(x, p, heads, prefix=""):
    """Causal multi-head self-attention with separate q/k/v weights in the Swift layout, via torch's SDPA."""
    batch, time, dimension = x.shape
    head = dimension // heads

    def split(t):
        return t.reshape(batch, time, heads, head).permute(0, 2, 1, 3)

    q = split(linear_tensor(x, p[prefix + "queryWeight"], p[prefix + "queryBias"]))
    k = split(linear_tensor(x, p[prefix + "keyWeight"], p[prefix + "keyBias"]))
    v = split(linear_tensor(x, p[prefix + "valueWeight"], p[prefix + "valueBias"]))
    out = F.scaled_dot_product_attention(q, k, v, is_causal=True)
    merged = out.permute(0, 2, 1, 3).reshape(batch, time, dimension)
    return linear_tensor(merged, p[prefix + "outputWeight"], p[prefix + "outputBias"])


def feed_forward(x, p, prefix=""):
    hidden = F.gelu(linear_tensor(x, p[prefix + "expand.weight"], p[prefix + "expand.bias"]))
    return linear_tensor(hidden, p[prefix + "project.weight"], p[prefix + "project.bias"])


def mixture_of_experts(x, p, experts, active):
    """Mixtral-style routing: the `active` best router scores per token, softmax over those only (-inf elsewhere),
    the chosen experts' outputs weighted by it."""
    tokens = x.reshape(-1, x.shape[-1])
    scores = linear_tensor(tokens, p["router.weight"], p["router.bias"])
    chosen = scores.topk(active, dim=-1).indices
    mask = torch.full_like(scores, -math.inf).scatter(1, chosen, 0.0)
    gates = (scores + mask.detach()).softmax(dim=-1)
    output = sum(feed_forward(tokens, p, f"experts.{i}.") * gates[:, i:i + 1] for i in range(experts))
    return output.reshape(x.shape)


def experts_parameters(dimension, experts, hidden, seed):
    p = {"router.weight": values((dimension, experts), seed, -0.8, 0.8), "router.bias": values((experts,), seed + 1, -0.2, 0.2)}
    for i in range(experts):
        base = seed + 10 * (i + 1)
        p.update({f"experts.{i}.expand.weight": values((dimension, hidden), base, -0.6, 0.6),
                  f"experts.{i}.expand.bias": values((hidden,), base + 1, -0.2, 0.2),
                  f"experts.{i}.project.weight": values((hidden, dimension), base + 2, -0.4, 0.4),
                  f"experts.{i}.project.bias": values((dimension,), base + 3, -0.2, 0.2)})
    return p


def layer_norm(x, p, prefix):
    return F.layer_norm(x, (x.shape[-1],), p[prefix + "gamma"], p[prefix + "beta"], eps=1e-5)


def block(x, p, heads, prefix=""):
    x = x + attention(layer_norm(x, p, prefix + "attentionNorm."), p, heads, prefix + "attention.")
    return x + feed_forward(layer_norm(x, p, prefix + "feedForwardNorm."), p, prefix + "feedForward.")


def attention_parameters(dimension, seed, prefix=""):
    p = {}
    for index, name in enumerate(["query", "key", "value", "output"]):
        p[prefix + name + "Weight"] = values((dimension, dimension), seed + 2 * index, -0.6, 0.6)
        p[prefix + name + "Bias"] = values((dimension,), seed + 2 * index + 1, -0.2, 0.2)
    return p


def block_parameters(dimension, hidden, seed, prefix=""):
    p = {}
    for offset, norm in enumerate(["attentionNorm.", "feedForwardNorm."]):
        p[prefix + norm + "gamma"] = values((dimension,), seed + offset, 0.5, 1.5)
        p[prefix + norm + "beta"] = values((dimension,), seed + 10 + offset, -0.3, 0.3)
    p.update(attention_parameters(dimension, seed + 20, prefix + "attention."))
    p[prefix + "feedForward.expand.weight"] = values((dimension, hidden), seed + 40, -0.6, 0.6)
    p[prefix + "feedForward.expand.bias"] = values((hidden,), seed + 41, -0.2, 0.2)
    p[prefix + "feedForward.project.weight"] = values((hidden, dimension), seed + 42, -0.4, 0.4)
    p[prefix + "feedForward.project.bias"] = values((dimension,), seed + 43, -0.2, 0.2)
    return p


def layer_case(function, x, parameters):
    """Forward of `function(x, p)` and the gradients of sum(y * W) for x and every named parameter."""
    xt = torch.tensor(x, requires_grad=True)
    p = {name: torch.tensor(value, requires_grad=True) for name, value in parameters.items()}
    y = function(xt, p)
    (y * weights_like(y)).sum().backward()
    return {"input": x.tolist(), "parameters": {n: v.tolist() for n, v in parameters.items()},
            "output": y.detach().tolist(), "inputGrad": xt.grad.tolist(),
            "parameterGrads": {n: t.grad.tolist() for n, t in p.items()}}


def layers():
    out = {}
    # nn.Linear itself, its weight stored transposed for Swift.
    linear = nn.Linear(3, 4)
    with torch.no_grad():
        linear.weight.copy_(torch.tensor(values((4, 3), 30, -0.5, 0.5)))
        linear.bias.copy_(torch.tensor(values((4,), 31, -0.5, 0.5)))
    x = torch.tensor(values((2, 3), 32), requires_grad=True)
    y = linear(x)
    (y * weights_like(y)).sum().backward()
    out["linear"] = {"input": x.detach().tolist(), "parameters": {"weight": linear.weight.detach().T.tolist(),
                                                                   "bias": linear.bias.detach().tolist()},
                     "output": y.detach().tolist(), "inputGrad": x.grad.tolist(),
                     "parameterGrads": {"weight": linear.weight.grad.T.tolist(), "bias": linear.bias.grad.tolist()}}
    # nn.Embedding and nn.LayerNorm themselves.
    embedding = nn.Embedding(5, 3)
    with torch.no_grad():
        embedding.weight.copy_(torch.tensor(values((5, 3), 33)))
    ids = [[1, 4], [0, 1]]
    y = embedding(torch.tensor(ids))
    (y * weights_like(y)).sum().backward()
    out["embedding"] = {"ids": ids, "parameters": {"weight": embedding.weight.detach().tolist()},
                        "output": y.detach().tolist(), "parameterGrads": {"weight": embedding.weight.grad.tolist()}}
    norm = nn.LayerNorm(4)
    with torch.no_grad():
        norm.weight.copy_(torch.tensor(values((4,), 34, 0.5, 1.5)))
        norm.bias.copy_(torch.tensor(values((4,), 35, -0.3, 0.3)))
    x = torch.tensor(values((2, 3, 4), 36), requires_grad=True)
    y = norm(x)
    (y * weights_like(y)).sum().backward()
    out["layerNorm"] = {"input": x.detach().tolist(), "parameters": {"weight": norm.weight.detach().tolist(),
                                                                      "bias": norm.bias.detach().tolist()},
                        "output": y.detach().tolist(), "inputGrad": x.grad.tolist(),
                        "parameterGrads": {"weight": norm.weight.grad.tolist(), "bias": norm.bias.grad.tolist()}}
    x = values((2, 3, 4), 37)
    out["attention"] = layer_case(lambda x, p: attention(x, p, 2), x, attention_parameters(4, 40))
    ff = {"expand.weight": values((4, 8), 50, -0.6, 0.6), "expand.bias": values((8,), 51, -0.2, 0.2),
          "project.weight": values((8, 4), 52, -0.4, 0.4), "project.bias": values((4,), 53, -0.2, 0.2)}
    out["feedForward"] = layer_case(feed_forward, values((2, 3, 4), 54), ff)
    out["block"] = layer_case(lambda x, p: block(x, p, 2), values((2, 3, 4), 55), block_parameters(4, 16, 60))
    out["mixtureOfExperts"] = layer_case(lambda x, p: mixture_of_experts(x, p, 3, 2), values((2, 3, 4), 80),
                                         experts_parameters(4, 3, 5, 81))
    out["gpt"] = gpt_case()
    return out


def gpt_case(vocabulary=7, context=5, dimension=4, heads=2):
    p = {"tokenEmbedding": values((vocabulary, dimension), 100, -0.5, 0.5),
         "positionEmbedding": values((context, dimension), 101, -0.5, 0.5)}
    p.update(block_parameters(dimension, 4 * dimension, 110, "blocks.0."))
    p["finalNorm.gamma"] = values((dimension,), 190, 0.5, 1.5)
    p["finalNorm.beta"] = values((dimension,), 191, -0.3, 0.3)
    p["head.weight"] = values((dimension, vocabulary), 192, -0.6, 0.6)
    p["head.bias"] = values((vocabulary,), 193, -0.2, 0.2)
    inputs = [[1, 2, 3, 0], [4, 5, 6, 6]]
    targets = [[2, 3, 0, 4], [5, 6, 6, 1]]
    t = {name: torch.tensor(value, requires_grad=True) for name, value in p.items()}
    time = len(inputs[0])
    x = t["tokenEmbedding"][torch.tensor(inputs)] + t["positionEmbedding"][:time]
    x = block(x, t, heads, "blocks.0.")
    logits = linear_tensor(layer_norm(x, t, "finalNorm."), t["head.weight"], t["head.bias"])
    loss = F.cross_entropy(logits.reshape(-1, vocabulary), torch.tensor(targets).reshape(-1))
    loss.backward()
    return {"vocabularySize": vocabulary, "contextLength": context, "dimension": dimension, "heads": heads,
            "parameters": {n: v.tolist() for n, v in p.items()}, "inputs": inputs, "targets": targets,
            "logits": logits.detach().tolist(), "loss": loss.item(),
            "parameterGrads": {n: v.grad.tolist() for n, v in t.items()}}


# ---------------------------------------------------------------- optimizers


def optimizer_run(make, steps=5):
    """A linear least-squares fit: the parameters after each of `steps` updates of `make([w, b])`."""
    x = torch.tensor(values((6, 3), 200))
    y = torch.tensor(values((6, 2), 201))
    w0, b0 = values((3, 2), 202, -0.5, 0.5), values((2,), 203, -0.5, 0.5)
    w = torch.tensor(w0, requires_grad=True)
    b = torch.tensor(b0, requires_grad=True)
    optimizer = make([w, b])
    history = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = ((x @ w + b - y) ** 2).mean()
        loss.backward()
        optimizer.step()
        history.append({"loss": loss.item(), "w": w.detach().tolist(), "b": b.detach().tolist()})
    return {"x": x.tolist(), "y": y.tolist(), "w": w0.tolist(), "b": b0.tolist(), "steps": history}


def optimizers():
    return {
        "adam": optimizer_run(lambda p: torch.optim.Adam(p, lr=0.1)),
        "adamBetas": optimizer_run(lambda p: torch.optim.Adam(p, lr=0.05, betas=(0.8, 0.95), eps=1e-6)),
        "sgd": optimizer_run(lambda p: torch.optim.SGD(p, lr=0.1)),
        "sgdMomentum": optimizer_run(lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9)),
    }


def user_model(steps=5):
    """A user-defined model of two nn.Linear layers (tanh between), weights loaded by name, trained by Adam over
    its flat parameter list on a mean-squared error; the losses and the final weights (Swift layout)."""
    x = torch.tensor(values((6, 3), 210))
    y = torch.tensor(values((6, 1), 211))
    start = {"l1.weight": values((3, 4), 212, -0.6, 0.6), "l1.bias": values((4,), 213, -0.2, 0.2),
             "l2.weight": values((4, 1), 214, -0.6, 0.6), "l2.bias": values((1,), 215, -0.2, 0.2)}

    class Model(nn.Module):
        def __init__(self):
            super().__init__()
            self.l1 = nn.Linear(3, 4)
            self.l2 = nn.Linear(4, 1)

        def forward(self, inputs):
            return self.l2(torch.tanh(self.l1(inputs)))

    model = Model()
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            value = torch.tensor(start[name])
            parameter.copy_(value.T if name.endswith("weight") else value)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = ((model(x) - y) ** 2).mean()
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    final = {name: (p.detach().T if name.endswith("weight") else p.detach()).tolist() for name, p in model.named_parameters()}
    return {"x": x.tolist(), "y": y.tolist(), "start": {n: v.tolist() for n, v in start.items()}, "losses": losses,
            "final": final}


def user_mlp(steps=500):
    """The cell of bench/modules/user_mlp.md in PyTorch: ToyDatasets.twoMoons(count: 400, noise: 0.2, seed: 0) (NumPy's
    formula and stream), a 2-16-16-1 tanh/sigmoid MLP initialised like nn.Linear from RandomState(1), binary
    cross-entropy, Adam (lr 0.01), 500 full-batch steps."""
    rs = np.random.RandomState(0)
    t = np.pi * np.arange(200) / 199  # as ToyDatasets computes it
    x = np.concatenate([np.stack([np.cos(t), np.sin(t)], 1), np.stack([1 - np.cos(t), 1 - np.sin(t) - 0.5], 1)])
    x = x + rs.normal(0, 0.2, x.shape)
    order = rs.permutation(400)
    x = torch.tensor(x[order])
    y = torch.tensor(np.concatenate([np.zeros(200), np.ones(200)])[order]).reshape(-1, 1)
    init = np.random.RandomState(1)
    params = []
    for fan_in, fan_out in ((2, 16), (16, 16), (16, 1)):
        bound = 1 / np.sqrt(fan_in)
        params.append(torch.tensor(init.uniform(-bound, bound, (fan_in, fan_out)), requires_grad=True))
        params.append(torch.tensor(init.uniform(-bound, bound, fan_out), requires_grad=True))
    w1, b1, w2, b2, w3, b3 = params
    opt = torch.optim.Adam(params, lr=0.01)
    losses = []
    for _ in range(steps):
        opt.zero_grad()
        p = torch.sigmoid(torch.tanh(torch.tanh(x @ w1 + b1) @ w2 + b2) @ w3 + b3).clamp(1e-7, 1 - 1e-7)
        loss = -(y * torch.log(p) + (1 - y) * torch.log(1 - p)).mean()
        loss.backward()
        opt.step()
        losses.append(loss.item())
    with torch.no_grad():
        logits = torch.tanh(torch.tanh(x @ w1 + b1) @ w2 + b2) @ w3 + b3
        accuracy = ((logits >= 0).double() == y).double().mean().item()
    return {"firstLoss": losses[0], "lastLoss": losses[-1], "accuracy": accuracy}


def main():
    reference = {"operators": operators(), "functions": functions(), "assignments": assignments(), "layers": layers(), "optimizers": optimizers(), "userMLP": user_mlp(),
                 "userModel": user_model(),
                 "torch": torch.__version__.split("+")[0]}
    target = HERE / "json" / "pytorch.json"
    target.write_text(json.dumps(reference, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
