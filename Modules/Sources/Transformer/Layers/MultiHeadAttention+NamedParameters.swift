import NeuralNetworks
import Tensors

extension MultiHeadAttention: NamedParameters {
    /// `inputProjection` (the fused query, key and value projection, C → 3C) and `outputProjection` (C → C).
    public var namedChildren: [(name: String, child: any NamedParameters)] {
        [("inputProjection", inputProjection), ("outputProjection", outputProjection)]
    }

    /// The derived names: the three thirds of the input projection and the output projection, each `(C, C)`
    /// weights and `(C)` biases, stored `(inputs, outputs)` — the transpose of PyTorch's `q_proj.weight`.
    public var derivedParameterNames: [String] {
        ["queryWeight", "keyWeight", "valueWeight", "queryBias", "keyBias", "valueBias", "outputWeight", "outputBias"]
    }

    /// Where a derived name lives: the tensor, and the columns of it (nil: the whole tensor).
    private func location(of name: String) -> (tensor: Tensor, part: Int?)? {
        switch name {
        case "queryWeight": return (inputProjection.weight, 0)
        case "keyWeight": return (inputProjection.weight, 1)
        case "valueWeight": return (inputProjection.weight, 2)
        case "queryBias": return (inputProjection.bias, 0)
        case "keyBias": return (inputProjection.bias, 1)
        case "valueBias": return (inputProjection.bias, 2)
        case "outputWeight": return (outputProjection.weight, nil)
        case "outputBias": return (outputProjection.bias, nil)
        default: return nil
        }
    }

    /// A copy of `queryWeight` `(C, C)`, `keyBias` `(C)`, …; `outputWeight`/`outputBias` are the tensors themselves.
    public func derivedParameter(_ name: String) throws(TensorError) -> Tensor? {
        guard let found = location(of: name) else { return nil }
        let tensor = found.tensor
        guard let part = found.part else { return tensor }
        let columns = (part * dimension)..<((part + 1) * dimension)
        return try Tensor.withoutGradients { () throws(TensorError) -> Tensor in
            try tensor.slice(columns, axis: tensor.rank - 1)
        }
    }

    /// Copies `value` into the columns of the input projection (or into the output projection) in place.
    public func setDerivedParameter(_ name: String, to value: Tensor) throws(TensorError) -> Bool {
        guard let found = location(of: name) else { return false }
        let (tensor, part) = (found.tensor, found.part)
        let shape = tensor.rank == 2 ? [dimension, dimension] : [dimension]
        try requireShape(value, shape, name)
        let width = tensor.shape[tensor.rank - 1]
        let offset = (part ?? 0) * dimension
        let rows = tensor.rank == 2 ? dimension : 1
        let source = value.scalars
        tensor.withMutableScalars { values in
            for row in 0..<rows {
                for column in 0..<dimension { values[row * width + offset + column] = source[row * dimension + column] }
            }
        }
        return true
    }
}
