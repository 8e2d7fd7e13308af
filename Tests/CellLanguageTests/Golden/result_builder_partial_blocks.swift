// Result builders with buildPartialBlock (preferred by swiftc over buildBlock when both are declared), and a
// `throw` in a builder body, which swiftc keeps as it is.
@resultBuilder
struct Joined {
    static func buildBlock(_ parts: String...) -> String { parts.joined(separator: "+") }
    static func buildPartialBlock(first: String) -> String { "<" + first + ">" }
    static func buildPartialBlock(accumulated: String, next: String) -> String { accumulated + "," + next }
    static func buildOptional(_ component: String?) -> String { component ?? "none" }
    static func buildEither(first: String) -> String { first }
    static func buildEither(second: String) -> String { second }
}

@Joined func letters(_ flag: Bool) -> String {
    "a"
    if flag { "b"; "bb" }
    if flag { "c" } else { "d" }
}
print(letters(true))
print(letters(false))

@resultBuilder
struct Partial {
    static func buildPartialBlock(first: Int) -> [Int] { [first] }
    static func buildPartialBlock(accumulated: [Int], next: Int) -> [Int] { accumulated + [next * 10] }
}
@Partial func numbers() -> [Int] {
    1
    2
    3
}
print(numbers())

enum BuildError: Error { case refused }
@resultBuilder
struct Lines {
    static func buildBlock(_ parts: String...) -> String { parts.joined(separator: "\n") }
}
@Lines func page(_ fail: Bool) throws -> String {
    "title"
    let body = fail ? "" : "body"
    throw BuildError.refused
}
do {
    print(try page(false))
} catch {
    print("caught", error)
}
