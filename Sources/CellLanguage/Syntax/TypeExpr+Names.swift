import Diagnostics

extension TypeExpr {
    /// Calls `body` with each type name the type writes and its position; a qualified or generic name (`Outer.Inner`,
    /// `Box<Int>`) gives its first component, the name that scopes resolve.
    func forEachName(_ body: (String, SourceLocation) -> Void) {
        switch self {
        case .named(let name, let location):
            body(String(name.prefix { $0 != "." && $0 != "<" }), location)
        case .array(let element), .set(let element), .optional(let element), .implicitlyUnwrapped(let element):
            element.forEachName(body)
        case .dictionary(let key, let value):
            key.forEachName(body)
            value.forEachName(body)
        case .function(let parameters, let result), .throwingFunction(let parameters, let result):
            for parameter in parameters { parameter.forEachName(body) }
            result.forEachName(body)
        case .tuple(_, let elements):
            for element in elements { element.forEachName(body) }
        }
    }
}
