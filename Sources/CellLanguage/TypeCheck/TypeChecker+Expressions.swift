import Diagnostics

/// Expressions: literals, names, operators, collection and tuple literals, ternaries, unwraps, casts and closures.
extension TypeChecker {
    /// Checks `expr` against the contextual type `expected` (nil: none), records and returns its type (nil: unknown).
    @discardableResult
    func check(_ expr: Expr, expected: CType?) -> CType? {
        // The cell's compile deadline covers checking: once spent, every node is left unknown (the cell is reported).
        if compiler.compileBudget.isExhausted() { return nil }
        if let settled = settledArguments[expr], expected == nil || expected == settled { return settled }
        compiler.compileCounts.checkedNodes += 1
        if startsOptionalChain(expr) { return optionalChainRoot(expr, expected: expected) }
        if checksImplicitlyUnwrapped, let forced = implicitlyUnwrappedRead(expr, expected: expected) { return forced }
        resolvedCallee = nil
        resolvedNative = nil
        // A check nested in the call's (its receiver's, after the choice) leaves the call's choice as it found it.
        let outerChoice = chosenOverload, outerMistake = overloadMistake
        (chosenOverload, overloadMistake) = (nil, nil)
        functionTypedAlone = false
        let type = sequenceArrayResult(expr, type(of: expr, expected: expected), expected: expected)
        if checksImplicitlyUnwrapped { unmarkForcedChildren(of: expr) }
        let callee = resolvedCallee, native = resolvedNative
        resolvedCallee = nil
        resolvedNative = nil
        if let choice = chosenOverload { recordOverload(choice, for: expr) }
        if let mistake = overloadMistake, let site = Self.overloadSites(of: expr)?.locations.first { report(mistake, at: site) }
        (chosenOverload, overloadMistake) = (outerChoice, outerMistake)
        if let native, type != nil { noteNative(native, for: expr) }
        // A function of one overload named as a value has its type in every context.
        let alone: Bool = if case .name = expr.kind { functionTypedAlone } else { false }
        if expected != nil, !alone { recordLiteralAlone(expr) }
        return record(expr, type, expected: alone ? nil : expected, callee: callee)
    }

    /// The type of `expr` (its children recorded on the way).
    private func type(of expr: Expr, expected: CType?) -> CType? {
        switch expr.kind {
        case .intLiteral(let value): return integerLiteral(expr, value, expected: expected)
        case .floatLiteral:  // as an integer literal; a Double beside a closed placeholder, which takes no float literal
            return isTypeParameterPlaceholder(expected) && closedPlaceholder(expected) == nil ? nil : .double
        case .boolLiteral: return .bool
        case .stringLiteral(let parts): return string(parts, expected: expected)
        case .nilLiteral:
            if case .optional? = expected { return expected }
            reportsUnplacedNil(expr, expected: expected)  // +NilLiterals
            return nil
        case .name(let name):
            if Compiler.isUnboundedRange(expr), let unbounded = unboundedRangeArgument(expr, expected: expected) { return unbounded }
            return self.name(expr, name) ?? functionReference(expr, name, expected: expected)
                ?? (reportsUnknownName(expr, name) || reportsUnprovidedFunction(expr, name) ? .error : nil)
        case .binary(let op, let lhs, let rhs, let location):
            let type = binary(op, lhs, rhs, expected: expected, at: location)
            if type == nil, let a = checked.type(of: lhs), let b = checked.type(of: rhs),
               let mistake = anyOperandsMistake(op, a, b, operands: (lhs, rhs), at: location) { return mistake }
            return anyLiteralOperand(op, lhs, rhs, at: location) ?? type  // TypeChecker+AnyLiterals
        case .prefix(let op, let operand): return prefix(op, operand, expected: expected, at: expr.location)
        case .assign(let op, let target, let value, let location):
            return assignmentExpression(op, target, value, at: location)
        case .inoutArgument(let target):
            place(target)
            _ = reportsImmutableInout(target, expr)  // +Mutability
            typeOptionalChainAlone(target)
            return nil
        case .call(let callee, let arguments):
            return call(expr, callee, arguments, expected: expected) ?? anyLiteralArgumentMistake(callee, arguments)
        case .member(let base, let name, let location):
            if let module = moduleMember(base, name, expected: expected, at: location) { return module }
            return member(base, name, expected: expected, at: location)
        case .subscriptAccess(let base, let arguments): return subscriptAccess(base, arguments, expected: expected, at: expr.location)
        case .array(let elements):
            let context = conditionalConformanceContext(literalContext(expected))  // +ArrayExtensions
            return array(elements, expected: context, at: expr.location, literal: expr)
        case .dictionary(let pairs): return dictionary(pairs, expected: literalContext(expected))
        case .tuple(let elements): return tuple(elements, expected: expected)
        case .closure(let literal):
            if reportsClosureArity(expr, literal, expected: expected) { return nil }
            let type = closureType(literal, at: expr.location, expected: expected)
            // Without a contextual type, a closure an error leaves is a throwing one (`let c = { try f() }`).
            if recordClosureThrows(expr) == true, expected == nil { return throwingClosureType(type) }
            return type
        case .ternary(let condition, let then, let otherwise): return ternary(condition, then, otherwise, expected: expected)
        case .forceUnwrap(let operand): return forceUnwrap(operand, expected: expected, at: expr.location)
        case .cast(let operand, let type, let op): return cast(operand, type, op, at: expr.location)
        case .tryExpr(let operand, let kind):
            let type = check(operand, expected: kind == .optional ? expected?.unwrapped : expected)
            guard kind == .optional, let type else { return type }
            if case .optional = type { return type }
            return .optional(type)
        case .optionalChain(let operand): return optionalChainLink(operand, at: expr.location)
        case .typeReference:
            reportOnce(.typeNameAlone, at: expr.location)  // a type written alone as a value (`Compiler.compileExpr`)
            return .error
        case .invalid:
            forEachChild(of: expr)
            return nil
        }
    }

