/// A static type of the cell language, as the compiler infers it.
public indirect enum CType: Hashable, Sendable, CustomStringConvertible {
    /// `Int`.
    case int
    /// `Double`.
    case double
    /// `Bool`.
    case bool
    /// `String`.
    case string
    /// `Character` (stored as a one-character String value).
    case character
    /// `()` / `Void`.
    case void
    /// `[Element]`.
    case array(CType)
    /// `Range<Int>` (`a..<b`).
    case range
    /// `ClosedRange<Int>` (`a...b`).
    case closedRange
    /// `Range<Double>` (`0.0..<1.0`).
    case doubleRange
    /// `ClosedRange<Double>` (`0.1...3.0`, e.g. a slider's domain).
    case doubleClosedRange
    /// `Wrapped?`.
    case optional(CType)
    /// `(Parameters) -> Result`.
    case function([CType], CType)
    /// A struct, class or enum declared in a cell.
    case user(UserType)
    /// `Set<Element>`.
    case set(CType)
    /// `[Key: Value]`.
    case dictionary(CType, CType)
    /// A tuple, with optional element labels: `(Int, Double)`, `(offset: Int, element: String)`.
    case tuple([TupleElement])
    /// An opaque native type registered by bindings, by name (e.g. `Figure`).
    case native(String)
    /// An enum-like set of constants registered by bindings (e.g. `Theme` with `.dark`).
    case constants(String)
    /// The type of a sub-expression that already has an error; suppresses follow-up diagnostics.
    case error
    /// A fixed-width integer type other than `Int` (`UInt8`, `Int16`, `UInt64`, ...), stored as `Value.int`.
    case integer(IntegerKind)
    /// `String.UTF8View`, `String.UTF16View` or `String.UnicodeScalarView`, stored as the String.
    case stringView(StringView)
    /// `Unicode.Scalar`, stored as `Value.int` of its value.
    case unicodeScalar
    /// `String.Index` (a UTF-8 offset at run time, see `StringIndexing`).
    case stringIndex
    /// `Substring`: a slice of a String that keeps its base string's indices.
    case substring
    /// `ArraySlice<Element>` (`xs.dropFirst()`, `xs[1...]`): stored as the array of its elements. Swift's slice keeps
    /// its base's indices, which this representation does not: members that take or give indices are refused on it
    /// (`ArraySliceMembers`), so a slice can never be read at the wrong position.
    case arraySlice(CType)
    /// `Range<String.Index>` (`i..<j`) or `ClosedRange<String.Index>` (`i...j`).
    case indexRange(closed: Bool)
    /// `..<b`, `...b` and `a...` over Ints used as values (`PartialRangeUpTo<Int>`, ...).
    case partialRange(PartialRangeKind)
    /// `(Parameters) throws -> Result`: a function value whose calls need `try` (stored like a `.function`).
    case throwingFunction([CType], CType)
    /// `Hasher`, stored as a `HasherState`.
    case hasher
    /// `ObjectIdentifier`: an object's address, stored as `Value.int`.
    case objectIdentifier
    /// A sequence or iterator of the standard library run one element at a time (`sequence(first:next:)`, its
    /// `prefix(_:)`, `xs.makeIterator()`), stored as a `SteppedValue`.
    case stepped(SteppedType)

    /// The type as Swift spells it in messages.
    public var description: String {
        switch self {
        case .int: return "Int"
        case .double: return "Double"
        case .bool: return "Bool"
        case .string: return "String"
        case .character: return "Character"
        case .void: return "()"
        case .array(let element): return "[\(element)]"
        case .range: return "Range<Int>"
        case .closedRange: return "ClosedRange<Int>"
        case .doubleRange: return "Range<Double>"
        case .doubleClosedRange: return "ClosedRange<Double>"
        case .optional(let wrapped):
            if case .function = wrapped { return "(\(wrapped))?" }
            if case .throwingFunction = wrapped { return "(\(wrapped))?" }
            return "\(wrapped)?"
        case .function(let parameters, let result):
            return "(\(parameters.map(\.description).joined(separator: ", "))) -> \(result)"
        case .throwingFunction(let parameters, let result):
            return "(\(parameters.map(\.description).joined(separator: ", "))) throws -> \(result)"
        case .native(let name), .constants(let name): return name
        case .user(let type): return type.name
        case .dictionary(let key, let value): return "[\(key): \(value)]"
        case .set(let element): return "Set<\(element)>"
        case .tuple(let elements):
            return "(" + elements.map { ($0.label.map { "\($0): " } ?? "") + $0.type.description }.joined(separator: ", ") + ")"
        case .error: return "<<error type>>"
        case .integer(let kind): return kind.name
        case .stringView(let view): return view.typeName
        case .unicodeScalar: return "Unicode.Scalar"
        case .stringIndex: return "String.Index"
        case .substring: return "Substring"
        case .arraySlice(let element): return "ArraySlice<\(element)>"
        case .indexRange(let closed): return closed ? "ClosedRange<String.Index>" : "Range<String.Index>"
        case .partialRange(let kind): return kind == .unbounded ? kind.rawValue : kind.rawValue + "<Int>"
        case .hasher: return "Hasher"
        case .objectIdentifier: return "ObjectIdentifier"
        case .stepped(let stepped): return stepped.description
        }
    }

    /// Whether values of this type live in a frame's word bank (Int, Double, Bool) rather than its value bank.
    var isWord: Bool {
        switch self {
        case .int, .double, .bool: return true
        default: return false
        }
    }

    /// Whether the type contains an error (so diagnostics about it would only cascade).
    var hasError: Bool {
        switch self {
        case .error: return true
        case .array(let element), .optional(let element), .set(let element), .arraySlice(let element): return element.hasError
        case .function(let parameters, let result), .throwingFunction(let parameters, let result):
            return result.hasError || parameters.contains { $0.hasError }
        case .tuple(let elements): return elements.contains { $0.type.hasError }
        case .dictionary(let key, let value): return key.hasError || value.hasError
        default: return false
        }
    }

    /// Whether `==` is defined for the type.
    var isEquatable: Bool {
        switch self {
        case .int, .double, .bool, .string, .character, .range, .closedRange, .doubleRange, .doubleClosedRange, .constants,
             .integer, .unicodeScalar, .stringIndex, .indexRange, .substring, .objectIdentifier:
            return true
        case .array(let element), .optional(let element), .arraySlice(let element): return element.isEquatable
        case .set: return true
        case .tuple(let elements): return elements.allSatisfy { $0.type.isEquatable }
        case .dictionary(let key, let value): return key.isEquatable && value.isEquatable
        case .user(let type): return type.isEquatable
        default: return false
        }
    }

    /// Whether values of the type can be dictionary keys.
    var isHashable: Bool {
        switch self {
        case .int, .double, .bool, .string, .character, .integer, .unicodeScalar, .substring, .objectIdentifier: return true
        case .user(let type): return type.isHashable
        case .array(let element), .optional(let element), .arraySlice(let element): return element.isHashable
        case .set: return true
        case .dictionary(let key, let value): return key.isHashable && value.isHashable
        default: return false
        }
    }

    /// Whether `<` is defined for the type.
    var isComparable: Bool {
        switch self {
        case .int, .double, .string, .character, .integer, .unicodeScalar, .stringIndex, .substring: return true
        default: return false
        }
    }
}

