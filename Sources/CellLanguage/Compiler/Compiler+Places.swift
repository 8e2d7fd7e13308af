import Diagnostics

extension Compiler {
    /// `place += text` and `place.append(text)` for strings: appends in place, so the string's buffer is neither
    /// copied nor shared while it grows (the slot is emptied for the duration of the append).
    /// A string growing past the run's memory budget is an error at `location`.
    func appendString(_ extra: @escaping (Frame) throws -> Value, to place: Place, slot: ((Frame) -> UnsafeMutablePointer<Value>)?,
                      at location: SourceLocation? = nil) -> Typed {
        if let slot {
            return Typed(type: .void, code: .void { frame in
                let more = try extra(frame).stringValue
                try slot(frame).pointee.updateString { text in
                    try AllocationLimit.checkGrowth(fromBytes: text.utf8.count, to: text.utf8.count &+ more.utf8.count, at: location)
                    text += more
                }
            })
        }
        let modify = place.modify
        return Typed(type: .void, code: .void { frame in
            let more = try extra(frame).stringValue
            try modify(frame) { current in
                try current.updateString { text in
                    try AllocationLimit.checkGrowth(fromBytes: text.utf8.count, to: text.utf8.count &+ more.utf8.count, at: location)
                    text += more
                }
            }
        })
    }

    /// Compiles `target` of an `&target` argument: like an assignment target (a constant is the checker's mistake,
    /// at the `&` at `location`).
    func compileInoutPlace(_ target: Expr, at location: SourceLocation) -> Place? {
        let saved = inoutArgumentLocation
        inoutArgumentLocation = location
        defer { inoutArgumentLocation = saved }
        return compilePlace(target, mutating: true)
    }

    /// Compiles an expression used as an assignment target or mutating receiver (a change of a constant is the checker's
    /// mistake: `TypeChecker+ConstantDiagnostics`, `TypeChecker+InoutArguments`).
    func compilePlace(_ expr: Expr, mutating: Bool, method: String? = nil, methodAt: SourceLocation? = nil) -> Place? {
        if !optionalChainSpine.contains(expr), Compiler.containsOptionalChain(expr) {
            return refuseOptionalChainPlace(expr)
        }
        switch expr.kind {
        case .name(let name):
            return namePlace(expr, name, mutating: mutating, method: method, methodAt: methodAt)
        case .subscriptAccess(let base, let arguments):
            return subscriptPlace(expr, base, arguments, mutating: mutating, method: method, methodAt: methodAt)
        case .member(let base?, let name, let location):
            return memberPlace(base, name, at: location, mutating: mutating, method: method, methodAt: methodAt)
        case .optionalChain(let operand):
            // `a?.x = v` / `d[k]?.append(v)`: the optional's payload, in place; nil leaves the whole chain (a no-op).
            return unwrappedPlace(operand, mutating: mutating, method: method, methodAt: methodAt, at: expr.location, isOptionalChain: true) {
                OptionalChainNil()
            }
        case .forceUnwrap(let operand):
            // `d[k]! += 1`: the optional's payload, in place; nil is the usual run-time error.
            let location = expr.location
            return unwrappedPlace(operand, mutating: mutating, method: method, methodAt: methodAt, at: location, isOptionalChain: false) {
                RuntimeError(message: "unexpectedly found nil while unwrapping an Optional value", location: location)
            }
        default:
            let typed = compileExpr(expr, expected: nil)
            if !typed.type.hasError { cannotGenerate(at: expr.location) }
            return nil
        }
    }

    /// The place of the value inside the optional stored at `operand` (present optionals are stored as their payload,
    /// so the payload is modified in place); `failure` is thrown when the optional is nil.
    private func unwrappedPlace(_ operand: Expr, mutating: Bool, method: String?, methodAt: SourceLocation?, at location: SourceLocation,
                                isOptionalChain: Bool, failure: @escaping () -> any Error) -> Place? {
        // The checker's type (`checkerType`): whether the operand is optional decides how it compiles as a place.
        let operandType = checkerType(operand)
        guard case .optional = operandType else {
            cannotGenerate(at: location)  // the checker's `nonOptionalPlace`
            return nil
        }
        guard let inner = compilePlace(operand, mutating: mutating, method: method, methodAt: methodAt),
              case .optional(let wrapped) = inner.type else { return nil }
        let outer = inner.modify
        let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { frame, body in
            try outer(frame) { value in
                if case .none = value { throw failure() }
                try body(&value)
            }
        }
        return Place(type: wrapped, modify: modify, assign: { newValue in
            let boxed = newValue.value
            return { frame in
                let value = try boxed(frame)
                try modify(frame) { $0 = value }
                return
            }
        })
    }

