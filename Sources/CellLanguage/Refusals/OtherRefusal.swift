/// A refusal of nbrun's with a message of its own rather than `… is not supported in nbrun cells` (a compile-error
/// kind whose message says what cells take instead): listed in docs/language.md's "What is refused" beside
/// `RefusedConstruct`'s rows, each example run as a test.
struct OtherRefusal: Sendable {
    /// The kind of compile error the refusal is.
    let kind: CompileError.Kind
    /// Why nbrun refuses it.
    let reason: String
    /// A cell refused with it.
    let example: String
    /// The text the error points at in `example` (its first occurrence; a `⌃` in it marks the column).
    let at: String
    /// The message the example is refused with.
    let message: String

    /// The refusals with messages of their own, in the order the docs list them.
    static let all: [OtherRefusal] = [
        OtherRefusal(kind: .typesOnlyAtTopLevel, reason: "Types are declared at a cell's top level or inside other types, not in functions or closures.",
                     example: "func f() { struct Point { var x = 0 } }", at: "Point",
                     message: "types can only be declared at the top level of a cell"),
        OtherRefusal(kind: .interpolationArguments, reason: "Interpolations with labels or several values (`\\(x, radix: 2)`) call "
                     + "`appendInterpolation` overloads cells do not have.",
                     example: "let x = 5; print(\"\\(x, x)\")", at: "⌃(x, x)",
                     message: "string interpolation takes exactly one unlabelled expression in nbrun cells"),
        OtherRefusal(kind: .oneSidedRangeContext, reason: "A one-sided range of Doubles (or one stored before its use) has no "
                     + "collection to complete it.", example: "let r = ..<5.0", at: "..<",
                     message: "one-sided ranges are supported as array subscripts and case patterns only in nbrun cells"),
        OtherRefusal(kind: .reduceIntoNeedsClosureLiteral, reason: "`reduce(into:_:)` is compiled with its closure in place.",
                     example: "func add(_ a: inout Int, _ b: Int) { a += b }; let s = [1, 2].reduce(into: 0, add)", at: "add)",
                     message: "reduce(into:_:) needs a closure literal in nbrun cells"),
    ]
}
