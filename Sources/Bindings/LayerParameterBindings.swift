import CellLanguage
import NeuralNetworks
import SeededRandom
import Tensors
import Transformer

/// Every layer's weights by name in cells, and the layers PyTorch users build models from: `Linear`,
/// `Embedding`, `TransformerBlock` (next to `LayerNorm`, `MultiHeadAttention`, `FeedForward`, `GPT`).
///
/// Each layer has `parameters` (the tensors an optimiser updates), `parameterNames` (PyTorch-style dotted names,
/// in the same order), `parameter("name")` (the tensor itself, or a copy for a derived name such as
/// `queryWeight`) and `setParameter("name", to: tensor)` (copies the values in place: optimisers keep training
/// the same tensor, and `forward` — or GPT training — uses exactly what was written). Common names are also
/// properties: `linear.weight`, `norm.gamma`, `attention.queryWeight`, `gpt.tokenEmbedding`.
///
/// ```swift
/// let attention = MultiHeadAttention(dimension: 4, heads: 2)
/// attention.setParameter("queryWeight", to: Tensor([[0.1, 0.2, 0.3, 0.4], …]))   // (C, C): nn.Linear.weight.T
/// let opt = Adam(parameters: attention.parameters, learningRate: 0.01)
/// ```
enum LayerParameterBindings {
    static let tensor = TensorOperatorBindings.tensor

    /// Registers `Linear`, `Embedding` and `TransformerBlock`.
    static func install(in interpreter: Interpreter) {
        interpreter.register(linearType())
        interpreter.register(embeddingType())
        interpreter.register(blockType())
    }

    /// The library layer behind a cell value: a bound layer, a GPT, an MLP, or a layer held directly.
    static func container(of object: AnyObject) -> (any NamedParameters)? {
        if let shared = object as? AnyShared { return shared.anyValue as? any NamedParameters }
        if let gpt = object as? CellGPT { return gpt.model }
        return object as? any NamedParameters
    }

    /// Adds `parameters`, `parameterNames`, `parameter(_:)`, `setParameter(_:to:)` and the tensor properties
    /// `properties` (each read with `parameter(_:)`) to a layer type.
    static func addParameterMembers(to type: NativeType, properties: [String] = []) {
        func namedLayer(_ object: AnyObject?) throws -> any NamedParameters {
            guard let object, let layer = container(of: object) else { throw NativeError("internal error: not a layer") }
            return layer
        }
        type.addProperty("parameters", type: .array(tensor)) { object in
            .array(try namedLayer(object).namedParameters.map { .native($0.tensor) })
        }
        type.addProperty("parameterNames", type: .array(.string)) { object in .strings(try namedLayer(object).parameterNames) }
        type.addMethod("parameter", parameters: [NativeParameter(nil, .string)], returns: tensor) { call in
            let name = try call.string(0), layer = try namedLayer(call.receiver)
            return .native(try BindingSupport.guarded { try layer.parameter(name) })
        }
        type.addMethod("setParameter", parameters: [NativeParameter(nil, .string), NativeParameter("to", tensor)]) { call in
            let name = try call.string(0), value = try call.object(1, as: Tensor.self), layer = try namedLayer(call.receiver)
            try BindingSupport.guarded { try layer.setParameter(name, to: value) }
            return .void
        }
        for name in properties {
            type.addProperty(name, type: tensor) { object in
                let layer = try namedLayer(object)
                return .native(try BindingSupport.guarded { try layer.parameter(name) })
            }
        }
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

    // MARK: Layer types

    private static func seeded(_ call: NativeCall, _ index: Int) throws -> Random {
        Random(seed: try BindingSupport.seed(try call.int(index)))
    }

    private static func linearType() -> NativeType {
        let type = NativeType(name: "Linear")
        type.addInitializer(parameters: [
            NativeParameter("inputSize", .int), NativeParameter("outputSize", .int),
            NativeParameter("activation", .constants("Activation"), default: .constant("Activation", "identity")),
            NativeParameter("seed", .int, default: .int(0)),
        ]) { call in
            let inputs = try call.int(0), outputs = try call.int(1)
            try BindingSupport.checkedCount([inputs, outputs], "Linear")
            let activation = Activation(rawValue: try call.constant(2)) ?? .identity
            var random = try seeded(call, 3)
            return .native(try BindingSupport.guarded {
                try Dense(inputSize: inputs, outputSize: outputs, activation: activation, random: &random)
            })
        }
        addForward(type)
        addParameterMembers(to: type, properties: ["weight", "bias"])
        return type
    }

    private static func embeddingType() -> NativeType {
        let type = NativeType(name: "Embedding")
        type.addInitializer(parameters: [
            NativeParameter("vocabularySize", .int), NativeParameter("dimension", .int), NativeParameter("seed", .int, default: .int(0)),
        ]) { call in
            let rows = try call.int(0), width = try call.int(1)
            try BindingSupport.checkedCount([rows, width], "Embedding")
            var random = try seeded(call, 2)
            return .native(try BindingSupport.guarded { try Embedding(vocabularySize: rows, dimension: width, random: &random) })
        }
        addForward(type)
        type.addMethod("forward", parameters: [NativeParameter(nil, .array(.int))], returns: tensor) { call in
            let ids = try call.ints(0), embedding = try call.receiver(as: Embedding.self)
            try BindingSupport.checkedCount([ids.count, embedding.dimension], "Embedding")
            return .native(try BindingSupport.guarded { try embedding.forward(ids: ids) })
        }
        addParameterMembers(to: type, properties: ["weight"])
        return type
    }

    private static func blockType() -> NativeType {
        let type = NativeType(name: "TransformerBlock")
        type.addInitializer(parameters: [
            NativeParameter("dimension", .int), NativeParameter("heads", .int), NativeParameter("causal", .bool, default: .bool(true)),
            NativeParameter("seed", .int, default: .int(0)),
        ]) { call in
            let dimension = try call.int(0), heads = try call.int(1), causal = try call.bool(2)
            try BindingSupport.checkedCount([dimension, dimension, 12], "TransformerBlock")
            var random = try seeded(call, 3)
            return .native(try BindingSupport.guarded {
                try TransformerBlock(dimension: dimension, heads: heads, causal: causal, random: &random)
            })
        }
        addForward(type)
        type.addProperty("attention", type: .native("MultiHeadAttention")) { object in
            guard let block = object as? TransformerBlock else { throw NativeError("internal error: not a block") }
            return .native(Shared(block.attention))
        }
        addParameterMembers(to: type)
        return type
    }

    /// `forward(x)` for a layer held directly as the native object.
    private static func addForward(_ type: NativeType) {
        type.addMethod("forward", parameters: [NativeParameter(nil, tensor)], returns: tensor) { call in
            let input = try call.object(0, as: Tensor.self)
            guard let layer = call.receiver as? any Layer else { throw NativeError("internal error: not a layer") }
            return .native(try BindingSupport.guarded { try layer.forward(input) })
        }
    }
}
