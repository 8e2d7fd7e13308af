/// Assignments and places: `=` and every compound assignment, their targets (variables, stored properties, tuple
/// elements, array elements, dictionary values with or without `default:`, forced unwraps, tuples of places and
/// optional-chain targets `a?.b = c`), `inout` arguments (`&x`, `&a[i]`) and `swap`. A place is typed as a read of
/// it: every node of the target gets the type the generator gives it when it reads the place (a compound assignment,
/// a mutating method's receiver) or synthesizes a copy of it to evaluate its subscript arguments once
/// (`Compiler+EvaluationOrder`, whose copies are recorded on the user's nodes).
extension TypeChecker {
    /// `target op value`: the target typed as a place, the value against the target's type when the assignment
    /// decides it; the assignment's type (`()`, or `()?` through an optional chain used as a value).
    func assignment(_ op: String, _ target: Expr, _ value: Expr, at location: SourceLocation) -> CType? {
        let asValue = assignmentIsValue
        assignmentIsValue = false
        if case .tuple(let elements) = target.kind, op == "=" { return tupleAssignment(elements, value, at: location) }
        if case .name("_") = target.kind, op == "=" {  // `_ = value`: evaluated alone and discarded
            check(value, expected: nil)
            return .void
        }
        if op == "=", rangeAssignment(target, value) { return .void }
        if op == "=", sliceRangeAssignment(target, value) { return .error }
        let throughChain = Compiler.containsOptionalChain(target)
        var place = place(target)
        if op != "=", checksImplicitlyUnwrapped, readsImplicitlyUnwrapped(target) {
            // `count += 1` on an `Int!`: the target is forced.
            if case .optional(let wrapped)? = place { place = wrapped } else { place = nil }
        }
        // A compound assignment's value takes the target's type unless an operator function or a shift decides it.
        var decides = op == "=" || !(declaredOperators.contains(op) || op == "<<=" || op == ">>=")
        if !decides, declaredOperators.contains(op), let place, !throughChain {
            // `v *= 2` calling a declared `static func *= (lhs: inout V, rhs: Double)` (`Compiler.compileOperatorFunctionAssignment`);
            // none taking the target's type: the built-in operator, as when none is declared.
            if let result = operatorFunctionAssignment(op, place, value) { return result }
            decides = true
        }
        if decides, let place {
            // `x += 1`: the value's context, the target's type (`Compiler.compileBinary`'s operand rule).
            if op != "=" { recordDecidedContext(value, place, basis: value.isNumericLiteral ? [place] : [place, place]) }
            let found = check(value, expected: place)
            if found == nil, reportsAssignedNil(op, target, value, to: place) { return .error }  // +NilLiterals
            // `k = throwingF` for a `() -> Int`: swiftc's conversion mistake, at the `=`.
            if !throughChain, op == "=", let found, throwingToNonThrowing(found, place, at: location) { return .error }
            checkAssignedValue(op, target, value, found, to: place, at: location)
            if !throughChain, placeholderCompoundMistake(op, place, found, at: location)
                || placeholderValueCompoundMistake(op, place, found, at: location)
                || stringAppendSequenceMistake(op, place, found, value, at: location) { return .error }
            if throughChain, let found, let mistake = compoundLiteralMistake(op, place, found, value) ?? chainedAppendMistake(op, place, found, value) {
                return mistake  // `a?.n += "s"`, `a?.name += 2`
            }
            if !throughChain, let found, let mistake = characterCompoundMistake(op, place, found, value, at: location) { return mistake }
            if !throughChain, let found, let mistake = compoundOperatorMistake(op, target, place, found, value, at: location) { return mistake }
            if !throughChain, let found, ["+=", "-=", "*=", "/="].contains(op), Self.isNumberMix(place, found) {
                // `t += n`: swiftc's argument mistake at the value.
                report(.argumentType(found, expected: place), at: value.conversionLocation)
                return .error
            }
        } else if !throughChain, let place, reportsOptionalShift(op, place, value, at: location) {
            return .error
        } else if Self.isContextFree(value) || ((op == "<<=" || op == ">>=") && Self.isIndex(value)) {
            // A shift's amount is any integer: a literal one is an Int.
            check(value, expected: nil)
        }
        if throughChain { return asValue ? .optional(.void) : .void }
        return .void
    }