    /// The unpacked struct variable `expr` names (see `UnpackedStruct`), nil for every other expression.
    func unpackedVariable(_ expr: Expr) -> VariableInfo? {
        guard case .name(let name) = expr.kind,
              case .variable(let variable)? = nameBinding(name, node: expr), variable.unpacked != nil,
              !isCheckedLentAccess(variable) else { return nil }
        return variable
    }

    /// The word slot of field `name` of an unpacked struct variable named by `base`, as code returning the frame's
    /// words and the slot; nil when `base` is not such a variable or the struct has no field `name`.
    func unpackedField(_ base: Expr, _ name: String)
        -> (words: (Frame) -> UnsafeMutablePointer<Int>, slot: Int, kind: WordKind, type: CType)? {
        guard let variable = unpackedVariable(base), let kinds = variable.unpacked, case .user(let type) = variable.type,
              let index = type.fieldIndex(name), index < kinds.count else { return nil }
        return (wordsAccessor(level: variable.level), variable.slot + index, kinds[index], type.fields[index].type)
    }

    /// `ps[i].name` where `ps` is an array variable of structs with a stored property `name` and `i` an Int: the
    /// array's slot, the compiled index, the property's index and type; nil for any other expression.
    func elementField(_ base: Expr, _ name: String)
        -> (slot: (Frame) -> UnsafeMutablePointer<Value>, position: (Frame) throws -> Int, field: Int, type: CType)? {
        guard case .subscriptAccess(let array, let arguments) = base.kind, arguments.count == 1, arguments[0].label == nil,
              let (slot, arrayType) = typedVariableSlot(array), case .array(.user(let type)) = arrayType,
              type.kind == .structure, let field = type.fieldIndex(name),
              let position = compileIfTyped(arguments[0].value, .int)?.int else { return nil }
        return (slot, position, field, type.fields[field].type)
    }

    /// The place of a stored property of an unpacked `var` struct: its word. Nil when `base` is not such a variable
    /// (or names a `let` property outside an initializer: the general path reports that).
    private func unpackedFieldPlace(_ base: Expr, _ name: String, at location: SourceLocation) -> Place? {
        guard let variable = unpackedVariable(base), !variable.isLet, case .user(let type) = variable.type,
              let index = type.fieldIndex(name), !type.fields[index].isLet || isInitializing(type),
              let (words, slot, kind, fieldType) = unpackedField(base, name) else { return nil }
        return Place(type: fieldType, modify: { frame, body in
            let target = words(frame) + slot
            var value = kind.value(target.pointee)
            try body(&value)
            target.pointee = WordCoding.word(value)
        }, assign: { newValue in
            self.wordStore(newValue, level: variable.level, slot: slot)
        })
    }

    /// The index and type of a stored member (tuple element) that can be assigned, or an error.
    func storedMember(of type: CType, _ name: String, at location: SourceLocation) -> (Int, CType)? {
        switch type {
        case .tuple(let elements):
            if let index = tupleIndex(elements, name) { return (index, elements[index].type) }
        case .user(let userType) where userType.kind == .structure:
            if let index = userType.fieldIndex(name) { return (index, userType.fields[index].type) }
            if userType.computed[name] != nil {
                cannotGenerate(at: location)  // a get-only property: the checker's mistake (`TypeChecker+GetOnlyDiagnostics`)
                return nil
            }
        case .error:
            return nil
        default:
            if StdlibTables.table(for: type)?.property(named: name) != nil {
                // `xs.count = 2`: built-in properties are read-only (the checker's mistake).
                cannotGenerate(at: location)
                return nil
            }
        }
        cannotGenerate(at: location)  // the checker's `missingPlaceMember`
        return nil
    }

    /// The place of element `index` of a tuple (or struct) stored at `container`.
    func elementPlace(_ container: Place, index: Int, type: CType) -> Place {
        let outer = container.modify
        var modify: (Frame, (inout Value) throws -> Void) throws -> Void = { frame, body in
            try outer(frame) { value in
                try value.updateTuple { elements in
                    if index < elements.count { try body(&elements[index]) }
                }
            }
        }
        if let slot = container.slot {
            // A field of a local struct variable (`self.items` in a mutating method): one closure, not two.
            modify = { frame, body in
                try frame.values[slot].updateTuple { elements in
                    if index < elements.count { try body(&elements[index]) }
                }
            }
        }
        return Place(type: type, modify: modify, assign: { newValue in
            let boxed = newValue.value
            return { frame in
                let value = try boxed(frame)
                try modify(frame) { $0 = value }
                return
            }
        }, field: container.slot.map { (slot: $0, index: index) })
    }

