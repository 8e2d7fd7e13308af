/// A run-time value of the cell language, as stored in a frame's value bank, an array or an argument list.
///
/// Int, Double and Bool variables live unboxed in a frame's word bank; they are boxed here only when they
/// cross a generic boundary (array elements, closure arguments, native calls).
public enum Value: @unchecked Sendable {
    /// An `Int`.
    case int(Int)
    /// A `Double`.
    case double(Double)
    /// A `Bool`.
    case bool(Bool)
    /// A `String` (also a `Character`, as a one-character string).
    case string(String)
    /// An array's elements.
    case array([Value])
    /// A tuple's elements in order.
    case tuple([Value])
    /// A dictionary (insertion-ordered storage).
    indirect case dictionary(OrderedDictionary)
    /// A set: the keys of insertion-ordered storage (values unused).
    indirect case set(OrderedDictionary)
    /// A class instance declared in a cell.
    case object(ObjectBox)
    /// An enum value declared in a cell: case index and payload.
    case variant(Int, [Value])
    /// A range of integers; `closed` tells `a...b` from `a..<b`.
    case range(Int, Int, closed: Bool)
    /// A range of Doubles; `closed` tells `a...b` from `a..<b`.
    case doubleRange(Double, Double, closed: Bool)
    /// A closure or function.
    case function(FunctionValue)
    /// An object of a native type registered by bindings.
    case native(AnyObject)
    /// A constant of a bindings enum-like type (e.g. `Theme.dark`); build it with `Value.constant(_:_:)`.
    case named(NamedConstant)
    /// `Optional.none`; a present optional is stored as its wrapped value.
    case none
    /// `()`, the result of functions without a return value.
    case void

    /// A constant of a bindings enum-like type: the type name and the case name (e.g. `Theme`, `dark`).
    public static func constant(_ type: String, _ name: String) -> Value {
        .named(NamedConstant(type: type, name: name))
    }

    /// The Int payload (0 when the value is not an Int; the compiler guarantees types).
    @inline(__always) var intValue: Int {
        if case .int(let value) = self { return value }
        return 0
    }

    /// The Double payload.
    @inline(__always) var doubleValue: Double {
        if case .double(let value) = self { return value }
        return 0
    }

    /// The Bool payload.
    @inline(__always) var boolValue: Bool {
        if case .bool(let value) = self { return value }
        return false
    }

    /// The String payload.
    @inline(__always) var stringValue: String {
        if case .string(let value) = self { return value }
        return ""
    }

    /// The tuple payload.
    @inline(__always) var tupleValue: [Value] {
        if case .tuple(let value) = self { return value }
        return []
    }

    /// The dictionary payload.
    @inline(__always) var dictionaryValue: OrderedDictionary {
        if case .dictionary(let value) = self { return value }
        return OrderedDictionary()
    }

    /// The number of elements of an array, set or dictionary (0 for other values).
    var collectionCount: Int {
        switch self {
        case .array(let elements): return elements.count
        case .set(let storage), .dictionary(let storage): return storage.count
        default: return 0
        }
    }

    /// The array payload.
    @inline(__always) var arrayValue: [Value] {
        if case .array(let value) = self { return value }
        ExclusiveAccess.note(self)
        return []
    }
}
