import Diagnostics

/// Overloads with the same argument labels told apart by their parameter types, chosen at compile time as swiftc
/// chooses them: the candidate that fits every argument at least as well as each other one, and one better.
extension Compiler {
    /// Picks the overload that fits the call: by labels, then (when several have the call's labels) by argument
    /// types. Reports `no exact matches` when none fits and `ambiguous use` when two fit equally well.
    /// With `orGenerics`, a call that no overload fits returns nil without a report when generic functions of the
    /// same name exist (the caller tries them).
    func selectOverload(_ overloads: [FunctionInfo], _ arguments: [Argument], at location: SourceLocation,
                        orGenerics: Bool = false, role: OverloadRole = .function) -> (FunctionInfo, [Int?])? {
        let labelled = overloads.compactMap { info in
            matchArguments(shapes(info), arguments, at: location, report: false).map { (info, $0) }
        }
        guard let first = overloads.first else { return nil }
        let withGenerics = orGenerics && generics(named: first.name)
        // The checker's choice (by labels, then argument types; the generic function beside concrete ones).
        if overloads.count > 1 || withGenerics {
            let choice = checkedOverload(arguments, at: location)
            if choice == .generic && withGenerics { return nil }
            if let choice, let chosen = labelled.first(where: { choice.isChosen($0.0) }) { return chosen }
        }
        if labelled.count == 1 && !withGenerics { return labelled[0] }
        if labelled.isEmpty {
            if withGenerics { return nil }
            if overloads.count > 1 {
                // One overload swiftc takes as mislabelled: its label mistake (`missing argument labels …`).
                if let index = Compiler.mislabelledOverload(overloads.map(shapes), arguments) {
                    let reported = errorMark()
                    _ = matchArguments(shapes(overloads[index]), arguments, at: location)
                    if hasErrors(since: reported) { return nil }
                }
                error(first.name == "init" ? .noMatchingInitializer : role.noMatch(first), at: location)
                return nil
            }
            _ = matchArguments(shapes(first), arguments, at: location)
            return nil
        }
        // Several candidates take these labels: score each argument against each candidate's parameter type.
        let savedOnly = onlyCandidateForClosures
        defer { onlyCandidateForClosures = savedOnly }
        onlyCandidateForClosures = !withGenerics && closureFits(labelled, arguments) == 1
        let scored = labelled.compactMap { info, matched -> (FunctionInfo, [Int?], [Int])? in
            var scores: [Int] = []
            for (index, argumentIndex) in matched.enumerated() {
                guard let argumentIndex else { continue }
                var value = arguments[argumentIndex].value
                if case .inoutArgument(let inner) = value.kind { value = inner }
                guard let score = overloadFit(value, info.parameters[index].type) else { return nil }
                scores.append(score)
            }
            return (info, matched, scores)
        }
        if scored.isEmpty {
            if withGenerics { return nil }
            error(first.name == "init" ? .noMatchingInitializer : role.noMatch(first), at: location)
            return nil
        }
        let best = scored.filter { candidate in !scored.contains { Compiler.beats($0.2, candidate.2) } }
        // A generic function takes every argument as it is: it wins over a concrete one that converts an argument
        // (a literal to another type, a value to its optional), as in swiftc.
        if withGenerics, best.contains(where: { $0.2.contains { $0 < Compiler.upcastFit } }) { return nil }
        if best.count == 1 { return (best[0].0, best[0].1) }
        // Candidates with different parameter counts (defaults) that fit equally well: the first one, as before.
        if Set(best.map(\.0.parameters.count)).count > 1 { return (best[0].0, best[0].1) }
        // An argument whose own mistake was reported fits every candidate: no ambiguity of the call's (a cascade).
        if arguments.contains(where: { argument in
            switch argument.value.kind {
            // Type-only: the fit asked it already (`overloadFit`); only whether it is an error is asked again.
            case .name, .member, .call, .subscriptAccess: return compileExprTypeOnly(argument.value).hasError
            default: return false
            }
        }) { return nil }
        error(.ambiguousUse(first.name), at: location)
        return nil
    }

    /// The fit of a subclass's instance for its superclass, or of a value for a protocol it conforms to (swiftc
    /// prefers them to a generic function's parameter, and its own type to them).
    static let upcastFit = 6

    /// Whether scores `a` are at least `b`'s everywhere and better somewhere (both of the same arguments).
    private static func beats(_ a: [Int], _ b: [Int]) -> Bool {
        a.count == b.count && zip(a, b).allSatisfy { $0 >= $1 } && zip(a, b).contains { $0 > $1 }
    }

