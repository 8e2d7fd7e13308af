import Diagnostics

extension Compiler {
    private func shapes(_ function: NativeFunction) -> [ParameterShape] {
        function.parameters.map {
            ParameterShape(label: $0.label, hasDefault: $0.defaultValue != nil, isFunction: $0.type.acceptsClosure)
        }
    }

    /// Compiles a call of native functions (the overload the labels leave, else the checker's choice by argument
    /// types), with an optional receiver.
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
        } else if let checked = checkedNativeOverload(among: labelMatches, at: location) {
            chosen = checked
        } else if labelMatches.count > 1 {
            cannotGenerate(at: location)  // the checker chose none of the overloads the labels take
            return .invalid
        } else if candidates.count == 1 {
            _ = matchArguments(shapes(candidates[0]), arguments, at: location)
            return .invalid
        } else {
            let name = candidates.first?.name ?? "function"
            error(.noMatchingCall(name), at: location)
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
            error(.ambiguousUse(candidates.first?.name ?? ""), at: location)
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
