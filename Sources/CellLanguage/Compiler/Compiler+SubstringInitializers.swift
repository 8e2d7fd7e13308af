import Diagnostics

extension Compiler {
    /// `Substring()`, `Substring("abc")`, `Substring(text)`, `Substring(sub)`, `Substring(characters)`: a substring of
    /// the text, indexed from its start; nil when no initializer matches.
    func compileSubstringInitializer(_ arguments: [Argument], _ labels: [String]) -> Typed? {
        if labels.isEmpty { return Typed(type: .substring, code: .value { _ in StringIndexing.substring("", origin: 0) }) }
        guard labels == ["_"] else { return nil }
        let typed = compileExpr(arguments[0].value, expected: .string)
        let value = typed.value
        switch typed.type {
        case .string, .substring:
            return Typed(type: .substring, code: .value { frame in
                StringIndexing.substring(Substring(StringIndexing.text(try value(frame))), origin: 0)
            })
        case .array(.character):
            return Typed(type: .substring, code: .value { frame in
                StringIndexing.substring(Substring(try value(frame).arrayValue.map(\.stringValue).joined()), origin: 0)
            })
        default:
            return nil
        }
    }
}
