/// What a call of a name that both the cell (as top-level functions) and the library declare (`exp`, `sqrt`, `abs`,
/// `max`…) calls. In Swift a program's global function overloads the library's of the same name, it does not hide
/// it: the cell's overload is chosen when it takes the arguments as they are, the library's when it takes them and
/// the cell's does not (or only by converting a literal the library takes as it is). Decided once by the checker
/// (`TypeChecker.libraryOverloadCall`), read by the generator (`Compiler.compileLibraryOverloadCall`).
enum LibraryOverloadChoice: Equatable {
    /// The cell's overloads (also when none fits: their mistake is reported, as before).
    case cell
    /// The library's function (its own mistake reported, for `min`/`max`).
    case library
    /// Both take the arguments only by converting a literal (`exp(1)` against `func exp(_ x: Double)`).
    case ambiguous
    /// Neither takes arguments of these types: swiftc's `no exact matches in call to global function`.
    case noMatch

    /// The library's global functions a cell's function of the same name overloads.
    static let libraryNames: Set<String> = Compiler.builtinFunctionNames.union(["abs", "min", "max"])

    /// The choice for a call of `name` with `arguments` (their types without context where known: `types`, nil
    /// for literals and unknown ones) among the cell's `overloads`.
    static func choose(_ name: String, _ overloads: [FunctionInfo], _ arguments: [Argument], types: [CType?]) -> LibraryOverloadChoice {
        let cell = overloads.compactMap { cellFit($0, arguments, types) }.max()
        let library = libraryFit(name, arguments, types)
        switch (cell, library) {
        case (1?, 2?):
            return .library
        case (1?, 1?) where mathArity(name) != nil && !genericMathFunctions.contains(name):
            // The C function takes only Doubles (Floats, CGFloats), as the cell's: neither is better.
            return .ambiguous
        case (_?, _):
            return .cell
        case (nil, _?):
            return .library
        case (nil, nil):
            let shaped = arguments.allSatisfy { $0.label == nil }
            if shaped, let arity = mathArity(name) ?? (name == "abs" ? 1 : nil), arguments.count == arity { return .noMatch }
            // `max(1, "a")` against `func max(_ a: Int, _ b: Int, _ c: Int)`: the library's `conflicting arguments`.
            if shaped, name == "min" || name == "max", arguments.count >= 2 { return .library }
            return .cell
        }
    }

    /// How well one of the cell's overloads takes the arguments: 2 as they are, 1 converting a literal, nil not.
    private static func cellFit(_ info: FunctionInfo, _ arguments: [Argument], _ types: [CType?]) -> Int? {
        guard let positions = TypeChecker.match(info, arguments) else { return nil }
        var fit = 2
        for (index, position) in positions.enumerated() {
            let parameter = info.parameters[position].type, value = arguments[index].value
            if parameter.hasError { continue }
            if let type = types[index] {
                guard type == parameter || type.hasError || parameter == .optional(type) else { return nil }
                if type != parameter { fit = 1 }
            } else if isNumberLiteral(value) {
                let float = hasFloatLiteral(value)
                switch parameter {
                case .double: if !float { fit = 1 }
                case .int: if float { return nil }
                default: return nil
                }
            } else if !unknownFits(value, parameter) {
                return nil
            }
        }
        return fit
    }

    /// Whether an argument of unknown type may take `parameter`: a string literal a String, a collection literal a
    /// collection, a closure a function; anything else any type (its type was not found without compiling it).
    private static func unknownFits(_ value: Expr, _ parameter: CType) -> Bool {
        switch value.kind {
        case .stringLiteral: return parameter == .string || parameter == .character
        case .boolLiteral: return parameter == .bool
        case .array, .dictionary:
            switch parameter {
            case .array, .dictionary, .user: return true
            default: return false
            }
        case .closure: return parameter.acceptsClosure
        default: return true
        }
    }

    /// The math functions the standard library also declares generic over `FloatingPoint`: a cell's overload that
    /// converts a literal is better than them.
    private static let genericMathFunctions: Set<String> = ["sqrt", "floor", "ceil", "round", "trunc", "fmod", "remainder"]