    /// `target op value` (`=` or a compound assignment): the forms only a native value takes, then the places the
    /// target may not be (a constant, a get-only property, an unknown name), then the assignment's types and the
    /// target's immutable part.
    private func assignmentExpression(_ op: String, _ target: Expr, _ value: Expr, at location: SourceLocation) -> CType? {
        let before = checked.diagnostics.count
        defer { typeTargetBases(target, since: before, reads: op != "=") }
        if let method = methodTargetMistake(op, target, value) { return method }  // +PlaceTypeDiagnostics
        if let native = nativeCompoundAssignment(op, target, value, at: location)
            ?? nativeCompoundMistake(op, target, value, at: location) { return native }  // +NativeOperators
        if let temporary = nativeTemporaryStoreMistake(op, target, at: location) { return temporary }  // +NativeTemporaries
        if let store = nativeSubscriptStore(op, target, value, at: location)
            ?? nativePropertyStoreMistake(op, target, at: location).map({ .some($0) }) { return store }  // +NativeStores
        // A `let` property is named before the constant holding it (`s.k = 1`, swiftc's innermost immutable part).
        if reportsInaccessibleSetter(op, target, at: location) || reportsConstantPropertyTarget(op, target, at: location) {
            // swiftc still checks the value assigned to a constant or through an inaccessible setter (`g = "n"`,
            // `g = undefinedName`: both mistakes).
            if op == "=" { _ = assignment(op, target, value, at: location) }
            return .error
        }
        if reportsImmutableTarget(op, target, at: location) || reportsGetOnlyTarget(op, target, at: location) { return .error }
        // `x = y` with `x` unknown: the generator reports `x` and compiles no value (`Compiler.namePlace`).
        if case .name(let name) = target.kind, reportsUnknownName(target, name) { return .error }
        let typed = checked.diagnostics.count
        let result = assignment(op, target, value, at: location)
        // The place typed, its immutable part (+Mutability; a compound assignment whose operator did not type
        // first, as swiftc solves the types before it asks), or `self.x = x` naming the property twice.
        let operatorTyped = op == "=" || checked.diagnostics.count == typed
        if (operatorTyped && reportsImmutablePlace(op, target, at: location))
            || (op == "=" && reportsSelfAssignment(target, value, at: location)) {
            return .error
        }
        return result
    }

