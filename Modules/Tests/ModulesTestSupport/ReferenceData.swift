import Foundation

/// Loads the JSON reference values written by `Modules/Reference/make_reference.py`.
///
/// Decoding goes through `JSONDecoder`, which rounds decimal literals correctly (on Linux,
/// `JSONSerialization` can be off by one ulp, too coarse for exact comparisons).
public struct ReferenceData {
    private let values: [String: ReferenceValue]

    /// Reads `Modules/Reference/json/<name>.json`.
    public init(_ name: String, filePath: String = #filePath) throws {
        let url = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent()  // <Target>Tests
            .deletingLastPathComponent()  // Tests
            .deletingLastPathComponent()  // Modules
            .appendingPathComponent("Reference/json/\(name).json")
        values = try JSONDecoder().decode([String: ReferenceValue].self, from: Data(contentsOf: url))
    }

    /// The flattened numbers stored under `key` (nested arrays are flattened row-major).
    public func doubles(_ key: String) -> [Double] { values[key]?.flattened ?? [] }

    /// The flattened integers stored under `key`.
    public func ints(_ key: String) -> [Int] { doubles(key).map { Int($0) } }

    /// The single number stored under `key`.
    public func double(_ key: String) -> Double { doubles(key).first ?? .nan }

    /// The value stored under `key`.
    public subscript(key: String) -> ReferenceValue? { values[key] }
}

/// A decoded JSON value.
public enum ReferenceValue: Decodable {
    case number(Double)
    case array([ReferenceValue])
    case object([String: ReferenceValue])
    case string(String)
    case bool(Bool)
    case other

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else if let array = try? container.decode([ReferenceValue].self) {
            self = .array(array)
        } else if let object = try? container.decode([String: ReferenceValue].self) {
            self = .object(object)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else {
            self = .other
        }
    }

    /// All numbers inside, depth-first.
    public var flattened: [Double] {
        switch self {
        case let .number(value): return [value]
        case let .array(items): return items.flatMap(\.flattened)
        case .object, .string, .bool, .other: return []
        }
    }

    /// All strings inside, depth-first.
    public var strings: [String] {
        switch self {
        case let .string(value): return [value]
        case let .array(items): return items.flatMap(\.strings)
        default: return []
        }
    }

    /// The items of an array (empty for anything else).
    public var items: [ReferenceValue] {
        if case let .array(items) = self { return items }
        return []
    }

    /// The shape of a nested rectangular array (empty for a number).
    public var shape: [Int] {
        switch self {
        case let .array(items): return [items.count] + (items.first?.shape ?? [])
        default: return []
        }
    }

    /// The member `key` of an object.
    public subscript(key: String) -> ReferenceValue? {
        if case let .object(members) = self { return members[key] }
        return nil
    }
}
