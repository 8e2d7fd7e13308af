/// Overloads with the same labels told apart by how well each argument fits each candidate's parameter, scored as
/// `Compiler.overloadFit` scores them (7 for the argument's own type, 6 for `Any` or a superclass, 5 for a number
/// literal's non-default type, 4 less through an optional promotion; no user type takes a literal) and chosen as `Compiler.selectOverload` chooses:
/// the one candidate no other beats. The generator reads the choice the checker records, so every score here is
/// the generator's exactly: whether an argument takes a parameter's type by context follows the rule both passes
/// share (`ArgumentAdaptation`), a closure literal's fit its shape and whether an error leaves it
/// (`recordClosureThrows`); an argument the rule cannot tell of leaves the choice unknown.
extension TypeChecker {
    /// An argument's fit for a parameter type.
    private enum Fit {
        /// The checker cannot tell the generator's score.
        case unknown
        /// The argument cannot pass the parameter.
        case none
        case score(Int)

        func promoted() -> Fit {
            if case .score(let value) = self { return .score(value - 4) }
            return self
        }
    }

    /// The one candidate among `fitting` (each with the parameter every argument passes) that fits `arguments` best;
    /// `types` are the arguments' types where the checker typed them without a context. Nil when unknown.
    func bestScoredOverload(_ fitting: [(FunctionInfo, [Int])], _ arguments: [Argument], _ types: [CType?]) -> (FunctionInfo, [Int])? {
        guard let scored = scoredOverloads(fitting, arguments, types) else { return nil }
        let best = bestOverloads(scored)
        if best.count == 1 { return best[0].candidate }
        // Equally good fits with different parameter counts (defaults): swiftc takes the one that leaves out fewer
        // defaulted parameters (`h(1)` calls `h(_ x: Int)` beside `h(_ x: Int, y: Int = 0)`).
        let fewest = best.map(\.candidate.0.parameters.count).min()
        let shortest = best.filter { $0.candidate.0.parameters.count == fewest }
        return Set(best.map(\.candidate.0.parameters.count)).count > 1 && shortest.count == 1 ? shortest[0].candidate : nil
    }

    /// A candidate with its arguments' scores.
    typealias ScoredOverload = (candidate: (FunctionInfo, [Int]), scores: [Int])

    /// The fit of a subclass's instance for its superclass or of a value for `Any` (`Compiler.upcastFit`).
    static let upcastFit = 6

    /// The candidates among `fitting` every argument can pass, with their scores; nil when some score is unknown.
    func scoredOverloads(_ fitting: [(FunctionInfo, [Int])], _ arguments: [Argument], _ types: [CType?]) -> [ScoredOverload]? {
        var scored: [ScoredOverload] = []
        let onlyForClosures = onlyCandidateForClosures(fitting.map { info, positions in positions.map { info.parameters[$0].type } }, arguments)
        for candidate in fitting {
            var scores: [Int] = []
            for (index, position) in candidate.1.enumerated() {
                switch fit(arguments[index].value, index < types.count ? types[index] : nil, candidate.0.parameters[position].type,
                           onlyForClosures: onlyForClosures) {
                case .unknown: return nil
                case .none: break
                case .score(let value): scores.append(value)
                }
            }
            if scores.count == candidate.1.count { scored.append((candidate, scores)) }
        }
        return scored
    }

    /// The candidates no other beats.
    func bestOverloads(_ scored: [ScoredOverload]) -> [ScoredOverload] {
        scored.filter { candidate in !scored.contains { Self.beats($0.scores, candidate.scores) } }
    }

