/// Declared types as set elements and dictionary keys with their own `hash(into:)` and `==` (see `CustomKey`):
/// the compiled functions a set or dictionary calls, and the key functions of key types that need them.
extension Compiler {
    /// Sets `type.hashInto` from its `func hash(into hasher: inout Hasher)` and, for a Hashable class,
    /// `type.objectKey` (instances find their keys through their own type wherever they go).
    func installHashing(_ type: UserType) {
        let runtime = self.runtime, globals = self.globals
        if let hash = type.methods["hash"]?.first(where: Compiler.isHashInto) {
            type.hashInto = { value in
                let target = Compiler.dispatchTarget(hash, value)
                let frame = try Compiler.invoke(target, parent: globals, arguments: [value, .native(HasherState())],
                                                runtime: runtime, location: target.location)
                return frame.value(target.parameterSlots[1]).hasherState.record
            }
        }
        if type.kind == .classType, type.isHashable { type.objectKey = customKey(for: .user(type)) }
    }

    /// Whether `info` is `func hash(into hasher: inout Hasher)`.
    static func isHashInto(_ info: FunctionInfo) -> Bool {
        info.parameters.count == 2 && info.parameters[1].label == "into" && info.parameters[1].isInout
            && info.parameters[1].type == .hasher && info.returnType == .void
    }

    /// The `==` keys of `type` compare with (a run-time error in a cell's `==` stops the cell, see `Runtime.keyFailure`).
    func keyEquality(for type: CType) -> KeyEquality {
        let runtime = self.runtime, equal = TypedEquality.comparer(for: type)
        return KeyEquality { a, b in
            do {
                return try equal(a, b)
            } catch {
                runtime.noteKeyFailure(error)
                return false
            }
        }
    }

    /// How keys of `type` are made in a set or dictionary: nil (`DictionaryKey(value)`) unless the type holds a
    /// declared struct or enum with its own `hash(into:)` or `==`.
    func keyFunction(for type: CType) -> KeyFunction? {
        KeyHashing.needsCustomKeys(type) ? KeyFunction(customKey(for: type)) : nil
    }

    /// The `CustomKey` of a value of `type` (a run-time error in a cell's `hash(into:)` stops the cell, see `Runtime.keyFailure`).
    private func customKey(for type: CType) -> (Value) -> DictionaryKey {
        let runtime = self.runtime, equality = keyEquality(for: type)
        return { value in
            do {
                return .custom(CustomKey(record: try KeyHashing.record(of: value, as: type), value: value, equality: equality))
            } catch {
                runtime.noteKeyFailure(error)
                return .other
            }
        }
    }

    /// `Hasher()`, and `ObjectIdentifier(object)` of a class instance (its address, as Swift's); nil for other calls.
    func compileHashingInitializer(_ type: CType, _ arguments: [Argument]) -> Typed? {
        if type == .hasher {
            return arguments.isEmpty ? Typed(type: .hasher, code: .value { _ in .native(HasherState()) }) : nil
        }
        guard arguments.count == 1, arguments[0].label == nil else { return nil }
        let object = compileExpr(arguments[0].value, expected: nil)
        guard case .user(let objectType) = object.type, objectType.kind == .classType else { return nil }
        let code = object.value
        return Typed(type: .objectIdentifier, code: .value { frame in
            guard case .object(let box) = try code(frame) else { return .int(0) }
            return .int(Int(bitPattern: Unmanaged.passUnretained(box).toOpaque()))
        })
    }

    /// `value.hashValue` of a Hashable value that declares no `hashValue` itself: what `hash(into:)` combines, hashed
    /// (a different number at each run, as in Swift); nil for any other member.
    func compileHashValue(_ receiver: Typed, _ name: String) -> Typed? {
        guard name == "hashValue", receiver.type.isHashable else { return nil }
        if case .user(let type) = receiver.type, type.computed[name] != nil || type.fieldIndex(name) != nil { return nil }
        let code = receiver.value, type = receiver.type
        return Typed(type: .int, code: .int { frame in HasherState(record: try KeyHashing.record(of: try code(frame), as: type)).finalized })
    }
}