    /// Checks every child of `expr` without a contextual type (what the checker does not type itself).
    func forEachChild(of expr: Expr) {
        expr.forEachChild { check($0, expected: nil) }
    }

    private func string(_ parts: [StringPart], expected: CType?) -> CType? {
        for case .interpolation(let value) in parts {
            if reportsInterpolatedNil(value) { continue }  // +NilLiterals
            refusePrinting(check(value, expected: nil), at: value.location)
            refusePrintedWrapper(value)
        }
        switch expected?.unwrapped {
        case .character?:
            guard parts.count <= 1 else { return nil }
            if case .text(let text)? = parts.first, text.count == 1 { return .character }
            return nil
        case .unicodeScalar?, .substring?: return Self.stringLiteral(parts, expected: expected) ?? nil
        default: return .string
        }
    }

    /// A name: a variable of the cell or an earlier one, a parameter, `self`, or a stored property of `self`.
    func name(_ expr: Expr, _ name: String) -> CType? {
        guard let referent = resolution.referent(of: expr) else { return builderVariable(name) }
        if case .member(let owner) = referent {
            if genericSelf == nil, let conforming = conformingSelf, conforming.owner == owner {
                return conformingMember(conforming.type, name)
            }
            if genericSelf != nil { return genericSelfProperty(owner, name) }
            if let proto = protocolSelf { return proto.name == owner ? protocolMember(proto, name) : nil }
            return implicitMember(name, of: owner)
        }
        switch declarationKind(of: referent) {
        case .function?, .type?, .genericParameter?, .member?: return nil
        default: return type(of: referent, named: name)
        }
    }

    private func array(_ elements: [Expr], expected: CType?, at location: SourceLocation, literal: Expr? = nil) -> CType? {
        var element: CType?
        if case .array(let type)? = expected { element = type }
        if case .optional(.array(let type))? = expected { element = type }
        if case .arraySlice(let type)? = expected {  // a slice where one is expected, indexed from 0
            return array(elements, expected: .array(type), at: location).map { _ in .arraySlice(type) }
        }
        if case .set(let element)? = expected?.unwrapped {
            guard case .array(let found)? = array(elements, expected: .array(element), at: location) else { return nil }
            return .set(found)
        }
        if element == nil, expected == nil { element = optionalArrayElement(elements, at: location) ?? nilOnlyClosureElement(elements) }
        if element == nil, expected == nil, let rows = anyRowsElement(elements) {  // `[[1, 2], ["s"]]`: rows of `Any`s
            element = rows
            if let literal { anyRowLiterals.insert(literal) }
        }
        // The element typed first to find the others' context is checked once (nested literals stay linear).
        var typed: Expr?
        if element == nil, expected == nil {
            if !elements.isEmpty, elements.allSatisfy(Compiler.isNumericArrayLiteral) {
                // Rows of number literals are all [Double] when any holds a floating-point literal.
                element = Compiler.numericArrayLiteralsType(elements)
            } else if let first = elements.first(where: { !$0.isNumericLiteral }) {
                element = check(first, expected: nil)
                typed = first
                if case .user(let user)? = element, user.kind == .classType { return classInstances(elements, first: first, user) }
            } else if !elements.isEmpty {
                element = elements.contains(where: \.containsFloatLiteral) ? .double : .int
            }
        }
        guard let element else {
            for item in elements where item !== typed && Self.isContextFree(item) { check(item, expected: nil) }
            return nil
        }
        var same = true, mixed: [(Expr, CType)] = []
        for item in elements where item !== typed {
            let found = expected == nil ? check(item, expected: element)
                                        : checkConverting(item, to: element) { .elementType($0, expected: $1) }
            if !holds(found, as: element) && !Self.isOptionalPromotion(found, to: element) && !holds(found, as: element.unwrapped) {
                same = false  // (`[Circle(r: 2), nil]` as `[(any Shape)?]`: a conforming value held as the optional protocol)
                if expected == nil, let found, certainlyMismatches(found, element) || refusesConversion(found, element)
                    || mixesAsAny(found, element) {
                    mixed.append((item, found))  // (tuples of other element types: `[(1, 2), ("s", 3)]`)
                }
            }
        }
        if !mixed.isEmpty {
            if let any = defaultedAnyArray(literal, mixed, element) { return any }  // TypeChecker+AnyLiterals
            reportMixedElements(mixed, element, at: location)
        }
        return same ? .array(element) : nil
    }

