import Diagnostics

/// Assignments and compound assignments (`=`, `+=` …) to every kind of place, and their in-place fast paths.
extension Compiler {
    // MARK: Assignment

    /// Compiles `target = value` and compound assignments (`+=`, ...); the result is `()`.
    func compileAssignment(_ op: String, _ target: Expr, _ value: Expr, at location: SourceLocation) -> Typed {
        if case .name("_") = target.kind, op == "=" {
            // `_ = expression` evaluates and discards.
            let discarded = compileExpr(value, expected: nil).value
            return Typed(type: .void, code: .void { _ = try discarded($0) })
        }
        if case .tuple(let elements) = target.kind, op == "=" {
            return compileTupleAssignment(elements, value)
        }
        if !optionalChainSpine.contains(target), Compiler.containsOptionalChain(target),
           let link = Compiler.outermostOptionalLink(target), !Compiler.isSideEffectFree(link) {
            return compileOptionalChainAssignment(op, target, value, hoistingCallsOf: link, at: location)
        }
        if !optionalChainSpine.contains(target), Compiler.containsOptionalChain(target) {
            return compileOptionalChainAssignment(op, target, value, at: location)
        }
        // `x[f()][1][2] = v` on a tensor: the calling indices are evaluated once before a native write-back too.
        if case .subscriptAccess = target.kind, hasCallingIndex(target),
           let hoisted = compileAssignmentWithHoistedIndices(op, target, value, at: location) { return hoisted }
        if let native = compileNativeStore(op, target, value, at: location) { return native }
        if op != "=", let native = compileNativeCompoundAssignment(op, target, value, at: location) { return native }
        if reportForceUnwrappedGetOnly(op, target, at: location) { return .invalid }
        if op == "=", let replaced = compileRangeAssignment(target, value, at: location) { return replaced }
        if let hoisted = compileAssignmentWithHoistedIndices(op, target, value, at: location) { return hoisted }
        if op != "=", let declared = compileOperatorFunctionAssignment(op, target, value, at: location) { return declared }
        if let accessed = compileAccessorAssignment(op, target, value, at: location) { return accessed }
        guard let place = compilePlace(target, mutating: true) else { return .invalid }
        if op == "=", let packed = compileUnpackedElementStore(target, value) { return packed }
        let type = place.type
        var newValue: Typed
        if op == "=", let moved = movedLastUse(target, value, type) {
            newValue = moved
        } else if op == "=" {
            // The checker reports every `=` whose value does not convert (`TypeChecker.checkAssignedValue`).
            newValue = converted(compileExpr(value, expected: type), to: type, at: value.conversionLocation)
        } else {
            let binaryOp = String(op.dropLast())
            if let refused = placeholderCompoundRefusal(op, type, value, at: location) { return refused }
            // `xs += [4]` and `s += "x"` append in place instead of copying.
            if binaryOp == "+", case .array = type {
                return compileArrayAppendAssignment(value, type, to: place, at: location)
            }
            if binaryOp == "+", case .arraySlice(let element) = type {  // `xs[0..<1] += [5]` (+ArraySlices)
                return compileSliceAppendAssignment(value, element, to: place, at: location)
            }
            if binaryOp == "+", type == .string {
                // `text += piece`: String's `+=` also takes a Substring, and Characters (`s += ["b"]`, `s += chars`).
                let appended = stringAppended(value)
                return appendString(appended.value, to: place, slot: variableSlot(target), at: location)
            }
            newValue = compileBinary(binaryOp, target, value, expected: type, at: location)
            if newValue.type.hasError { return .invalid }
            if newValue.type != type {
                cannotGenerate(at: location)  // the checker's `compoundOperatorMistake`
                return .invalid
            }
        }
        if let inPlace = compileInPlaceStore(target, newValue) { return inPlace }
        return Typed(type: .void, code: .void(place.assign(newValue)))
    }

