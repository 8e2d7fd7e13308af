import Diagnostics

/// A `some Collection` result (or `some P`, `P` a protocol with associated types) has the type its body gives, its
/// underlying type (`Compiler.opaqueUnderlyingResult`). When the body gives none, or one that does not conform, the
/// generator gives the function an error result and reports nothing: the checker reports what swiftc reports, while
/// it checks the body (inferring its result as a closure's), and nbrun's refusal when it cannot tell the type.
extension TypeChecker {
    /// Whether `decl`, a function (no member: `self` unknown), has a written result that has its body's type
    /// (`isUnderlyingResult`): the generator declared it so.
    func hasUnderlyingResult(_ decl: FunctionDecl) -> Bool {
        guard selfType == nil, conformingSelf == nil, genericSelf == nil, let result = decl.returnType else { return false }
        return isUnderlyingResult(result, takesInout: decl.parameters.contains(where: \.isInout))
    }

    /// Checks the body of `decl`, whose `some P` result the generator could not give an underlying type, its result
    /// inferred from its returns; then reports why: a body that only traps (`Never`), a value of type `()` or of a type
    /// not conforming to `P` (at the value), `return`s without a value, no `return` at all (at the function's name);
    /// with none of those and no mistake in the body, nbrun's refusal at the result (`refusesUnknown`: the body's
    /// result is the one nbrun runs, not a generic body's check under placeholders, where it may not be known).
    func underlyingResultBody(_ decl: FunctionDecl, refusesUnknown: Bool) {
        guard case .named(let written, let resultLocation)? = decl.returnType else { return }
        let before = checked.diagnostics.count, left = mistakesLeftToPlaceholderChecks
        (returnType, returnTyping, reportsReturnMismatches) = (nil, .inferred, false)
        var single: Expr?
        if decl.body.count == 1, case .expression(let expr) = decl.body[0] { single = expr }
        if let single { returned(single) } else { statements(decl.body) }
        underlyingResultMistakes(decl, single: single, found: returnTyping == .unknown ? nil : returnType)
        if refusesUnknown, checked.diagnostics.count == before, mistakesLeftToPlaceholderChecks == left {
            report(.unsupported(.opaqueUnderlyingType, "\(written)"), at: resultLocation)
        }
    }

    /// Reports the mistakes of a body that gives its `some P` result no conforming type (`found`: the type inferred
    /// from its first `return`, or its single expression `single`).
    private func underlyingResultMistakes(_ decl: FunctionDecl, single: Expr?, found: CType?) {
        guard case .named(let written, _)? = decl.returnType else { return }
        let protocolName = String(written.dropFirst(5))
        let callee = "return type of global function '\(Self.requirementCalleeName(decl))'"
        if let single, FlowExits.isNeverCall(single) {
            return report(.genericRequirement(callee, type: .native("Never"), protocolName: protocolName), at: single.location)
        }
        if single == nil {
            for location in FlowExits.valuelessReturns(decl.body) { report(.missingReturnValue, at: location) }
        }
        let values = single.map { [$0] } ?? FlowExits.returnedValues(decl.body)
        guard let first = values.first else { return report(.opaqueResultWithoutReturns, at: decl.location) }
        guard let type = found, !type.hasError else { return }
        if type == .void { return report(.typeCannotConform(.void, protocolName: protocolName), at: first.location) }
        // swiftc reports each `return` whose value does not conform.
        for value in values {
            guard let valueType = value === first ? type : recordedType(value), !valueType.hasError, valueType != .void,
                  !compiler.satisfies(valueType, protocolName) else { continue }
            report(.genericRequirement(callee, type: valueType, protocolName: protocolName), at: value.location)
        }
    }

    /// The type the checker recorded for `expr` (under the type arguments of the body being checked, if any).
    private func recordedType(_ expr: Expr) -> CType? {
        if let specialization { return checked.specialized.type(of: expr, in: .arguments(specialization)) }
        return checked.type(of: expr)
    }
}
