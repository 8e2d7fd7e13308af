import Diagnostics

extension Compiler {
    /// The shapes of a native function's parameters, for argument matching (the generator's and the checker's).
    static func shapes(_ function: NativeFunction) -> [ParameterShape] {
        function.parameters.map {
            ParameterShape(label: $0.label, hasDefault: $0.defaultValue != nil, isFunction: $0.type.acceptsClosure)
        }
    }

    /// How well an argument expression fits a parameter type: `nil` when it cannot, 2 for an exact fit, 1 when
    /// a literal adapts (Swift prefers a literal's default type, e.g. `5` as Int and `1...8` as ClosedRange<Int>).
    private func fitScore(_ expr: Expr, _ type: CType) -> Int? {
        if case .optional(let wrapped) = type {
            // `nil` fits any optional; a value fits its optional type, a little less well than its own type.
            if case .nilLiteral = expr.kind { return 2 }
            return fitScore(expr, wrapped).map { max($0 - 1, 1) }
        }
        if case .nilLiteral = expr.kind { return nil }
        if expr.isNumericLiteral {
            let hasFloat = expr.containsFloatLiteral
            if type == .double { return hasFloat ? 2 : 1 }
            if type == .int && !hasFloat { return 2 }
            return nil
        }
        if case .member(nil, _, _) = expr.kind, case .constants = type { return 2 }
        if case .binary(let op, let lower, let upper, _) = expr.kind, op == "..." || op == "..<",
           lower.isNumericLiteral, upper.isNumericLiteral {
            let closed = op == "..."
            let hasFloat = lower.containsFloatLiteral || upper.containsFloatLiteral
            if type == (closed ? .doubleClosedRange : .doubleRange) { return hasFloat ? 2 : 1 }
            if !hasFloat && type == (closed ? .closedRange : .range) { return 2 }
            return nil
        }
        if case .closure(let literal) = expr.kind, case .function(let parameters, let result) = type {
            // `noGrad { x.sum() }`: a closure without parameters fits the overload whose result type it returns.
            if parameters.isEmpty, literal.anonymousCount == 0, literal.parameters.isEmpty,
               // The checker's type (`checkerType`): native overload ranking, before the chosen overload compiles the argument.
               case .function(_, let returned) = checkerType(expr), !returned.hasError {
                return returned == result ? 2 : nil
            }
            return 2
        }
        if case .array(let elements) = expr.kind, case .array(let element) = type {
            // `[0, 12]` adapts to `[Double]` as its elements do.
            return elements.reduce(Optional(2)) { score, item in score.flatMap { s in fitScore(item, element).map { min(s, $0) } } }
        }
        if case .tuple(let items) = expr.kind, case .tuple(let fields) = type {
            // `(x: 0, y: 1)` adapts to `(x: Double, y: Double)` as its elements do, labels matching.
            guard items.count == fields.count,
                  zip(items, fields).allSatisfy({ $0.label == nil || $0.label == $1.label }) else { return nil }
            return zip(items, fields).reduce(Optional(2)) { score, pair in
                score.flatMap { s in fitScore(pair.0.value, pair.1.type).map { min(s, $0) } }
            }
        }
        // The checker's type (`checkerType`): native overload ranking, before the chosen overload compiles the argument.
        // A node the checker did not type (the `target op value` the generator writes for a compound store through
        // rewritten indices) fits every candidate, as an error type does.
        let actual = knownType(expr) ?? .error
        return actual == type || actual.hasError ? 2 : nil
    }

    /// Compiles a call of native functions (overloads by labels, then argument types), with an optional receiver.
    func compileNativeCall(_ candidates: [NativeFunction], receiver: Typed?, _ arguments: [Argument],
                           at location: SourceLocation) -> Typed {
        var chosen: (NativeFunction, [Int?])?
        var labelMatches: [(NativeFunction, [Int?])] = []
        for candidate in candidates {
            if let matched = matchArguments(Compiler.shapes(candidate), arguments, at: location, report: false) {
                labelMatches.append((candidate, matched))
            }
        }
        if labelMatches.count == 1 {
            chosen = labelMatches[0]
        } else if let checked = checkedNativeOverload(among: labelMatches, at: location) {
            chosen = checked
        } else if labelMatches.count > 1 {
            // The candidate every argument fits, preferring literals at their default types (as Swift ranks them).
            var best: (score: Int, index: Int)?
            for (index, (candidate, matched)) in labelMatches.enumerated() {
                var score = 0
                var fitsAll = true
                for (parameterIndex, argumentIndex) in matched.enumerated() {
                    guard let argumentIndex else { continue }
                    guard let fit = fitScore(arguments[argumentIndex].value, candidate.parameters[parameterIndex].type) else {
                        fitsAll = false
                        break
                    }
                    score += fit
                }
                if fitsAll, score > (best?.score ?? -1) { best = (score, index) }
            }
            chosen = labelMatches[best?.index ?? 0]
        } else {
            cannotGenerate(at: location)  // no candidate takes these labels
            return .invalid
        }
        guard let (function, matched) = chosen else { return .invalid }
        noteResolution(.native(function))
        let compiled = compileArguments(function.parameters.map(\.type), matched, arguments)
        var codes: [(Frame) throws -> Value] = []
        for (index, parameter) in function.parameters.enumerated() {
            if let typed = compiled[index] {
                codes.append(typed.value)
            } else {
                let value = parameter.defaultValue ?? .void
                codes.append { _ in value }
            }
        }
        let receiverCode = receiver?.value
        let runtime = self.runtime
        let body = function.body
        return Typed.fromValue(function.returnType) { frame in
            var object: AnyObject?
            if let receiverCode, case .native(let value) = try receiverCode(frame) { object = value }
            var values: [Value] = []
            values.reserveCapacity(codes.count)
            for code in codes { values.append(try code(frame)) }
            let result: Value
            do {
                result = try body(NativeCall(arguments: values, receiver: object, runtime: runtime, location: location))
            } catch let failure as NativeError {
                throw RuntimeError(message: failure.message, location: location)
            }
            try runtime.checkAfterNativeCall(location)
            return result
        }
    }

    /// A native global function used as a value (only when it has a single overload).
    func nativeFunctionValue(_ candidates: [NativeFunction], at location: SourceLocation) -> Typed {
        guard candidates.count == 1, let function = candidates.first else {
            cannotGenerate(at: location)
            return .invalid
        }
        let runtime = self.runtime
        let types = function.parameters.map(\.type)
        return Typed(type: .function(types, function.returnType), code: .value { _ in
            .function(FunctionValue(arity: types.count) { arguments in
                do {
                    return try function.body(NativeCall(arguments: arguments, receiver: nil, runtime: runtime,
                                                        location: location))
                } catch let failure as NativeError {
                    throw RuntimeError(message: failure.message, location: location)
                }
            })
        })
    }
}