    /// Whether scores `a` are at least `b`'s everywhere and better somewhere.
    private static func beats(_ a: [Int], _ b: [Int]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0 >= $1 } && zip(a, b).contains { $0 > $1 }
    }

    /// Whether one candidate only (each the parameter types its arguments pass) takes every closure literal among
    /// `arguments` by its shape (`Compiler.selectOverload`'s `onlyCandidateForClosures`).
    func onlyCandidateForClosures(_ candidates: [[CType]], _ arguments: [Argument]) -> Bool {
        Self.closureFits(candidates.map { parameters in zip(arguments, parameters).map { ($0.value, $1) } },
                             resolve: { self.resolve($0) }) == 1
    }

    /// How `expr` (of type `actual` when typed without a context) fits a parameter of type `type`; `onlyForClosures`:
    /// this candidate alone takes the call's closure literals by their shape.
    private func fit(_ expr: Expr, _ actual: CType?, _ type: CType, onlyForClosures: Bool) -> Fit {
        let isAny: Bool
        if case .user(let user) = type { isAny = user === compiler.protocolState.anyType } else { isAny = false }
        switch expr.kind {
        case .nilLiteral:
            if case .optional = type { return .score(7) }
            return .none
        case .closure(let literal):
            return closureFit(expr, literal, type, onlyForClosures: onlyForClosures)
        case .inoutArgument:
            return .unknown
        default:
            break
        }
        if expr.isNumericLiteral {
            if case .optional(let wrapped) = type { return fit(expr, actual, wrapped, onlyForClosures: onlyForClosures).promoted() }
            let hasFloat = expr.containsFloatLiteral
            switch type {
            case .double: return .score(hasFloat ? 7 : 5)
            case .int: return hasFloat ? .none : .score(7)
            case .integer: return hasFloat ? .none : .score(5)
            case .string, .bool, .character, .array, .set, .dictionary, .tuple, .function: return .none
            case .user(let user) where user.kind != .protocolType: return .none
            default: return isAny ? .score(Self.upcastFit) : .unknown
            }
        }
        guard let own = actual ?? literalType(expr) ?? aloneType(expr) else {
            // Its own type unknown, an argument that certainly does not take the parameter's type fits it nowhere.
            if case .optional = type { return .unknown }
            return isAny || ArgumentAdaptation.adapts(expr, to: type, fixedType: fixedType) != false ? .unknown : .none
        }
        if own == type { return .score(7) }
        if case .optional(let wrapped) = type { return fit(expr, own, wrapped, onlyForClosures: onlyForClosures).promoted() }
        if case .throwingFunction(let parameters, let result) = type, own == .function(parameters, result) { return .score(5) }
        if isAny { return own == .void ? .unknown : .score(Self.upcastFit) }
        if case .user(let sub) = own, case .user(let base) = type, sub.kind == .classType, base.kind == .classType {
            if sub.isSubclass(of: base) { return .score(Self.upcastFit) }
        }
        if case .user = own, case .user(let proto) = type, proto.kind == .protocolType, compiler.conforms(own, to: proto) {
            return .score(Self.upcastFit)
        }
        // A value whose type no context changes (a name, a member) adapts to no other closed type; a literal, to no
        // other basic type it cannot spell.
        switch expr.kind {
        case .name, .member(_?, _, _):
            if certainlyMismatches(own, type) { return .none }
        case .stringLiteral, .boolLiteral, .array:
            if case .user(let user) = type, user.kind != .protocolType { return .none }
            if [.int, .double, .bool, .string].contains(type) { return .none }
        default:
            break
        }
        switch ArgumentAdaptation.adapts(expr, to: type, fixedType: fixedType) {
        case true?: return .score(5)
        case false?: return .none
        case nil: return .unknown
        }
    }

    /// A closure literal's fit for a function type, as `Compiler.overloadFit` scores it: by its shape, then by
    /// whether an error leaves it (`recordClosureThrows`) when its syntax may throw and the answer can matter.
    private func closureFit(_ expr: Expr, _ literal: ClosureLiteral, _ type: CType, onlyForClosures: Bool) -> Fit {
        guard let shape = Self.closureShapeFit(literal, type, resolve: { self.resolve($0) }) else { return .none }
        if shape.isThrowing && onlyForClosures { return .score(7) }
        var throwsInside = false
        if ThrowSites.mayThrow(expr) {
            guard let known = recordClosureThrows(expr) else { return .unknown }
            throwsInside = known
        }
        return Self.closureFit(isThrowing: shape.isThrowing, throwsInside: throwsInside).map(Fit.score) ?? .none
    }

    /// The type of a name, member read or call of a declared function whose type no context changes, checked alone
    /// on trial (`ArgumentAdaptation`'s leaves); nil when unknown or a function (an overloaded one's may change).
    private func fixedType(_ leaf: Expr) -> CType? {
        switch leaf.kind {
        case .name, .member(_?, _, _), .call: break
        default: return nil
        }
        let mark = beginTrial()
        let type = check(leaf, expected: nil)
        let callee = checked.callee(of: leaf)
        rollback(to: mark)
        if case .call = leaf.kind, callee == nil { return nil }
        guard let type, !type.hasError, type.functionParameters == nil else { return nil }
        return type
    }

    /// The type `expr` has alone where it was recorded apart from its context (`recordAloneTypes`): what the
    /// generator's overload fit finds it to be.
    private func aloneType(_ expr: Expr) -> CType? {
        if let specialization { return checked.typeWithoutContext(of: expr, in: specialization) }
        return checked.typeWithoutContext(of: expr)
    }

    /// The type of a string, Boolean or integer-array literal, as the generator types it without a context.
    private func literalType(_ expr: Expr) -> CType? {
        switch expr.kind {
        case .stringLiteral(let parts) where parts.allSatisfy({ if case .text = $0 { true } else { false } }): return .string
        case .boolLiteral: return .bool
        case .array(let elements) where !elements.isEmpty && elements.allSatisfy({ if case .intLiteral = $0.kind { true } else { false } }):
            return .array(.int)
        default: return nil
        }
    }
}