    /// How many of `candidates` take every closure literal among `arguments` by its shape (`closureShapeFit`): when
    /// one, only it can be chosen, and whether a closure throws changes nothing but its score.
    private func closureFits(_ candidates: [(FunctionInfo, [Int?])], _ arguments: [Argument]) -> Int {
        Compiler.closureFits(candidates.map { info, matched in
            matched.enumerated().compactMap { index, argumentIndex in argumentIndex.map { (arguments[$0].value, info.parameters[index].type) } }
        }, resolve: resolveType)
    }

    /// How many candidates (each the arguments it takes with their parameter types) take every closure literal among
    /// their arguments by its shape (`closureShapeFit`); the generator's and the checker's count alike.
    static func closureFits(_ candidates: [[(argument: Expr, parameter: CType)]], resolve: (TypeExpr) -> CType?) -> Int {
        candidates.filter { passed in
            passed.allSatisfy { argument, parameter in
                guard case .closure(let literal) = argument.kind else { return true }
                return closureShapeFit(literal, parameter, resolve: resolve) != nil
            }
        }.count
    }

    /// Whether generic functions named `name` exist (a call that no concrete overload fits may be theirs).
    private func generics(named name: String) -> Bool {
        !(protocolState.genericFunctions[name] ?? []).isEmpty
    }

    /// How well an argument fits a parameter type, to choose among overloads: nil when it cannot, 7 for its own type,
    /// 6 for an upcast or an existential, 5 for a literal's non-default type (`1` as Double) or a non-throwing function
    /// for a throwing function type, and 4 less than the wrapped type's score for an optional promotion.
    func overloadFit(_ expr: Expr, _ type: CType) -> Int? {
        if type.hasError { return 7 }
        if case .nilLiteral = expr.kind {
            if case .optional = type { return 7 }
            return nil
        }
        if Compiler.isNumericLiteral(expr) {
            if case .optional(let wrapped) = type { return overloadFit(expr, wrapped).map { $0 - 4 } }
            let hasFloat = Compiler.containsFloatLiteral(expr)
            if type == .double { return hasFloat ? 7 : 5 }
            if type == .int { return hasFloat ? nil : 7 }
            if case .integer = type { return hasFloat ? nil : 5 }
        }
        if case .closure(let literal) = expr.kind {
            guard let (parameters, result, isThrowing) = Compiler.closureShapeFit(literal, type, resolve: resolveType) else { return nil }
            // Whether the closure throws is asked only when its syntax may throw and the answer can change the choice;
            // the checker's answer (`TypeChecker.recordClosureThrows`), else a throw-away compilation.
            if isThrowing && onlyCandidateForClosures { return 7 }
            let throwsInside = ThrowSites.mayThrow(expr) && overloadFact("throws", expr, checked: checkedClosureThrows(expr)) {
                closureThrows(expr, as: .function(parameters, result))
            }
            return Compiler.closureFit(isThrowing: isThrowing, throwsInside: throwsInside)
        }
        // Type-only: candidates are ranked by the argument's type before the chosen one compiles it.
        let actual = compileExprTypeOnly(expr)
        if actual.hasError || actual == type { return 7 }
        if case .optional(let wrapped) = type { return overloadFit(expr, wrapped).map { $0 - 4 } }
        if case .throwingFunction(let parameters, let result) = type, actual == .function(parameters, result) { return 5 }
        if case .user = type, case .user = actual, convertsByUpcastOrExistential(actual, to: type) { return Compiler.upcastFit }
        if type == .user(anyType) { return Compiler.upcastFit }
        // The checker's types and the rule both passes follow, else a throw-away compilation.
        let adapted = overloadFact("adapts to \(type)", expr, checked: checkedAdaptation(expr, to: type)) { adapts(expr, to: type) }
        return adapted ? 5 : nil
    }

    /// A fact of the overload fit: the checker's answer `checked`, else `compiled()`'s. While the oracle runs, both,
    /// the generator's compilation decides and a different answer of the checker's is a disagreement.
    private func overloadFact(_ fact: String, _ expr: Expr, checked: Bool?, compiled: () -> Bool) -> Bool {
        guard comparesCheckedDecisions else { return checked ?? compiled() }
        let answer = compiled()
        if checked == answer { typeTable.overloadFactsAgreed += 1 }
        if let checked, checked != answer {
            typeTable.overloadFactDisagreements.append(
                "\(expr.location.line):\(expr.location.column) \(fact): checker \(checked), generator \(answer)")
        }
        return answer
    }

    /// The fit of a closure literal for a function type of its shape: its own type when it throws as the parameter
    /// does, 5 for a throwing parameter it does not throw through, nil when it throws and the parameter does not.
    static func closureFit(isThrowing: Bool, throwsInside: Bool) -> Int? {
        if throwsInside && !isThrowing { return nil }
        return isThrowing && !throwsInside ? 5 : 7
    }

