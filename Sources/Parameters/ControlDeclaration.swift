import Foundation
import Diagnostics
import SwiftSyntax

/// Reads one `slider`/`choice`/`toggle` call into a `Control`, checking that its arguments are literals.
enum ControlDeclaration {
    static func read(_ call: FunctionCallExprSyntax, positions: CellPositions, cellIndex: Int) -> Result<Control, Diagnostic> {
        let function = call.calledExpression.as(DeclReferenceExprSyntax.self)?.baseName.text ?? ""
        let at = positions.location(of: call)
        func fail(_ message: String, _ node: (any SyntaxProtocol)? = nil) -> Result<Control, Diagnostic> {
            .failure(.error(message, at: node.map { positions.location(of: $0) } ?? at))
        }
        var arguments: [String: ExprSyntax] = [:]
        var nameExpression: ExprSyntax?
        for argument in call.arguments {
            if let label = argument.label?.text {
                arguments[label] = argument.expression
            } else if nameExpression == nil {
                nameExpression = argument.expression
            } else {
                return fail("\(function) takes one unlabelled argument, its name", argument)
            }
        }
        guard let nameExpression, case .string(let name)? = literal(nameExpression) else {
            return fail("\(function) needs its name as a string literal first, e.g. \(function)(\"slope\", …)", call.arguments.first ?? nil)
        }
        guard isIdentifierLike(name) else {
            return fail("control name '\(name)' must use only letters, digits, '-' and '_'", nameExpression)
        }
        let allowed: Set<String>
        switch function {
        case "slider": allowed = ["default", "in", "step", "label"]
        case "choice": allowed = ["default", "options", "label"]
        default: allowed = ["default", "label"]
        }
        for (label, expression) in arguments where !allowed.contains(label) {
            return fail("\(function) has no argument '\(label)'; it takes \(allowed.sorted().joined(separator: ", "))", expression)
        }
        guard let defaultExpression = arguments["default"] else { return fail("\(function) '\(name)' needs a default: value") }
        guard let defaultValue = literal(defaultExpression) else {
            return fail("the default of '\(name)' must be a literal so `nbrun params` can list it", defaultExpression)
        }
        var label: String?
        if let labelExpression = arguments["label"] {
            guard case .string(let text)? = literal(labelExpression) else { return fail("label must be a string literal", labelExpression) }
            label = text
        }
        let kind: Control.Kind
        var value = defaultValue
        switch function {
        case "slider":
            switch slider(name, arguments, defaultValue, positions: positions, at: at) {
            case .success(let read): (kind, value) = read
            case .failure(let diagnostic): return .failure(diagnostic)
            }
        case "choice":
            switch choice(name, arguments, defaultValue, positions: positions, at: at) {
            case .success(let options): kind = .choice(options: options)
            case .failure(let diagnostic): return .failure(diagnostic)
            }
        default:
            guard case .bool = defaultValue else { return fail("the default of toggle '\(name)' must be true or false", defaultExpression) }
            kind = .toggle
        }
        return .success(Control(name: name, kind: kind, defaultValue: value, label: label, location: at, cellIndex: cellIndex))
    }

    /// A slider's kind (range, step, whether it is an integer slider) and its default value (a Double unless it is).
    private static func slider(_ name: String, _ arguments: [String: ExprSyntax], _ defaultValue: ParameterValue,
                               positions: CellPositions, at: Diagnostics.SourceLocation) -> Result<(Control.Kind, ParameterValue), Diagnostic> {
        func fail(_ message: String, _ node: (any SyntaxProtocol)? = nil) -> Result<(Control.Kind, ParameterValue), Diagnostic> {
            .failure(.error(message, at: node.map { positions.location(of: $0) } ?? at))
        }
        guard let rangeExpression = arguments["in"] else { return fail("slider '\(name)' needs a range, e.g. in: 0.1...3.0") }
        guard let (lower, upper) = closedRange(rangeExpression), let low = lower.number, let high = upper.number, low <= high else {
            return fail("the range of '\(name)' must be a literal closed range such as 0.1...3.0", rangeExpression)
        }
        var step: ParameterValue?
        if let stepExpression = arguments["step"] {
            guard let literalStep = literal(stepExpression), let number = literalStep.number, number > 0 else {
                return fail("the step of '\(name)' must be a positive number literal", stepExpression)
            }
            step = literalStep
        }
        let integer = [defaultValue, lower, upper, step].allSatisfy { if case .double? = $0 { return false } else { return true } }
        let defaultExpression = arguments["default"]
        guard let number = defaultValue.number else {
            return fail("the default of slider '\(name)' must be a number", defaultExpression)
        }
        guard number >= low && number <= high else {
            return fail("the default \(defaultValue) of '\(name)' is outside its range \(lower)...\(upper)", defaultExpression)
        }
        return .success((.slider(range: low...high, step: step?.number, integer: integer), integer ? defaultValue : .double(number)))
    }

