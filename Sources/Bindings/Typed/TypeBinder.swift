import CellLanguage

/// Declares the initializers, methods and properties of one native type from typed closures; the receiver reaches
/// the body as a `T` (for a `SharedValue` a copy, for `Shared<…>` or a `CellObject` the object the cell holds).
///
/// `T` is constrained by the extension, not the type (see `Param`): a constrained `TypeBinder<T>` made the runtime
/// look up each bound type's conformance when it built the binder's metadata at start-up.
struct TypeBinder<T> {
    /// The registry's description of the type, which the declarations fill.
    let native: NativeType
    /// Where the declarations are recorded for the reference.
    let catalog: BindingCatalog
    /// The reference section.
    let section: String
    /// The interpreter, for the type's operators and static functions.
    let interpreter: Interpreter
}

extension TypeBinder where T: CellConvertible {
    /// Records a member's declaration for the reference.
    func record(_ declaration: @escaping @autoclosure () -> String, _ doc: String) {
        catalog.add(section: section, owner: native.name, declaration: declaration(), summary: doc)
    }

    /// The receiver of a method call as a `T`.
    static func receiver(_ call: NativeCall) throws -> T {
        guard let object = call.receiver else { throw NativeError("internal error: a method of \(T.cellType) has no receiver") }
        return try T.fromCell(.native(object))
    }

    /// An initializer: `Tensor([1, 2, 3])`.
    func initializer<each A: CellConvertible>(
        _ parameters: repeat Param<each A>, doc: String, _ body: @escaping (repeat each A) throws -> T
    ) {
        let natives = nativeParameters(repeat each parameters)
        native.addInitializer(parameters: natives) { call in
            let cursor = ArgumentCursor(call)
            return try BindingSupport.guarded { try body(repeat cursor.next((each A).self)).cell }
        }
        record(BindingCatalog.initializer(natives), doc)
    }

    /// A read-only property: `t.shape`; `copy`: it returns a new object each time (`t.T`), so a store through it
    /// (`t.T[0, 1] = v`) is refused instead of changing the copy.
    func property<R: CellConvertible>(_ name: String, copy: Bool = false, doc: String, _ get: @escaping (T) throws -> R) {
        native.addProperty(name, type: R.cellType, get: { object in
            try BindingSupport.guarded { try get(try T.fromCell(.native(object))).cell }
        }, returnsCopy: copy)
        record("var \(name): \(R.cellType) { get }", doc)
    }

    /// A settable property: `layer.weight = t` runs `set` on the object the cell holds (the compiler checks the
    /// new value's type against `R`); `copy`: `get` returns a copy, so a store through it (`a.queryWeight[0, 0] = v`)
    /// changes the copy and writes it back with `set`; `changesState`: `set` changes what a copy's write-back does
    /// not carry (`x[0].grad = nil` is refused).
    func property<R: CellConvertible>(_ name: String, copy: Bool = false, changesState: Bool = false, doc: String,
                                      get: @escaping (T) throws -> R, set: @escaping (T, R) throws -> Void) {
        native.addProperty(name, type: R.cellType, get: { object in
            try BindingSupport.guarded { try get(try T.fromCell(.native(object))).cell }
        }, set: { object, value in
            try BindingSupport.guarded { try set(try T.fromCell(.native(object)), try R.fromCell(value)) }
        }, returnsCopy: copy, setChangesState: changesState)
        record("var \(name): \(R.cellType) { get set }", doc)
    }

    /// A method returning a value: `t.exp()`.
    func method<each A: CellConvertible, R: CellConvertible>(
        _ name: String, _ parameters: repeat Param<each A>, doc: String, _ body: @escaping (T, repeat each A) throws -> R
    ) {
        let natives = nativeParameters(repeat each parameters)
        native.addMethod(name, parameters: natives, returns: R.cellType) { call in
            let cursor = ArgumentCursor(call), receiver = try Self.receiver(call)
            return try BindingSupport.guarded { try body(receiver, repeat cursor.next((each A).self)).cell }
        }
        record(BindingCatalog.function(name, natives, returns: R.cellType), doc)
    }

    /// A layer's forward pass, callable as PyTorch's `module(x)`: declares `forward(…)` and `callAsFunction(…)`
    /// with the same parameters and body, so `layer(x)` and `layer.forward(x)` are the same call.
    func forward<each A: CellConvertible, R: CellConvertible>(
        _ parameters: repeat Param<each A>, doc: String, _ body: @escaping (T, repeat each A) throws -> R
    ) {
        method("forward", repeat each parameters, doc: doc, body)
        method("callAsFunction", repeat each parameters, doc: doc + " `layer(x)` is `layer.forward(x)`.", body)
    }

    /// A method returning nothing: `fig.scatter(x: xs, y: ys)`; `changesReceiver`: it changes the receiver's values
    /// in place (`t.assign([…])`), so on a copy (`x[0].assign([…])`) the copy is written back; `changesState`: it
    /// changes what a copy's write-back does not carry (`t.zeroGrad()`), so a call on a copy is refused.
    func action<each A: CellConvertible>(
        _ name: String, _ parameters: repeat Param<each A>, changesReceiver: Bool = false, changesState: Bool = false,
        doc: String, _ body: @escaping (T, repeat each A) throws -> Void
    ) {
        let natives = nativeParameters(repeat each parameters)
        native.addMethod(name, parameters: natives, returns: .void, changesReceiver: changesReceiver,
                         changesState: changesState) { call in
            let cursor = ArgumentCursor(call), receiver = try Self.receiver(call)
            try BindingSupport.guarded { try body(receiver, repeat cursor.next((each A).self)) }
            return .void
        }
        record(BindingCatalog.function(name, natives, returns: .void), doc)
    }

    /// A method that writes output or reports progress (`fit`, `train`): the body receives the call first and
    /// guards its library calls itself.
    func outputMethod<each A: CellConvertible, R: CellConvertible>(
        _ name: String, _ parameters: repeat Param<each A>, doc: String,
        _ body: @escaping (NativeCall, T, repeat each A) throws -> R
    ) {
        let natives = nativeParameters(repeat each parameters)
        native.addMethod(name, parameters: natives, returns: R.cellType) { call in
            let cursor = ArgumentCursor(call), receiver = try Self.receiver(call)
            return try body(call, receiver, repeat cursor.next((each A).self)).cell
        }
        record(BindingCatalog.function(name, natives, returns: R.cellType), doc)
    }
}