    /// An array literal without a context whose elements certainly have different types: swiftc's `heterogeneous
    /// collection literal` at the literal for elements of the basic value types; each element's conversion to the
    /// first one's type otherwise (nbrun's words where swiftc infers an `[Any]` nbrun does not hold). The generator
    /// only converts (`Compiler.compileArrayLiteral`).
    private func reportMixedElements(_ mixed: [(Expr, CType)], _ element: CType, at location: SourceLocation) {
        let basic: Set<CType> = [.int, .double, .string, .bool, .character]
        if basic.contains(element), mixed.allSatisfy({ basic.contains($0.1) }) {
            report(.heterogeneousCollectionLiteral("[Any]"), at: location)
        } else {
            for (item, found) in mixed {
                let (part, partType, partExpected) = mismatchedTuplePart(item, found, element) ?? (item, found, element)
                report(.elementType(partType, expected: partExpected), at: part.conversionLocation)
            }
        }
    }

    private func dictionary(_ pairs: [(Expr, Expr)], expected: CType?) -> CType? {
        var key: CType?, value: CType?
        if case .dictionary(let keyType, let valueType)? = expected?.unwrapped {
            (key, value) = (keyType, valueType)
        } else if expected == nil {
            (key, value) = (inferElement(pairs.map(\.0)), inferElement(pairs.map(\.1)))
        }
        guard let key, key.isHashable, let value else {
            for (key, value) in pairs {
                if Self.isContextFree(key) { check(key, expected: nil) }
                if Self.isContextFree(value) { check(value, expected: nil) }
            }
            return nil
        }
        var same = true
        for pair in pairs {
            if expected == nil {
                if check(pair.0, expected: key) != key { same = false }
                if check(pair.1, expected: value) != value { same = false }
            } else {
                let found = checkConverting(pair.0, to: key, { .dictionaryKeyType($0, expected: $1) })
                if !Self.isOptionalPromotion(found, to: key) { same = false }  // `[nil: 0, 1: 1]` as `[Int?: Int]`
                if !holds(checkConverting(pair.1, to: value, { .dictionaryValueType($0, expected: $1) }), as: value) { same = false }
            }
        }
        return same ? .dictionary(key, value) : nil
    }

    /// The key or value type of a dictionary literal without a contextual type, as the generator infers it: the
    /// first one that is not a number literal decides; numbers alone are Int, or Double with a floating-point one.
    private func inferElement(_ exprs: [Expr]) -> CType? {
        let anchors = exprs.filter { !$0.isNumericLiteral }
        if let numbers = Compiler.numericArrayLiteralsType(exprs) { return numbers }
        if let anchor = anchors.first { return check(anchor, expected: nil) }
        if exprs.isEmpty { return nil }
        return exprs.contains(where: \.containsFloatLiteral) ? .double : .int
    }

    private func tuple(_ elements: [Argument], expected: CType?) -> CType? {
        if elements.isEmpty { return .void }
        var hints: [TupleElement]?
        if case .tuple(let types)? = expected?.unwrapped, types.count == elements.count { hints = types }
        var types: [TupleElement] = []
        for (index, element) in elements.enumerated() {
            let hint = hints?[index]
            if hint == nil, reportsContextlessNilElement(element.value, expected: expected) { continue }  // +NilLiterals
            guard var type = check(element.value, expected: hint?.type) else { continue }
            // An element converts to the context's element type, as the generator converts it (`implicitConversion`).
            if let hint, holds(type, as: hint.type) || hint.type == .optional(type) { type = hint.type }
            types.append(TupleElement(label: element.label ?? hint?.label, type: type))
        }
        return types.count == elements.count ? .tuple(types) : nil
    }

