"""Reference values for BindingsTests, computed with NumPy (run: python3 reference.py).

The tests compare the bindings' printed results with these numbers at the tolerance they state.
"""
import numpy as np



def fl(values):
    """Plain Python floats, printed with full precision."""
    return [float(v) for v in values]


# Random(seed: 42).uniform(0.2, 10.0, count: 3) and then .normal(mean: 1, standardDeviation: 2, count: 2)
np.random.seed(42)
print("uniform", fl(np.random.uniform(0.2, 10.0, 3)))
print("normal", fl(np.random.normal(1, 2, 2)))

# Tensor: [[1, 2], [3, 4]] · [[5], [6]] and softmax of [1, 2, 3]
a = np.array([[1.0, 2.0], [3.0, 4.0]])
print("matmul", (a @ np.array([[5.0], [6.0]])).ravel().tolist())
x = np.array([1.0, 2.0, 3.0])
print("softmax", fl(np.exp(x) / np.exp(x).sum()))

# Autograd: d/dw mean((x·w − y)²) for x = [[1, 2], [3, 4]], w = [[0.5], [-0.25]], y = [[1], [2]]
w = np.array([[0.5], [-0.25]])
y = np.array([[1.0], [2.0]])
residual = a @ w - y
print("grad", fl((2 * a.T @ residual / residual.size).ravel()))

# Regression: polynomial fit of degree 2 and the R² of the least-squares line on the same points
xs = np.array([0.0, 1.0, 2.0, 3.0, 4.0])
ys = np.array([1.0, 1.8, 3.3, 4.4, 5.2])
print("polyfit", fl(np.polyfit(xs, ys, 2)))
slope, intercept = np.polyfit(xs, ys, 1)
pred = slope * xs + intercept
print("line", float(slope), float(intercept), "r2", float(1 - ((ys - pred) ** 2).sum() / ((ys - ys.mean()) ** 2).sum()))

# Attention: softmax(q·kᵀ/√2)·v for q = k = [[1, 0], [0, 1]], v = [[1, 2], [3, 4]]
q = np.eye(2)
scores = q @ q.T / np.sqrt(2)
weights = np.exp(scores) / np.exp(scores).sum(axis=1, keepdims=True)
print("attention weights", weights.ravel().tolist(), "output", (weights @ np.array([[1.0, 2.0], [3.0, 4.0]])).ravel().tolist())

# Positional encoding row 1, dimension 4: sin(1), cos(1), sin(1/100), cos(1/100)
print("positional", fl([np.sin(1.0), np.cos(1.0), np.sin(0.01), np.cos(0.01)]))
