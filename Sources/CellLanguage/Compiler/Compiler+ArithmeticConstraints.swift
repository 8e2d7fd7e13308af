import Diagnostics

/// The library's arithmetic protocols as generic constraints: `AdditiveArithmetic`, `Numeric`, `SignedNumeric` and
/// `BinaryInteger`, met by `Int`, `Double` and the fixed-width integers as in Swift (`Double` is no `BinaryInteger`,
/// an unsigned integer no `SignedNumeric`).
///
/// While a generic body is checked, a type parameter so constrained is a placeholder whose operations are exactly
/// the protocol's, as swiftc sees them: `+ - += -=` and `.zero` (`AdditiveArithmetic`), also `* *=` and integer
/// literals (`Numeric`), also prefix `-` (`SignedNumeric`, and `abs` with `Comparable`), also `/ % & | ^`, their
/// compound forms, comparisons, `isMultiple(of:)` and `T(x)` (`BinaryInteger`, which is `Comparable` and
/// `Hashable`). Anything else is swiftc's error: `a / 2` on a `Numeric` value is "binary operator '/' cannot be
/// applied to operands of type 'T' and 'Int'". That code never runs: calls run the body specialized to their type
/// arguments. Not provided: `magnitude` (its type, `T.Magnitude`, is `UInt` for `Int`, which nbrun's Int lacks).
extension Compiler {
    /// Each arithmetic protocol with the library protocols it implies (itself included).
    static let arithmeticProtocols: [String: Set<String>] = {
        let additive: Set<String> = ["AdditiveArithmetic", "Equatable"]
        let numeric = additive.union(["Numeric"])
        return [
            "AdditiveArithmetic": additive,
            "Numeric": numeric,
            "SignedNumeric": numeric.union(["SignedNumeric"]),
            "BinaryInteger": numeric.union(["BinaryInteger", "Hashable", "Comparable", "CustomStringConvertible"]),
        ]
    }()

    /// Whether a built-in type meets an arithmetic protocol; nil for other constraints and for declared types.
    static func arithmeticSatisfies(_ type: CType, _ constraint: String) -> Bool? {
        guard arithmeticProtocols[constraint] != nil else { return nil }
        switch type {
        case .int: return true
        case .double: return constraint != "BinaryInteger"
        case .integer(let kind): return constraint != "SignedNumeric" || kind.signed
        case .user: return nil
        default: return false
        }
    }

    /// Adds a library constraint (`Equatable` … or an arithmetic protocol) to a placeholder; false when nbrun does
    /// not support it as a constraint.
    func addLibraryConstraint(_ constraint: String, to placeholder: UserType) -> Bool {
        let implied = Compiler.arithmeticProtocols[constraint]
            ?? (Compiler.supportedConformances.contains(constraint) ? [constraint] : [])
        if implied.isEmpty { return false }
        placeholder.protocolInfo?.builtinParents.formUnion(implied)
        placeholder.conformances.formUnion(implied)
        return true
    }

    /// The arithmetic protocols a placeholder meets (empty for other types).
    private static func arithmetic(_ type: CType) -> Set<String> {
        guard case .user(let user) = type, user.kind == .protocolType,
              let parents = user.protocolInfo?.builtinParents, parents.contains("AdditiveArithmetic") else { return [] }
        return parents
    }

    /// The binary operators a placeholder meeting `protocols` has (comparisons come from `Comparable`).
    private static func arithmeticOperators(_ protocols: Set<String>) -> Set<String> {
        var operators: Set<String> = ["+", "-"]
        if protocols.contains("Numeric") { operators.insert("*") }
        if protocols.contains("BinaryInteger") { operators.formUnion(["/", "%", "&", "|", "^"]) }
        return operators
    }

    /// The type a number literal operand of `op` takes beside an operand of `type`: the placeholder itself when it
    /// is `ExpressibleByIntegerLiteral` (`Numeric`) and has `op`; nil otherwise (the literal is then an Int).
    func placeholderLiteralContext(_ type: CType, op: String) -> CType? {
        let protocols = Compiler.arithmetic(type)
        guard protocols.contains("Numeric") else { return nil }
        let comparisons = protocols.contains("Comparable") ? ["==", "!=", "<", "<=", ">", ">="] : ["==", "!="]
        return Compiler.arithmeticOperators(protocols).contains(op) || comparisons.contains(op) ? type : nil
    }

    /// `a + b` (and the other operators the protocols give) on two values of an arithmetic placeholder; `a + 1` on
    /// an `AdditiveArithmetic` one is swiftc's error at the literal. Nil for other operands.
    func placeholderArithmetic(_ op: String, _ a: Typed, _ b: Typed, _ lhs: Expr, _ rhs: Expr,
                               at location: SourceLocation) -> Typed? {
        let left = Compiler.arithmetic(a.type), right = Compiler.arithmetic(b.type)
        guard !left.isEmpty || !right.isEmpty else { return nil }
        let protocols = left.isEmpty ? right : left
        guard Compiler.arithmeticOperators(protocols).contains(op) else { return nil }
        if let same = Compiler.placeholderOperatorResult(op, a.type, b.type) { return Compiler.unspecialized(same, at: location) }
        // A literal the placeholder does not take: an `AdditiveArithmetic` one is not `ExpressibleByIntegerLiteral`,
        // none is `ExpressibleByFloatLiteral` (`a + 1.5`).
        for (typed, expr) in [(a, lhs), (b, rhs)] where expr.isNumericLiteral
            && (typed.type == .int && !protocols.contains("Numeric") || typed.type == .double && expr.containsFloatLiteral) {
            cannotGenerate(at: expr.location)
            return .invalid
        }
        return nil
    }