    /// `c += "b"` (or another arithmetic compound assignment) on a Character or a Bool, which have no arithmetic
    /// operator: swiftc's mistake at the operator, a string literal value typed a String; nil otherwise.
    private func characterCompoundMistake(_ op: String, _ place: CType, _ found: CType, _ value: Expr,
                                          at location: SourceLocation) -> CType? {
        guard place == .character || place == .bool, ["+=", "-=", "*=", "/=", "%="].contains(op), found == place,
              !protocolExtensionsDeclare(op), !protocolExtensionsDeclare(String(op.dropLast())) else { return nil }
        let operand: CType = place == .character && Self.literalType(value) == .string ? .string : found
        report(operand == place ? .binaryOperatorSameTypes(op, place) : .binaryOperatorTypes(op, place, operand), at: location)
        return .error
    }

    /// Checks an assignment used as a value (`(a?.b = c) != nil`).
    func assignmentAsValue(_ expr: Expr) {
        assignmentIsValue = true
        check(expr, expected: nil)
        assignmentIsValue = false
    }

    /// `(a, b) = (b, a)`: each element a place, the value against the tuple of their types.
    private func tupleAssignment(_ elements: [Argument], _ value: Expr, at location: SourceLocation) -> CType? {
        if reportsTupleElementMistake(elements) { return .error }
        var types: [TupleElement] = []
        for element in elements {
            if case .name("_") = element.value.kind { continue }
            if let type = place(element.value) { types.append(TupleElement(label: nil, type: type)) }
        }
        // A property or an element of a constant among the places (`(xs[0], ys[0]) = (1, 2)` with `let ys`): swiftc
        // reports each such place, as for an assignment of it alone (names are `reportsTupleElementMistake`'s).
        var reported = false
        for element in elements {
            switch element.value.kind {
            case .member(_?, _, _), .subscriptAccess:
                if reportsImmutablePlace("=", element.value, at: element.value.location) { reported = true }
            default: continue
            }
        }
        if reported { return .error }
        if types.count == elements.count {
            let found = check(value, expected: .tuple(types))
            if let found, !found.hasError, !types.contains(where: { $0.type.hasError }) {
                reportTupleAssignmentMismatch(found, .tuple(types), value, at: location)  // TypeChecker+AssignmentDiagnostics
            }
        } else if Self.isContextFree(value) {
            check(value, expected: nil)
        }
        return .void
    }

    /// `swap(&a, &b)`: two `inout` places of the same type.
    func swapCall(_ arguments: [Argument]) -> CType? {
        guard arguments.count == 2, arguments.allSatisfy({ $0.label == nil }) else { return nil }
        var types: [CType?] = []
        var constant = false
        for argument in arguments {
            if reportsOptionalChainInout(argument) {
                constant = true
                continue
            }
            guard case .inoutArgument(let target) = argument.value.kind else {
                if reportsMissingAmpersand(argument) {
                    constant = true
                    continue
                }
                return nil
            }
            let type = place(target)
            if reportsConstantInout(argument) {
                constant = true
                continue
            }
            types.append(type)
        }
        if constant { return .error }
        guard let first = types[0], let second = types[1] else { return nil }
        if first != second {
            // `swap(&a, &d)` of an Int and a Double: swiftc converts the second to the first's type, at its `&`.
            guard !first.hasError, !second.hasError, [first, second].allSatisfy({ closedPlaceholder($0) == nil && !compiler.mentionsPlaceholder($0) })
            else { return nil }
            report(.argumentType(second, expected: first), at: arguments[1].value.location)
            return .error
        }
        return .void
    }

    /// The type of a place's base as its member or element is reached: a read of a `T!` (`c` in `c.v = 2`) is
    /// forced (its node keeps the `T?`), as `Compiler.unwrappedPlaceBase` forces it.
    private func forcedPlace(_ base: Expr) -> CType? {
        let type = place(base)
        guard checksImplicitlyUnwrapped, case .optional(let wrapped)? = type, readsImplicitlyUnwrapped(base) else { return type }
        return wrapped
    }

