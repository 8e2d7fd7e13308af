import Diagnostics

extension Compiler {
    /// Compiles an expression; `expected` is the contextual type (it lets literals adapt, as in Swift).
    func compileExpr(_ expr: Expr, expected: CType?) -> Typed {
        if compileBudget.isExhausted() { return .invalid }
        compileCounts.nodes += 1
        let outer = typeTable.pending
        typeTable.pending = nil
        let typed = compileExprUnrecorded(expr, expected: expected)
        typeTable.record(expr, scope: scope, type: typed.type, specialization: recordedSpecialization)
        typeTable.pending = outer
        return typed
    }

    private func compileExprUnrecorded(_ expr: Expr, expected: CType?) -> Typed {
        if hasImplicitlyUnwrapped, let unwrapped = implicitlyUnwrapped(expr, expected: expected) {
            noteSynthesized(unwrapped, from: expr)
            return compileExprUnrecorded(unwrapped, expected: expected)
        }
        if !optionalChainSpine.contains(expr), Compiler.containsOptionalChain(expr) {
            return compileOptionalChainRoot(expr, expected: expected)
        }
        switch expr.kind {
        case .intLiteral(let value):
            return compileIntLiteral(expr, value, expected: expected)
        case .floatLiteral(let value):
            return Typed(type: .double, code: .double { _ in value }, operand: .constant(Compiler.bits(value)))
        case .boolLiteral(let value):
            return Typed(type: .bool, code: .bool { _ in value })
        case .stringLiteral(let parts):
            return compileStringLiteral(expr, parts, expected: expected)
        case .nilLiteral:
            if let expected, case .optional = expected {
                return Typed(type: expected, code: .value { _ in .none })
            }
            cannotGenerate(at: expr.location)
            return .invalid
        case .name(let name):
            if expected == .partialRange(.unbounded), Compiler.isUnboundedRange(expr) {  // `x[...]` on a tensor
                return Typed(type: .partialRange(.unbounded), code: .value { _ in .int(0) })
            }
            return compileName(name, at: expr.location, expected: expected, node: expr)
        case .typeReference:
            cannotGenerate(at: expr.location)
            return .invalid
        case .binary(let op, let lhs, let rhs, let location):
            return compileBinary(op, lhs, rhs, expected: expected, at: location)
        case .assign(let op, let target, let value, let location):
            return compileAssignment(op, target, value, at: location)
        case .prefix(let op, let operand):
            return compilePrefix(op, operand, expected: expected, at: expr.location)
        case .call(let callee, let arguments):
            return compileCallExpr(expr, callee, arguments, expected: expected)
        case .tryExpr(let operand, let kind):
            return compileTry(operand, kind, expected: expected, at: expr.location)
        case .member(let base, let name, let location):
            return compileMember(base, name, expected: expected, at: location)
        case .subscriptAccess(let base, let arguments):
            return compileSubscript(base, arguments, expected: expected, at: expr.location)
        case .array(let elements):
            return compileArrayExpr(expr, elements, expected: expected)
        case .dictionary(let pairs):
            if pairs.isEmpty, expected == .error { return .invalid }
            return compileDictionaryLiteral(pairs, expected: expected, at: expr.location)
        case .tuple(let elements):
            if elements.isEmpty { return Typed(type: .void, code: .void { _ in }) }
            return compileTupleLiteral(elements, expected: expected)
        case .closure(let literal):
            return compileClosureExpr(expr, literal, expected: expected)
        case .ternary(let condition, let then, let otherwise):
            return compileTernary(condition, then, otherwise, expected: expected)
        case .forceUnwrap(let operand):
            return compileForceUnwrap(expr, operand, expected: expected)
        case .optionalChain(let operand):
            return compileOptionalChainLink(expr, operand, expected: expected)
        case .cast(let operand, let typeExpr, let op):
            return compileCast(expr, operand, typeExpr, op, expected: expected)
        case .inoutArgument:
            cannotGenerate(at: expr.location)
            return .invalid
        case .invalid:
            return .invalid
        }
    }