/// One element of a tuple type: an optional label and a type.
public struct TupleElement: Hashable, Sendable {
    /// The label (`x` in `(x: Int, y: Int)`), or `nil`.
    public var label: String?
    /// The element's type.
    public var type: CType

    /// Creates a tuple element type.
    public init(label: String?, type: CType) {
        self.label = label
        self.type = type
    }
}

extension CType {
    /// Whether a value of this type may share an object with another value (class instances, native objects,
    /// closures, or containers of them), so that changing it through one name changes it for the other.
    var mayHoldReferences: Bool {
        var visiting = IdentitySet<UserType>()
        return mayHoldReferences(visiting: &visiting)
    }

    private func mayHoldReferences(visiting: inout IdentitySet<UserType>) -> Bool {
        switch self {
        case .int, .double, .bool, .string, .character, .void, .range, .closedRange, .doubleRange,
             .doubleClosedRange, .constants, .integer, .stringView, .unicodeScalar, .stringIndex, .substring, .indexRange,
             .partialRange, .hasher, .objectIdentifier:  // a Hasher's state is never changed, only replaced
            return false
        case .stepped(let stepped):  // its state is never changed, only replaced; its closures may hold references
            return stepped.runsCode || stepped.element.mayHoldReferences(visiting: &visiting)
        case .array(let element), .set(let element), .optional(let element), .arraySlice(let element):
            return element.mayHoldReferences(visiting: &visiting)
        case .dictionary(let key, let value):
            return key.mayHoldReferences(visiting: &visiting) || value.mayHoldReferences(visiting: &visiting)
        case .tuple(let elements):
            return elements.contains { $0.type.mayHoldReferences(visiting: &visiting) }
        case .user(let type):
            if type.kind == .classType || type.kind == .protocolType { return true }
            guard visiting.insert(type).inserted else { return false }
            return type.fields.contains { $0.type.mayHoldReferences(visiting: &visiting) }
                || type.cases.contains { ($0.payload ?? []).contains { $0.type.mayHoldReferences(visiting: &visiting) } }
        case .function, .throwingFunction, .native, .error:
            return true
        }
    }
}

extension CType {
    /// Whether a value of this type may run cell code when used (closures, and values of cell-declared types whose
    /// methods, initializers and computed properties are cell code), so using it may touch other globals.
    var mayCarryCode: Bool {
        switch self {
        case .int, .double, .bool, .string, .character, .void, .range, .closedRange, .doubleRange,
             .doubleClosedRange, .constants, .native, .integer, .stringView, .unicodeScalar, .stringIndex, .substring,
             .indexRange, .partialRange, .hasher, .objectIdentifier:
            return false
        case .array(let element), .set(let element), .optional(let element), .arraySlice(let element):
            return element.mayCarryCode
        case .stepped(let stepped):
            return stepped.runsCode || stepped.element.mayCarryCode
        case .dictionary(let key, let value):
            return key.mayCarryCode || value.mayCarryCode
        case .tuple(let elements):
            return elements.contains { $0.type.mayCarryCode }
        case .user, .function, .throwingFunction, .error:
            return true
        }
    }
}

extension CType {
    /// Whether the type is a function type, throwing or not (a trailing closure may stand for such a parameter).
    var isFunction: Bool {
        switch self {
        case .function, .throwingFunction: return true
        default: return false
        }
    }

    /// Whether a closure literal may be passed for this type, trailing or not: a function type, or an optional one
    /// (`callback: ((Int) -> Void)? = nil`), as Swift allows.
    var acceptsClosure: Bool {
        if case .optional(let wrapped) = self { return wrapped.isFunction }
        return isFunction
    }
}
