import Diagnostics

/// `weak` and `unowned` entries of a closure's capture list (`{ [unowned self] in … }`, `{ [weak x] in … }`): the
/// closure holds the captured object without keeping it alive, so a closure stored in a property of the object it
/// captures (the book's `lazy var asHTML`) no longer makes a cycle and `deinit` runs when Swift's would.
///
/// Each captured name is a constant of the closure, read when the closure is created, held by a `WeakReference`
/// and put in the closure's frame when it is called: `weak` ones are optional (nil once the object is freed),
/// `unowned` ones stop the program when read after the object was freed. A closure refers to the frame it was
/// created in; when the captured variable lives there (a method's `self`), the closure gets a copy of that frame
/// with the variable left out, so the frame does not hold the object either. Sharing the enclosing function's
/// `var`s with a copy would not be Swift's semantics, so such a closure may use only constants of it.
extension Compiler {
    /// One `weak` or `unowned` capture, resolved.
    struct OwnedCapture {
        /// The captured name, its type and the code reading its value when the closure is created.
        var name: String
        var type: CType
        var read: (Frame) throws -> Value
        /// The captured variable's slot when it lives in the enclosing function's frame (nil for globals and values).
        var frameSlot: Int?
        var isWeak: Bool
        var location: SourceLocation
        /// Its slot in the closure's frame (set when the closure's scope declares it).
        var slot = 0
    }

    /// The captured variables of `literal`'s `weak`/`unowned` entries, checked (class instances of the enclosing
    /// function or of the top level).
    func resolveOwnedCaptures(_ literal: ClosureLiteral) -> [OwnedCapture] {
        var result: [OwnedCapture] = []
        for (name, isWeak, location) in literal.ownedCaptures {
            if let value = literal.ownedCaptureValues[name] {
                if let capture = ownedValueCapture(name, value, isWeak: isWeak, at: location) { result.append(capture) }
                continue
            }
            let binding = nameBinding(name, at: location)
            guard case .variable(let variable)? = binding else {
                if binding == nil { cannotGenerate(at: location) } else {  // an unknown name: the checker's mistake
                    cannotGenerate(at: location)
                }
                continue
            }
            var type = variable.type
            if case .optional(let wrapped) = type { type = wrapped }
            guard case .user(let userType) = type, userType.kind == .classType else {
                if !variable.type.hasError { cannotGenerate(at: location) }
                continue
            }
            guard variable.level == 0 || variable.level == scope.context.level else {
                cannotGenerate(at: location)
                continue
            }
            result.append(OwnedCapture(name: name, type: variable.type, read: load(variable).value,
                                       frameSlot: variable.level > 0 ? variable.slot : nil, isWeak: isWeak, location: location))
        }
        return result
    }

    /// Declares the captured names in the closure's scope (constants: optional for `weak`).
    func declareOwnedCaptures(_ captures: inout [OwnedCapture]) {
        for index in captures.indices {
            var type = captures[index].type
            if captures[index].isWeak, !Compiler.isOptional(type) { type = .optional(type) }
            captures[index].slot = declareVariable(captures[index].name, type: type, isLet: true, at: captures[index].location).slot
        }
    }

    /// Code making one closure value with owned captures: the parent frame it refers to and its body, which puts
    /// the captured objects in each call's frame. `enclosing` is the layout of the frame the closure is created in.
    func ownedCaptureInstance(_ captures: [OwnedCapture], enclosing: FunctionContext,
                              _ body: @escaping (Frame) throws -> Flow) -> (Frame) throws -> (Frame, (Frame) throws -> Flow) {
        let sources = captures.map { (read: $0.read, slot: $0.slot, mustExist: !$0.isWeak, location: $0.location) }
        let left = captures.compactMap(\.frameSlot)
        return { frame in
            let held = try sources.map { source in (Compiler.holdWeakly(try source.read(frame)), source) }
            let parent = left.isEmpty ? frame
                : frame.snapshot(words: enclosing.wordCount, values: enclosing.valueCount, leavingOut: left)
            return (parent, { callee in
                for (reference, source) in held {
                    let value = Compiler.releaseWeakHold(reference)
                    if source.mustExist, case .none = value {
                        throw RuntimeError(message: "Attempted to read an unowned reference but the object was already deallocated",
                                           location: source.location)
                    }
                    callee.values[source.slot] = value
                }
                return try body(callee)
            })
        }
    }
}

extension Frame {
    /// A copy of this frame's first `words` and `values` slots, with the value slots `leavingOut` left empty.
    func snapshot(words: Int, values: Int, leavingOut: [Int]) -> Frame {
        let copy = Frame(words: words, values: values, parent: parent)
        if words > 0 { copy.words.update(from: self.words, count: words) }
        for index in 0..<values where !leavingOut.contains(index) { copy.values[index] = self.values[index] }
        return copy
    }
}
