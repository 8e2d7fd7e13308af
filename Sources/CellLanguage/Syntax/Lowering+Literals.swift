import Diagnostics
import SwiftSyntax

/// String literals, closures and key paths.
extension Lowering {
    func lowerString(_ node: StringLiteralExprSyntax) -> Expr {
        var parts: [StringPart] = []
        let isMultiline = node.openingQuote.tokenKind == .multilineStringQuote
        // In a raw string (`#"…"#`) only `\#` starts an escape or an interpolation (`\#n`, `\#(x)`).
        let pounds = node.openingPounds?.text.count ?? 0
        for segment in node.segments {
            switch segment {
            case .stringSegment(let text):
                // The parser may split a literal's text at escapes: keep consecutive text as one part, so that
                // `"\n"` is one character like `"a"`.
                let piece = unescape(pounds > 0 ? Lowering.rawEscapes(text.content.text, pounds: pounds) : text.content.text,
                                     node: text)
                if case .text(let previous)? = parts.last {
                    parts[parts.count - 1] = .text(previous + piece)
                } else {
                    parts.append(.text(piece))
                }
            case .expressionSegment(let interpolation):
                let expressions = Array(interpolation.expressions)
                if expressions.count != 1 || expressions[0].label != nil {
                    error(.interpolationArguments, interpolation.leftParen)  // at the `(`, as swiftc
                    continue
                }
                parts.append(.interpolation(lowerExpr(expressions[0].expression)))
            }
        }
        _ = isMultiline
        return Expr(.stringLiteral(parts), at: loc(node))
    }