    /// The place of a stored property of a class instance: the object is shared, so the base need not be a `var`.
    private func classFieldPlace(_ base: Expr, _ type: UserType, _ name: String, at location: SourceLocation) -> Place? {
        guard let index = type.fieldIndex(name) else {
            cannotGenerate(at: location)  // the checker's `missingPlaceMember`
            return nil
        }
        // An initializer sets its own class's constants, not those it inherits (another change of a `let` is the
        // checker's mistake).
        if !(isInitializing(type) && index >= (type.superclass?.fields.count ?? 0)) { type.assignedFields.insert(index) }
        let object = compileExpr(base, expected: nil).value
        if type.observing != name, needsDynamicObservers(type, index) {
            return dynamicObservedPlace(object, index, type.fields[index], at: location)
        }
        if type.fields[index].holdsWeakly { return weakFieldPlace(object, index, type.fields[index], at: location) }
        let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { frame, body in
            guard case .object(let box) = try object(frame), index < box.fieldCount else { return }
            try body(&box.fields[index])
        }
        return Place(type: type.fields[index].type, modify: modify, assign: { newValue in
            let boxed = newValue.value
            return { frame in
                // As in Swift, the object is evaluated before the new value (`a?.next = f()` skips `f()` when `a` is nil).
                guard case .object(let box) = try object(frame) else { return }
                let value = try boxed(frame)
                if index < box.fieldCount { box.fields[index] = value }
            }
        })
    }

    /// Whether an initializer of `type` is being compiled (it may set `let` properties).
    func isInitializing(_ type: UserType) -> Bool {
        selfContexts.last?.type === type && scope.context.function.initializerSelf != nil
    }

    /// The place of a variable.
    func variablePlace(_ variable: VariableInfo) -> Place {
        guard let initialize = variable.initializeOnFirstAccess else { return storagePlace(variable) }
        return Compiler.initializingFirst(storagePlace(variable), initialize)
    }

    /// The place of a variable's storage.
    private func storagePlace(_ variable: VariableInfo) -> Place {
        noteAccess(variable)
        let slot = variable.slot
        let type = variable.type
        let access = frameAccessor(level: variable.level)
        if let kinds = variable.unpacked {
            let words = wordsAccessor(level: variable.level)
            return Place(type: type, modify: { frame, body in
                let target = words(frame) + slot
                var value = UnpackedStruct.pack(target, kinds)
                try body(&value)
                UnpackedStruct.unpack(value, into: target, kinds)
            }, assign: { newValue in
                let storeCode = self.store(variable, newValue)
                return { try storeCode($0) }
            })
        }
        if type.isWord {
            return Place(type: type, modify: { frame, body in
                let target = access(frame)
                var value = WordCoding.value(target.words[slot], type)
                try body(&value)
                target.words[slot] = WordCoding.word(value)
            }, assign: { newValue in
                let storeCode = self.store(variable, newValue)
                return { try storeCode($0) }
            })
        }
        // The value bank without retaining its frame (a retain and a release per access otherwise).
        let modify: (Frame, (inout Value) throws -> Void) throws -> Void
        let local = variable.level != 0 && variable.level == scope.context.level
        if local {
            modify = { frame, body in try body(&frame.values[slot]) }
        } else {
            let values = valuesAccessor(level: variable.level)
            modify = { frame, body in try body(&values(frame)[slot]) }
        }
        return Place(type: type, modify: modify, assign: { newValue in
            let storeCode = self.store(variable, newValue)
            return { try storeCode($0) }
        }, slot: local ? slot : nil)
    }

    /// The place of a member (`a.x`): a class instance's field, a static property, or a stored property of a place.
    private func memberPlace(_ base: Expr, _ name: String, at location: SourceLocation, mutating: Bool,
                             method: String?, methodAt: SourceLocation?) -> Place? {
        if let accessor = accessorMemberPlace(base, name, at: location, mutating: mutating, method: method,
                                              methodAt: methodAt) { return accessor }
        // The checker's type (`checkerType`): a class base compiles as a reference value, another as a place: the type decides which.
        if case .user(let type) = checkerType(base) {
            if type.kind == .classType { return classFieldPlace(base, type, name, at: location) }
            if type.kind == .protocolType, isClassBound(.user(type)), let place = classBoundRequirementPlace(base, type, name, at: location) {
                return place
            }
        }
        if case .name(let typeName) = base.kind, nameBinding(typeName, node: base) == nil, let type = declarations.userTypes[typeName],
           let variable = type.staticField(named: name) {
            return variablePlace(variable)
        }
        if let place = unpackedFieldPlace(base, name, at: location) { return place }
        guard let container = compilePlace(base, mutating: mutating, method: method, methodAt: methodAt) else { return nil }
        // `@W var x: T` where `W` is no property wrapper: reported at the attribute, not again in x's setter.
        if base.isWrapperAttribute, case .user(let wrapper) = container.type, !wrapper.isPropertyWrapper { return nil }
        if case .user(let proto) = container.type, proto.kind == .protocolType,
           let place = existentialPropertyPlace(container, proto, name, at: location) { return place }
        guard let (index, type) = storedMember(of: container.type, name, at: location) else { return nil }
        return elementPlace(container, index: index, type: type)
    }

