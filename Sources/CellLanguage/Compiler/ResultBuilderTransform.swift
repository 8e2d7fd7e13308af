import Diagnostics

/// The rewriting of a body written under a result builder (`@DrawingBuilder`) into calls of the builder's static
/// methods, as swiftc transforms it: every expression statement becomes a component (through `buildExpression` when
/// the builder declares it), an `if`–`else` chain becomes `buildEither(first:)`/`buildEither(second:)` on a balanced
/// tree of its branches (`buildOptional` when the chain has no final `else`), a `for`–`in` loop gives one
/// `buildBlock` per iteration to `buildArray`, a `do` block is one component, declarations stay as they are, and the
/// body returns `buildBlock` of its components (through `buildFinalResult` when declared). The hidden variables'
/// types are the builder methods' declared types, named through type aliases the compiler registers (`Types`).
struct ResultBuilderTransform {
    /// The type names the hidden variables are declared with (nil where the builder has no such method).
    struct Types {
        /// `buildBlock`'s element type when it takes one variadic parameter (a literal component is typed by it).
        var component: String?
        /// `buildEither(first:)`'s result type.
        var either: String?
        /// `buildOptional`'s parameter type.
        var optional: String?
        /// `buildArray`'s parameter type.
        var array: String?
    }

    /// A statement the builder cannot take.
    enum Failure: Error {
        /// `if` without `buildOptional`/`buildEither`, `for` without `buildArray`, `while`, `guard`…: swiftc's
        /// "closure containing control flow statement cannot be used with result builder" at the statement.
        case controlFlow(SourceLocation)
        /// A `switch` without `buildEither`: swiftc's "type 'B' has no member 'buildEither'" at each case's body.
        case missingBuildEither([SourceLocation])
    }

    /// The builder type's name as written (`DrawingBuilder`, `Outer.Builder`).
    let builder: String
    /// The names of the builder's static methods.
    let methods: Set<String>
    let types: Types
    private var counter = 0

    init(builder: String, methods: Set<String>, types: Types) {
        self.builder = builder
        self.methods = methods
        self.types = types
    }

    /// Whether a body is transformed: swiftc leaves a body with an explicit `return` as it is.
    static func applies(to body: [Stmt]) -> Bool {
        !containsReturn(body)
    }

    /// The transformed body: its statements, then `return buildFinalResult(buildBlock(components…))`.
    mutating func transform(_ body: [Stmt], end location: SourceLocation) throws -> [Stmt] {
        let (statements, components) = try block(body)
        var result = combined(components, at: location)
        if methods.contains("buildFinalResult") { result = call("buildFinalResult", [argument(result)], at: location) }
        return statements + [.returnStatement(result, location)]
    }

    // MARK: Statements