    /// A choice's options, string literals, its default one of them.
    private static func choice(_ name: String, _ arguments: [String: ExprSyntax], _ defaultValue: ParameterValue,
                               positions: CellPositions, at: Diagnostics.SourceLocation) -> Result<[String], Diagnostic> {
        func fail(_ message: String, _ node: (any SyntaxProtocol)? = nil) -> Result<[String], Diagnostic> {
            .failure(.error(message, at: node.map { positions.location(of: $0) } ?? at))
        }
        guard let optionsExpression = arguments["options"], let array = optionsExpression.as(ArrayExprSyntax.self) else {
            return fail("choice '\(name)' needs options: [\"a\", \"b\"]")
        }
        var options: [String] = []
        for element in array.elements {
            guard case .string(let option)? = literal(element.expression) else {
                return fail("choice options must be string literals", element.expression)
            }
            options.append(option)
        }
        guard case .string(let chosen) = defaultValue, options.contains(chosen) else {
            return fail("the default of '\(name)' must be one of its options", arguments["default"])
        }
        return .success(options)
    }

    /// The value of a literal: numbers (with a leading minus), strings without interpolation, booleans.
    static func literal(_ expression: ExprSyntax) -> ParameterValue? {
        if let integer = expression.as(IntegerLiteralExprSyntax.self) {
            return Int(integer.literal.text.replacingOccurrences(of: "_", with: "")).map(ParameterValue.int)
        }
        if let float = expression.as(FloatLiteralExprSyntax.self) {
            return Double(float.literal.text.replacingOccurrences(of: "_", with: "")).map(ParameterValue.double)
        }
        if let prefix = expression.as(PrefixOperatorExprSyntax.self), prefix.operator.text == "-" {
            switch literal(prefix.expression) {
            case .int(let value)?: return .int(-value)
            case .double(let value)?: return .double(-value)
            default: return nil
            }
        }
        if let boolean = expression.as(BooleanLiteralExprSyntax.self) {
            return .bool(boolean.literal.tokenKind == .keyword(.true))
        }
        if let string = expression.as(StringLiteralExprSyntax.self) {
            var text = ""
            for segment in string.segments {
                guard let part = segment.as(StringSegmentSyntax.self) else { return nil }
                text += part.content.text
            }
            return .string(text)
        }
        return nil
    }

    /// The bounds of `a...b` written with literals.
    static func closedRange(_ expression: ExprSyntax) -> (ParameterValue, ParameterValue)? {
        if let sequence = expression.as(SequenceExprSyntax.self) {
            let elements = Array(sequence.elements)
            guard elements.count == 3, elements[1].as(BinaryOperatorExprSyntax.self)?.operator.text == "...",
                  let lower = literal(elements[0]), let upper = literal(elements[2]) else { return nil }
            return (lower, upper)
        }
        if let infix = expression.as(InfixOperatorExprSyntax.self),
           infix.operator.as(BinaryOperatorExprSyntax.self)?.operator.text == "...",
           let lower = literal(infix.leftOperand), let upper = literal(infix.rightOperand) {
            return (lower, upper)
        }
        return nil
    }

    private static func isIdentifierLike(_ name: String) -> Bool {
        !name.isEmpty && name.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }
    }
}