    /// The type of `a op b` on two values of the same arithmetic placeholder that has `op` (the placeholder); nil
    /// otherwise (the type checker reads it too).
    static func placeholderOperatorResult(_ op: String, _ a: CType, _ b: CType) -> CType? {
        guard a == b, !arithmetic(a).isEmpty, arithmeticOperators(arithmetic(a)).contains(op) else { return nil }
        return a
    }

    /// `t *= a` on an arithmetic placeholder without that operator: swiftc's error names the compound operator.
    /// Nil for other targets and for operators the placeholder has.
    func placeholderCompoundRefusal(_ op: String, _ type: CType, _ value: Expr, at location: SourceLocation) -> Typed? {
        let protocols = Compiler.arithmetic(type)
        guard !protocols.isEmpty, !Compiler.arithmeticOperators(protocols).contains(String(op.dropLast())) else { return nil }
        cannotGenerate(at: location)
        return .invalid
    }

    /// `-a` on a `SignedNumeric` placeholder; nil for other operands.
    func placeholderNegation(_ op: String, _ typed: Typed, at location: SourceLocation) -> Typed? {
        guard op == "-", Compiler.arithmetic(typed.type).contains("SignedNumeric") else { return nil }
        return Compiler.unspecialized(typed.type, at: location)
    }

    /// An integer literal where a `Numeric` placeholder is expected; nil otherwise.
    func placeholderIntegerLiteral(expected: CType?, at location: SourceLocation) -> Typed? {
        guard let expected, Compiler.arithmetic(expected).contains("Numeric") else { return nil }
        return Compiler.unspecialized(expected, at: location)
    }

    /// `T.zero` or `.zero` on an arithmetic placeholder; nil otherwise.
    func placeholderStaticMember(_ type: UserType, _ name: String, at location: SourceLocation) -> Typed? {
        guard name == "zero", !Compiler.arithmetic(.user(type)).isEmpty else { return nil }
        return Compiler.unspecialized(.user(type), at: location)
    }

    /// `abs(x)` on a placeholder that is `SignedNumeric` and `Comparable` (the global function's constraints); nil
    /// otherwise.
    func placeholderAbs(_ typed: Typed, at location: SourceLocation) -> Typed? {
        let protocols = Compiler.arithmetic(typed.type)
        guard protocols.contains("SignedNumeric"), protocols.contains("Comparable") else { return nil }
        return Compiler.unspecialized(typed.type, at: location)
    }

    /// `x.isMultiple(of: y)` on a `BinaryInteger` placeholder (`y` of its type); nil for other receivers and members.
    func placeholderMethodCall(_ receiver: CType, _ name: String, _ arguments: [Argument], at location: SourceLocation) -> Typed? {
        guard Compiler.arithmetic(receiver).contains("BinaryInteger") else { return nil }
        switch (name, arguments.map(\.label)) {
        case ("isMultiple", ["of"]):
            let other = converted(compileExpr(arguments[0].value, expected: receiver), to: receiver, at: arguments[0].value.location)
            return other.type.hasError ? .invalid : Compiler.unspecialized(.bool, at: location)
        default:
            return nil
        }
    }

    /// `T(x)` for a `BinaryInteger` placeholder `T` and a number or `BinaryInteger` value `x` (its `init(_:)`);
    /// nil for other calls.
    func placeholderConversion(_ name: String, _ arguments: [Argument], at location: SourceLocation) -> Typed? {
        guard case .user(let bound)? = genericBinding(name), Compiler.arithmetic(.user(bound)).contains("BinaryInteger"),
              arguments.count == 1, arguments[0].label == nil else { return nil }
        let source = compileExpr(arguments[0].value, expected: nil)
        if source.type.hasError { return .invalid }
        switch source.type {
        case .int, .double, .integer: break
        default:
            guard Compiler.arithmetic(source.type).contains("BinaryInteger") else { return nil }
        }
        return Compiler.unspecialized(.user(bound), at: location)
    }

    /// A value of a generic body checked with placeholders, whose code never runs.
    static func unspecialized(_ type: CType, at location: SourceLocation) -> Typed {
        if type == .void {
            return Typed(type: .void, code: .void { _ in throw RuntimeError(message: "a generic body ran unspecialized", location: location) })
        }
        return Typed.fromValue(type) { _ in throw RuntimeError(message: "a generic body ran unspecialized", location: location) }
    }
}