    /// Types a place (an assignment's target, an `inout` argument) and records its nodes; returns its type.
    @discardableResult
    func place(_ target: Expr) -> CType? {
        switch target.kind {
        case .name(let name):
            // `tenant!.apartment = flat` with nothing named `tenant`: swiftc's unknown name, at the base.
            return record(target, self.name(target, name) ?? (reportsUnknownName(target, name) ? .error : nil), expected: nil)
        case .member(let base?, let name, let nameLocation):
            // A static property's place (stored, or computed with a setter) has the property's type (the type name
            // itself is not recorded), a superclass property's is `super`'s.
            if let type = typeNamed(base) {
                let settable = type.staticSetters[name] != nil ? type.staticComputed[name]?.returnType : nil
                // `LevelTracker.highestx = 5`: no such static member (`type 'LevelTracker' has no member 'highestx'`).
                return recordLink(target, staticFieldType(type, name) ?? settable
                    ?? (type.staticComputed[name] == nil ? missingStaticMember(base, type, name, at: nameLocation) : nil))
            }
            if let field = superPlace(base, name, at: nameLocation) {
                place(base)
                return recordLink(target, field)
            }
            let baseType = forcedPlace(base)
            return recordLink(target, baseType.flatMap { storedMember(of: $0, name) }
                ?? baseType.flatMap { optionalDeclaredMemberMistake($0, name, base: base) }  // `head.next = …` on a `Node?`
                ?? missingPlaceMember(baseType, name, at: nameLocation))  // +PlaceTypeDiagnostics
        case .subscriptAccess(let base, let arguments):
            if let statics = staticSubscriptPlace(base, arguments, at: target.location) { return recordLink(target, statics) }
            if let element = superSubscript(base, arguments) { return recordLink(target, element) }
            let baseType = forcedPlace(base)
            if subscriptPlaceShapeMistake(base, baseType, arguments, at: target.location) { return nil }
            if reportsMissingPlaceSubscript(baseType, arguments, at: target.location) { return nil }  // +PlaceTypeDiagnostics
            return recordLink(target, baseType.flatMap { element(of: $0, arguments, at: target.location) } ?? uncheckedIndices(arguments))
        case .forceUnwrap(let base):
            let found = place(base)
            guard case .optional(let wrapped)? = found else { return nonOptionalPlace(found, chain: false, at: target.location) }
            return recordLink(target, wrapped)
        case .optionalChain(let base):
            // The link has the wrapped type in the chain (nil stops the assignment).
            let found = place(base)
            guard case .optional(let wrapped)? = found else { return nonOptionalPlace(found, chain: true, at: target.location) }
            return record(target, wrapped, expected: wrapped, asLink: true)
        default:
            return check(target, expected: nil)
        }
    }

    /// Records a node after an optional chain's link as a link of the chain (its type inside the chain is not what
    /// a read of it alone finds: `Compiler.checkedTypeWithoutContext` gives it only to a request inside the chain),
    /// any other without a contextual type.
    private func recordLink(_ node: Expr, _ type: CType?) -> CType? {
        let isLink = Compiler.containsOptionalChain(node)
        return record(node, type, expected: isLink ? type : nil, asLink: isLink)
    }

    /// The type of the stored property or tuple element `name` of a place of type `type`.
    private func storedMember(of type: CType, _ name: String) -> CType? {
        switch type {
        case .user(let user) where user.kind == .structure || user.kind == .classType || user.kind == .enumeration:
            // A settable computed property's place has its type.
            if !isGeneric(user), user.setters[name] != nil, user.fieldIndex(name) == nil { return user.computed[name]?.returnType }
            guard !isGeneric(user), let index = user.fieldIndex(name), !user.fields[index].holdsWeakly else { return nil }
            return user.fields[index].type
        case .user(let proto) where proto.kind == .protocolType:
            // A `{ get set }` requirement of a protocol-typed value (see `Compiler+ExistentialPlaces`).
            guard isExistential(proto), let requirement = compiler.findRequirement(proto, name), requirement.kind == .property,
                  requirement.settable, !requirement.isStatic else { return nil }
            return requirement.type
        case .tuple(let elements):
            if let index = Int(name), index >= 0, index < elements.count { return elements[index].type }
            return elements.first { $0.label == name }?.type
        default:
            return nil
        }
    }