    func unescape(_ raw: String, node: some SyntaxProtocol) -> String {
        guard raw.contains("\\") else { return raw }
        var result = ""
        var iterator = raw.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else {
                result.append(character)
                continue
            }
            guard let escaped = iterator.next() else { break }
            switch escaped {
            case "n": result.append("\n")
            case "t": result.append("\t")
            case "r": result.append("\r")
            case "0": result.append("\0")
            case "\\": result.append("\\")
            case "\"": result.append("\"")
            case "'": result.append("'")
            case "u":
                var hex = ""
                _ = iterator.next() // "{"
                while let next = iterator.next(), next != "}" { hex.append(next) }
                if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) {
                    result.unicodeScalars.append(scalar)
                } else {
                    error(.invalidUnicodeScalar(hex), node)
                }
            case "\n":
                // Line continuation in a multi-line string literal.
                break
            default:
                error(.invalidEscapeSequence, node)
            }
        }
        return result
    }

    func lowerClosure(_ node: ClosureExprSyntax) -> Expr {
        var parameters: [(name: String, type: TypeExpr?)] = []
        var returnType: TypeExpr?
        var explicit = false
        var isThrowing = false
        var captures: [(name: String, location: SourceLocation)] = []
        var ownedCaptures: [(name: String, isWeak: Bool, location: SourceLocation)] = []
        var ownedCaptureValues: [String: Expr] = [:]
        if let signature = node.signature {
            for item in signature.capture?.items ?? [] {
                if let specifier = item.specifier, specifier.detail == nil, ["weak", "unowned"].contains(specifier.specifier.text) {
                    ownedCaptures.append((item.name.text, specifier.specifier.text == "weak", loc(item.name)))
                    if let initializer = item.initializer { ownedCaptureValues[item.name.text] = lowerExpr(initializer.value) }
                } else if item.specifier != nil || item.initializer != nil {
                    if item.initializer != nil { unsupported(.captureListValue, item) } else { unsupported(.captureSpecifier, item.specifier?.trimmedDescription ?? "this", item) }
                } else {
                    captures.append((item.name.text, loc(item.name)))
                }
            }
            if let effects = signature.effectSpecifiers, effects.throwsClause != nil || effects.asyncSpecifier != nil {
                // `{ (x: Int) throws -> Int in … }`: a throwing closure, as a function type's `throws` (and
                // `throws(any Error)`; `throws(Never)` throws nothing); `async` and typed throws stay refused.
                if effects.asyncSpecifier == nil, let clause = effects.throwsClause, isUntypedThrows(clause) {
                    isThrowing = true
                } else if effects.asyncSpecifier == nil, let clause = effects.throwsClause, throwsNothing(clause) {
                    isThrowing = false
                } else {
                    if let token = effects.asyncSpecifier { unsupported(.effectAsync, token.text, token) } else { unsupported(.typedThrows, effects) }
                }
            }
            switch signature.parameterClause {
            case .simpleInput(let list)?:
                explicit = true
                parameters = list.map { (name: $0.name.text, type: nil) }
            case .parameterClause(let clause)?:
                explicit = true
                parameters = clause.parameters.map { parameter in
                    (name: (parameter.secondName ?? parameter.firstName).text, type: parameter.type.map { lowerType($0) })
                }
            case nil:
                break
            }
            returnType = signature.returnClause.map { lowerType($0.type) }
        }
        anonymousCounts.append(0)
        closureParameterNames.append(explicit ? parameters.map(\.name) : nil)
        // A closure with a written result type may be one `if` or `switch` expression (`{ (x: Int) -> String in
        // if x < 0 { "-" } else { "+" } }`); without one, its context may want `Void` and the `if` stays a statement.
        let returnsValue = node.signature?.returnClause.map { !Lowering.isVoidType($0.type) } ?? false
        let body = lowerValueBody(node.statements, returnsValue: returnsValue)
        closureParameterNames.removeLast()
        let anonymous = anonymousCounts.removeLast()
        let literal = ClosureLiteral(parameters: parameters, returnType: returnType, body: body,
                                     anonymousCount: anonymous, hasExplicitParameters: explicit)
        literal.closingBrace = loc(node.rightBrace)
        literal.isThrowing = isThrowing
        switch node.signature?.parameterClause {
        case .simpleInput(let list)?: literal.parameterLocations = list.map { loc($0) }
        case .parameterClause(let clause)?:
            literal.parameterLocations = clause.parameters.map { loc($0) }
            literal.inoutParameters = clause.parameters.map { parameter in
                parameter.type?.as(AttributedTypeSyntax.self)?.specifiers.contains { specifier in
                    if case .simpleTypeSpecifier(let simple) = specifier { return simple.specifier.text == "inout" }
                    return false
                } ?? false
            }
        case nil: break
        }
        literal.captures = captures
        literal.ownedCaptures = ownedCaptures
        literal.ownedCaptureValues = ownedCaptureValues
        return Expr(.closure(literal), at: loc(node))
    }

    /// `\.count`, `\.name.count`, `\Person.age`: the closure `{ $0.count }` (SE-0249), typed from its root when written
    /// (`let k = \Point.x` is a `(Point) -> Double`), read through `p[keyPath: k]` (`lowerSubscript`); writing
    /// through a key path stays refused.
    func lowerKeyPath(_ node: KeyPathExprSyntax) -> Expr {
        let at = loc(node)
        guard let value = keyPathChain(node, on: Expr(.name("$0"), at: at)) else { return Expr(.invalid, at: at) }
        let literal = ClosureLiteral(parameters: [], returnType: nil, body: [.expression(value)], anonymousCount: 1,
                                     hasExplicitParameters: false)
        literal.isKeyPath = true
        literal.keyPathRoot = node.root.map(lowerType)
        return Expr(.closure(literal), at: at)
    }

    /// The key path's property chain read on `base` (`\.name.count` on `p`: `p.name.count`); nil after reporting a
    /// component nbrun does not take.
    func keyPathChain(_ node: KeyPathExprSyntax, on base: Expr) -> Expr? {
        var value = base
        for component in node.components {
            guard case .property(let property) = component.component, property.declName.argumentNames == nil,
                  property.genericArgumentClause == nil else {
                unsupported(.keyPathComponent, component)
                return nil
            }
            value = Expr(.member(value, property.declName.baseName.text, loc(property.declName.baseName)), at: loc(node))
        }
        if node.components.isEmpty {
            unsupported(.emptyKeyPath, node)
            return nil
        }
        return value
    }
}
