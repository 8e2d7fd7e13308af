import NeuralNetworks
import Tensors

extension LayerNorm: NamedParameters {
    /// `gamma` and `beta`; PyTorch's names `weight` and `bias` are accepted as aliases.
    public var ownParameters: [(name: String, tensor: Tensor)] { [("gamma", gamma), ("beta", beta)] }

    /// `weight` (= gamma) and `bias` (= beta), the names `nn.LayerNorm` uses.
    public func derivedParameter(_ name: String) throws(TensorError) -> Tensor? {
        switch name {
        case "weight": return gamma
        case "bias": return beta
        default: return nil
        }
    }

    /// Writes `weight` into gamma and `bias` into beta.
    public func setDerivedParameter(_ name: String, to value: Tensor) throws(TensorError) -> Bool {
        guard let target = try derivedParameter(name) else { return false }
        try requireShape(value, target.shape, name)
        try target.assign(value.scalars)
        return true
    }

    /// `weight`, `bias`.
    public var derivedParameterNames: [String] { ["weight", "bias"] }
}

extension FeedForward: NamedParameters {
    /// `expand` (C → hidden, GELU) and `project` (hidden → C).
    public var namedChildren: [(name: String, child: any NamedParameters)] { [("expand", expand), ("project", project)] }
}

extension MixtureOfExperts: NamedParameters {
    /// `router`, then `experts.0`, `experts.1`, …
    public var namedChildren: [(name: String, child: any NamedParameters)] {
        [("router", router), ("experts", NamedParameterList(experts))]
    }
}

extension TransformerBlock: NamedParameters, CustomStringConvertible {
    /// `TransformerBlock(dimension: 64, heads: 4, 49984 parameters)`.
    public var description: String {
        "TransformerBlock(dimension: \(attention.dimension), heads: \(attention.heads), "
            + "\(parameters.reduce(0) { $0 + $1.count }) parameters)"
    }

    /// `attentionNorm`, `attention`, `feedForwardNorm`, `feedForward`.
    public var namedChildren: [(name: String, child: any NamedParameters)] {
        var children: [(name: String, child: any NamedParameters)] = [
            ("attentionNorm", attentionNorm), ("attention", attention), ("feedForwardNorm", feedForwardNorm),
        ]
        if let feedForward = feedForward as? any NamedParameters { children.append(("feedForward", feedForward)) }
        return children
    }
}

extension GPT: NamedParameters {
    /// `tokenEmbedding` `(V, C)` and `positionEmbedding` `(contextLength, C)`.
    public var ownParameters: [(name: String, tensor: Tensor)] {
        [("tokenEmbedding", tokenEmbedding), ("positionEmbedding", positionEmbedding)]
    }

    /// `blocks.0`, `blocks.1`, …, `finalNorm`, `head` — so `namedParameters` follows `parameters`' order.
    public var namedChildren: [(name: String, child: any NamedParameters)] {
        [("blocks", NamedParameterList(blocks)), ("finalNorm", finalNorm), ("head", head)]
    }
}