    /// Whether `expr` takes `type` as its context, by `ArgumentAdaptation` over the types the checker gave its
    /// names, member reads and calls of declared functions; nil when unknown.
    private func checkedAdaptation(_ expr: Expr, to type: CType) -> Bool? {
        guard Compiler.readsCheckedTypes, let checked = typeTable.checked else { return nil }
        return ArgumentAdaptation.adapts(expr, to: type) { leaf in
            let node = typeTable.sameTypeNode(leaf)
            if case .call = leaf.kind, checked.callee(of: node) == nil { return nil }
            let own = checkedTypeWithoutContext(leaf) ?? (recordedSpecialization == nil ? checked.type(of: node) : nil)
            guard let own, !own.hasError, own.functionParameters == nil else { return nil }
            return own
        }
    }

    /// Whether an error leaves the closure literal `expr`, as the checker found it; nil when it did not tell.
    func checkedClosureThrows(_ expr: Expr) -> Bool? {
        guard Compiler.readsCheckedTypes else { return nil }
        return typeTable.checked?.closureThrows(expr)
    }

    /// Whether an expression compiles to `type` when `type` is expected (`c ? 1000 : 1` as a Double), in a
    /// throw-away pass: only where neither the checker's types nor `ArgumentAdaptation` tell (none in the tests'
    /// corpora, the notebooks or the docs; `TypeOnlyCompilationTests`).
    private func adapts(_ expr: Expr, to type: CType) -> Bool {
        throwAwayCompilation {
            let mark = errorMark()
            let typed = compileExpr(expr, expected: type)
            return !hasErrors(since: mark) && typed.type == type
        }
    }

    /// Whether a value of user type `actual` converts to user type `type` (a superclass or a protocol it conforms to).
    private func convertsByUpcastOrExistential(_ actual: CType, to type: CType) -> Bool {
        guard case .user(let target) = type, case .user(let source) = actual else { return false }
        if target.kind == .protocolType { return conforms(actual, to: target) }
        var ancestor = source.superclass
        while let current = ancestor {
            if current === target { return true }
            ancestor = current.superclass
        }
        return false
    }

    /// The parameter types, result and throwing of the function type `type` when the closure `literal` may be passed
    /// for it (as many parameters as it names, the types it annotates); nil when it cannot.
    static func closureShapeFit(_ literal: ClosureLiteral, _ type: CType,
                                resolve: (TypeExpr) -> CType?) -> (parameters: [CType], result: CType, isThrowing: Bool)? {
        let (parameters, result, isThrowing): ([CType], CType, Bool)
        switch type.unwrapped {
        case .function(let list, let returned): (parameters, result, isThrowing) = (list, returned, false)
        case .throwingFunction(let list, let returned): (parameters, result, isThrowing) = (list, returned, true)
        default: return nil
        }
        let written = literal.hasExplicitParameters ? literal.parameters.count : literal.anonymousCount
        if written > parameters.count || (literal.hasExplicitParameters && written != parameters.count) { return nil }
        // `{ (x: Int) in … }` does not fit `(String) -> R`.
        if literal.hasExplicitParameters, zip(literal.parameters, parameters).contains(where: { written, type in
            written.type.map { resolve($0) != type } ?? false
        }) {
            return nil
        }
        return (parameters, result, isThrowing)
    }

    /// Whether a closure literal throws (a `throw` or a `try` it does not handle): compiled as a non-throwing closure
    /// of `type` in a throw-away pass (type-only: it records nothing), it reports a throwing closure.
    func closureThrows(_ expr: Expr, as type: CType?) -> Bool {
        throwAwayCompilation(typeOnly: true) {
            let start = diagnostics.count
            _ = compileExpr(expr, expected: type)
            let message = CompileError.notSupported("throwing closure").message
            return diagnostics.contains(from: start) { $0.message == message }
        }
    }
}

/// What a set of overloads is, for swiftc's wording when no overload fits a call.
enum OverloadRole {
    case function, instanceMethod, staticMethod, subscriptAccess

    /// swiftc's `no exact matches in call to …` for overloads of `first`'s name.
    func noMatch(_ first: FunctionInfo) -> CompileError {
        switch self {
        case .function where first.level > 0: return .noMatchingFunction(first.name, role: "local function")
        case .function: return .noMatchingGlobalFunction(first.name)
        case .instanceMethod: return .noMatchingInstanceMethod(first.name)
        case .staticMethod: return .noMatchingFunction(first.name, role: "static method")
        case .subscriptAccess: return .noMatchingSubscript
        }
    }
}
