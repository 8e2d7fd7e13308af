import Diagnostics

/// Checks a `String(format:)` pattern against the argument types before calling Foundation, since a mismatch
/// there would read garbage memory instead of failing.
enum FormatChecker {
    /// The representation an argument is passed as.
    enum Kind: Equatable {
        case int, double, object
    }

    /// Largest field width or precision accepted: Foundation traps on widths past `Int32.max` and takes minutes to
    /// pad to widths near it.
    static let maxWidth = 10_000

    /// Skips the ASCII digits at `index` and returns them.
    private static func digits(_ characters: [Character], _ index: inout Int) -> Substring {
        var text = ""
        while index < characters.count, characters[index].isASCII, characters[index].isNumber {
            text.append(characters[index])
            index += 1
        }
        return Substring(text)
    }

    /// Throws a run-time error when a conversion has no argument or the wrong kind of argument, or a width or
    /// precision is too large.
    static func check(_ pattern: String, arguments: [Kind], at location: SourceLocation?) throws {
        let characters = Array(pattern)
        var index = 0
        var used = 0
        func fail(_ message: String) -> RuntimeError {
            RuntimeError(message: "String(format:): \(message)", location: location)
        }
        while index < characters.count {
            guard characters[index] == "%" else {
                index += 1
                continue
            }
            index += 1
            guard index < characters.count else { throw fail("incomplete conversion at the end of the format") }
            if characters[index] == "%" {
                index += 1
                continue
            }
            while index < characters.count, "-+ #0'".contains(characters[index]) { index += 1 }
            let width = digits(characters, &index)
            if index < characters.count, characters[index] == "$" || characters[index] == "*" {
                throw fail("positional and '*' conversions are not supported")
            }
            var precision: Substring = ""
            if index < characters.count, characters[index] == "." {
                index += 1
                precision = digits(characters, &index)
            }
            for (number, what) in [(width, "width"), (precision, "precision")] where !number.isEmpty {
                let significant = number.drop { $0 == "0" }
                if significant.count > 9 || (Int(significant) ?? 0) > maxWidth {
                    throw fail("\(what) \(number) is too large (at most \(maxWidth))")
                }
            }
            while index < characters.count, "hlLqjzt".contains(characters[index]) { index += 1 }
            guard index < characters.count else { throw fail("incomplete conversion at the end of the format") }
            let conversion = characters[index]
            index += 1
            let kind: Kind
            switch conversion {
            case "d", "i", "u", "x", "X", "o", "c": kind = .int
            case "f", "F", "e", "E", "g", "G", "a", "A": kind = .double
            case "@": kind = .object
            case "s": throw fail("use '%@' for String arguments")
            default: throw fail("unsupported conversion '%\(conversion)'")
            }
            guard used < arguments.count else { throw fail("more conversions than arguments") }
            guard arguments[used] == kind else {
                let names: [Kind: String] = [.int: "Int", .double: "Double", .object: "String"]
                throw fail("'%\(conversion)' expects \(names[kind] ?? "") but argument \(used + 1) is \(names[arguments[used]] ?? "")")
            }
            used += 1
        }
    }
}