    /// `list.next?.next = node`, `a?.count += 1`: when a link is nil nothing is evaluated further or stored.
    func compileOptionalChainAssignment(_ op: String, _ target: Expr, _ value: Expr, at location: SourceLocation) -> Typed {
        if let hoisted = compileOptionalChainAssignmentWithHoistedIndices(op, target, value, at: location) { return hoisted }
        let asValue = assignmentAsOptionalVoid
        assignmentAsOptionalVoid = false
        let saved = optionalChainSpine
        optionalChainSpine = Compiler.optionalChainSpine(of: target)
        let inner = compileAssignment(op, target, value, at: location)
        // The chain's links are checked before the right side runs (`a?.xs[0] = f()` skips `f()` when `a` is
        // nil), by reading the outermost `?` first when reading it twice is harmless.
        var probe: ((Frame) throws -> Value)?
        if let link = Compiler.outermostOptionalLink(target), Compiler.isSideEffectFree(link) {
            probe = compileExpr(link, expected: nil).value
        }
        optionalChainSpine = saved
        guard case .void(let code) = inner.code else { return inner }
        if asValue { return Compiler.optionalVoid(probe, code) }
        return Typed(type: .void, code: .void { frame in
            do {
                _ = try probe?(frame)
                try code(frame)
            } catch is OptionalChainNil {
                return
            }
        })
    }

    /// The `?` node of a postfix chain closest to its root (`a?.b?.c[0]`: `a?.b?`), which is nil when any link is.
    static func outermostOptionalLink(_ expr: Expr) -> Expr? {
        switch expr.kind {
        case .optionalChain: return expr
        case .member(let base?, _, _), .subscriptAccess(let base, _), .forceUnwrap(let base): return outermostOptionalLink(base)
        default: return nil
        }
    }

