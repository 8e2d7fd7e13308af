import CellLanguage

/// Operators, subscripts and static functions of a native type, declared from typed closures like its methods.
extension TypeBinder where T: CellConvertible {
    /// A binary operator with a `T` operand on either side: `type.binaryOperator("+", Tensor.self, Double.self) { $0 + $1 }`.
    func binaryOperator<A: CellConvertible, B: CellConvertible, R: CellConvertible>(
        _ symbol: String, _ lhs: A.Type, _ rhs: B.Type, doc: String, _ body: @escaping (A, B) throws -> R
    ) {
        interpreter.register(NativeOperator(symbol, A.cellType, B.cellType, returns: R.cellType) { a, b in
            try BindingSupport.guarded { try body(try A.fromCell(a), try B.fromCell(b)).cell }
        })
        record(BindingCatalog.operatorDeclaration(symbol, [A.cellType, B.cellType], returns: R.cellType), doc)
    }

    /// A compound assignment that changes the `T` on its left in place (`w -= g`, as Swift's `static func -=` on a
    /// class), so the target may be a `let`.
    func compoundAssignment<B: CellConvertible>(
        _ symbol: String, _ rhs: B.Type, doc: String, _ body: @escaping (T, B) throws -> Void
    ) {
        interpreter.register(NativeOperator(symbol, T.cellType, B.cellType, returns: .void) { a, b in
            try BindingSupport.guarded { try body(try T.fromCell(a), try B.fromCell(b)) }
            return .void
        })
        record(BindingCatalog.operatorDeclaration(symbol, [T.cellType, B.cellType], returns: .void), doc)
    }

    /// A prefix operator on `T`: `-x`.
    func prefixOperator<R: CellConvertible>(_ symbol: String, doc: String, _ body: @escaping (T) throws -> R) {
        interpreter.register(NativeOperator(prefix: symbol, T.cellType, returns: R.cellType) { a in
            try BindingSupport.guarded { try body(try T.fromCell(a)).cell }
        })
        record(BindingCatalog.operatorDeclaration(symbol, [T.cellType], returns: R.cellType), doc)
    }

    /// A static function cells call on the type's name: `Tensor.where(mask, a, b)`.
    func staticFunction<each A: CellConvertible, R: CellConvertible>(
        _ name: String, _ parameters: repeat Param<each A>, doc: String, _ body: @escaping (repeat each A) throws -> R
    ) {
        let natives = nativeParameters(repeat each parameters)
        interpreter.register(NativeFunction("\(native.name).\(name)", parameters: natives, returns: R.cellType) { call in
            let cursor = ArgumentCursor(call)
            return try BindingSupport.guarded { try body(repeat cursor.next((each A).self)).cell }
        })
        record("static " + BindingCatalog.function(name, natives, returns: R.cellType), doc)
    }

    /// A read-only subscript: `x[i]`, `x[column: j]`.
    func `subscript`<each A: CellConvertible, R: CellConvertible>(
        _ parameters: repeat Param<each A>, doc: String, get: @escaping (T, repeat each A) throws -> R
    ) {
        let natives = nativeParameters(repeat each parameters)
        addGetter(natives, get: get)
        record(BindingCatalog.subscriptDeclaration(natives, returns: R.cellType, accessors: "get"), doc)
    }

    /// A settable subscript: `x[i]` reads with `get`; `x[i] = v` (and `x[i] += v`: read, combined, stored back)
    /// runs `assign` with the receiver, the new value and the selection `get` makes with these indices, applied to
    /// any base (so an assignment can learn which elements the subscript reads).
    func `subscript`<each A: CellConvertible, R: CellConvertible>(
        _ parameters: repeat Param<each A>, doc: String, get: @escaping (T, repeat each A) throws -> R,
        assign: @escaping (T, R, _ select: (T) throws -> R) throws -> Void
    ) {
        let natives = nativeParameters(repeat each parameters)
        addGetter(natives, get: get)
        addSetter(natives, get: get, assign: assign)
        record(BindingCatalog.subscriptDeclaration(natives, returns: R.cellType, accessors: "get set"), doc)
    }

    /// A settable subscript whose setter takes the new value, then the indices: `layer["head.weight"] = t`.
    func `subscript`<each A: CellConvertible, R: CellConvertible>(
        _ parameters: repeat Param<each A>, doc: String, get: @escaping (T, repeat each A) throws -> R,
        set: @escaping (T, R, repeat each A) throws -> Void
    ) {
        let natives = nativeParameters(repeat each parameters)
        addGetter(natives, get: get)
        native.addSubscriptSetter(parameters: natives, value: R.cellType) { call in
            let cursor = ArgumentCursor(call), receiver = try Self.receiver(call)
            let indices = (repeat try cursor.next((each A).self))
            let value = try cursor.next(R.self)
            try BindingSupport.guarded { try set(receiver, value, repeat each indices) }
            return .void
        }
        record(BindingCatalog.subscriptDeclaration(natives, returns: R.cellType, accessors: "get set"), doc)
    }

    /// A setter taking a value of another type than the subscript's (`x[i] = 0.5` next to `x[i] = t`).
    func subscriptSetter<each A: CellConvertible, R: CellConvertible, V: CellConvertible>(
        _ parameters: repeat Param<each A>, value: V.Type, doc: String, get: @escaping (T, repeat each A) throws -> R,
        assign: @escaping (T, V, _ select: (T) throws -> R) throws -> Void
    ) {
        let natives = nativeParameters(repeat each parameters)
        addSetter(natives, get: get, assign: assign)
        record(BindingCatalog.subscriptDeclaration(natives, returns: V.cellType, accessors: "set"), doc)
    }

    private func addGetter<each A: CellConvertible, R: CellConvertible>(
        _ natives: [NativeParameter], get: @escaping (T, repeat each A) throws -> R
    ) {
        native.addSubscript(parameters: natives, returns: R.cellType) { call in
            let cursor = ArgumentCursor(call), receiver = try Self.receiver(call)
            return try BindingSupport.guarded { try get(receiver, repeat cursor.next((each A).self)).cell }
        }
    }

    private func addSetter<each A: CellConvertible, R: CellConvertible, V: CellConvertible>(
        _ natives: [NativeParameter], get: @escaping (T, repeat each A) throws -> R,
        assign: @escaping (T, V, (T) throws -> R) throws -> Void
    ) {
        native.addSubscriptSetter(parameters: natives, value: V.cellType) { call in
            let cursor = ArgumentCursor(call), receiver = try Self.receiver(call)
            let indices = (repeat try cursor.next((each A).self))
            let value = try cursor.next(V.self)
            try BindingSupport.guarded { try assign(receiver, value) { base in try get(base, repeat each indices) } }
            return .void
        }
    }
}
