import Diagnostics

/// Arguments of the members of the standard library's other value types (`Substring`, the ranges of Ints, array
/// slices), whose members are their tables' when nothing in the notebook extends them.
extension TypeChecker {
    /// Whether the methods of a value of type `receiver` are certainly its table's: a substring, a range of numbers
    /// or an array slice of closed elements that no extension of the notebook reaches (`ExtensionReach`).
    func certainlyLibraryMembers(of receiver: CType) -> Bool {
        switch receiver {
        case .substring, .range, .closedRange, .doubleRange, .doubleClosedRange, .partialRange: break
        case .arraySlice(let element): guard isClosed(element) else { return false }
        default: return false
        }
        return !extensionReach.mayAdd(nil, to: receiver)
    }

    /// Whether the table's method a parameter of type `parameter` belongs to is certainly the one called on a value
    /// of type `receiver`: as `certainlyLibraryMembers`, or an array or slice of any elements (a generic body's
    /// `c.sorted()`) when the parameter is an Int, which no element type changes (`prefix(_:)`, `dropFirst(_:)`).
    func certainlyLibraryParameter(_ parameter: CType, of receiver: CType) -> Bool {
        switch receiver {
        case .array, .arraySlice: return parameter == .int && !extensionReach.mayAdd(nil, to: receiver)
        default: return certainlyLibraryMembers(of: receiver)
        }
    }
}

extension TypeChecker {
    /// `r.contains(x)` on a range of Ints with a text or a number of another type: swiftc weighs `Collection`'s
    /// `contains(_:)` of a subsequence too, and reports `instance method 'contains' requires the types
    /// 'Range<Int>.Element' (aka 'Int') and 'String.Element' (aka 'Character') be equivalent` for a text, `no exact
    /// matches in call to instance method 'contains'` for a Double or a Bool, at the member's name; nil otherwise.
    func rangeContainsMistake(_ receiver: CType, _ name: String, _ arguments: [Argument], at location: SourceLocation) -> CType? {
        guard name == "contains", receiver == .range || receiver == .closedRange, arguments.count == 1, arguments[0].label == nil,
              certainlyLibraryMembers(of: receiver), Self.literalType(arguments[0].value) != nil || Self.readsValue(arguments[0].value),
              let literal = check(arguments[0].value, expected: nil), [.string, .substring, .double, .bool].contains(literal) else {
            return nil
        }
        if literal == .string || literal == .substring {
            let elements: (CType, CType) = (.native("\(receiver).Element aka Int"), .native("\(literal).Element aka Character"))
            report(.genericSameTypeRequirement("instance method 'contains'", elements.0, elements.1), at: location)
        } else {
            report(.noMatchingInstanceMethod("contains"), at: location)
        }
        return .error
    }

    /// Whether an expression is a name or a member read, whose type no context changes.
    private static func readsValue(_ value: Expr) -> Bool {
        switch value.kind {
        case .name, .member(_?, _, _): return true
        default: return false
        }
    }
}
