import CellLanguage

/// Declares a module's global functions, types and constant sets for cells, once each, from typed Swift closures:
/// the labels, types and defaults come from the `Param`s and the closure's signature, checked by the Swift compiler,
/// and each declaration is recorded with its summary for the generated reference.
///
/// ```swift
/// bind.function("zeros", Param<[Int]>(), Param("requiresGrad", default: false),
///               doc: "A tensor of zeros of the given shape.") { shape, grad in try Tensor.zeros(shape, requiresGrad: grad) }
/// ```
///
/// Bodies of `function`, `action`, initializers, methods and properties may throw any error: a library error
/// becomes a message at the call (`BindingSupport.guarded`). The `output…` variants receive the `NativeCall` (to
/// print, display or check the deadline) and guard their library calls themselves, so the interpreter's own
/// errors (time out, output limit) pass through unchanged.
struct ModuleBinder {
    /// The interpreter the declarations go to.
    let interpreter: Interpreter
    /// Where the declarations are recorded for the reference.
    let catalog: BindingCatalog
    /// The reference section of this module (`Tensor`).
    let section: String

    /// A binder for another section of the reference.
    func section(_ name: String) -> ModuleBinder {
        ModuleBinder(interpreter: interpreter, catalog: catalog, section: name)
    }

    /// Registers a low-level function and records it.
    func register(_ function: NativeFunction, doc: String) {
        interpreter.register(function)
        catalog.add(section: section, owner: nil,
                    declaration: BindingCatalog.function(function.name, function.parameters, returns: function.returnType),
                    summary: doc)
    }

    /// Makes a constant set usable (`.dark`, `Theme.dark`).
    func constants<C: CellConstant>(_ type: C.Type, doc: String) {
        let cases = C.allCases.map(\.rawValue)
        interpreter.registerConstants(C.cellTypeName, cases: cases)
        catalog.add(section: section, owner: nil,
                    declaration: "enum \(C.cellTypeName) { case \(cases.joined(separator: ", ")) }", summary: doc)
    }

    /// A global function returning a value.
    func function<each A: CellConvertible, R: CellConvertible>(
        _ name: String, _ parameters: repeat Param<each A>, doc: String, _ body: @escaping (repeat each A) throws -> R
    ) {
        register(NativeFunction(name, parameters: nativeParameters(repeat each parameters), returns: R.cellType) { call in
            let cursor = ArgumentCursor(call)
            return try BindingSupport.guarded { try body(repeat cursor.next((each A).self)).cell }
        }, doc: doc)
    }

    /// A global function returning nothing.
    func action<each A: CellConvertible>(
        _ name: String, _ parameters: repeat Param<each A>, doc: String, _ body: @escaping (repeat each A) throws -> Void
    ) {
        register(NativeFunction(name, parameters: nativeParameters(repeat each parameters), returns: .void) { call in
            let cursor = ArgumentCursor(call)
            try BindingSupport.guarded { try body(repeat cursor.next((each A).self)) }
            return .void
        }, doc: doc)
    }

    /// A global function that writes or displays output: the body receives the call first.
    func outputAction<each A: CellConvertible>(
        _ name: String, _ parameters: repeat Param<each A>, doc: String,
        _ body: @escaping (NativeCall, repeat each A) throws -> Void
    ) {
        register(NativeFunction(name, parameters: nativeParameters(repeat each parameters), returns: .void) { call in
            let cursor = ArgumentCursor(call)
            try body(call, repeat cursor.next((each A).self))
            return .void
        }, doc: doc)
    }

    /// A global function whose body runs cell code (`noGrad { … }`): it receives the call first, and errors pass
    /// through unchanged (a cell's run-time error keeps its position, the time limit stays the interpreter's). Its
    /// result is what the cell code returned, maybe an object the cell holds (`NativeFunction.sharesResult`).
    func outputFunction<each A: CellConvertible, R: CellConvertible>(
        _ name: String, _ parameters: repeat Param<each A>, doc: String,
        _ body: @escaping (NativeCall, repeat each A) throws -> R
    ) {
        var function = NativeFunction(name, parameters: nativeParameters(repeat each parameters), returns: R.cellType) { call in
            let cursor = ArgumentCursor(call)
            return try body(call, repeat cursor.next((each A).self)).cell
        }
        function.sharesResult = true
        register(function, doc: doc)
    }

    /// Declares a native type; add its members with the returned binder.
    func type<T: CellConvertible>(_ type: T.Type, doc: String) -> TypeBinder<T> {
        guard case .native(let name) = T.cellType else { preconditionFailure("\(T.self) is not a native cell type") }
        let native = NativeType(name: name)
        interpreter.register(native)
        catalog.add(section: section, owner: nil, declaration: "class \(name)", summary: doc)
        return TypeBinder(native: native, catalog: catalog, section: section, interpreter: interpreter)
    }
}
