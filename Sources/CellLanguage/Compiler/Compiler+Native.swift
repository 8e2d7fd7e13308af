import Diagnostics

extension Compiler {
    private func shapes(_ function: NativeFunction) -> [ParameterShape] {
        function.parameters.map {
            var isFunction = false
            if case .function = $0.type { isFunction = true }
            return ParameterShape(label: $0.label, hasDefault: $0.defaultValue != nil, isFunction: isFunction)
        }
    }

    /// Whether an argument expression could have the given type (numeric literals fit Int and Double).
    private func fits(_ expr: Expr, _ type: CType) -> Bool {
        if Compiler.isNumericLiteral(expr) {
            return type == .double || (type == .int && !Compiler.containsFloatLiteral(expr))
        }
        if case .member(nil, _, _) = expr.kind, case .constants = type { return true }
        if case .closure = expr.kind, case .function = type { return true }
        let actual = compileExprTypeOnly(expr)
        return actual == type || actual.hasError
    }

    /// Compiles a call of native functions (overloads by labels, then argument types), with an optional receiver.
    func compileNativeCall(_ candidates: [NativeFunction], receiver: Typed?, _ arguments: [Argument],
                           at location: SourceLocation) -> Typed {
        var chosen: (NativeFunction, [Int?])?
        var labelMatches: [(NativeFunction, [Int?])] = []
        for candidate in candidates {
            if let matched = matchArguments(shapes(candidate), arguments, at: location, report: false) {
                labelMatches.append((candidate, matched))
            }
        }
        if labelMatches.count == 1 {
            chosen = labelMatches[0]
        } else if labelMatches.count > 1 {
            chosen = labelMatches.first { candidate, matched in
                matched.enumerated().allSatisfy { parameterIndex, argumentIndex in
                    guard let argumentIndex else { return true }
                    return fits(arguments[argumentIndex].value, candidate.parameters[parameterIndex].type)
                }
            } ?? labelMatches[0]
        } else if candidates.count == 1 {
            _ = matchArguments(shapes(candidates[0]), arguments, at: location)
            return .invalid
        } else {
            let name = candidates.first?.name ?? "function"
            error("no exact matches in call to '\(name)'", at: location)
            return .invalid
        }
        guard let (function, matched) = chosen else { return .invalid }
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
            do {
                return try body(NativeCall(arguments: values, receiver: object, runtime: runtime, location: location))
            } catch let failure as NativeError {
                throw RuntimeError(message: failure.message, location: location)
            }
        }
    }

    /// A native global function used as a value (only when it has a single overload).
    func nativeFunctionValue(_ candidates: [NativeFunction], at location: SourceLocation) -> Typed {
        guard candidates.count == 1, let function = candidates.first else {
            error("ambiguous use of '\(candidates.first?.name ?? "")'", at: location)
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
