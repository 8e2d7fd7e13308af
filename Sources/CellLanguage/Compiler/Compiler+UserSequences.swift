import Diagnostics

/// Declared types conforming to `IteratorProtocol` (`mutating func next() -> Element?`) and `Sequence` (a
/// `makeIterator()` returning such an iterator, or the type being its own iterator, as `struct Countdown: Sequence,
/// IteratorProtocol`): `for x in sequence` calls `makeIterator()` once and `next()` on that iterator before each
/// iteration, until it returns nil, as Swift does (so a sequence without end may be left with `break`).
extension Compiler {
    /// The element type of a declared iterator: the wrapped type of its `next()`; nil for other types.
    static func iteratorElement(_ type: UserType) -> CType? {
        guard type.conformances.contains("IteratorProtocol") else { return nil }
        for info in type.methods["next"] ?? [] where info.parameters.count == 1 {
            if case .optional(let element) = info.returnType { return element }
        }
        return nil
    }

    /// What a `for` loop over a value of `type` iterates with when it is a declared sequence: the iterator's type (a
    /// declared iterator, or a library one: `IndexingIterator<[Int]>`), the element type, and whether `makeIterator()`
    /// is declared (else the sequence is its own iterator).
    static func userSequence(_ type: CType) -> (iterator: CType, element: CType, makesIterator: Bool)? {
        guard case .user(let user) = type, user.kind != .protocolType, user.conformances.contains("Sequence") else { return nil }
        if let make = (user.methods["makeIterator"] ?? []).first(where: { $0.parameters.count == 1 }) {
            if case .user(let iterator) = make.returnType, let element = iteratorElement(iterator) {
                return (make.returnType, element, true)
            }
            if case .stepped(let stepped) = make.returnType, stepped.isIterator { return (make.returnType, stepped.element, true) }
        }
        return iteratorElement(user).map { (type, $0, false) }
    }


    /// The iteration of a `for` loop over a declared sequence `source` (compiled from `sequence`), in hidden variables
    /// of the enclosing scope: `start` stores the iterator (`makeIterator()`'s result, or a copy of the sequence),
    /// `next` calls its `next()` in place and gives the element or `.none`. Nil for other types.
    func userSequenceIteration(_ source: Typed, _ sequence: Expr)
        -> (start: (Frame) throws -> Void, next: (Frame) throws -> Value)? {
        guard let found = Compiler.userSequence(source.type) else { return nil }
        let at = sequence.location
        func hidden(_ role: String, _ type: CType, isLet: Bool) -> VariableInfo {
            let slot = scope.context.allocate(type)  // named after its slot: unique however often this compiles
            return declareVariable("$\(role)\(scope.context.level).\(slot)", type: type, isLet: isLet, at: at, slot: slot)
        }
        var start: [(Frame) throws -> Void] = []
        let iterator: Typed
        if found.makesIterator {
            let held = hidden("sequence", source.type, isLet: true)
            start.append(store(held, source))
            iterator = compileExpr(synthesizedCall(on: held.name, "makeIterator", at: at), expected: nil)
        } else {
            iterator = source
        }
        let variable = hidden("iterator", found.iterator, isLet: false)
        start.append(store(variable, iterator))
        let next = compileExpr(synthesizedCall(on: variable.name, "next", at: at), expected: nil).value
        return ({ frame in for store in start { try store(frame) } }, next)
    }

    /// The methods of `Sequence` a declared sequence answers as the array of its elements (`loader.map { … }` is
    /// `Array(loader).map { … }`: the same elements, `next()` called until nil first); those returning another
    /// sequence type (`dropFirst`, `prefix`, `lazy`) print differently in Swift and are left out.
    static let sequenceMethods: Set<String> = [
        "map", "filter", "reduce", "forEach", "enumerated", "contains", "first", "min", "max", "sorted", "reversed",
        "compactMap", "flatMap", "allSatisfy", "joined", "elementsEqual", "starts", "shuffled",
    ]

    /// The methods a `Sequence` or `Collection` placeholder answers besides `sequenceMethods`, as the array of its
    /// elements, in a generic body checked with placeholders (`Array(s.prefix(2))` for `S: Sequence`): typed as an
    /// array's (an `ArraySlice` or an array of the elements), the body compiled again for each argument's type with
    /// that type's own members.
    static let placeholderSliceMethods: Set<String> = ["prefix", "dropFirst", "suffix", "dropLast"]