    /// The place of a subscript (`a[i]`): a declared subscript, a dictionary's or an array's element.
    private func subscriptPlace(_ expr: Expr, _ base: Expr, _ arguments: [Argument], mutating: Bool, method: String?,
                                methodAt: SourceLocation?) -> Place? {
        if let declared = userSubscriptPlace(base, arguments, at: expr.location, mutating: mutating, method: method,
                                             methodAt: methodAt) { return declared }
        guard let container = compilePlace(base, mutating: mutating, method: method, methodAt: methodAt) else { return nil }
        if case .user(let proto) = container.type, proto.kind == .protocolType,
           let place = existentialSubscriptPlace(container, proto, arguments, at: expr.location) { return place }
        if case .dictionary(let key, let value) = container.type {
            guard arguments.first?.label == nil, arguments.count == 1 || (arguments.count == 2 && arguments[1].label == "default") else {
                cannotGenerate(at: expr.location)
                return nil
            }
            return dictionaryElementPlace(container, key, value, arguments)
        }
        guard arguments.count == 1, arguments[0].label == nil else {
            cannotGenerate(at: expr.location)
            return nil
        }
        if case .arraySlice(let element) = container.type {
            return sliceElementPlace(container, element, arguments[0].value, at: expr.location)
        }
        guard case .array(let element) = container.type else {
            cannotGenerate(at: expr.location)  // the checker's `reportsMissingPlaceSubscript`
            return nil
        }
        if Compiler.oneSidedRange(arguments[0].value) != nil || Compiler.isUnboundedRange(arguments[0].value) || [.range, .closedRange].contains(knownType(arguments[0].value)) {
            return arrayRangePlace(container, element, arguments[0].value, at: expr.location)  // `xs[0..<2][0] = 5`
        }
        let indexTyped = compileExpr(arguments[0].value, expected: .int)
        guard indexTyped.type == .int else {
            cannotGenerate(at: arguments[0].value.location)  // the checker's `reportsArrayPlaceIndex`
            return nil
        }
        let index = indexTyped.int
        let location = expr.location
        let outer = container.modify
        let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { frame, body in
            let i = try index(frame)
            try outer(frame) { value in
                try value.updateArray { elements in
                    guard i >= 0 && i < elements.count else {
                        throw RuntimeError(message: "Index out of range", location: location)
                    }
                    try body(&elements[i])
                }
            }
        }
        return Place(type: element, modify: modify, assign: { newValue in
            let boxed = newValue.value
            return { frame in
                let value = try boxed(frame)
                try modify(frame) { $0 = value }
                return
            }
        })
    }

    /// The place of a variable named `name` (or of the implicit `self` member it names).
    private func namePlace(_ expr: Expr, _ name: String, mutating: Bool, method: String?,
                           methodAt: SourceLocation?) -> Place? {
        if nameLookups != nil { recordLookup(name, at: expr.location) }
        let resolved: Binding?
        switch resolvedName(name, node: expr) ?? scopeName(name, at: expr.location) {
        case .member(let member): return compilePlace(member, mutating: mutating, method: method, methodAt: methodAt)
        case .binding(let found): resolved = found
        }
        guard let binding = resolved else {
            cannotGenerate(at: expr.location)  // an unknown name: the checker's mistake (`TypeChecker.reportsUnknownName`)
            return nil
        }
        if case .accessor(let variable) = binding { return accessorVariablePlace(variable, at: expr.location) }
        guard case .variable(let variable) = binding else {
            cannotGenerate(at: expr.location)  // a function assigned to: the checker's mistake
            return nil
        }
        return lentCheckedPlace(variable, at: expr.location) ?? variablePlace(variable)
    }

    /// An optional chain used as a place where it cannot be one (in a tuple assignment, as an inout argument): only
    /// an assignment or a mutating call makes an optional chain a place (`a?.x = 1`); elsewhere it is an immutable
    /// optional, the checker's mistake (`TypeChecker.reportsTupleElementMistake`, `reportsOptionalChainInout`).
    private func refuseOptionalChainPlace(_ expr: Expr) -> Place? {
        cannotGenerate(at: inoutArgumentLocation ?? expr.location)
        return nil
    }
}
