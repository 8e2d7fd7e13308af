import Diagnostics

/// Type casting over class hierarchies: upcasts where a superclass is expected, `is`, `as?` and `as!`.
extension Compiler {
    /// A value of a subclass (or an optional or array of one) used where its superclass is expected; nil otherwise.
    func classUpcast(_ value: Typed, to type: CType) -> Typed? {
        guard Compiler.upcasts(value.type, to: type) else { return nil }
        if case .optional = type, !Compiler.isOptional(value.type) { return Typed(type: type, code: .value(value.value)) }
        return Typed(type: type, code: value.code)
    }

    static func isOptional(_ type: CType) -> Bool {
        if case .optional = type { return true }
        return false
    }

    /// Whether a `source` value is a `target` value without conversion (class instances keep their object).
    static func upcasts(_ source: CType, to target: CType) -> Bool {
        switch (source, target) {
        case (.user(let sub), .user(let base)):
            return sub !== base && sub.kind == .classType && base.kind == .classType && sub.isSubclass(of: base)
        case (.optional(let sub), .optional(let base)), (.array(let sub), .array(let base)):
            return upcasts(sub, to: base)
        case (_, .optional(let base)):
            return upcasts(source, to: base)
        default:
            return false
        }
    }

    /// The element type of an array literal of class instances: their closest common superclass (as swiftc infers
    /// `[Movie(…), Song(…)]` to be `[MediaItem]`); `first` otherwise.
    func commonSuperclass(_ first: CType, of elements: [Expr]) -> CType {
        guard case .user(var common) = first, common.kind == .classType, elements.count > 1 else { return first }
        for element in elements {
            // The checker's type (`checkerType`): the elements' common superclass is the contextual type they compile with.
            guard case .user(let type) = checkerType(element), type.kind == .classType else { return first }
            while !type.isSubclass(of: common) {
                guard let base = common.superclass else { return first }
                common = base
            }
        }
        return .user(common)
    }

    /// `value is T`, `value as? T`, `value as! T` where the value and `T` are classes.
    func compileTypeCast(_ operand: Expr, _ typeExpr: TypeExpr, _ op: String, at location: SourceLocation) -> Typed {
        let target = resolveType(typeExpr)
        let typed = compileExpr(operand, expected: nil)
        if target.hasError || typed.type.hasError { return .invalid }
        var source = typed.type
        if op == "is", let test = valueTypeTest(typed, target) { return test }
        if case .optional(let wrapped) = source { source = wrapped }
        if case .user(let held) = source, held.kind == .protocolType, let cast = existentialCast(typed, to: target, op, at: location) {
            return cast
        }
        if let cast = classToProtocolCast(typed, to: target, op, at: location) { return cast }
        guard case .user(let sourceClass) = source, sourceClass.kind == .classType,
              case .user(let targetClass) = target, targetClass.kind == .classType else {
            cannotGenerate(at: location)  // refused by the checker (`TypeChecker.refusesCast`)
            return .invalid
        }
        let value = typed.value
        let name = targetClass.qualifiedName
        switch op {
        case "is":
            return Typed(type: .bool, code: .bool { frame in Compiler.isInstance(try value(frame), of: targetClass) })
        case "as?":
            return Typed(type: .optional(target), code: .value { frame in
                let object = try value(frame)
                return Compiler.isInstance(object, of: targetClass) ? object : .none
            })
        default:
            return Typed(type: target, code: .value { frame in
                let object = try value(frame)
                guard Compiler.isInstance(object, of: targetClass) else {
                    if case .object(let box) = object {
                        throw RuntimeError(message: "Could not cast value of type '\(box.type.qualifiedName)' to '\(name)'",
                                           location: location)
                    }
                    throw RuntimeError(message: "unexpectedly found nil while unwrapping an Optional value", location: location)
                }
                return object
            })
        }
    }

    @inline(__always) static func isInstance(_ value: Value, of type: UserType) -> Bool {
        guard case .object(let box) = value else { return false }
        return box.type.isSubclass(of: type)
    }
}

extension UserType {
    /// Whether this class is `ancestor` or inherits from it.
    func isSubclass(of ancestor: UserType) -> Bool {
        var current: UserType? = self
        while let type = current {
            if type === ancestor { return true }
            current = type.superclass
        }
        return false
    }
}
