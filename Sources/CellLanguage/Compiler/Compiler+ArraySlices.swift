import Diagnostics

/// `ArraySlice<Element>` (see `ArraySliceMembers`, `SliceValue`): a slice keeps its base's indices, as in Swift
/// (`[10, 20, 30].dropFirst()[1]` is 20); its mutating members are refused at their position.
extension Compiler {
    /// The refusal of Array's method `name` on a slice (the type checker's too).
    static func sliceMemberRefusal(_ name: String) -> CompileError {
        .unsupported(.sliceMutation, name)
    }

    /// `slice[i]` (an index of its base), `slice[a...b]`, `slice[a...]`, `slice[..<b]` (a slice with the same indices).
    func compileSliceSubscript(_ container: Typed, _ element: CType, _ indexExpr: Expr, at location: SourceLocation) -> Typed {
        let slice = container.value
        if Compiler.isUnboundedRange(indexExpr) { return Typed(type: .arraySlice(element), code: .value(slice)) }  // `s[...]`
        if let (op, boundExpr) = Compiler.oneSidedRange(indexExpr) {
            let bound = converted(compileExpr(boundExpr, expected: .int), to: .int, at: boundExpr.location).int
            return Typed(type: .arraySlice(element), code: .value { frame in
                let (elements, start) = SliceValue.parts(try slice(frame))
                let value = try bound(frame)
                let (lower, end) = op == Expr.postfixRange ? (value, start + elements.count)
                                                           : (start, RangeArithmetic.end(value, closed: op == "..."))
                return try Compiler.subslice(elements, start: start, lower, end, at: location)
            })
        }
        let index = compileExpr(indexExpr, expected: .int)
        switch index.type {
        case .int:
            let position = index.int
            return Typed.fromValue(element) { frame in
                let (elements, start) = SliceValue.parts(try slice(frame))
                let i = try position(frame) &- start
                guard i >= 0 && i < elements.count else {
                    throw RuntimeError(message: SliceValue.outOfBounds, location: location)
                }
                return elements[i]
            }
        case .range, .closedRange:
            let bounds = index.value
            return Typed(type: .arraySlice(element), code: .value { frame in
                let (elements, start) = SliceValue.parts(try slice(frame))
                guard case .range(let lower, let upper, let closed) = try bounds(frame) else { return .array([]) }
                return try Compiler.subslice(elements, start: start, lower, RangeArithmetic.end(upper, closed: closed),
                                             at: location)
            })
        default:
            cannotGenerate(at: indexExpr.location)
            return .invalid
        }
    }

    /// The elements at base indices `lower..<end` of a slice starting at `start`, as a slice; swiftc's program's
    /// message when they are not all in it.
    private static func subslice(_ elements: [Value], start: Int, _ lower: Int, _ end: Int,
                                 at location: SourceLocation) throws -> Value {
        guard lower >= start else {
            throw RuntimeError(message: "ArraySlice index is out of range (before startIndex)", location: location)
        }
        guard end <= start &+ elements.count, lower <= end else {
            throw RuntimeError(message: "ArraySlice index is out of range (after endIndex)", location: location)
        }
        return SliceValue.make(Array(elements[(lower - start)..<(end - start)]), start: lower)
    }

    /// `ArraySlice<Element>` written as a type (unless a declared type has the name), or nil.
    func arraySliceType(_ name: String, at location: SourceLocation) -> CType? {
        guard name.hasPrefix("ArraySlice<"), name.hasSuffix(">"), userType(named: "ArraySlice") == nil else { return nil }
        let texts = Compiler.splitTypeArguments(String(name.dropFirst("ArraySlice<".count).dropLast()))
        guard texts.count == 1 else { return nil }
        let element = resolveType(Compiler.parseTypeText(texts[0], at: location))
        return element.hasError ? .error : .arraySlice(element)
    }

    /// The place of `slice[i]` (an index of the slice's base), for an assignment or an in-place update.
    func sliceElementPlace(_ container: Place, _ element: CType, _ indexExpr: Expr, at location: SourceLocation) -> Place? {
        let indexTyped = compileExpr(indexExpr, expected: .int)
        guard indexTyped.type == .int else {
            cannotGenerate(at: location)  // a range of a slice is not assigned in place
            return nil
        }
        let index = indexTyped.int, outer = container.modify
        let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { frame, body in
            let i = try index(frame)
            try outer(frame) { value in
                try SliceValue.update(&value) { elements, start in
                    guard i >= start && i - start < elements.count else {
                        throw RuntimeError(message: SliceValue.outOfBounds, location: location)
                    }
                    try body(&elements[i - start])
                }
            }
        }
        return Place(type: element, modify: modify, assign: { newValue in
            let boxed = newValue.value
            return { frame in
                let value = try boxed(frame)
                try modify(frame) { $0 = value }
            }
        })
    }