    /// The element type of `type` when it is a `Sequence` placeholder answering `name` as the array of its elements
    /// (`sequenceMethods` or `placeholderSliceMethods`); nil otherwise (the generator and the checker alike).
    func placeholderSequenceMethodElement(_ type: CType, _ name: String) -> CType? {
        guard Compiler.sequenceMethods.contains(name) || Compiler.placeholderSliceMethods.contains(name) else { return nil }
        return placeholderSequenceElement(type)
    }

    /// The element type of `type` when it is a declared sequence answering `name` as the array of its elements: one
    /// of `sequenceMethods` it does not declare itself; nil otherwise (the type checker decides alike).
    static func sequenceMethodElement(_ type: CType, _ name: String) -> CType? {
        guard sequenceMethods.contains(name), case .user(let user) = type, user.methods[name] == nil else { return nil }
        return userSequence(type)?.element
    }

    /// `Array(base)` when `base`, of type `type`, answers `name` as the array of its elements
    /// (`sequenceMethodElement`; or a `Sequence` placeholder's Array method, in a generic body checked with
    /// placeholders: `s.reduce(0, +)` for `S: Sequence`); nil otherwise.
    func userSequenceAsArray(_ base: Expr, _ type: CType, _ name: String) -> Expr? {
        guard Compiler.sequenceMethodElement(type, name) != nil || placeholderSequenceMethodElement(type, name) != nil
        else { return nil }
        let at = base.location
        let array = synthesized(Expr(.call(synthesized(Expr(.name("Array"), at: at)), [Argument(label: nil, value: base, location: at)]), at: at))
        typeTable.noteSequenceArray(array, of: base)
        return array
    }

    /// `first(where:)`, `contains(where:)` and `allSatisfy(_:)` on a declared sequence: `next()` only until the
    /// answer is known, as in Swift (so they end on a sequence without end); nil for other calls.
    func compileShortCircuitingSequenceCall(_ base: Expr, _ type: CType, _ name: String, _ arguments: [Argument],
                                            at location: SourceLocation) -> Typed? {
        let wanted: [String: String?] = ["first": "where", "contains": "where", "allSatisfy": nil]
        guard let label = wanted[name], arguments.count == 1, arguments[0].isTrailingClosure || arguments[0].label == label,
              let found = Compiler.userSequence(type), case .user(let user) = type,
              user.methods[name] == nil else { return nil }
        let source = compileExpr(base, expected: nil)
        guard let (start, next) = userSequenceIteration(source, base) else { return nil }
        let test = compileFunctionArgument(arguments[0], [found.element], .bool)
        let runtime = self.runtime
        // Runs the test on elements until `stop` says so: the element it stopped at, or nil at the end.
        func scan(_ frame: Frame, stop: Bool) throws -> Value? {
            try start(frame)
            guard case .function(let predicate) = try test(frame) else { return nil }
            while true {
                let element = try next(frame)
                if case .none = element { return nil }
                if try predicate.call(element).boolValue == stop { return element }
                try runtime.tick(location)
            }
        }
        switch name {
        case "first": return Typed(type: .optional(found.element), code: .value { try scan($0, stop: true) ?? .none })
        case "contains": return Typed(type: .bool, code: .bool { try scan($0, stop: true) != nil })
        default: return Typed(type: .bool, code: .bool { try scan($0, stop: false) == nil })
        }
    }

    /// `Array(sequence)` of a declared sequence: its elements, `next()` called until it returns nil.
    func userSequenceArray(_ source: Typed, _ sequence: Expr) -> Typed? {
        guard let found = Compiler.userSequence(source.type),
              let (start, next) = userSequenceIteration(source, sequence) else { return nil }
        let runtime = self.runtime, location = sequence.location
        return Typed(type: .array(found.element), code: .value { frame in
            try start(frame)
            var elements: [Value] = []
            while true {
                let element = try next(frame)
                if case .none = element { return .array(elements) }
                elements.append(element)
                try runtime.tick(location)
            }
        })
    }

    /// `name.method()`, written by the compiler (its nodes marked as such).
    private func synthesizedCall(on name: String, _ method: String, at location: SourceLocation) -> Expr {
        let receiver = synthesized(Expr(.name(name), at: location))
        return synthesized(Expr(.call(synthesized(Expr(.member(receiver, method, location), at: location)), []), at: location))
    }
}
