import Diagnostics

/// The value of `type(of: x)`: prints as the type's name, as Swift prints a metatype (`Optional<Int>`).
final class TypeName: CustomStringConvertible {
    let description: String

    init(_ name: String) {
        description = name
    }
}

extension Compiler {
    /// `type(of: x)`: the argument is evaluated, and the result prints as its type's name (a class instance's own
    /// class). Its static type is `T.Type`, which nbrun only prints.
    func compileTypeOf(_ arguments: [Argument], at location: SourceLocation) -> Typed? {
        guard arguments.count == 1, arguments[0].label == "of" else { return nil }
        let typed = compileExpr(arguments[0].value, expected: nil)
        if typed.type.hasError { return .invalid }
        let metatype = CType.native(Compiler.swiftTypeName(typed.type) + ".Type")
        let code = typed.value
        let name = Value.native(TypeName(Compiler.swiftTypeName(typed.type)))
        return Typed(type: metatype, code: .value { frame in
            if case .object(let box) = try code(frame) { return .native(TypeName(box.type.name)) }
            return name
        })
    }

    /// A type's name as Swift prints a metatype: generic types spelled out (`Array<Int>`, `Dictionary<String, Int>`).
    static func swiftTypeName(_ type: CType) -> String {
        switch type {
        case .array(let element): return "Array<\(swiftTypeName(element))>"
        case .optional(let wrapped): return "Optional<\(swiftTypeName(wrapped))>"
        case .set(let element): return "Set<\(swiftTypeName(element))>"
        case .dictionary(let key, let value): return "Dictionary<\(swiftTypeName(key)), \(swiftTypeName(value))>"
        case .function(let parameters, let result):
            return "(\(parameters.map(swiftTypeName).joined(separator: ", "))) -> \(swiftTypeName(result))"
        case .tuple(let elements):
            return "(" + elements.map { ($0.label.map { "\($0): " } ?? "") + swiftTypeName($0.type) }.joined(separator: ", ") + ")"
        default: return type.description
        }
    }
}
