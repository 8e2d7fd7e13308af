import CellLanguage

/// A `[String: Element]` dictionary argument with its keys in the order the cell inserted them (Swift's
/// `Dictionary` would lose that order).
struct OrderedPairs<Element: CellConvertible>: CellConvertible {
    /// The entries, in insertion order.
    let entries: [(key: String, value: Element)]

    /// `[String: Element]`.
    static var cellType: CType { .dictionary(.string, Element.cellType) }

    /// The entries of a `.dictionary` value.
    static func fromCell(_ value: Value) throws -> OrderedPairs<Element> {
        guard case .dictionary(let dictionary) = value else { throw internalMismatch(value, cellType) }
        let entries = try zip(dictionary.keys, dictionary.values).map { key, element in
            (key: try String.fromCell(key), value: try Element.fromCell(element))
        }
        return OrderedPairs(entries: entries)
    }

    /// A `.dictionary` value with the entries in order.
    var cell: Value {
        var dictionary = OrderedDictionary()
        for (key, value) in entries { dictionary[.string(key)] = value.cell }
        return .dictionary(dictionary)
    }
}
