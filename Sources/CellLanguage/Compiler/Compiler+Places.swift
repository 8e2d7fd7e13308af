import Diagnostics

extension Compiler {
    /// Compiles an expression used as an assignment target or mutating receiver; reports immutability.
    func compilePlace(_ expr: Expr, mutating: Bool, method: String? = nil) -> Place? {
        switch expr.kind {
        case .name(let name):
            guard let binding = scope.lookup(name) else {
                unknownName(name, at: expr.location)
                return nil
            }
            guard case .variable(let variable) = binding else {
                error("cannot assign to value: '\(name)' is a function", at: expr.location)
                return nil
            }
            if variable.isLet {
                if method != nil {
                    error("cannot use mutating member on immutable value: '\(name)' is a 'let' constant", at: expr.location)
                } else {
                    error("cannot assign to value: '\(name)' is a 'let' constant", at: expr.location)
                }
                return nil
            }
            return variablePlace(variable)
        case .subscriptAccess(let base, let arguments):
            guard arguments.count == 1, arguments[0].label == nil else {
                error("subscripts take exactly one unlabelled index in nbrun cells", at: expr.location)
                return nil
            }
            guard let container = compilePlace(base, mutating: mutating, method: method) else { return nil }
            guard case .array(let element) = container.type else {
                if !container.type.hasError {
                    error("value of type '\(container.type)' has no subscripts", at: expr.location)
                }
                return nil
            }
            let indexTyped = compileExpr(arguments[0].value, expected: .int)
            guard indexTyped.type == .int else {
                mismatch("cannot convert value of type '\(indexTyped.type)' to expected argument type 'Int'",
                         indexTyped.type, at: arguments[0].value.location)
                return nil
            }
            let index = indexTyped.int
            let location = expr.location
            let outer = container.modify
            let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { frame, body in
                let i = try index(frame)
                try outer(frame) { value in
                    guard case .array(var elements) = value else { return }
                    value = .void
                    defer { value = .array(elements) }
                    guard i >= 0 && i < elements.count else {
                        throw RuntimeError(message: "Index out of range", location: location)
                    }
                    try body(&elements[i])
                }
            }
            return Place(type: element, modify: modify, assign: { newValue in
                let boxed = newValue.value
                return { frame in
                    let value = try boxed(frame)
                    try modify(frame) { $0 = value }
                    return .void
                }
            })
        default:
            let typed = compileExpr(expr, expected: nil)
            if !typed.type.hasError {
                if case .call = expr.kind {
                    error("cannot assign to value: function call returns immutable value", at: expr.location)
                } else {
                    error("cannot assign to this expression", at: expr.location)
                }
            }
            return nil
        }
    }

    /// The place of a variable.
    func variablePlace(_ variable: VariableInfo) -> Place {
        let slot = variable.slot
        let type = variable.type
        let access = frameAccessor(level: variable.level)
        if type.isWord {
            return Place(type: type, modify: { frame, body in
                let target = access(frame)
                var value = WordCoding.value(target.words[slot], type)
                try body(&value)
                target.words[slot] = WordCoding.word(value)
            }, assign: { newValue in
                let storeCode = self.store(variable, newValue)
                return { try storeCode($0); return .void }
            })
        }
        return Place(type: type, modify: { frame, body in
            try body(&access(frame).values[slot])
        }, assign: { newValue in
            let storeCode = self.store(variable, newValue)
            return { try storeCode($0); return .void }
        })
    }
}
