import CellLanguage
import NeuralNetworks
import SeededRandom
import Tensors
import Transformer

extension Dense: CellObject {
    /// `Linear`, as PyTorch names it.
    static var cellTypeName: String { "Linear" }
}

extension Embedding: CellObject {
    /// `Embedding`.
    static var cellTypeName: String { "Embedding" }
}

extension TransformerBlock: CellObject {
    /// `TransformerBlock`.
    static var cellTypeName: String { "TransformerBlock" }
}

/// Every layer's weights by name in cells, and the layers PyTorch users build models from: `Linear`,
/// `Embedding`, `TransformerBlock` (next to `LayerNorm`, `MultiHeadAttention`, `FeedForward`, `GPT`).
///
/// Each layer has `parameters` (the tensors an optimiser updates), `parameterNames` (PyTorch-style dotted names,
/// in the same order), `parameter("name")` (the tensor itself, or a copy for a derived name such as
/// `queryWeight`) and `setParameter("name", to: tensor)`; every name is also a subscript, readable and assignable
/// (`block["attention.queryWeight"] = t`), and common names are properties: `linear.weight = t`, `norm.gamma = t`,
/// `attention.queryWeight = t`, `gpt.tokenEmbedding = t`.
/// Assigning copies the values into the layer's tensor in place (optimisers keep training the same tensor, and
/// `forward` uses exactly what was written, as after PyTorch's `with torch.no_grad(): layer.weight.copy_(t)`);
/// a tensor of another shape is an error at the assignment, and a tensor with recorded history (`layer.weight -
/// g` outside `noGrad`) is refused, as its history would be lost.
///
/// ```swift
/// let attention = MultiHeadAttention(dimension: 4, heads: 2)
/// attention.queryWeight = Tensor([[0.1, 0.2, 0.3, 0.4], …])    // (C, C): nn.Linear.weight.T
/// let opt = Adam(parameters: attention.parameters, learningRate: 0.01)
/// ```
enum LayerParameterBindings {
    /// Declares `Linear`, `Embedding` and `TransformerBlock`.
    static func install(_ bind: ModuleBinder) {
        let seed = Param("seed", default: 0)
        let linear = bind.type(Dense.self, doc: "A fully connected layer `x.matmul(weight) + bias` (PyTorch's nn.Linear).")
        linear.initializer(Param<Int>("inputSize"), Param<Int>("outputSize"), Param("activation", default: Activation.identity), seed,
                           doc: "A layer initialised like nn.Linear (weight (inputSize, outputSize)).") { inputs, outputs, activation, seed in
            try BindingSupport.checkedCount([inputs, outputs], "Linear")
            var random = Random(seed: try BindingSupport.seed(seed))
            return try Dense(inputSize: inputs, outputSize: outputs, activation: activation, random: &random)
        }
        linear.forward(Param<Tensor>(), doc: "The layer applied to a tensor, recording gradients.") { try $0.forward($1) }
        addParameterMembers(linear, properties: ["weight", "bias"]) { $0 }
        let embedding = bind.type(Embedding.self, doc: "A table of learned vectors, one row per token id (PyTorch's nn.Embedding).")
        embedding.initializer(Param<Int>("vocabularySize"), Param<Int>("dimension"), seed,
                              doc: "An embedding with normally distributed rows.") { rows, width, seed in
            try BindingSupport.checkedCount([rows, width], "Embedding")
            var random = Random(seed: try BindingSupport.seed(seed))
            return try Embedding(vocabularySize: rows, dimension: width, random: &random)
        }
        embedding.forward(Param<Tensor>(), doc: "The rows of a tensor of ids.") { try $0.forward($1) }
        embedding.forward(Param<[Int]>(), doc: "The rows of a list of ids.") { layer, ids in
            try BindingSupport.checkedCount([ids.count, layer.dimension], "Embedding")
            return try layer.forward(ids: ids)
        }
        addParameterMembers(embedding, properties: ["weight"]) { $0 }
        let block = bind.type(TransformerBlock.self, doc: "A pre-norm transformer block: attention and feed-forward with residuals.")
        block.initializer(Param<Int>("dimension"), Param<Int>("heads"), Param("causal", default: true), seed,
                          doc: "A block with random weights.") { dimension, heads, causal, seed in
            try BindingSupport.checkedCount([dimension, dimension, 12], "TransformerBlock")
            var random = Random(seed: try BindingSupport.seed(seed))
            return try TransformerBlock(dimension: dimension, heads: heads, causal: causal, random: &random)
        }
        block.forward(Param<Tensor>(), doc: "The block applied to a (B, T, C) tensor.") { try $0.forward($1) }
        block.property("attention", doc: "The block's attention layer (shared: assigning its weights changes the block).") {
            $0.attention
        }
        addParameterMembers(block) { $0 }
    }