    /// A block's statements and the names of its components.
    private mutating func block(_ body: [Stmt]) throws -> ([Stmt], [Expr]) {
        var statements: [Stmt] = []
        var components: [Expr] = []
        for statement in body {
            switch statement {
            case .expression(let expr):
                let contextual = !methods.contains("buildExpression") && ResultBuilderTransform.isContextual(expr)
                let value = methods.contains("buildExpression") ? call("buildExpression", [argument(expr)], at: expr.location) : expr
                let type = contextual ? types.component.map { TypeExpr.named($0, expr.location) } : nil
                components.append(declare(value, type: type, into: &statements, at: expr.location))
            case .variable, .function, .typeDeclaration, .typeAlias, .invalid:
                statements.append(statement)
            case .block(let inner) where inner.allSatisfy(ResultBuilderTransform.isDeclaration):
                statements.append(statement)  // `let a = 1, b = 2`
            case .block(let inner):
                components.append(try doBlock(inner, into: &statements))
            case .doCatch(let inner, let clauses, _) where clauses.isEmpty:
                components.append(try doBlock(inner, into: &statements))
            case .ifStatement(_, _, _, let location):
                components.append(try ifChain(statement, into: &statements, at: location))
            case .forIn(let label, let pattern, let casePattern, let sequence, let whereClause, let body, let location):
                guard methods.contains("buildArray"), let arrayType = types.array else { throw Failure.controlFlow(location) }
                let array = fresh()
                statements.append(.variable(isLet: false, pattern: .name(array, location), type: .named(arrayType, location),
                                            value: Expr(.array([]), at: location), location: location))
                let (inner, parts) = try self.block(body)
                let element = combined(parts, at: location)
                let append = Expr(.call(Expr(.member(name(array, at: location), "append", location), at: location),
                                        [argument(element)]), at: location)
                statements.append(.forIn(label: label, pattern: pattern, casePattern: casePattern, sequence: sequence,
                                         whereClause: whereClause, body: inner + [.expression(append)], location))
                let result = call("buildArray", [argument(name(array, at: location))], at: location)
                components.append(declare(result, type: nil, into: &statements, at: location))
            case .whileLoop(_, _, _, let location), .repeatWhile(_, _, _, let location), .breakStatement(_, let location),
                 .continueStatement(_, let location), .returnStatement(_, let location):
                throw Failure.controlFlow(location)
            case .guardStatement(let conditions, _, let location):
                throw Failure.controlFlow(conditions.first.map(ResultBuilderTransform.location) ?? location)
            case .switchStatement(let label, let subject, let cases, let location):
                components.append(try switchStatement(label, subject, cases, into: &statements, at: location))
            case .throwStatement:
                statements.append(statement)  // swiftc keeps a `throw` as it is
            case .doCatch(_, _, let location), .deferStatement(_, let location):
                throw Failure.controlFlow(location)
            }
        }
        return (statements, components)
    }

    /// `do { … }`: one component, `buildBlock` of the block's components, computed in a scope of its own.
    private mutating func doBlock(_ body: [Stmt], into statements: inout [Stmt]) throws -> Expr {
        let location = body.first.map(ResultBuilderTransform.location) ?? SourceLocation(line: 1, column: 1)
        let (inner, parts) = try block(body)
        let result = combined(parts, at: location)
        let literal = ClosureLiteral(parameters: [], returnType: nil, body: inner + [.returnStatement(result, location)],
                                     anonymousCount: 0, hasExplicitParameters: false)
        let value = Expr(.call(Expr(.closure(literal), at: location), []), at: location)
        return declare(value, type: nil, into: &statements, at: location)
    }

    /// An `if`–`else if`–`else` chain: a hidden variable each branch assigns its injected block to.
    private mutating func ifChain(_ statement: Stmt, into statements: inout [Stmt], at location: SourceLocation) throws -> Expr {
        var branches: [([Condition], [Stmt], SourceLocation)] = []
        var finalElse: [Stmt]?
        var next: Stmt? = statement
        while case .ifStatement(let conditions, let body, let elseBody, let branchLocation)? = next {
            branches.append((conditions, body, branchLocation))
            next = nil
            if let elseBody {
                if elseBody.count == 1, case .ifStatement = elseBody[0] { next = elseBody[0] } else { finalElse = elseBody }
            }
        }
        let count = branches.count + (finalElse == nil ? 0 : 1)
        if count > 1, !methods.contains("buildEither") { throw Failure.controlFlow(location) }
        let result = fresh()
        if finalElse == nil {
            guard methods.contains("buildOptional"), let optional = types.optional else { throw Failure.controlFlow(location) }
            statements.append(.variable(isLet: false, pattern: .name(result, location), type: .named(optional, location),
                                        value: Expr(.nilLiteral, at: location), location: location))
        } else {
            guard let either = types.either else { throw Failure.controlFlow(location) }
            statements.append(.variable(isLet: true, pattern: .name(result, location), type: .named(either, location), value: nil,
                                        location: location))
        }
        var rebuilt: [Stmt]? = try finalElse.map { try branch($0, index: count - 1, of: count, assigning: result, at: location) }
        for (index, (conditions, body, branchLocation)) in branches.enumerated().reversed() {
            let inner = try branch(body, index: index, of: count, assigning: result, at: branchLocation)
            rebuilt = [.ifStatement(conditions, inner, rebuilt, branchLocation)]
        }
        statements += rebuilt ?? []
        guard finalElse == nil else { return name(result, at: location) }
        return declare(call("buildOptional", [argument(name(result, at: location))], at: location), type: nil, into: &statements,
                       at: location)
    }

