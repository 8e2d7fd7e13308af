import Diagnostics

/// Prints a cell's lowered syntax tree, one node a line, indented by depth, each with its notebook position and, when
/// the compiler recorded them, the static type of each expression: the disassembler behind `nbrun debug ast|types`.
struct SyntaxTreePrinter {
    /// The type of each expression node and what it resolved to (`TypeTable.annotations`), by node; empty for the plain
    /// tree.
    let types: IdentityTable<Expr, (type: CType, note: String)>
    private(set) var text = ""
    private var depth = 0

    init(types: IdentityTable<Expr, (type: CType, note: String)>) {
        self.types = types
    }

    /// Appends the statements of a cell (or of a body).
    mutating func statements(_ statements: [Stmt]) {
        for statement in statements { self.statement(statement) }
    }

    private mutating func line(_ words: String, at location: SourceLocation? = nil,
                               type: (type: CType, note: String)? = nil) {
        var entry = String(repeating: "  ", count: depth) + words
        if let type { entry += " : \(type.type)" }
        if let location { entry += "  @\(location.line):\(location.column)" }
        if let note = type?.note, !note.isEmpty { entry += "  " + note }
        text += entry + "\n"
    }

    private mutating func nested(_ body: (inout SyntaxTreePrinter) -> Void) {
        depth += 1
        body(&self)
        depth -= 1
    }

    private mutating func block(_ title: String, _ statements: [Stmt]) {
        line(title)
        nested { $0.statements(statements) }
    }

    private mutating func statement(_ statement: Stmt) {
        switch statement {
        case .expression(let value):
            expr(value)
        case .variable(let isLet, let pattern, let type, let value, let location):
            line("\(isLet ? "let" : "var") \(Self.describe(pattern))\(type.map { ": \(Self.describe($0))" } ?? "")", at: location)
            if let value { nested { $0.expr(value) } }
        case .function(let decl):
            function(decl, keyword: "func")
        case .ifStatement(let conditions, let thenBody, let elseBody, let location):
            line("if", at: location)
            nested { printer in
                for condition in conditions { printer.condition(condition) }
                printer.block("then", thenBody)
                if let elseBody { printer.block("else", elseBody) }
            }
        case .guardStatement(let conditions, let elseBody, let location):
            line("guard", at: location)
            nested { printer in
                for condition in conditions { printer.condition(condition) }
                printer.block("else", elseBody)
            }
        case .forIn(let label, let pattern, _, let sequence, let whereClause, let body, let location):
            line("\(label.map { "\($0): " } ?? "")for \(Self.describe(pattern)) in", at: location)
            nested { printer in
                printer.expr(sequence)
                if let whereClause { printer.line("where"); printer.nested { $0.expr(whereClause) } }
                printer.block("do", body)
            }
        case .whileLoop(let label, let conditions, let body, let location):
            line("\(label.map { "\($0): " } ?? "")while", at: location)
            nested { printer in
                for condition in conditions { printer.condition(condition) }
                printer.block("do", body)
            }
        case .repeatWhile(let label, let body, let condition, let location):
            line("\(label.map { "\($0): " } ?? "")repeat", at: location)
            nested { printer in
                printer.block("do", body)
                printer.line("while")
                printer.nested { $0.expr(condition) }
            }
        case .returnStatement(let value, let location):
            line("return", at: location)
            if let value { nested { $0.expr(value) } }
        case .breakStatement(let label, let location):
            line("break\(label.map { " \($0)" } ?? "")", at: location)
        case .continueStatement(let label, let location):
            line("continue\(label.map { " \($0)" } ?? "")", at: location)
        case .block(let inner):
            block("do", inner)
        case .switchStatement(_, let subject, let cases, let location):
            switchStatement(subject, cases, at: location)
        case .typeDeclaration(let decl):
            typeDeclaration(decl)
        case .throwStatement(let value, let location):
            line("throw", at: location)
            nested { $0.expr(value) }
        case .deferStatement(let body, let location):
            line("defer", at: location)
            nested { $0.statements(body) }
        case .doCatch(let body, let clauses, let location):
            line("do", at: location)
            nested { $0.statements(body) }
            for clause in clauses {
                line("catch \(clause.items.count) pattern(s)", at: clause.location)
                nested { $0.statements(clause.body) }
            }
        case .typeAlias(let name, let type, let location):
            line("typealias \(name) = \(Self.describe(type))", at: location)
        case .invalid:
            line("<invalid>")
        }
    }

    private mutating func function(_ decl: FunctionDecl, keyword: String) {
        let parameters = decl.parameters.map { "\($0.label ?? "_") \($0.name): \(Self.describe($0.type))" }
        let result = decl.returnType.map { " -> \(Self.describe($0))" } ?? ""
        line("\(keyword.isEmpty ? "" : keyword + " ")\(decl.name)(\(parameters.joined(separator: ", ")))\(result)",
             at: decl.location)
        nested { $0.statements(decl.body) }
    }

    private mutating func condition(_ condition: Condition) {
        switch condition {
        case .expression(let value):
            expr(value)
        case .optionalBinding(let isVar, let name, let value, let location, _):
            line("\(isVar ? "var" : "let") \(name) = some", at: location)
            if let value { nested { $0.expr(value) } }
        case .pattern(_, let value, let location):
            line("case pattern", at: location)
            nested { $0.expr(value) }
        }
    }