    private func ternary(_ condition: Expr, _ then: Expr, _ otherwise: Expr, expected: CType?) -> CType? {
        checkCondition(condition)
        if expected == nil, then.isBranchValue, let mismatch = literalBranchMismatch(then, otherwise) { return mismatch }
        func isNil(_ expr: Expr) -> Bool { if case .nilLiteral = expr.kind { return true } else { return false } }
        if isNil(then) != isNil(otherwise) {
            if let mistake = nilBranchMistake(then, otherwise, expected: expected) { return mistake }  // +NilLiterals
            // `c ? nil : x` is an optional of x's type (the nil itself is not compiled).
            guard let value = check(isNil(then) ? otherwise : then, expected: expected?.unwrapped) else { return nil }
            if case .optional = value { return value }
            return .optional(value)
        }
        let a: CType?, b: CType?
        if then.isNumericLiteral && !otherwise.isNumericLiteral {
            b = check(otherwise, expected: expected)
            a = b == nil ? nil : check(then, expected: b)
        } else if let both = compiler.numberLiteralBranchesType(then, otherwise, expected: expected) {
            (a, b) = (check(then, expected: both), check(otherwise, expected: both))
        } else {
            a = check(then, expected: expected)
            b = a == nil ? nil : check(otherwise, expected: a)
        }
        guard let a, let b else { return nil }
        if a == b { return a }
        if case .optional(let wrapped) = a, wrapped == b { return a }
        if case .optional(let wrapped) = b, wrapped == a { return b }  // `c ? "s" : nil as String?`
        if compiler.isAnyContext(expected), !a.hasError, !b.hasError { return expected }  // both sides as `Any`
        if let other = placeholderBranchMismatch(a, b, expected: expected) { return other }  // +PlaceholderDiagnostics
        if expected == nil, then.isBranchValue, let branches = branchTypesMismatch(a, b, at: then) { return branches }  // +IfExpressions
        if let common = commonSuperclass(a, b) { return common }  // `c ? Dog() : Cat()`: an Animal (+IfExpressions)
        return ternaryMismatch(a, b, at: then.location)
    }

    /// `x as T` (`as?`, `as!` and `is`: `typeCast`).
    private func cast(_ operand: Expr, _ typeExpr: TypeExpr, _ op: String, at location: SourceLocation) -> CType? {
        guard op == "as" else {
            noteContextFree(operand)
            return typeCast(operand, type: typeExpr, op, at: location)
        }
        if case .named("Any", _) = typeExpr { return check(operand, expected: nil) }
        guard let type = resolve(typeExpr) else {
            return nil
        }
        let found = check(operand, expected: type)
        if found == nil, reportsNilLiteral(operand, type, as: .context) { return .error }  // `nil as Int` (+NilLiterals)
        if found == type { return type }
        if case .optional(let wrapped) = type, wrapped == found { return type }
        // An upcast, or a value coerced to a protocol it conforms to (`Sq(s: 2) as Shape`).
        if case .user(let target) = type, target.kind == .classType || target.kind == .protocolType,
           target !== compiler.protocolState.anyObject, holds(found, as: type) { return type }
        if let found, certainlyMismatches(found, type) || refusesConversion(found, type) {
            report(.coercionType(found, target: type), at: operand.location)
        }
        return nil
    }
}

extension TypeChecker {
    /// A body: a single expression is the result, checked against the result type (`{ $0 > 0 ? 1 : 0 }` returning
    /// Double; a declared function's, as its `return` would be); otherwise its statements.
    func singleExpressionBody(_ body: [Stmt]) {
        if body.count == 1, case .expression(let expr) = body[0], let returnType, returnType != .void, !FlowExits.isNeverCall(expr) {
            // A declared function's result and an accessor's (`inClosureBody` nil) report a value that does not convert.
            if case .given = returnTyping, reportsReturnMismatches || bodyContext.inClosureBody == nil {
                returned(expr)
            } else {
                check(expr, expected: returnType)
            }
        } else {
            statements(body)
        }
    }
}
