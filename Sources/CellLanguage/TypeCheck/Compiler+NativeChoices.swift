import Diagnostics

/// The generator's side of the native bindings the type checker resolves: the native overload it chose by argument
/// types and the native operator, taken instead of ranking the candidates (the generator never ranks them itself);
/// `TypeCheckAgreement` compares the binding each node compiled to with the checker's.
extension Compiler {
    /// The native overload the checker chose for the call at `location`, when it is one of the `candidates` the labels fit.
    func checkedNativeOverload(among candidates: [(NativeFunction, [Int?])], at location: SourceLocation) -> (NativeFunction, [Int?])? {
        guard candidates.count > 1, Compiler.readsCheckedTypes,
              case .native(let chosen)? = typeTable.checked?.nativeChoices[location] else { return nil }
        return candidates.first { $0.0.hasSignature(of: chosen) }
    }

    /// The native operator `op` the checker chose at `location`, when it takes operands of these types (`fits`).
    func checkedNativeOperator(_ op: String, at location: SourceLocation,
                               fits: (NativeOperator) -> Bool) -> NativeOperator? {
        guard Compiler.readsCheckedTypes,
              case .nativeOperator(let chosen)? = typeTable.checked?.nativeChoices[location],
              chosen.symbol == op, fits(chosen) else { return nil }
        return chosen
    }
}

extension TypeCheckAgreement {
    /// Compares the native binding or operator the checker resolved a node to with the generator's choice.
    mutating func compareNative(_ checked: CalleeResolution?, _ compiled: TypeTable.Entry) {
        guard let checked, let resolution = compiled.resolution else { return }
        let same: Bool
        switch (checked, resolution) {
        case (.native(let a), .native(let b)): same = a.hasSignature(of: b)
        case (.nativeOperator(let a), .nativeOperator(let b)): same = a.hasSignature(of: b)
        default: same = false
        }
        if same {
            calleesAgreed += 1
        } else {
            let location = compiled.node.location
            disagreements.append("\(location.line):\(location.column) \(Self.kind(compiled.node)): checker chose \(checked), "
                                 + "generator \(resolution)")
        }
    }
}
