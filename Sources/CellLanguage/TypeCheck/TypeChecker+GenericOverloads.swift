/// Calls of a name that is both a declared function and a generic one (`func show<T>(_ x: T)` beside
/// `func show(_ x: Int)`), decided as `Compiler.selectOverload` decides with generics: the concrete overloads the labels
/// fit are scored (`bestScoredOverload`'s fits); when none takes the arguments, or the best one converts an argument
/// (a literal to another type, a value to its optional), the generic function is called, else the one best concrete
/// overload. Only calls whose arguments are literals, names or constructions of those: their types are cheap to find
/// twice (the generic path checks them again) and such calls cannot nest, so checking stays linear.
extension TypeChecker {
    /// `name(arguments)` where `name` has concrete and generic overloads: its type (`.some(nil)` when unknown); nil
    /// when `name` is no such function.
    func concreteOrGenericCall(_ name: String, _ referent: Referent, _ arguments: [Argument]) -> CType?? {
        switch referent {
        case .global(let index) where resolution.declarations[index].kind == .function: break
        case .earlierGlobal: break
        default: return nil
        }
        guard compiler.protocolState.genericFunctions[name] != nil,
              case .functions(let infos)? = compiler.globalScope.names[name] else { return nil }
        guard arguments.allSatisfy({ isLeaf($0.value) }),
              !infos.contains(where: { $0.parameters.contains { $0.isVariadic || $0.isAutoclosure || $0.resultBuilder != nil } }) else {
            uncheckedArguments(arguments)
            return .some(nil)
        }
        let fitting = infos.compactMap { info in Self.match(info, arguments).map { (info, $0) } }
        let types = arguments.map { Self.isContextFree($0.value) ? check($0.value, expected: nil) : nil }
        switch concreteChoice(fitting, arguments, types) {
        case .unknown:
            uncheckedArguments(arguments)
            return .some(nil)
        case .generic:
            // The generator calls the generic function without the contextual type here.
            let generic = genericCall(name, referent, arguments, expected: nil, besideConcrete: true)
            chosenOverload = .generic
            return .some(generic.handled ? generic.type : nil)
        case .concrete(let info, let positions):
            for (index, (argument, position)) in zip(arguments, positions).enumerated() where types[index] != info.parameters[position].type {
                // Its type alone stays what the generator's overload fit reads (`Dog()` for an `Animal`).
                if let alone = types[index] { recordAlone(argument.value, alone) }
                checkConverting(argument.value, to: info.parameters[position].type) { .argumentType($0, expected: $1) }
            }
            resolvedCallee = info
            chosenOverload = .declared(info)
            return .some(info.returnType)
        }
    }

    /// What `selectOverload` with generics decides for the concrete candidates `fitting`.
    private enum ConcreteChoice {
        case unknown
        case generic
        case concrete(FunctionInfo, [Int])
    }

    private func concreteChoice(_ fitting: [(FunctionInfo, [Int])], _ arguments: [Argument], _ types: [CType?]) -> ConcreteChoice {
        if fitting.isEmpty { return .generic }
        guard let scored = scoredOverloads(fitting, arguments, types) else { return .unknown }
        if scored.isEmpty { return .generic }
        let best = bestOverloads(scored)
        if best.contains(where: { $0.scores.contains { $0 < Self.upcastFit } }) { return .generic }
        return best.count == 1 ? .concrete(best[0].candidate.0, best[0].candidate.1) : .unknown
    }

    /// A literal, a name, or a construction `T(…)` of those (an argument whose type costs little to find again and
    /// holds no call of a function).
    private func isLeaf(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .intLiteral, .floatLiteral, .boolLiteral, .nilLiteral, .name: return true
        case .stringLiteral(let parts): return parts.allSatisfy { if case .text = $0 { true } else { false } }
        case .call(let callee, let arguments):
            guard case .name(let name) = callee.kind, compiler.declarations.userTypes[name] != nil else { return false }
            return arguments.allSatisfy { isLeaf($0.value) }
        default: return false
        }
    }
}
