import Diagnostics

/// A metatype value (`type(of: x)`), printed as Swift prints it (`Int`, `Array<Movie>`, `(Int) -> Int`); two are
/// equal when they are the same type (`type(of: shape) == Square.self`), a declared type by identity, not by name.
final class MetatypeValue: CustomStringConvertible {
    let description: String
    /// The type the value stands for.
    let type: CType

    init(_ type: CType) {
        self.type = type
        description = Compiler.runtimeName(of: type)
    }
}

/// `type(of:)`: the value's type, dynamic for class instances (their class), as a value that prints.
extension Compiler {
    /// The static type of `type(of: x)` (a value that can be printed, interpolated and compared with `==`).
    static let metatype = CType.native("Any.Type")

    /// `type(of: value)` (its label the checker's: `TypeChecker.typeOfCall`); nil when `type` names something else.
    func compileTypeOf(_ callee: Expr, _ arguments: [Argument], at location: SourceLocation) -> Typed? {
        guard case .name("type") = callee.kind, nameBinding("type", node: callee) == nil, arguments.count == 1,
              !arguments[0].isTrailingClosure else { return nil }
        let typed = compileExpr(arguments[0].value, expected: nil)
        let value = typed.value
        if case .user(let type) = typed.type, type.kind == .classType {
            return Typed(type: Compiler.metatype, code: .value { frame in
                guard case .object(let box) = try value(frame) else { return .native(MetatypeValue(.user(type))) }
                return .native(MetatypeValue(.user(box.type)))
            })
        }
        if case .user(let type) = typed.type, type.kind == .protocolType {
            // A protocol-typed value's type is its concrete value's.
            return Typed(type: Compiler.metatype, code: .value { frame in
                guard let (tag, concrete) = ExistentialTag.unwrap(try value(frame)) else { return .native(MetatypeValue(.user(type))) }
                if case .object(let box) = concrete { return .native(MetatypeValue(.user(box.type))) }
                return .native(MetatypeValue(tag.type))
            })
        }
        let name = MetatypeValue(typed.type)
        return Typed(type: Compiler.metatype, code: .value { frame in
            _ = try value(frame)
            return .native(name)
        })
    }

    /// A type's name as Swift's runtime prints it (generic types spelled out: `Optional<Int>`, `Array<String>`).
    static func runtimeName(of type: CType) -> String {
        switch type {
        case .array(let element): return "Array<\(runtimeName(of: element))>"
        case .optional(let wrapped): return "Optional<\(runtimeName(of: wrapped))>"
        case .set(let element): return "Set<\(runtimeName(of: element))>"
        case .dictionary(let key, let value): return "Dictionary<\(runtimeName(of: key)), \(runtimeName(of: value))>"
        case .tuple(let elements):
            return "(" + elements.map { ($0.label.map { "\($0): " } ?? "") + runtimeName(of: $0.type) }.joined(separator: ", ") + ")"
        case .function(let parameters, let result):
            return "(" + parameters.map { runtimeName(of: $0) }.joined(separator: ", ") + ") -> " + runtimeName(of: result)
        case .user(let userType): return userType.runtimeName
        case .unicodeScalar: return "Scalar"
        case .stringView(let view): return String(view.typeName.dropFirst("String.".count))
        case .stringIndex: return "Index"
        case .indexRange(let closed): return closed ? "ClosedRange<Index>" : "Range<Index>"
        case .stepped(let stepped): return stepped.runtimeName(runtimeName(of:))
        default: return type.description
        }
    }
}
