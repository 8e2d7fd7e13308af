import Tensors

/// A layer or model whose trainable tensors have names, like PyTorch's `named_parameters()`: a layer's own
/// tensors (`weight`, `bias`) plus those of its sub-layers under dotted names (`attention.outputProjection.weight`,
/// `blocks.0.attentionNorm.gamma`).
///
/// `parameter(_:)` reads a tensor by name and `setParameter(_:to:)` copies new values into it in place — the
/// same tensor object stays in `parameters`, so optimisers already holding it keep training it, and the values
/// written are exactly what `forward` uses. Layers may also answer derived names that are views of their
/// tensors (`MultiHeadAttention`'s `queryWeight` is a third of the fused input projection).
public protocol NamedParameters: AnyObject {
    /// This layer's own tensors, by name, in `parameters` order.
    var ownParameters: [(name: String, tensor: Tensor)] { get }
    /// The sub-layers, by name, in `parameters` order.
    var namedChildren: [(name: String, child: any NamedParameters)] { get }
    /// A copy of a derived parameter (a view of own tensors under another name), or nil for an unknown name.
    func derivedParameter(_ name: String) throws(TensorError) -> Tensor?
    /// Writes a derived parameter into the own tensors; false for an unknown name.
    func setDerivedParameter(_ name: String, to value: Tensor) throws(TensorError) -> Bool
    /// The derived names this layer answers, for messages and listings.
    var derivedParameterNames: [String] { get }
}

extension NamedParameters {
    /// No own tensors by default.
    public var ownParameters: [(name: String, tensor: Tensor)] { [] }
    /// No sub-layers by default.
    public var namedChildren: [(name: String, child: any NamedParameters)] { [] }
    /// No derived names by default.
    public func derivedParameter(_ name: String) throws(TensorError) -> Tensor? { nil }
    /// No derived names by default.
    public func setDerivedParameter(_ name: String, to value: Tensor) throws(TensorError) -> Bool { false }
    /// No derived names by default.
    public var derivedParameterNames: [String] { [] }

    /// Every trainable tensor with its dotted name, own tensors first, then each sub-layer's.
    public var namedParameters: [(name: String, tensor: Tensor)] {
        ownParameters + namedChildren.flatMap { child in
            child.child.namedParameters.map { (name: child.name + "." + $0.name, tensor: $0.tensor) }
        }
    }

    /// The names of `namedParameters`, in order.
    public var parameterNames: [String] { namedParameters.map(\.name) }

    /// The tensor called `name` (the tensor itself, so its `grad` is readable), or a copy for a derived name.
    public func parameter(_ name: String) throws(TensorError) -> Tensor {
        if let own = ownParameters.first(where: { $0.name == name }) { return own.tensor }
        if let derived = try derivedParameter(name) { return derived }
        if let found = child(for: name) { return try found.child.parameter(found.rest) }
        throw unknown(name)
    }

    /// Copies `value` (same shape) into the tensor called `name`, in place.
    public func setParameter(_ name: String, to value: Tensor) throws(TensorError) {
        if let own = ownParameters.first(where: { $0.name == name }) {
            guard own.tensor.shape == value.shape else {
                throw .shapeMismatch(
                    "setParameter: '\(name)' has shape \(own.tensor.shapeDescription), the new value \(value.shapeDescription)")
            }
            try own.tensor.assign(value.scalars)
            return
        }
        if try setDerivedParameter(name, to: value) { return }
        if let found = child(for: name) { return try found.child.setParameter(found.rest, to: value) }
        throw unknown(name)
    }

    private func child(for name: String) -> (child: any NamedParameters, rest: String)? {
        guard let dot = name.firstIndex(of: ".") else { return nil }
        let head = String(name[..<dot]), rest = String(name[name.index(after: dot)...])
        guard let child = namedChildren.first(where: { $0.name == head }) else { return nil }
        return (child.child, rest)
    }

    private func unknown(_ name: String) -> TensorError {
        let known = parameterNames + derivedParameterNames
        let listed = known.count > 12 ? known.prefix(12).joined(separator: ", ") + ", …" : known.joined(separator: ", ")
        return .invalidArgument("no parameter named '\(name)'; the names are \(listed)")
    }
}

extension NamedParameters {
    /// Checks that `value` has `shape` before it replaces the parameter `name` (for `setDerivedParameter`).
    public func requireShape(_ value: Tensor, _ shape: [Int], _ name: String) throws(TensorError) {
        guard value.shape == shape else {
            let expected = shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
            throw .shapeMismatch("setParameter: '\(name)' has shape \(expected), the new value \(value.shapeDescription)")
        }
    }
}

/// Sub-layers named by their index (`0`, `1`, …), like PyTorch's `nn.ModuleList`: `blocks.0.attention…`.
public final class NamedParameterList: NamedParameters {
    /// The layers in order.
    public let layers: [any NamedParameters]

    /// Lists `layers` under their indices.
    public init(_ layers: [any NamedParameters]) {
        self.layers = layers
    }

    /// Each layer under its index.
    public var namedChildren: [(name: String, child: any NamedParameters)] {
        layers.enumerated().map { (name: String($0.offset), child: $0.element) }
    }
}