    /// Adds `parameters`, `parameterNames`, `parameter(_:)`, `setParameter(_:to:)` and the assignable tensor
    /// properties `properties` (each the parameter of that name) to a layer type; `layer` finds the library layer.
    static func addParameterMembers<L: CellConvertible>(
        _ type: TypeBinder<L>, properties: [String] = [], _ layer: @escaping (L) -> any NamedParameters
    ) {
        type.property("parameters", doc: "The trainable tensors, in `parameterNames` order.") { layer($0).namedParameters.map(\.tensor) }
        type.property("parameterNames", doc: "The PyTorch-style dotted names of the parameters.") { layer($0).parameterNames }
        type.method("parameter", Param<String>(), doc: "The tensor of a name (a copy for a derived name such as `queryWeight`); "
                    + "a change through it is written back as through `layer[name]`.") {
            try layer($0).parameter($1)
        }
        type.native.subscriptAliases.insert("parameter")
        type.action("setParameter", Param<String>(), Param<Tensor>("to"), doc: "Copies a tensor of the same shape into a parameter.") {
            try assign($2, to: $1, of: layer($0))
        }
        // A derived name reads a copy, so `attention["queryWeight"][0, 0] = v` writes it back (for a tensor of its own,
        // the write-back copies it onto itself).
        type.native.subscriptsReturnCopies = true
        type.subscript(Param<String>(), doc: "The parameter of a dotted name, readable and assignable (`gpt[\"head.weight\"] = t`).",
                       get: { try layer($0).parameter($1) }, set: { try assign($1, to: $2, of: layer($0)) })
        for name in properties {
            type.property(name, copy: derivedCopies.contains(name), doc: "The parameter `\(name)`; assigning copies a tensor of the same shape in.",
                          get: { try layer($0).parameter(name) }, set: { try assign($1, to: name, of: layer($0)) })
        }
    }

    /// The property names whose tensor is a copy of part of a parameter (the thirds of the attention's fused input
    /// projection): a store through one (`attention.queryWeight[0, 0] = v`) is written back.
    private static let derivedCopies: Set = ["queryWeight", "keyWeight", "valueWeight", "queryBias", "keyBias", "valueBias"]

    /// Copies `value` into the parameter `name`, refusing another shape and a value with recorded history.
    private static func assign(_ value: Tensor, to name: String, of layer: any NamedParameters) throws {
        let current = try layer.parameter(name)
        guard current.shape == value.shape else {
            throw NativeError("'\(name)' has shape \(current.shapeDescription); a tensor of shape \(value.shapeDescription) cannot be assigned to it")
        }
        if GradientMode.isEnabled && value.requiresGrad {
            throw NativeError("'\(name)': the new value requires gradients and copying it in would lose its history; "
                              + "assign inside noGrad { … }")
        }
        try layer.setParameter(name, to: value)
    }

    /// The tensor properties of the layer types built in `TransformerBindings` (the rest are read by name).
    static func properties(ofLayer name: String) -> [String] {
        switch name {
        case "MultiHeadAttention":
            return ["queryWeight", "keyWeight", "valueWeight", "queryBias", "keyBias", "valueBias", "outputWeight", "outputBias"]
        case "LayerNorm": return ["gamma", "beta"]
        default: return []
        }
    }
}
