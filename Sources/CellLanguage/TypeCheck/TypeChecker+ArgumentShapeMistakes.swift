import Diagnostics

/// The argument-shape mistakes swiftc words from the whole argument list of a built-in collection's subscript and of
/// `Int(text, radix)`, reported by the checker (`TypeChecker+CallShapes`).
extension TypeChecker {
    /// The mistake of a subscript of a built-in collection given other than one unlabelled index (a dictionary: other
    /// than `[key]` and `[key, default: value]`), in swiftc's words, and where (the type checker's): `xs[0, 1]` and
    /// `d[k, default: v, 1]` `extra argument in subscript` at the extra index, `xs[0, i: 1]` `extra argument 'i' …`
    /// there, `xs[0, 1, 2]` `extra arguments at positions #2, #3 in call` at the `[`, `xs[i: 0]` an extraneous label
    /// and `d[k: 1, 2]` incorrect labels at the `[`, `xs[]` a missing argument at `closing` (the `]`).
    static func subscriptArgumentMistake(_ container: CType, _ arguments: [Argument], at location: SourceLocation,
                                         closing: SourceLocation) -> (CompileError, SourceLocation) {
        let labels = arguments.map(\.label)
        // `p[keyPath: k]`: swiftc's key-path subscript, which nbrun does not have (key paths are functions only).
        if labels == ["keyPath"] { return (.unsupported(.keyPathSubscript), location) }
        var expected = 1
        if case .dictionary = container {
            expected = 2
            if labels == [nil, nil] { return (.missingArgumentLabel("default", inSubscript: true), location) }
            if arguments.count == 2 {
                return (.subscriptArguments(.incorrectLabels(have: labels, expected: [nil, "default"])), location)
            }
        }
        switch arguments.count {
        case 0:
            return (.subscriptArguments(.missingIndex), closing)
        case 1:
            return (.subscriptArguments(.extraneousLabel(labels[0] ?? "_")), location)
        case expected + 1:
            if let label = labels[expected] {
                return (.subscriptArguments(.extraLabelled(label)), arguments[expected].value.location)
            }
            return (.extraSubscriptArgument, arguments[expected].value.location)
        default:
            return (.subscriptArguments(.extraArguments(positions: Array(2...arguments.count))), location)
        }
    }

    /// The mistakes of `Int(text, 2)` and `Int(text, 2, 3)` (swiftc takes them for `init(_:radix:)`) whose text is of
    /// type `textType`, and where (the type checker's): a text that is no String (swiftc names its type), then the missing `radix:`
    /// label (at the opening parenthesis) or the extra argument.
    static func radixInitializerMistakes(_ textType: CType, _ arguments: [Argument], opening: SourceLocation?,
                                         at location: SourceLocation) -> [(CompileError, SourceLocation)] {
        var mistakes: [(CompileError, SourceLocation)] = []
        if textType != .string {
            mistakes.append((.initializerRequirement("init(_:radix:)", type: "\(textType)", protocolName: "StringProtocol"), location))
        }
        if arguments.count == 3 {
            mistakes.append((.extraArgument(nil), arguments[2].value.location))
        } else {
            mistakes.append((.missingArgumentLabel("radix"), opening ?? arguments[1].value.location))
        }
        return mistakes
    }
}
