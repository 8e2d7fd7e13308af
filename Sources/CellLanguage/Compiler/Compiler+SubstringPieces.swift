import Diagnostics

/// Substrings where Swift has them: `split(separator:)` gives `[Substring]`, a string literal where a Substring is
/// expected is one (`pieces.contains("a")`, `let s: Substring = "a"`).
extension Compiler {
    /// A string literal (interpolations included, as `ExpressibleByStringInterpolation` allows) typed `Substring`.
    func substringLiteral(_ parts: [StringPart]) -> Typed {
        let text = compileString(parts).value
        return Typed(type: .substring, code: .value { frame in
            .variant(StringIndexing.substringTag, [try text(frame), .int(0)])
        })
    }
}

extension Compiler {
    /// `a + b` with a Substring operand: the left operand's type, as Swift's `RangeReplaceableCollection.+` gives
    /// (a new Substring has its own indices, from 0).
    func concatenation(_ a: Typed, _ b: Typed) -> Typed {
        let x = a.value, y = b.value
        let join: (Frame) throws -> String = { StringIndexing.text(try x($0)) + StringIndexing.text(try y($0)) }
        if a.type == .substring {
            return Typed(type: .substring, code: .value { .variant(StringIndexing.substringTag, [.string(try join($0)), .int(0)]) })
        }
        return Typed(type: .string, code: .value { .string(try join($0)) })
    }
}
