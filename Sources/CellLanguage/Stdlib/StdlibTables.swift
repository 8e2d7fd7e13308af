/// Every built-in type's table, and which one a static type uses.
enum StdlibTables {
    /// The tables in the order the reference lists them.
    static let all: [StdlibTable] = [
        NumberMembers.int, NumberMembers.double, NumberMembers.bool, StringMembers.table, SubstringMembers.table,
        CharacterMembers.table,
        ArrayMembers.table, ArraySliceMembers.table, DictionaryMembers.table, SetMembers.table, RangeMembers.int, RangeMembers.double,
        PartialRangeMembers.upper, PartialRangeMembers.lower, SubstringMembers.rangeTable, OptionalMembers.table, tuple,
        IntegerMembers.table, StringViewMembers.table, StringViewMembers.scalarViewTable, StringViewMembers.scalarTable,
        HasherMembers.table,
        HasherMembers.identifierTable, SteppedMembers.unfold, SteppedMembers.wrapper, SteppedMembers.lazy,
        SteppedMembers.iterator,
    ]

    /// Tuples have no methods: their elements are read by label or position.
    static let tuple = StdlibTable("Tuple", about: "`(Int, String)`, `(x: Double, y: Double)`: elements are read by label "
                                   + "(`p.x`) or by position (`p.0`).", members: [])

    /// The table of a built-in static type; nil for types declared in cells, native types and errors.
    static func table(for type: CType) -> StdlibTable? {
        switch type {
        case .int: return NumberMembers.int
        case .double: return NumberMembers.double
        case .bool: return NumberMembers.bool
        case .string: return StringMembers.table
        case .character: return CharacterMembers.table
        case .array: return ArrayMembers.table
        case .arraySlice: return ArraySliceMembers.table
        case .dictionary: return DictionaryMembers.table
        case .set: return SetMembers.table
        case .range, .closedRange: return RangeMembers.int
        case .doubleRange, .doubleClosedRange: return RangeMembers.double
        case .optional: return OptionalMembers.table
        case .tuple: return tuple
        case .integer: return IntegerMembers.table
        case .stringView(.unicodeScalars): return StringViewMembers.scalarViewTable
        case .stringView: return StringViewMembers.table
        case .unicodeScalar: return StringViewMembers.scalarTable
        case .substring: return SubstringMembers.table
        case .indexRange: return SubstringMembers.rangeTable
        case .stringIndex: return nil
        case .hasher: return HasherMembers.table
        case .objectIdentifier: return HasherMembers.identifierTable
        case .stepped(let stepped): return SteppedMembers.table(for: stepped)
        case .partialRange(.from): return PartialRangeMembers.lower
        case .partialRange: return PartialRangeMembers.upper
        case .void, .function, .throwingFunction, .user, .native, .constants, .error: return nil
        }
    }
}

extension StdlibTables {
    /// The names of the instance methods and properties of the built-in type an extension names (`Array`, `String`,
    /// `[Int]` for `extension Array where Element == Int`): inside the extension they are implicit members, which hide
    /// globals of the same name. (Extensions of dictionary types are refused.)
    static func instanceMemberNames(ofTypeNamed typeName: String) -> Set<String> {
        let name = typeName.hasPrefix("[") ? "Array" : String(typeName.prefix { $0 != "<" })
        guard let table = all.first(where: { $0.typeName == name }) else { return [] }
        return Set(table.allMembers.filter { $0.kind == .method || $0.kind == .mutatingMethod || $0.kind == .property }.map(\.name))
    }

    /// The names of the library types the tables describe, without their arguments or nested names (`Range` for
    /// `Range<Int>`, `String` for `String.UTF8View`, each of `Int8, Int16, …`); not the tuples' table.
    static let typeNames: Set<String> = Set(all.filter { $0.typeName != tuple.typeName }.flatMap { table in
        table.typeName.split(separator: ",").map { String($0.drop { $0 == " " }.prefix { $0.isLetter || $0.isNumber }) }
    })

    /// The names of the non-mutating instance methods of every table (those a reference may bind to a receiver).
    static let methodNames: Set<String> = Set(all.flatMap { $0.allMembers.filter { $0.kind == .method }.map(\.name) })

    /// The names of the built-in methods and properties that never mutate their receiver: declared in some table and
    /// mutating in none (what the per-cell facts may trust when a global's value calls them).
    static let nonMutatingMemberNames: Set<String> = {
        var reading = Set<String>(), mutating = Set<String>()
        for table in all {
            for member in table.allMembers {
                switch member.kind {
                case .method, .property: reading.insert(member.name)
                case .mutatingMethod: mutating.insert(member.name)
                case .staticProperty, .staticMethod: break
                }
            }
        }
        return reading.subtracting(mutating)
    }()
}
