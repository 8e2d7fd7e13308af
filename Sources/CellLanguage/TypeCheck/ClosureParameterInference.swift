/// The parameter types swiftc infers for a closure literal that nothing types from outside, from the literals and
/// variables its body combines them with (`let half = { $0 / 2 }`: `(Int) -> Int`; `{ $0 > 0.5 }`: `(Double) -> Bool`;
/// `{ $0 ?? "none" }`: `(String?) -> String`; `{ $0 * scale }`: scale's type). Each parameter is a type variable;
/// arithmetic, comparison, range and `??` operators, assignments, `!`, `-`, `?:`, `min` and `max` join their
/// operands; literals give their default types. A parameter nothing ties to a type (`{ $0 * $0 }`, which swiftc
/// calls ambiguous) or that meets anything else (a member, a call, a subscript) is left to the context, and the
/// closure stays refused as before. The checker (`TypeChecker.closureType`) and the generator
/// (`Compiler.closureParameterTypes`) both ask this one function.
struct ClosureParameterInference {
    /// What a class of joined terms is known to be.
    private enum Binding: Equatable {
        case integerLiteral, floatLiteral
        case type(CType)
    }

    private var parent: [Int] = []
    private var binding: [Binding?] = []
    /// Whether the class meets an expression this inference does not model (its type is then not the literals').
    private var opaque: [Bool] = []
    /// `a ?? b` pairs: the class of `a` is the optional of the class of `b`.
    private var coalescings: [(optional: Int, wrapped: Int)] = []
    private var failed = false
    /// The type of a variable declared outside the closure, named in its body (nil: not a variable, or unknown).
    private let variableType: (Expr, String) -> CType?

    private init(variableType: @escaping (Expr, String) -> CType?) {
        self.variableType = variableType
    }

    /// The parameter types of `literal` when its body alone gives every one (with those written resolved by
    /// `resolve`, and the variables the body names typed by `variableType`); nil otherwise.
    static func parameterTypes(of literal: ClosureLiteral, resolve: (TypeExpr) -> CType?,
                               variableType: @escaping (Expr, String) -> CType?) -> [CType]? {
        // `let k = \Point.x`: the key path's root.
        if literal.isKeyPath, let root = literal.keyPathRoot { return resolve(root).map { [$0] } }
        guard literal.accessors == nil, literal.captures.isEmpty, literal.ownedCaptures.isEmpty,
              !literal.inoutParameters.contains(true) else { return nil }
        var inference = ClosureParameterInference(variableType: variableType)
        var names: [String] = [], variables: [String: Int] = [:]
        if literal.hasExplicitParameters {
            for (name, type) in literal.parameters {
                guard let written = type.map(resolve) else {
                    variables[name] = inference.fresh()
                    names.append(name)
                    continue
                }
                guard let written, !written.hasError else { return nil }
                variables[name] = inference.fresh(.type(written))
                names.append(name)
            }
        } else {
            names = (0..<literal.anonymousCount).map { "$\($0)" }
            for name in names { variables[name] = inference.fresh() }
        }
        guard !names.isEmpty else { return nil }
        for statement in literal.body {
            switch statement {
            case .expression(let expr), .returnStatement(let expr?, _):
                _ = inference.term(expr, &variables)
            case .variable(_, .name(let name, _), nil, let value?, _):
                variables[name] = inference.term(value, &variables)
            default:
                return nil
            }
        }
        return inference.solve(names.map { variables[$0]! })
    }

    private mutating func fresh(_ known: Binding? = nil, opaque isOpaque: Bool = false) -> Int {
        parent.append(parent.count)
        binding.append(known)
        opaque.append(isOpaque)
        return parent.count - 1
    }

    private mutating func find(_ index: Int) -> Int {
        var root = index
        while parent[root] != root { root = parent[root] }
        parent[index] = root
        return root
    }

    /// Joins two classes (operands of one operator); a conflict (an Int literal against a String) fails the inference.
    @discardableResult
    private mutating func join(_ a: Int, _ b: Int) -> Int {
        let (x, y) = (find(a), find(b))
        guard x != y else { return x }
        parent[y] = x
        opaque[x] = opaque[x] || opaque[y]
        switch (binding[x], binding[y]) {
        case (nil, let other), (let other, nil): binding[x] = other
        case (.integerLiteral?, .floatLiteral?), (.floatLiteral?, .integerLiteral?): binding[x] = .floatLiteral
        case (.type(let type)?, let literal?), (let literal?, .type(let type)?):
            if literal != .type(type), !Self.takes(type, literal) { failed = true }
            binding[x] = .type(type)
        case (let first?, let second?) where first == second: break
        default: failed = true
        }
        return x
    }

    /// Whether a literal of `literal`'s kind can be a `type` (an integer literal a Double, a float literal not an Int).
    private static func takes(_ type: CType, _ literal: Binding) -> Bool {
        switch (type, literal) {
        case (.int, .integerLiteral), (.integer, .integerLiteral), (.double, .integerLiteral), (.double, .floatLiteral):
            return true
        default:
            return false
        }
    }