    /// How the C math function `name` has its parameters: their count, nil when `name` is none.
    private static func mathArity(_ name: String) -> Int? {
        Compiler.unaryMathFunctions[name] != nil ? 1 : Compiler.binaryMathFunctions[name] != nil ? 2 : nil
    }

    /// How well the library's function takes the arguments: 2 as they are, 1 converting a literal, nil not.
    private static func libraryFit(_ name: String, _ arguments: [Argument], _ types: [CType?]) -> Int? {
        guard arguments.allSatisfy({ $0.label == nil }) else { return nil }
        if let arity = mathArity(name) {
            guard arguments.count == arity else { return nil }
            return zip(arguments, types).map { argument, type -> Int? in
                if isNumberLiteral(argument.value) { return hasFloatLiteral(argument.value) ? 2 : 1 }
                if let type { return type == .double || type.hasError ? 2 : nil }
                return isNeverNumber(argument.value) ? nil : 1
            }.reduce(2 as Int?) { fit, next in next.flatMap { next in fit.map { min($0, next) } } }
        }
        if name == "abs" {
            guard arguments.count == 1 else { return nil }
            if isNumberLiteral(arguments[0].value) { return 2 }
            guard let type = types[0] else { return isNeverNumber(arguments[0].value) ? nil : 1 }
            return type == .int || type == .double || type.isAnyInteger || type.hasError ? 2 : nil
        }
        guard name == "min" || name == "max", arguments.count >= 2 else { return nil }
        return minMaxFit(arguments, types)
    }

    /// How well `min`/`max` take the arguments: every one of the type of the first that is not a number literal.
    private static func minMaxFit(_ arguments: [Argument], _ types: [CType?]) -> Int? {
        let literals = arguments.filter { isNumberLiteral($0.value) }
        let floats = literals.filter { hasFloatLiteral($0.value) }.count
        let others = zip(arguments, types).filter { !isNumberLiteral($0.0.value) }
        guard let anchor = others.first else { return floats == 0 || floats == literals.count ? 2 : 1 }
        guard let type = anchor.1 else { return isNeverNumber(anchor.0.value) ? nil : 1 }
        guard type == .int || type == .double || type == .string || type.isAnyInteger,
              others.allSatisfy({ $0.1 == type }) else { return nil }
        if type == .string { return literals.isEmpty ? 2 : nil }
        if type == .double { return literals.count > floats ? 1 : 2 }
        return floats == 0 ? 2 : nil
    }

    /// Whether an argument is a literal no number function takes (a string, Boolean, `nil` or collection literal, a
    /// closure).
    private static func isNeverNumber(_ value: Expr) -> Bool {
        switch value.kind {
        case .stringLiteral, .boolLiteral, .nilLiteral, .array, .dictionary, .closure: return true
        default: return false
        }
    }

    /// Whether an argument is typed by its context as a number literal is: a number literal, or a choice between
    /// such (`c ? 1.0 : 2.0`, which swiftc types as a whole: `exp(c ? 1.0 : 2.0)` is the library's `exp`).
    static func isNumberLiteral(_ value: Expr) -> Bool {
        if case .ternary(_, let first, let second) = value.kind { return isNumberLiteral(first) && isNumberLiteral(second) }
        return value.isNumericLiteral
    }

    /// Whether such an argument contains a floating-point literal (in either result of a choice).
    private static func hasFloatLiteral(_ value: Expr) -> Bool {
        if case .ternary(_, let first, let second) = value.kind { return hasFloatLiteral(first) || hasFloatLiteral(second) }
        return value.containsFloatLiteral
    }

    /// Whether an argument is a choice typed by a result that is no literal (`c ? x : y`, `c ? x : 1.0`): each result
    /// context-free or a number literal, one of them context-free; the checker and the generator type it as a whole.
    static func isTypedChoice(_ value: Expr) -> Bool {
        guard case .ternary(_, let first, let second) = value.kind else { return false }
        let results = [first, second]
        return results.contains(where: TypeChecker.isContextFree)
            && results.allSatisfy { TypeChecker.isContextFree($0) || $0.isNumericLiteral }
    }
}