    private mutating func expr(_ expr: Expr) {
        let type = types[expr]
        let location = expr.location
        switch expr.kind {
        case .intLiteral(let value): line("int \(value)", at: location, type: type)
        case .floatLiteral(let value): line("float \(value)", at: location, type: type)
        case .boolLiteral(let value): line("bool \(value)", at: location, type: type)
        case .nilLiteral: line("nil", at: location, type: type)
        case .stringLiteral(let parts):
            line("string", at: location, type: type)
            nested { printer in
                for part in parts {
                    switch part {
                    case .text(let text): printer.line("text \(String(reflecting: text))")
                    case .interpolation(let value): printer.expr(value)
                    }
                }
            }
        case .name(let name): line("name \(name)", at: location, type: type)
        case .typeReference(let reference): line("type \(Self.describe(reference))", at: location, type: type)
        case .binary(let op, let left, let right, _): node("binary \(op)", type, location, [left, right])
        case .assign(let op, let target, let value, _): node("assign \(op)", type, location, [target, value])
        case .prefix(let op, let operand): node("prefix \(op)", type, location, [operand])
        case .call(let callee, let arguments):
            line("call", at: location, type: type)
            nested { printer in
                printer.expr(callee)
                for argument in arguments { printer.argument(argument) }
            }
        case .member(let base, let name, _):
            node("member .\(name)", type, location, base.map { [$0] } ?? [])
        case .subscriptAccess(let base, let arguments):
            line("subscript", at: location, type: type)
            nested { printer in
                printer.expr(base)
                for argument in arguments { printer.argument(argument) }
            }
        case .array(let items): node("array", type, location, items)
        case .dictionary(let pairs): node("dictionary", type, location, pairs.flatMap { [$0.0, $0.1] })
        case .tuple(let items):
            line("tuple", at: location, type: type)
            nested { printer in for item in items { printer.argument(item) } }
        case .closure(let closure):
            let parameters = closure.hasExplicitParameters ? closure.parameters.map(\.name)
                : (0..<closure.anonymousCount).map { "$\($0)" }
            line("closure (\(parameters.joined(separator: ", ")))", at: location, type: type)
            nested { $0.statements(closure.body) }
        case .ternary(let condition, let whenTrue, let whenFalse): node("ternary", type, location, [condition, whenTrue, whenFalse])
        case .forceUnwrap(let value): node("force unwrap !", type, location, [value])
        case .optionalChain(let value): node("optional chain ?", type, location, [value])
        case .cast(let value, let target, let op): node("cast \(op) \(Self.describe(target))", type, location, [value])
        case .inoutArgument(let target): node("inout &", type, location, [target])
        case .tryExpr(let value, let kind):
            node(kind == .plain ? "try" : kind == .optional ? "try?" : "try!", type, location, [value])
        case .invalid: line("<invalid>", at: location)
        }
    }

    private mutating func node(_ title: String, _ type: (type: CType, note: String)?, _ location: SourceLocation, _ children: [Expr]) {
        line(title, at: location, type: type)
        nested { printer in for child in children { printer.expr(child) } }
    }

    private mutating func argument(_ argument: Argument) {
        guard let label = argument.label else { return expr(argument.value) }
        line("\(label):")
        nested { $0.expr(argument.value) }
    }

    static func describe(_ pattern: BindingPattern) -> String {
        switch pattern {
        case .name(let name, _): return name
        case .wildcard: return "_"
        case .tuple(let items): return "(" + items.map(describe).joined(separator: ", ") + ")"
        }
    }

    static func describe(_ type: TypeExpr) -> String {
        switch type {
        case .named(let name, _): return name
        case .array(let element): return "[\(describe(element))]"
        case .dictionary(let key, let value): return "[\(describe(key)): \(describe(value))]"
        case .set(let element): return "Set<\(describe(element))>"
        case .optional(let wrapped): return "\(describe(wrapped))?"
        case .implicitlyUnwrapped(let wrapped): return "\(describe(wrapped))!"
        case .function(let parameters, let result): return "(\(parameters.map(describe).joined(separator: ", "))) -> \(describe(result))"
        case .throwingFunction(let parameters, let result):
            return "(\(parameters.map(describe).joined(separator: ", "))) throws -> \(describe(result))"
        case .tuple(let labels, let elements):
            return "(" + zip(labels, elements).map { ($0.0.map { "\($0): " } ?? "") + describe($0.1) }.joined(separator: ", ") + ")"
        }
    }

    /// A type declaration: its stored properties with their values, cases, computed properties, initializers and methods.
    private mutating func typeDeclaration(_ decl: TypeDecl) {
        let kinds: [TypeDecl.Kind: String] = [.structure: "struct", .classType: "class", .enumeration: "enum",
                                              .protocolType: "protocol", .extensionType: "extension"]
        let kind = kinds[decl.kind] ?? "type"
        line("\(kind) \(decl.name)\(decl.conformances.isEmpty ? "" : ": " + decl.conformances.joined(separator: ", "))",
             at: decl.location)
        nested { printer in
            for field in decl.fields {
                printer.line("\(field.isStatic ? "static " : "")\(field.isLet ? "let" : "var") \(field.name)", at: field.location)
                if let value = field.value { printer.nested { $0.expr(value) } }
            }
            for item in decl.cases { printer.line("case \(item.name)", at: item.location) }
            for computed in decl.computed { printer.block("var \(computed.name) { get }", computed.body) }
            for method in decl.initializers { printer.function(method, keyword: "") }
            for method in decl.methods {
                printer.function(method, keyword: (method.isStatic ? "static " : "") + (method.isMutating ? "mutating " : "") + "func")
            }
        }
    }

    /// A `switch`: its subject, then each case with its body.
    private mutating func switchStatement(_ subject: Expr, _ cases: [SwitchCase], at location: SourceLocation) {
        line("switch", at: location)
        nested { printer in
            printer.expr(subject)
            for item in cases {
                printer.line(item.isDefault ? "default" : "case \(item.patterns.count) pattern(s)", at: item.location)
                printer.nested { $0.statements(item.body) }
            }
        }
    }
}