    /// Whether the postfix chain of an expression (`a?.b.c()`) contains `?`.
    static func containsOptionalChain(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .optionalChain: return true
        case .member(let base?, _, _): return containsOptionalChain(base)
        case .call(let callee, _): return containsOptionalChain(callee)
        case .subscriptAccess(let base, _): return containsOptionalChain(base)
        case .forceUnwrap(let operand): return containsOptionalChain(operand)
        default: return false
        }
    }

    /// The nodes of the postfix chain of `expr` that contain a `?` (`a?.b.c()`: the call, `a?.b.c`, `a?.b` and
    /// `a?`), which compile as links of one optional chain.
    static func optionalChainSpine(of expr: Expr) -> IdentitySet<Expr> {
        var spine = IdentitySet<Expr>()
        var current: Expr? = expr
        while let node = current, containsOptionalChain(node) {
            spine.insert(node)
            switch node.kind {
            case .optionalChain(let operand), .forceUnwrap(let operand), .member(let operand?, _, _), .call(let operand, _),
                 .subscriptAccess(let operand, _):
                current = operand
            default:
                current = nil
            }
        }
        return spine
    }

    // MARK: Names

    private func compileName(_ name: String, at location: SourceLocation, expected: CType?, node: Expr) -> Typed {
        if nameLookups != nil { recordLookup(name, at: location) }
        if Compiler.isOperatorName(name), nameBinding(name, node: node) == nil {
            // `zip(a.v, b.v).map(+)` inside a type declaring `+`: an operator is looked up globally, its overload
            // chosen by the operand types (Double's here), never as the enclosing type's member.
            return operatorFunction(name, expected: expected, at: location)
        }
        let binding: Binding?
        switch resolvedName(name, node: node) ?? scopeName(name, at: location) {
        case .member(let member): return compileExpr(member, expected: expected)
        case .binding(let found): binding = found
        }
        switch binding {
        case .variable(let variable)?:
            if let checked = lentCheckedLoad(variable, at: location) { return checked }
            return load(variable)
        case .accessor(let variable)?:
            return loadAccessorVariable(variable)
        case .functions(let overloads)?:
            if overloads.count == 1 { return functionValue(overloads[0], at: location) }
            if let parameters = expected?.functionParameters,
               let match = overloads.first(where: { $0.parameters.map(\.type) == parameters }) {
                return functionValue(match, at: location)
            }
            cannotGenerate(at: location)
            return .invalid
        case nil:
            if let first = name.unicodeScalars.first, "+-*/<>=!&|".unicodeScalars.contains(first) {
                return operatorFunction(name, expected: expected, at: location)
            }
            if let builtin = builtinFunctionValue(name, node, expected: expected, at: location) { return builtin }
            if let function = registry.functions[name] {
                return nativeFunctionValue(function, at: location)
            }
            // A type written alone as a value.
            if builtinType(named: name) != nil || declarations.userTypes[name] != nil || registry.types[name] != nil {
                cannotGenerate(at: location)  // a type written alone as a value: the checker's mistake
                return .invalid
            }
            if readsUnknownCaptureEntry(node) {
                cannotGenerate(at: location)  // the checker's `reportsUnknownCapture`, at the entry
                return .invalid
            }
            cannotGenerate(at: location)  // an unknown name: the checker's mistake (`TypeChecker.reportsUnknownName`)
            return .invalid
        }
    }

    /// An operator used as a function value (`reduce(0, +)`, `sorted(by: >)`): compiled as `{ $0 op $1 }`; where
    /// the function takes one pair (`zip(a, b).map(*)`), as `{ $0.0 op $0.1 }`.
    private func operatorFunction(_ op: String, expected: CType?, at location: SourceLocation) -> Typed {
        if case .function(let parameters, _)? = expected, parameters.count == 1, case .tuple(let elements) = parameters[0],
           elements.count == 2, elements.allSatisfy({ $0.label == nil }) {
            return pairOperatorFunction(op, expected: expected, at: location)
        }
        guard case .function(let parameters, _)? = expected, parameters.count == 2 else {
            cannotGenerate(at: location)
            return .invalid
        }
        // The closure and its body are the compiler's (not recorded: the operator's name node is, as the checker types it).
        let first = synthesized(Expr(.name("$0"), at: location)), second = synthesized(Expr(.name("$1"), at: location))
        for (parameter, name) in [(first, "$0"), (second, "$1")] {
            // The closure declares them at its position.
            synthesizedNames[parameter] = .declared(DeclaredLocal(name: name, location: location))
        }
        let body = synthesized(Expr(.binary(op, first, second, location), at: location))
        let literal = ClosureLiteral(parameters: [], returnType: nil, body: [.expression(body)], anonymousCount: 2,
                                     hasExplicitParameters: false)
        return compileExpr(synthesized(Expr(.closure(literal), at: location)), expected: expected)
    }

    /// `{ $0.0 op $0.1 }` for an operator given where a function of one pair is expected.
    private func pairOperatorFunction(_ op: String, expected: CType?, at location: SourceLocation) -> Typed {
        let pair = synthesized(Expr(.name("$0"), at: location))
        synthesizedNames[pair] = .declared(DeclaredLocal(name: "$0", location: location))
        let first = synthesized(Expr(.member(pair, "0", location), at: location))
        let second = synthesized(Expr(.member(pair, "1", location), at: location))
        let body = synthesized(Expr(.binary(op, first, second, location), at: location))
        let literal = ClosureLiteral(parameters: [], returnType: nil, body: [.expression(body)], anonymousCount: 1,
                                     hasExplicitParameters: false)
        return compileExpr(synthesized(Expr(.closure(literal), at: location)), expected: expected)
    }

    // MARK: Literals

    func compileArrayLiteral(_ elements: [Expr], expected: CType?, at location: SourceLocation, variadic: Bool = false,
                             literal: Expr? = nil) -> Typed {
        var elementType: CType?
        if case .array(let element)? = expected { elementType = element }
        if case .optional(.array(let element))? = expected { elementType = element }
        // A literal where a slice is expected is one (`xs.prefix(2) == [1, 2]`), indexed from 0 as in Swift.
        if case .arraySlice(let element)? = expected { elementType = element }
        if elementType == nil, let literal { elementType = optionalElementType(of: literal, elements) }
        if elementType == nil { elementType = nilOnlyClosureElementType(elements) }
        if elementType == nil, expected == nil, let literal { elementType = anyElementType(of: literal, elements) }
        if elementType == nil, refuseNilOnlyLiteral(elements, at: location) {
            return Typed(type: .array(.error), code: .value { _ in .array([]) })
        }
        if elementType == nil {
            if !elements.isEmpty, elements.allSatisfy(Compiler.isNumericArrayLiteral) {
                // `[[1, 2], [0.5, 1]]`: rows of number literals are all [Double] when any holds a floating-point literal.
                let hasFloat = elements.contains { row in
                    if case .array(let items) = row.kind { return items.contains(where: \.containsFloatLiteral) }
                    return false
                }
                elementType = .array(hasFloat ? .double : .int)
            } else if let first = elements.first(where: { !$0.isNumericLiteral }) {
                // The checker's type (`checkerType`): the first non-literal element's type is the contextual type every element compiles with.
                elementType = commonSuperclass(checkerType(first), of: elements)
            } else if !elements.isEmpty {
                elementType = elements.contains(where: \.containsFloatLiteral) ? .double : .int
            }
        }
        guard let element = elementType else {
            cannotGenerate(at: location)
            return Typed(type: .array(.error), code: .value { _ in .array([]) })
        }
        var codes: [(Frame) throws -> Value] = []
        for item in elements {
            let typed = converted(compileExpr(item, expected: element), to: element, at: item.conversionLocation)
            codes.append(typed.value)
        }
        let isSlice = if case .arraySlice? = expected { true } else { false }
        return Typed(type: isSlice ? .arraySlice(element) : .array(element), code: .value { frame in
            var result: [Value] = []
            result.reserveCapacity(codes.count)
            for code in codes { result.append(try code(frame)) }
            return isSlice ? SliceValue.make(result, start: 0) : .array(result)
        })
    }

    private func compileTernary(_ condition: Expr, _ then: Expr, _ otherwise: Expr, expected: CType?) -> Typed {
        let test = compileExpr(condition, expected: .bool)
        var a: Typed
        var b: Typed
        func isNil(_ expr: Expr) -> Bool { if case .nilLiteral = expr.kind { return true } else { return false } }
        if isNil(then) != isNil(otherwise) {
            // `c ? nil : x` is an optional of x's type.
            let value = compileExpr(isNil(then) ? otherwise : then, expected: expected?.unwrapped)
            let type: CType = { if case .optional = value.type { return value.type } else { return .optional(value.type) } }()
            let nilCode = Typed(type: type, code: .value { _ in .none })
            let valueCode = Typed(type: type, code: .value(value.value))
            a = isNil(then) ? nilCode : valueCode
            b = isNil(then) ? valueCode : nilCode
        } else if then.isNumericLiteral && !otherwise.isNumericLiteral {
            b = compileExpr(otherwise, expected: expected)
            a = compileExpr(then, expected: b.type)
        } else if let both = numberLiteralBranchesType(then, otherwise, expected: expected) {
            a = compileExpr(then, expected: both)
            b = compileExpr(otherwise, expected: both)
        } else {
            a = compileExpr(then, expected: expected)
            b = compileExpr(otherwise, expected: a.type)
        }
        if a.type != b.type {
            if case .optional(let wrapped) = a.type, wrapped == b.type {
                b = Typed(type: a.type, code: .value(b.value))
            } else if case .optional(let wrapped) = b.type, wrapped == a.type {
                a = Typed(type: b.type, code: .value(a.value))
            } else if isAnyContext(expected), !a.type.hasError, !b.type.hasError {
                // `ok ? 1 : "no"` where `Any` is expected: both sides as `Any`.
                let any = CType.user(anyType)
                a = converted(a, to: any, at: then.location)
                b = converted(b, to: any, at: otherwise.location)
            } else if case .user(let common) = commonSuperclass(a.type, of: [then, otherwise]), common.kind == .classType {
                // `c ? Dog() : Cat()`: both as their closest common superclass (`TypeChecker.commonSuperclass`).
                a = converted(a, to: .user(common), at: then.location)
                b = converted(b, to: .user(common), at: otherwise.location)
            } else {
                cannotGenerate(at: then.location)  // no common type: the checker's mismatch
                return .invalid
            }
        }
        let cond = test.bool
        switch (a.code, b.code) {
        case (.int(let x), .int(let y)): return Typed(type: a.type, code: .int { try cond($0) ? try x($0) : try y($0) })
        case (.double(let x), .double(let y)): return Typed(type: a.type, code: .double { try cond($0) ? try x($0) : try y($0) })
        case (.bool(let x), .bool(let y)): return Typed(type: a.type, code: .bool { try cond($0) ? try x($0) : try y($0) })
        default:
            let x = a.value, y = b.value
            return Typed.fromValue(a.type) { try cond($0) ? try x($0) : try y($0) }
        }
    }

    // MARK: Tuples

    private func compileTupleLiteral(_ elements: [Argument], expected: CType?) -> Typed {
        var expectedElements: [TupleElement]?
        if case .tuple(let types)? = expected?.unwrapped, types.count == elements.count { expectedElements = types }
        var types: [TupleElement] = []
        var codes: [(Frame) throws -> Value] = []
        for (index, element) in elements.enumerated() {
            let hint = expectedElements?[index]
            var typed = compileExpr(element.value, expected: hint?.type)
            // An element converts to the context's element type (`("sgd", SGD())` as `(String, any Optimizer)`).
            if let hint, typed.type != hint.type, !typed.type.hasError, !hint.type.hasError,
               let converted = implicitConversion(typed, to: hint.type, at: element.value.location) {
                typed = converted
            }
            types.append(TupleElement(label: element.label ?? hint?.label, type: typed.type))
            codes.append(typed.value)
        }
        return Typed(type: .tuple(types), code: .value { frame in
            var values: [Value] = []
            values.reserveCapacity(codes.count)
            for code in codes { values.append(try code(frame)) }
            return .tuple(values)
        })
    }

    /// The index of a tuple element named by label or position (`.x`, `.0`).
    func tupleIndex(_ elements: [TupleElement], _ name: String) -> Int? {
        if let index = Int(name), index >= 0, index < elements.count { return index }
        return elements.firstIndex { $0.label == name }
    }

    // MARK: Subscripts

    private func compileSubscript(_ base: Expr, _ arguments: [Argument], expected: CType?, at location: SourceLocation) -> Typed {
        // The checker's type for a subscripted array literal (`TypeChecker.subscriptAccess`).
        if case .array = base.kind,
           let literalType = decidedContext(base, basis: [expected], else: { Compiler.subscriptedLiteralType(base, arguments, expected: expected) }),
           case .array(let element) = literalType {
            // `["♣", "♦"][i]` where a Character is expected: the literal's elements are Characters.
            return compileArrayIndex(compileExpr(base, expected: literalType), element, arguments[0].value, at: location)
        }
        if !protocolState.genericMembers.isEmpty, let generic = compileGenericSubscript(base, arguments, at: location) { return generic }
        if let special = superOrStaticSubscriptRead(base, arguments, at: location) { return special }
        // The base compiled once (see `CompiledReceiver`): its type picks the subscript, its code is the container.
        let (baseType, compiledBase) = compileReceiverOnce(base)
        defer { dropReceiver(compiledBase) }
        if let declared = userSubscriptRead(base, baseType, compiledBase, arguments, at: location) { return declared }
        if let required = requirementSubscriptRead(base, baseType, compiledBase, arguments, at: location) { return required }
        if let fast = compileInPlaceSubscript(base, arguments, at: location) { return fast }
        let container = adoptReceiver(compiledBase) ?? compileExpr(base, expected: nil)
        if case .native(let name) = container.type, let subscripts = registry.types[name]?.subscripts, !subscripts.isEmpty {
            return compileNativeCall(subscripts, receiver: container, arguments, at: location)
        }
        if case .native = container.type {  // none, or set-only: the checker reports it (`subscriptAccess`)
            cannotGenerate(at: location)
            return .invalid
        }
        if case .dictionary(let key, let value) = container.type {
            guard arguments.first?.label == nil, arguments.count == 1 || (arguments.count == 2 && arguments[1].label == "default") else {
                cannotGenerate(at: location)
                return .invalid
            }
            return compileDictionarySubscript(container, key, value, arguments, at: location)
        }
        guard arguments.count == 1, arguments[0].label == nil else {
            cannotGenerate(at: location)
            return .invalid
        }
        let indexExpr = arguments[0].value
        switch container.type {
        case .array(let element):
            return compileArrayIndex(container, element, indexExpr, at: location)
        case .string, .substring:
            return compileStringSubscript(container, indexExpr, at: location)
        case .arraySlice(let element):
            return compileSliceSubscript(container, element, indexExpr, at: location)
        case .range:
            return compileRangeSubscript(container, indexExpr, at: location)
        default:
            if !container.type.hasError { cannotGenerate(at: location) }
            return .invalid
        }
    }

    /// `array[index]`: an element by an Int (checked against the bounds), a slice by a range.
    private func compileArrayIndex(_ container: Typed, _ element: CType, _ indexExpr: Expr, at location: SourceLocation) -> Typed {
        if let slice = compileOneSidedSlice(container, indexExpr, at: location) { return slice }
        let index = compileExpr(indexExpr, expected: .int)
        let array = container.value
        switch index.type {
        case .int:
            let position = index.int
            return Typed.fromValue(element) { frame in
                let elements = try array(frame).arrayValue
                let i = try position(frame)
                guard i >= 0 && i < elements.count else {
                    throw RuntimeError(message: "Index out of range", location: location)
                }
                return elements[i]
            }
        case .range, .closedRange:
            let bounds = index.value
            return Typed(type: .arraySlice(element), code: .value { frame in
                let elements = try array(frame).arrayValue
                guard case .range(let lower, let upper, let closed) = try bounds(frame) else { return .array([]) }
                let end = RangeArithmetic.end(upper, closed: closed)
                guard lower >= 0 && end <= elements.count && lower <= end else {
                    throw RuntimeError(message: "Array index is out of range", location: location)
                }
                return SliceValue.make(Array(elements[lower..<end]), start: lower)
            })
        default:
            if !index.type.hasError { cannotGenerate(at: indexExpr.location) }
            return .invalid
        }
    }

    /// A pointer to the slot of the (non-word) variable `expr` names, or nil when `expr` is not a plain variable.
    func variableSlot(_ expr: Expr) -> ((Frame) -> UnsafeMutablePointer<Value>)? {
        guard case .name(let name) = expr.kind,
              case .variable(let variable)? = nameBinding(name, node: expr), !variable.type.isWord, variable.unpacked == nil,
              !isCheckedLentAccess(variable) else { return nil }
        noteAccess(variable)
        let slot = variable.slot
        if variable.level == 0 {
            let globals = self.globals
            return { _ in globals.values + slot }
        }
        if variable.level == scope.context.level { return { $0.values + slot } }
        let values = valuesAccessor(level: variable.level)
        return { values($0) + slot }
    }

    /// `xs[i]` on an array variable with an Int index, as code that lends the element to a body without copying it
    /// (`read`), with where the array and the index are when both are locals of the current frame (the array's value
    /// slot, the index's word slot: `local`), so that a caller may read them itself; nil for any other expression.
    func borrowedElementParts(_ expr: Expr) -> (read: (Frame, (borrowing Value) -> Void) throws -> Void, local: (array: Int, index: Int)?)? {
        guard case .subscriptAccess(let base, let arguments) = expr.kind, arguments.count == 1, arguments[0].label == nil,
              let (slot, type) = typedVariableSlot(base), case .array = type,
              let typedPosition = compileIfTyped(arguments[0].value, .int) else { return nil }
        let position = typedPosition.int
        let location = expr.location
        var local: (array: Int, index: Int)?
        if case .local(let array) = slotSource(base, slot), case .local(let index)? = typedPosition.operand { local = (array, index) }
        return ({ frame, body in
            try InPlaceRead.element(slot(frame), try position(frame), location) { body($0) }
        }, local)
    }

    /// `a[i]` and `a[i][k]` with Int indices on an array variable, read in place (see `InPlaceRead`); nil when
    /// the expression has another shape (then the general path compiles and checks it). A variable of the current
    /// frame and local or constant indices are read inside the one closure (`SubscriptRead`).
    private func compileInPlaceSubscript(_ base: Expr, _ arguments: [Argument], at location: SourceLocation) -> Typed? {
        guard arguments.count == 1, arguments[0].label == nil else { return nil }
        if let (slot, type) = typedVariableSlot(base), case .array(let element) = type {
            guard let position = compileIfTyped(arguments[0].value, .int) else { return nil }
            return SubscriptRead.element(element, array: slotSource(base, slot), position, at: location)
        }
        guard case .subscriptAccess(let inner, let innerArguments) = base.kind, innerArguments.count == 1,
              innerArguments[0].label == nil, let (slot, type) = typedVariableSlot(inner),
              case .array(.array(let element)) = type,
              let indices = compileIfTyped([innerArguments[0].value, arguments[0].value], .int) else { return nil }
        let row = indices[0], column = indices[1]
        return SubscriptRead.element(element, array: slotSource(inner, slot), row, column, outer: base.location, at: location)
    }

    /// Where the slot of the array variable `expr` is: at a fixed index of the current frame, or found by `slot`.
    func slotSource(_ expr: Expr, _ slot: @escaping (Frame) -> UnsafeMutablePointer<Value>) -> SlotSource {
        if case .name(let name) = expr.kind, case .variable(let variable)? = nameBinding(name, node: expr),
           variable.level == scope.context.level {
            return .local(variable.slot)
        }
        return .found(slot)
    }
}