    /// Whether evaluating `expr` twice is harmless: names, stored-looking member reads, `?`, `!` and subscripts with
    /// such indices or literals (no calls, no closures, no assignments).
    static func isSideEffectFree(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .name, .intLiteral, .floatLiteral, .boolLiteral, .nilLiteral: return true
        case .stringLiteral(let parts): return parts.allSatisfy { if case .text = $0 { return true } else { return false } }
        case .member(let base?, _, _): return isSideEffectFree(base)
        case .optionalChain(let operand), .forceUnwrap(let operand): return isSideEffectFree(operand)
        case .subscriptAccess(let base, let arguments): return isSideEffectFree(base) && arguments.allSatisfy { isSideEffectFree($0.value) }
        default: return false
        }
    }

    /// `p.field = v` on a struct variable and `xs[i] = v` on an array variable (also their compound forms, whose
    /// `newValue` already reads the target), stored straight into the variable's slot: the struct or array stays
    /// uniquely referenced and no chain of `modify` closures runs. Nil for other targets.
    private func compileInPlaceStore(_ target: Expr, _ newValue: Typed) -> Typed? {
        switch target.kind {
        case .member(let base?, let name, _):
            if let elementStore = compileInPlaceElementFieldStore(base, name, newValue) { return elementStore }
            guard let (slot, baseType) = typedVariableSlot(base), case .user(let type) = baseType, type.kind == .structure,
                  let index = type.fieldIndex(name) else { return nil }
            let value = newValue.value
            return Typed(type: .void, code: .void { frame in
                let stored = try value(frame)
                slot(frame).pointee.updateTuple { fields in
                    if index < fields.count { fields[index] = stored }
                }
            })
        case .subscriptAccess(let base, let arguments):
            guard arguments.count == 1, arguments[0].label == nil, let (slot, type) = typedVariableSlot(base),
                  case .array = type, let position = compileIfTyped(arguments[0].value, .int)?.int else { return nil }
            let value = newValue.value
            let location = target.location
            return Typed(type: .void, code: .void { frame in
                let stored = try value(frame)
                let i = try position(frame)
                let done = slot(frame).pointee.updateArray { elements -> Bool in
                    guard i >= 0 && i < elements.count else { return false }
                    elements[i] = stored
                    return true
                }
                if done != true { throw RuntimeError(message: "Index out of range", location: location) }
            })
        default:
            return nil
        }
    }

    /// `ps[i].x = v` (and `ps[i].x += v`, whose `newValue` reads the target) on an array variable of structs: the
    /// array and the element are updated in place, without the generic chain of places; nil for other targets.
    private func compileInPlaceElementFieldStore(_ base: Expr, _ name: String, _ newValue: Typed) -> Typed? {
        guard let (slot, position, field, _) = elementField(base, name) else { return nil }
        let value = newValue.value
        let location = base.location
        return Typed(type: .void, code: .void { frame in
            let stored = try value(frame)
            let i = try position(frame)
            let done = slot(frame).pointee.updateArray { elements -> Bool in
                guard i >= 0 && i < elements.count else { return false }
                elements[i].updateTuple { fields in
                    if field < fields.count { fields[field] = stored }
                }
                return true
            }
            if done != true { throw RuntimeError(message: "Index out of range", location: location) }
        })
    }

    /// `xs[i] = p` where `p` is an unpacked struct variable (see `UnpackedStruct`): the words are written into the
    /// element's existing storage, so no struct is allocated; nil for every other assignment.
    private func compileUnpackedElementStore(_ target: Expr, _ value: Expr) -> Typed? {
        guard case .subscriptAccess(let base, let arguments) = target.kind, arguments.count == 1, arguments[0].label == nil,
              let (slot, type) = typedVariableSlot(base), case .array(let element) = type,
              let source = unpackedVariable(value), source.type == element, let kinds = source.unpacked,
              let typedPosition = compileIfTyped(arguments[0].value, .int) else { return nil }
        let position = typedPosition.int
        let first = source.slot
        let location = target.location
        if source.level == scope.context.level, case .local(let array) = slotSource(base, slot), case .local(let index)? = typedPosition.operand {
            return Typed(type: .void, code: .void(UnpackedElementAccess.store(array: array, index: index, fields: first, kinds, at: location)))
        }
        let words = wordsAccessor(level: source.level)
        return Typed(type: .void, code: .void { frame in
            let i = try position(frame)
            let fields = words(frame) + first
            let done = slot(frame).pointee.updateArray { elements -> Bool in
                guard i >= 0 && i < elements.count else { return false }
                UnpackedStruct.store(fields, kinds, into: &elements[i])
                return true
            }
            if done != true { throw RuntimeError(message: "Index out of range", location: location) }
        })
    }

    /// Code that moves the value out of `lastUse` (leaving `()` behind) when `value` names it and the target does
    /// not read it: the caller has established that the variable is dead after this statement.
    private func movedLastUse(_ target: Expr, _ value: Expr, _ type: CType) -> Typed? {
        guard let variable = lastUse, case .name(let name) = value.kind, name == variable.name, variable.type == type,
              case .variable(let found)? = nameBinding(name, node: value), found === variable,
              Compiler.isSimpleTarget(target, avoiding: name), let slot = variableSlot(value) else { return nil }
        lastUse = nil
        return Typed(type: type, code: .value { frame in
            let pointer = slot(frame)
            let taken = pointer.move()
            pointer.initialize(to: .void)
            return taken
        })
    }

    /// Whether `target` is `a`, `a[i]`, `a.f` or `a[i].f` with plain names or literals, none of them `name`.
    static func isSimpleTarget(_ target: Expr, avoiding name: String) -> Bool {
        switch target.kind {
        case .name(let other):
            return other != name
        case .intLiteral:
            return true
        case .subscriptAccess(let base, let arguments):
            return arguments.count == 1 && isSimpleTarget(base, avoiding: name) && isSimpleTarget(arguments[0].value, avoiding: name)
        case .member(let base?, _, _):
            return isSimpleTarget(base, avoiding: name)
        default:
            return false
        }
    }

    /// `xs += more` on an array place: the elements are appended in place instead of copying the array.
    private func compileArrayAppendAssignment(_ value: Expr, _ type: CType, to place: Place,
                                              at location: SourceLocation) -> Typed {
        // `text += piece`: String's `+=` also takes a Substring; an array's takes any sequence of its elements (a set,
        // a slice, a range of Ints: `xs += 1...3`), as its elements.
        let appended = converted(Compiler.sequenceAsArray(Compiler.stringIfSubstring(compileExpr(value, expected: type)), at: value.location),
                                 to: type, at: value.location)
        let extra = appended.value
        let modify = place.modify
        return Typed(type: .void, code: .void { frame in
            let more = try extra(frame).arrayValue
            try modify(frame) { current in
                try current.updateArray { elements in
                    try AllocationLimit.checkGrowth(from: elements.count, to: elements.count &+ more.count, at: location)
                    elements.append(contentsOf: more)
                }
            }
            try LongWork.after(count: more.count, at: location)
            return
        })
    }

    /// An assignment through an optional chain whose outermost link calls something (`d[k()]?.x = g()`).
    private func compileOptionalChainAssignment(_ op: String, _ target: Expr, _ value: Expr,
                                                hoistingCallsOf link: Expr, at location: SourceLocation) -> Typed {
        // `d[k()]?.x = g()`, `make()?.x = g()`: the link's calls run once, first; then it is checked as below.
        // Only the link itself: what follows the `?` runs only when the link is not nil.
        return withScope { () -> Typed in
            var stores: [(Frame) throws -> Void] = []
            guard let newLink = hoistingIndices(link, into: &stores), !stores.isEmpty else {
                return compileOptionalChainAssignment(op, target, value, at: location)
            }
            let rewritten = Compiler.replacing(link, with: newLink, in: target)
            noteSynthesized(rewritten, from: target)
            return compileAssignment(op, rewritten, value, at: location).prefixed(by: stores)
        }
    }

    /// `(a, b) = (b, a)`: the whole right side is evaluated first, then stored element by element.
    private func compileTupleAssignment(_ elements: [Argument], _ value: Expr) -> Typed {
        // `(a, b) = (b, a)`: the whole right side is evaluated first, then stored element by element.
        var places: [Place?] = []
        for element in elements {
            if case .name("_") = element.value.kind { places.append(nil); continue }
            guard let place = compilePlace(element.value, mutating: true) else { return .invalid }
            places.append(place)
        }
        let expectedType = CType.tuple(places.map { TupleElement(label: nil, type: $0?.type ?? .error) })
        let source = compileExpr(value, expected: expectedType)
        // A value of another type is the checker's mistake (`TypeChecker.tupleAssignment`).
        guard case .tuple(let types) = source.type, types.count == places.count else {
            if !source.type.hasError { cannotGenerate(at: value.location) }
            return .invalid
        }
        let code = source.value
        let modifiers = places.map { $0?.modify }
        return Typed(type: .void, code: .void { frame in
            let parts = try code(frame).tupleValue
            for (index, modify) in modifiers.enumerated() where index < parts.count {
                try modify?(frame) { $0 = parts[index] }
            }
            return
        })
    }
}

extension Compiler {
    /// The value `text += value` appends, as a String: a String, a Substring, or a sequence of Characters (an array
    /// literal is one: `s += ["b"]`). The checker decided that it converts.
    func stringAppended(_ value: Expr) -> Typed {
        var isArrayLiteral = false
        if case .array = value.kind { isArrayLiteral = true }
        let compiled = compileExpr(value, expected: isArrayLiteral ? .array(.character) : .string)
        guard case .array(.character) = compiled.type else {
            return converted(Compiler.stringIfSubstring(compiled), to: .string, at: value.conversionLocation)
        }
        let characters = compiled.value
        return Typed(type: .string, code: .value { frame in .string(try characters(frame).arrayValue.map(\.stringValue).joined()) })
    }
}