    /// The element a subscript of a place of type `type` reaches (an array element by Int position, a dictionary's
    /// optional value, or its value with `default:`), its arguments checked; nil (arguments unchecked) otherwise.
    private func element(of type: CType, _ arguments: [Argument], at location: SourceLocation) -> CType?? {
        if case .array = type {} else if unboundedRangeRefusal(type, arguments, asPlace: true, at: location) != nil { return .some(nil) }
        switch type {
        case .array(let element) where arguments.count == 1 && arguments[0].label == nil:
            // A range: the slice whose elements are written back (`xs[0..<2][0] = 5`, `Compiler.arrayRangePlace`).
            if let slice = rangePlace(of: element, arguments[0].value) { return .some(slice) }
            // An Int position.
            guard Self.isIndex(arguments[0].value) || !Compiler.needsContext(arguments[0].value) else {
                // A literal of another type (`xs[1.5] = 3`) is the index's mistake.
                if let literal = Self.literalType(arguments[0].value), reportsArrayPlaceIndex(literal, arguments[0].value) { return .some(nil) }
                return nil
            }
            let index = check(arguments[0].value, expected: nil)
            if reportsArrayPlaceIndex(index, arguments[0].value) { return .some(nil) }  // +PlaceTypeDiagnostics
            return .some(index == .int ? element : nil)
        case .dictionary(let key, let value) where arguments.count == 1 && arguments[0].label == nil:
            // A key that does not convert: swiftc's argument mistake (`counts[words[0]] = 1` on `[String: Int]`).
            let keyType = checkConverting(arguments[0].value, to: key) { .argumentType($0, expected: $1) }
            return .some(Self.isOptionalPromotion(keyType, to: key) ? .optional(value) : nil)
        case .arraySlice(let element) where arguments.count == 1 && arguments[0].label == nil:
            // An index of the slice's base (`Compiler.sliceElementPlace`); a range is refused there.
            guard Compiler.oneSidedRange(arguments[0].value) == nil else { return nil }
            guard Self.isIndex(arguments[0].value) || !Compiler.needsContext(arguments[0].value) else { return nil }
            return .some(check(arguments[0].value, expected: nil) == .int ? element : nil)
        case .user(let user):
            return .some(userSubscriptPlace(user, arguments, at: location))
        case .dictionary(let key, let value) where arguments.map(\.label) == [nil, "default"]:
            let keyType = checkConverting(arguments[0].value, to: key) { .argumentType($0, expected: $1) }
            let fallback = checkConverting(arguments[1].value, to: value) { .argumentType($0, expected: $1) }
            return .some(Self.isOptionalPromotion(keyType, to: key) && fallback == value ? value : nil)
        default:
            return nil
        }
    }

    /// The slice `array[range]` reaches as a place (`xs[0..<2]`, `xs[1...]`), its bounds checked: an ArraySlice of the
    /// array's elements, nil (unknown) for bounds that are not Int; nil (unchecked) when the index is no range.
    private func rangePlace(of element: CType, _ index: Expr) -> CType?? {
        if let slice = oneSidedSlice(element, index) { return slice }  // +PartialRanges
        guard case .binary(let op, _, _, _) = index.kind, op == "..<" || op == "..." else { return nil }
        let range = check(index, expected: nil)
        return .some(range == .range || range == .closedRange ? .arraySlice(element) : nil)
    }

    /// Checks the context-free arguments of a subscript the checker does not type; nil.
    private func uncheckedIndices(_ arguments: [Argument]) -> CType? {
        uncheckedArguments(arguments)
        return nil
    }

    /// Whether an index is certainly an Int position (an integer literal), not a range.
    static func isIndex(_ expr: Expr) -> Bool {
        if case .intLiteral = expr.kind { return expr.largeLiteral == nil }
        return false
    }

    /// Whether a compound assignment's target and value are an Int and a Double, or a Double and an Int (`t += n`),
    /// which swiftc reports as the value's conversion to the target's type.
    private static func isNumberMix(_ target: CType, _ value: CType) -> Bool {
        (target == .int && value == .double) || (target == .double && value == .int)
    }
}