    /// The place of `array[a..<b]` (`a...b`, `a...`, `..<b`, `...b`): the slice of those elements, whose changes are
    /// written back to the array (`xs[0..<2][0] = 5`, `xs[1...][2] += 7`); the range is evaluated before the access.
    func arrayRangePlace(_ container: Place, _ element: CType, _ indexExpr: Expr, at location: SourceLocation) -> Place? {
        guard let bounds = rangePlaceBounds(indexExpr) else { return nil }
        let outer = container.modify
        let modify: (Frame, (inout Value) throws -> Void) throws -> Void = { frame, body in
            let range = try bounds(frame)
            try outer(frame) { value in
                try value.updateArray { elements in
                    let (lower, end) = range(elements.count)
                    guard lower >= 0, lower <= end, end <= elements.count else {
                        throw RuntimeError(message: "Array index is out of range", location: location)
                    }
                    var slice = SliceValue.make(Array(elements[lower..<end]), start: lower)
                    try body(&slice)
                    elements.replaceSubrange(lower..<end, with: SliceValue.parts(slice).elements)
                }
            }
        }
        return Place(type: .arraySlice(element), modify: modify, assign: { newValue in
            let boxed = newValue.value
            return { frame in
                let value = try boxed(frame)
                try modify(frame) { $0 = value }
            }
        })
    }

    /// The code of a range subscript's bounds: evaluated, a function of the array's count giving the start and end.
    private func rangePlaceBounds(_ indexExpr: Expr) -> ((Frame) throws -> (Int) -> (Int, Int))? {
        if Compiler.isUnboundedRange(indexExpr) { return { _ in { count in (0, count) } } }  // `xs[...]`
        if let (op, boundExpr) = Compiler.oneSidedRange(indexExpr) {
            let bound = compileExpr(boundExpr, expected: .int)
            guard bound.type == .int else {
                if !bound.type.hasError { cannotGenerate(at: boundExpr.location) }  // the checker's mistake
                return nil
            }
            let position = bound.int
            return { frame in
                let value = try position(frame)
                return { count in op == Expr.postfixRange ? (value, count) : (0, RangeArithmetic.end(value, closed: op == "...")) }
            }
        }
        let index = compileExpr(indexExpr, expected: nil)
        guard index.type == .range || index.type == .closedRange else {
            if !index.type.hasError { cannotGenerate(at: indexExpr.location) }
            return nil
        }
        let range = index.value
        return { frame in
            guard case .range(let lower, let upper, let closed) = try range(frame) else { return { _ in (0, 0) } }
            return { _ in (lower, RangeArithmetic.end(upper, closed: closed)) }
        }
    }

    /// `slice += [4]`, `xs[0..<1] += ys[1...]`, `xs[...] += [4]`: the elements of any sequence of the slice's elements
    /// appended to it (Swift's `+=` of a `RangeReplaceableCollection`); a range of an array writes them back into
    /// the array (`arrayRangePlace`).
    func compileSliceAppendAssignment(_ value: Expr, _ element: CType, to place: Place, at location: SourceLocation) -> Typed {
        let appended = Compiler.sequenceAsArray(compileExpr(value, expected: .array(element)), at: value.location)
        guard appended.type == .array(element) else {
            if !appended.type.hasError { cannotGenerate(at: location) }  // the checker's `compoundOperatorMistake`
            return .invalid
        }
        let extra = appended.value, modify = place.modify
        return Typed(type: .void, code: .void { frame in
            let more = try extra(frame).arrayValue
            try modify(frame) { current in
                try SliceValue.update(&current) { elements, _ in
                    try AllocationLimit.checkGrowth(from: elements.count, to: elements.count &+ more.count, at: location)
                    elements.append(contentsOf: more)
                }
            }
            try LongWork.after(count: more.count, at: location)
        })
    }

    /// A slice seen as the array of its elements, where it is read as a sequence (a `for` loop, `zip`, `Array(…)`):
    /// its elements, the array's type; any other value unchanged.
    static func sliceAsArray(_ typed: Typed) -> Typed {
        guard case .arraySlice(let element) = typed.type else { return typed }
        let slice = typed.value
        return Typed(type: .array(element), code: .value { SliceValue.elements(try slice($0)) })
    }

    /// A set, a slice or a range of Ints read as the array of its elements (`xs += s`, `xs += ys[0..<2]`,
    /// `xs += 1...3`); any other value unchanged.
    static func sequenceAsArray(_ typed: Typed, at location: SourceLocation) -> Typed {
        switch typed.type {
        case .set(let element): return setAsArray(typed, element)
        case .arraySlice: return sliceAsArray(typed)
        case .range, .closedRange: return RangeMembers.elements(typed, location)
        default: return typed
        }
    }
}