    /// A `switch`: each case assigns its block, injected as the branches of an `if` chain are, to a hidden variable.
    private mutating func switchStatement(_ label: String?, _ subject: Expr, _ cases: [SwitchCase], into statements: inout [Stmt],
                                          at location: SourceLocation) throws -> Expr {
        if let falling = cases.first(where: \.fallsThrough) { throw Failure.controlFlow(falling.location) }
        guard methods.contains("buildEither"), let either = types.either else {
            throw Failure.missingBuildEither(cases.map { $0.body.first.map(ResultBuilderTransform.location) ?? $0.location })
        }
        let result = fresh()
        statements.append(.variable(isLet: true, pattern: .name(result, location), type: .named(either, location), value: nil,
                                    location: location))
        var rebuilt: [SwitchCase] = []
        for (index, switchCase) in cases.enumerated() {
            var copy = switchCase
            copy.body = try branch(switchCase.body, index: index, of: cases.count, assigning: result, at: switchCase.location)
            rebuilt.append(copy)
        }
        statements.append(.switchStatement(label: label, subject, rebuilt, location))
        return name(result, at: location)
    }

    /// One branch of an `if` chain: its statements, then the hidden variable assigned its block, injected.
    private mutating func branch(_ body: [Stmt], index: Int, of count: Int, assigning result: String,
                                 at location: SourceLocation) throws -> [Stmt] {
        let (inner, parts) = try block(body)
        var value = combined(parts, at: location)
        for first in ResultBuilderTransform.injectionPath(index, of: count).reversed() {
            value = call("buildEither", [Argument(label: first ? "first" : "second", value: value, location: location)], at: location)
        }
        return inner + [.expression(Expr(.assign("=", name(result, at: location), value, location), at: location))]
    }

    /// The `buildEither` calls that inject case `index` of `count`, outermost first (true for `first:`): swiftc's
    /// balanced tree, whose left half holds the largest power of two below `count`.
    static func injectionPath(_ index: Int, of count: Int) -> [Bool] {
        guard count > 1 else { return [] }
        var left = 1
        while left * 2 < count { left *= 2 }
        return index < left ? [true] + injectionPath(index, of: left) : [false] + injectionPath(index - left, of: count - left)
    }

    // MARK: Building nodes

    /// A block's components combined: `buildBlock(a, b, c)`, or, when the builder declares `buildPartialBlock`
    /// (which swiftc prefers), `buildPartialBlock(accumulated: buildPartialBlock(first: a), next: b)`….
    private func combined(_ parts: [Expr], at location: SourceLocation) -> Expr {
        guard methods.contains("buildPartialBlock"), let first = parts.first else {
            return call("buildBlock", parts.map { argument($0) }, at: location)
        }
        var result = call("buildPartialBlock", [Argument(label: "first", value: first, location: first.location)], at: location)
        for next in parts.dropFirst() {
            result = call("buildPartialBlock", [Argument(label: "accumulated", value: result, location: location),
                                                Argument(label: "next", value: next, location: next.location)], at: location)
        }
        return result
    }

    private mutating func fresh() -> String {
        counter += 1
        return "$__builder\(counter)"
    }