    private static let arithmetic: Set<String> = ["+", "-", "*", "/", "%"]
    private static let comparisons: Set<String> = ["==", "!=", "<", ">", "<=", ">="]

    /// The class of `expr`'s type, joining what its operators join.
    private mutating func term(_ expr: Expr, _ variables: inout [String: Int]) -> Int {
        switch expr.kind {
        case .intLiteral: return fresh(.integerLiteral)
        case .floatLiteral: return fresh(.floatLiteral)
        case .boolLiteral: return fresh(.type(.bool))
        case .stringLiteral(let parts):
            for case .interpolation(let inner) in parts { opaqueTerm(inner, &variables) }
            return fresh(.type(.string))
        case .name(let name):
            if let variable = variables[name] { return variable }
            guard let type = variableType(expr, name), !type.hasError else { return opaqueTerm(expr, &variables) }
            return fresh(.type(type))
        case .tuple(let elements) where elements.count == 1 && elements[0].label == nil:
            return term(elements[0].value, &variables)
        case .binary(let op, let lhs, let rhs, _) where Self.arithmetic.contains(op):
            return join(term(lhs, &variables), term(rhs, &variables))
        case .binary(let op, let lhs, let rhs, _) where Self.comparisons.contains(op):
            join(term(lhs, &variables), term(rhs, &variables))
            return fresh(.type(.bool))
        case .binary(let op, let lhs, let rhs, _) where op == "&&" || op == "||":
            let bool = fresh(.type(.bool))
            join(bool, term(lhs, &variables))
            return join(bool, term(rhs, &variables))
        case .binary(let op, let lhs, let rhs, _) where op == "..." || op == "..<":
            // The range's own type is left to the checker once the bounds are known.
            join(term(lhs, &variables), term(rhs, &variables))
            return fresh(opaque: true)
        case .assign(let op, let target, let value, _) where op == "=" || Self.arithmetic.contains(String(op.dropLast())):
            join(term(target, &variables), term(value, &variables))
            return fresh(opaque: true)
        case .binary("??", let lhs, let rhs, _):
            let wrapped = term(rhs, &variables)
            coalescings.append((term(lhs, &variables), wrapped))
            return wrapped
        case .prefix("!", let operand):
            return join(fresh(.type(.bool)), term(operand, &variables))
        case .prefix("-", let operand):
            return term(operand, &variables)
        case .ternary(let condition, let then, let otherwise):
            join(fresh(.type(.bool)), term(condition, &variables))
            return join(term(then, &variables), term(otherwise, &variables))
        case .call(let callee, let arguments)
            where Self.isMinOrMax(callee) && arguments.count >= 2 && arguments.allSatisfy({ $0.label == nil }):
            let first = term(arguments[0].value, &variables)
            for argument in arguments.dropFirst() { join(first, term(argument.value, &variables)) }
            return find(first)
        default:
            return opaqueTerm(expr, &variables)
        }
    }

    private static func isMinOrMax(_ callee: Expr) -> Bool {
        if case .name(let name) = callee.kind { return name == "min" || name == "max" }
        return false
    }

    /// An expression whose type the literals do not tell: every parameter it mentions is given up (every one when it
    /// holds a closure, whose body may use them).
    @discardableResult
    private mutating func opaqueTerm(_ expr: Expr, _ variables: inout [String: Int]) -> Int {
        var names: [String] = [], holdsClosure = false
        Self.collect(expr, &names, &holdsClosure)
        for (name, variable) in variables where holdsClosure || names.contains(name) { opaque[find(variable)] = true }
        return fresh(opaque: true)
    }

    private static func collect(_ expr: Expr, _ names: inout [String], _ holdsClosure: inout Bool) {
        switch expr.kind {
        case .name(let name): names.append(name)
        case .closure: holdsClosure = true
        default: expr.forEachChild { collect($0, &names, &holdsClosure) }
        }
    }

    /// The parameters' types: each class's literal default (Int, Double) or type; nil when one is unknown.
    private mutating func solve(_ parameters: [Int]) -> [CType]? {
        guard !failed else { return nil }
        for (optional, wrapped) in coalescings {
            let (o, w) = (find(optional), find(wrapped))
            guard binding[o] == nil, !opaque[o], !opaque[w], let type = Self.type(of: binding[w]) else { return nil }
            binding[o] = .type(.optional(type))
        }
        var types: [CType] = []
        for parameter in parameters {
            let root = find(parameter)
            guard !opaque[root], let type = Self.type(of: binding[root]) else { return nil }
            types.append(type)
        }
        return types
    }

    private static func type(of binding: Binding?) -> CType? {
        switch binding {
        case .integerLiteral?: return .int
        case .floatLiteral?: return .double
        case .type(let type)?: return type
        case nil: return nil
        }
    }
}