extension TypeChecker {
    /// Whether a call of a declared function whose overloads `fitting` take its labels is certainly ambiguous, as
    /// `Compiler.selectOverload` finds it: every score known, two or more candidates that no other beats, all with as
    /// many parameters; and typing the arguments reported nothing (the generator compiles none of them then).
    func isAmbiguous(_ fitting: [(FunctionInfo, [Int])], _ arguments: [Argument], _ types: [CType?], since before: Int) -> Bool {
        guard checked.diagnostics.count == before, let scored = scoredOverloads(fitting, arguments, types) else { return false }
        let best = bestOverloads(scored)
        return best.count > 1 && Set(best.map(\.candidate.0.parameters.count)).count == 1
    }

    /// Whether no overload of `fitting` (two or more, each taking the call's labels) certainly takes the arguments,
    /// as `Compiler.selectOverload` finds it (`no exact matches in call to global function 'f'`): every score known,
    /// some argument passing no candidate's parameter; and typing the arguments reported nothing.
    func hasNoMatch(_ fitting: [(FunctionInfo, [Int])], _ arguments: [Argument], _ types: [CType?], since before: Int) -> Bool {
        guard fitting.count > 1, checked.diagnostics.count == before, let scored = scoredOverloads(fitting, arguments, types) else {
            return false
        }
        return scored.isEmpty
    }
}

extension TypeChecker {
    /// `name(arguments)` where `name` is one of several nested functions of the same body (overloads): when every
    /// overload's signature is known and declared before the call, and two or more take the labels, the arguments are
    /// scored as for declared functions and a certain ambiguity is reported at the call (`ambiguous use of 'f'`), or a
    /// certain mismatch, when no overload takes them (`no exact matches in call to local function 'f'`).
    /// Nil (nothing checked) when fewer than two take the labels or a signature is unknown; `.some(nil)` when the
    /// arguments were checked and no ambiguity is certain.
    func ambiguousNestedCall(_ call: Expr, _ name: String, _ referent: Referent, _ arguments: [Argument]) -> CType?? {
        let index: Int
        switch referent {
        case .local(let local), .capture(let local): index = local
        default: return nil
        }
        guard isOverloaded(index), compiler.protocolState.genericFunctions[name] == nil else { return nil }
        let declaration = resolution.declarations[index]
        var fitting: [([CType], [Int])] = []
        var candidates: [(signature: NestedFunctionSignature, positions: [Int], location: SourceLocation)] = []
        for (other, candidate) in resolution.declarations.enumerated()
        where candidate.kind == .function && candidate.name == name && candidate.function == declaration.function {
            guard let signature = overloadedNestedFunctions[other], candidate.location < call.location,
                  signature.inoutPositions.isEmpty else { return nil }
            if let positions = Self.match(signature.parameters, arguments) {
                fitting.append((signature.parameters.map(\.type), positions))
                candidates.append((signature, positions, candidate.location))
            }
        }
        if candidates.count == 1 { return .some(nestedOverloadCall(candidates[0], arguments)) }
        guard fitting.count > 1 else { return nil }
        let before = checked.diagnostics.count
        let types = arguments.map { Self.isContextFree($0.value) ? check($0.value, expected: nil) : nil }
        guard checked.diagnostics.count == before else { return .some(nil) }
        var scored: [(count: Int, scores: [Int], index: Int)] = []
        let onlyForClosures = onlyCandidateForClosures(fitting.map { parameters, positions in positions.map { parameters[$0] } }, arguments)
        for (candidate, (parameters, positions)) in fitting.enumerated() {
            var scores: [Int] = []
            for (argument, (type, position)) in zip(arguments, zip(types, positions)) {
                switch fit(argument.value, type, parameters[position], onlyForClosures: onlyForClosures) {
                case .unknown: return .some(nil)
                case .none: break
                case .score(let value): scores.append(value)
                }
            }
            if scores.count == positions.count { scored.append((parameters.count, scores, candidate)) }
        }
        if scored.isEmpty {
            report(.noMatchingFunction(name, role: "local function"), at: call.location)
            return .some(.error)
        }
        let best = scored.filter { candidate in !scored.contains { Self.beats($0.scores, candidate.scores) } }
        if best.count == 1 { return .some(nestedOverloadCall(candidates[best[0].index], arguments)) }
        guard best.count > 1, Set(best.map(\.count)).count == 1 else { return .some(nil) }
        report(.ambiguousUse(name), at: call.location)
        return .some(.error)
    }

    /// A call of the nested overload `chosen` (the only one taking the labels, or the best fit): its arguments
    /// checked against its parameters, the choice recorded for the generator; its result.
    private func nestedOverloadCall(_ chosen: (signature: NestedFunctionSignature, positions: [Int], location: SourceLocation),
                                    _ arguments: [Argument]) -> CType {
        for (argument, position) in zip(arguments, chosen.positions) {
            checkConverting(argument.value, to: chosen.signature.parameters[position].type) { .argumentType($0, expected: $1) }
        }
        chosenOverload = .nested(chosen.location)
        return chosen.signature.result
    }
}