    /// `let name: type = value`, returning the name as an expression at `location`.
    private mutating func declare(_ value: Expr, type: TypeExpr?, into statements: inout [Stmt], at location: SourceLocation) -> Expr {
        let hidden = fresh()
        statements.append(.variable(isLet: true, pattern: .name(hidden, location), type: type, value: value, location: location))
        return name(hidden, at: location)
    }

    private func name(_ name: String, at location: SourceLocation) -> Expr {
        Expr(.name(name), at: location)
    }

    private func argument(_ value: Expr) -> Argument {
        Argument(label: nil, value: value, location: value.location)
    }

    /// `Builder.method(arguments)`.
    private func call(_ method: String, _ arguments: [Argument], at location: SourceLocation) -> Expr {
        let parts = builder.split(separator: ".").map(String.init)
        var type = Expr(.name(parts[0]), at: location)
        for part in parts.dropFirst() { type = Expr(.member(type, part, location), at: location) }
        let callee = Expr(.member(type, method, location), at: location)
        let result = Expr(.call(callee, arguments), at: location)
        result.closingLocation = location
        result.openingLocation = location
        return result
    }

    // MARK: Queries

    /// Whether an expression's type comes from its context (a literal, `.member`): typed by `buildBlock`'s element.
    private static func isContextual(_ expr: Expr) -> Bool {
        switch expr.kind {
        case .intLiteral, .floatLiteral, .boolLiteral, .stringLiteral, .nilLiteral, .array, .dictionary, .closure: return true
        case .member(nil, _, _): return true
        case .call(let callee, _): if case .member(nil, _, _) = callee.kind { return true } else { return false }
        default: return false
        }
    }

    private static func isDeclaration(_ statement: Stmt) -> Bool {
        if case .variable = statement { return true }
        return false
    }

    private static func location(_ condition: Condition) -> SourceLocation {
        switch condition {
        case .expression(let expr): return expr.location
        case .optionalBinding(_, _, _, _, let keyword): return keyword
        case .pattern(_, _, let location): return location
        }
    }

    private static func location(_ statement: Stmt) -> SourceLocation {
        switch statement {
        case .expression(let expr): return expr.location
        case .variable(_, _, _, _, let location), .ifStatement(_, _, _, let location), .forIn(_, _, _, _, _, _, let location),
             .whileLoop(_, _, _, let location), .repeatWhile(_, _, _, let location), .returnStatement(_, let location),
             .breakStatement(_, let location), .continueStatement(_, let location), .switchStatement(_, _, _, let location),
             .throwStatement(_, let location), .doCatch(_, _, let location), .deferStatement(_, let location),
             .guardStatement(_, _, let location), .typeAlias(_, _, let location):
            return location
        case .function(let decl): return decl.location
        case .typeDeclaration(let decl): return decl.location
        case .block(let inner): return inner.first.map(location) ?? SourceLocation(line: 1, column: 1)
        case .invalid: return SourceLocation(line: 1, column: 1)
        }
    }

    /// Whether statements hold a `return` outside nested closures and functions.
    static func containsReturn(_ body: [Stmt]) -> Bool {
        for statement in body {
            let inner: [[Stmt]]
            switch statement {
            case .returnStatement: return true
            case .ifStatement(_, let then, let otherwise, _): inner = [then, otherwise ?? []]
            case .forIn(label: _, pattern: _, casePattern: _, sequence: _, whereClause: _, body: let loop, _): inner = [loop]
            case .whileLoop(label: _, _, let loop, _): inner = [loop]
            case .repeatWhile(label: _, let loop, _, _): inner = [loop]
            case .block(let block): inner = [block]
            case .guardStatement(_, let block, _): inner = [block]
            case .deferStatement(let block, _): inner = [block]
            case .doCatch(let block, let clauses, _): inner = [block] + clauses.map(\.body)
            case .switchStatement(label: _, _, let cases, _): inner = cases.map(\.body)
            default: inner = []
            }
            if inner.contains(where: containsReturn) { return true }
        }
        return false
    }
}
