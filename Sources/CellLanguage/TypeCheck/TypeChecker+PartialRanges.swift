import Diagnostics

/// One-sided ranges over Ints (`...5`, `..<3`, `2...`) as values and as subscripts of arrays and slices, and
/// `ArraySlice<Element>` written as a type, typed as the generator compiles them (`Compiler.compilePartialRange`,
/// `compileOneSidedSlice`, `compileSliceSubscript`, `arraySliceType`).
extension TypeChecker {
    /// Whether `op` is a one-sided range operator (`..<`, `...` before or after its bound).
    static func isOneSidedRangeOperator(_ op: String) -> Bool {
        op == "..<" || op == "..." || op == Expr.postfixRange
    }

    /// `..<b`, `...b` or `a...`: a partial range when the bound is an Int (the generator compiles it against Int);
    /// nil (unknown) otherwise.
    func partialRange(_ op: String, _ bound: Expr) -> CType? {
        check(bound, expected: .int) == .int ? .partialRange(PartialRangeKind(operator: op)) : nil
    }

    /// `xs[2...]`, `xs[..<3]`, `xs[...]` on an array or a slice of `element`: a slice with the base's indices when the bound
    /// is an Int; nil when the index is no one-sided range (`.some(nil)`: one, of an unknown bound).
    func oneSidedSlice(_ element: CType, _ index: Expr) -> CType?? {
        if Compiler.isUnboundedRange(index) { return .some(.arraySlice(element)) }  // `xs[...]`: every element
        guard Compiler.oneSidedRange(index) != nil else { return nil }
        guard case .partialRange? = check(index, expected: nil) else { return .some(nil) }
        return .some(.arraySlice(element))
    }

    /// `r[i]` on a `Range<Int>`: an Int; `r[a..<b]`, `r[a...b]`, `r[..<b]`, `r[a...]`: a Range
    /// (`Compiler.compileRangeSubscript`).
    func rangeSubscript(_ index: Expr) -> CType? {
        if Compiler.isUnboundedRange(index) { return .range }  // `r[...]`: the range itself
        if Compiler.oneSidedRange(index) != nil {
            guard case .partialRange? = check(index, expected: nil) else { return nil }
            return .range
        }
        switch check(index, expected: .int) {
        case .int?: return .int
        case .range?, .closedRange?: return .range
        default: return nil
        }
    }

    /// `x[...]` on a value whose subscripts nbrun does not read with an `UnboundedRange` (a dictionary, a declared
    /// type): nbrun's refusal at the `[`, the error type; nil for any other subscript, and on arrays, slices, strings
    /// and ranges (which read it); `asPlace`: a place of a slice is refused as its other ranges are.
    func unboundedRangeRefusal(_ receiver: CType, _ arguments: [Argument], asPlace: Bool = false,
                               at location: SourceLocation) -> CType? {
        guard arguments.count == 1, arguments[0].label == nil, Compiler.isUnboundedRange(arguments[0].value) else { return nil }
        switch receiver {
        case .arraySlice where asPlace:
            report(.unsupported(.rangeAssignmentOnSlice), at: location)
            return .error
        case .array, .arraySlice, .string, .substring, .range, .error: return nil
        case .native(let name) where compiler.registry.types[name]?.subscripts.contains(where: {
            $0.parameters.contains { $0.type == .partialRange(.unbounded) }
        }) == true:
            return nil  // its subscripts read it (`x[...]` on a tensor)
        default:
            report(.unsupported(.unboundedRangeSubscript, "\(receiver)"), at: location)
            return .error
        }
    }

    /// `...` alone as an argument (`x[...]`, `f(...)`): an `UnboundedRange` where a native subscript takes one
    /// (`x[...]` on a tensor); where another type is expected (no function type: `(...)` is the operator), swiftc's
    /// `cannot convert value of type '(UnboundedRange_) -> ()' to expected argument type 'Int'`, the error type;
    /// nil otherwise (as a name).
    func unboundedRangeArgument(_ expr: Expr, expected: CType?) -> CType? {
        guard let expected, !expected.isFunction, !expected.hasError, isClosed(expected), !compiler.isAnyContext(expected) else {
            return nil
        }
        if expected == .partialRange(.unbounded) { return expected }
        report(.argumentType(.function([.native("UnboundedRange_")], .void), expected: expected), at: expr.location)
        return .error
    }

    /// `ArraySlice<Element>` written as a type name (unless a declared type or alias has the name): the slice type
    /// of the element type the checker resolves; nil otherwise.
    func arraySliceType(named name: String) -> CType? {
        guard name.hasPrefix("ArraySlice<"), name.hasSuffix(">"), compiler.userType(named: "ArraySlice") == nil,
              compiler.declarations.typeAliases["ArraySlice"] == nil else { return nil }
        let texts = Compiler.splitTypeArguments(String(name.dropFirst("ArraySlice<".count).dropLast()))
        guard texts.count == 1 else { return nil }
        let location = SourceLocation(line: 0, column: 0)
        return resolve(Compiler.parseTypeText(texts[0], at: location)).map { .arraySlice($0) }
    }
}
