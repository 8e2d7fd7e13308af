import CellLanguage

/// Every declaration the typed bindings registered, in order, with its one-line summary: the source of the
/// generated reference in `docs/cells-modules.md`.
final class BindingCatalog {
    /// One declared function, initializer, method, property or constant set.
    struct Entry {
        /// The reference section (`Tensor`, `Plots`).
        let section: String
        /// The type the member belongs to (`nil` for global functions and constant sets).
        let owner: String?
        /// Writes the declaration (only the reference needs it: a render does not pay for the text).
        let makeDeclaration: () -> String
        /// What it does, in one line.
        let summary: String

        /// The Swift-style declaration: `func zeros(_: [Int], requiresGrad: Bool = false) -> Tensor`.
        var declaration: String { makeDeclaration() }
    }

    private(set) var entries: [Entry] = []

    /// Records a declaration, written when the reference asks for it.
    func add(section: String, owner: String?, declaration: @escaping @autoclosure () -> String, summary: String) {
        entries.append(Entry(section: section, owner: owner, makeDeclaration: declaration, summary: summary))
    }

    /// `func name(label: Type = default, …) -> Result` (no arrow for `()`).
    static func function(_ name: String, _ parameters: [NativeParameter], returns: CType) -> String {
        "func \(name)(\(list(parameters)))" + (returns == .void ? "" : " -> \(returns)")
    }

    /// `init(label: Type = default, …)`.
    static func initializer(_ parameters: [NativeParameter]) -> String {
        "init(\(list(parameters)))"
    }

    /// `subscript(label: Type, …) -> Result { get }` (or `{ get set }`, or `{ set }` for a setter of another value type).
    static func subscriptDeclaration(_ parameters: [NativeParameter], returns: CType, accessors: String) -> String {
        "subscript(\(list(parameters))) -> \(returns) { \(accessors) }"
    }

    /// `static func + (lhs: Tensor, rhs: Double) -> Tensor`, `static prefix func - (operand: Tensor) -> Tensor`.
    static func operatorDeclaration(_ symbol: String, _ operands: [CType], returns: CType) -> String {
        let list = operands.count == 1 ? "operand: \(operands[0])" : "lhs: \(operands[0]), rhs: \(operands[1])"
        return "static \(operands.count == 1 ? "prefix " : "")func \(symbol) (\(list))" + (returns == .void ? "" : " -> \(returns)")
    }

    /// The parameters as a declaration lists them (`label: Type = default`, a closure's `()` result as `Void`).
    static func list(_ parameters: [NativeParameter]) -> String {
        parameters.map { parameter in
            var type = "\(parameter.type)"
            if case .function(_, .void) = parameter.type, type.hasSuffix("-> ()") { type = type.dropLast(2) + "Void" }
            return "\(parameter.label ?? "_"): \(type)" + (parameter.defaultValue.map { " = \(literal($0))" } ?? "")
        }.joined(separator: ", ")
    }

    /// A default value as Swift source writes it.
    static func literal(_ value: Value) -> String {
        switch value {
        case .int(let int): return String(int)
        case .double(let double) where double.isInfinite: return double < 0 ? "-.infinity" : ".infinity"
        case .double(let double): return double == double.rounded() && abs(double) < 1e15 ? String(Int(double)) : "\(double)"
        case .bool(let bool): return String(bool)
        case .string(let string): return string.debugDescription
        case .array(let elements): return "[" + elements.map(literal).joined(separator: ", ") + "]"
        case .named(let constant): return ".\(constant.name)"
        case .none: return "nil"
        case .native(let object): return String(describing: object)
        default: return "\(value)"
        }
    }
}
