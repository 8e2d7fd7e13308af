import Diagnostics

/// Formats values exactly as Swift's `print` and string interpolation do, driven by the static type.
///
/// The text is written into one buffer (linear in its length however deep the value), nesting deeper than
/// `maxDepth` is a run-time error instead of a native stack overflow, and a run-time error inside a user
/// `description` stops the cell like any other.
enum ValueFormatter {
    /// Deepest nesting of collections, tuples and fields that `print` and interpolation show.
    static let maxDepth = 10_000

    /// `String(describing:)` of a value of the given type (what `print` and `"\(x)"` show); present optionals
    /// print as `Optional(x)`, strings inside collections are quoted. Errors carry `location`.
    static func describe(_ value: Value, as type: CType, at location: SourceLocation? = nil) throws -> String {
        var writer = Writer(location: location)
        try writer.typed(value, as: type, nested: false, depth: 0)
        return writer.text
    }

    /// `String(reflecting:)` of a value of the given type (what `debugPrint` shows): the form an element takes
    /// inside a collection, strings and characters quoted, structs and enums named with their module.
    static func debugDescribe(_ value: Value, as type: CType, at location: SourceLocation? = nil) throws -> String {
        var writer = Writer(location: location)
        try writer.typed(value, as: type, nested: true, depth: 0)
        return writer.text
    }

    private struct Writer {
        var text = ""
        let location: SourceLocation?
        /// Counts the items written: a long list checks the cell's deadline as it goes.
        var work: LongWork

        init(location: SourceLocation?) {
            self.location = location
            work = LongWork(at: location)
        }

        /// Fails past `maxDepth`.
        private func enter(_ depth: Int) throws {
            if depth > ValueFormatter.maxDepth {
                throw RuntimeError(message: "cannot print a value nested more than \(ValueFormatter.maxDepth) levels deep",
                                   location: location)
            }
        }

        /// Writes `items` separated by ", ".
        private mutating func list<S: Sequence>(_ items: S, _ write: (inout Writer, S.Element) throws -> Void) throws {
            var first = true
            for item in items {
                if !first { text += ", " }
                first = false
                try write(&self, item)
                try work.step()
            }
        }

        /// A user `description`, with its run-time errors propagated.
        private func userDescription(_ describe: (Value) throws -> String, _ value: Value) throws -> String {
            do {
                return try describe(value)
            } catch let error as RuntimeError where error.location == nil {
                throw RuntimeError(message: error.message, location: location)
            }
        }

        mutating func untyped(_ value: Value, as type: CType, nested: Bool, depth: Int) throws {
            try enter(depth)
            switch value {
            case .int(let int):
                text += String(int)
            case .double(let double):
                text += double.description
            case .bool(let bool):
                text += bool ? "true" : "false"
            case .string(let string):
                text += nested ? string.debugDescription : string
            case .array(let elements):
                var element = CType.error
                if case .array(let declared) = type { element = declared }
                text += "["
                try list(elements) { try $0.untyped($1, as: element, nested: true, depth: depth + 1) }
                text += "]"
            case .doubleRange(let lower, let upper, let closed):
                let range = closed ? "\(lower)...\(upper)" : "\(lower)..<\(upper)"
                text += nested ? (closed ? "ClosedRange(\(range))" : "Range(\(range))") : range
            case .range(let lower, let upper, let closed):
                let range = closed ? "\(lower)...\(upper)" : "\(lower)..<\(upper)"
                // Inside collections Swift shows the debug form, e.g. `ClosedRange(1...2)`.
                text += nested ? (closed ? "ClosedRange(\(range))" : "Range(\(range))") : range
            case .set(let storage):
                text += nested ? "Set([" : "["
                try list(storage.keys) { try $0.untyped($1, as: .error, nested: true, depth: depth + 1) }
                text += nested ? "])" : "]"
            case .dictionary(let dictionary):
                if dictionary.count == 0 {
                    text += "[:]"
                    return
                }
                text += "["
                try list(zip(dictionary.keys, dictionary.values)) { writer, entry in
                    try writer.untyped(entry.0, as: .error, nested: true, depth: depth + 1)
                    writer.text += ": "
                    try writer.untyped(entry.1, as: .error, nested: true, depth: depth + 1)
                }
                text += "]"
            case .tuple(let elements):
                text += "("
                try list(elements) { try $0.untyped($1, as: .error, nested: true, depth: depth + 1) }
                text += ")"
            case .object(let box):
                if let describe = box.type.describe {
                    text += try userDescription(describe, value)
                } else {
                    text += box.type.qualifiedName
                }
            case .variant(let index, let payload):
                text += "variant \(index) \(payload.count)"
            case .function:
                text += "(Function)"
            case .native(let object):
                try ExclusiveAccess.checkRead(value)
                text += String(describing: object)
            case .named(let constant):
                text += constant.name
            case .none:
                text += "nil"
            case .void:
                text += "()"
            }
        }

        /// `(label: value, …)` for tuple elements or an enum case's payload.
        private mutating func labelled(_ types: [TupleElement], _ elements: [Value], depth: Int) throws {
            text += "("
            try list(zip(types, elements)) { writer, pair in
                writer.text += pair.0.label.map { "\($0): " } ?? ""
                try writer.typed(pair.1, as: pair.0.type, nested: true, depth: depth + 1)
            }
            text += ")"
        }

        /// A value of a declared type: an existential's concrete value, a `description`, a struct's fields or an enum
        /// case with its payload.
        private mutating func user(_ value: Value, as userType: UserType, nested: Bool, depth: Int) throws {
            if userType.kind == .protocolType, let (tag, concrete) = ExistentialTag.unwrap(value) {
                return try typed(concrete, as: tag.type, nested: nested, depth: depth)
            }
            if let describe = userType.describe {
                text += try userDescription(describe, value)
                return
            }
            switch (userType.kind, value) {
            case (.structure, .tuple(let fields)):
                text += nested ? userType.qualifiedName : userType.runtimeName
                text += "("
                try list(zip(userType.fields, fields)) { writer, pair in
                    writer.text += pair.0.name + ": "
                    try writer.typed(pair.1, as: pair.0.type, nested: true, depth: depth + 1)
                }
                text += ")"
            case (.enumeration, .variant(let index, let payload)) where index < userType.cases.count:
                let enumCase = userType.cases[index]
                text += (nested ? userType.qualifiedName + "." : "") + enumCase.name
                if let types = enumCase.payload, !payload.isEmpty {
                    try labelled(types, payload, depth: depth)
                }
            default:
                try untyped(value, as: .user(userType), nested: nested, depth: depth)
            }
        }

        /// Writes `value` as Swift's `print` writes a value of `type`.
        mutating func typed(_ value: Value, as type: CType, nested: Bool, depth: Int) throws {
            try enter(depth)
            switch type {
            case .optional(let wrapped):
                if case .none = value {
                    text += "nil"
                    return
                }
                text += "Optional("
                try typed(value, as: wrapped, nested: true, depth: depth + 1)
                text += ")"
            case .array(let element), .arraySlice(let element):
                guard case .array(let elements) = SliceValue.elements(value) else {
                    return try untyped(value, as: type, nested: nested, depth: depth)
                }
                let isSlice = if case .arraySlice = type { nested } else { false }  // `[ArraySlice([1, 2])]`
                text += isSlice ? "ArraySlice([" : "["
                try list(elements) { try $0.typed($1, as: element, nested: true, depth: depth + 1) }
                text += isSlice ? "])" : "]"
            case .user(let userType):
                try user(value, as: userType, nested: nested, depth: depth)
            case .set(let element):
                guard case .set(let storage) = value else { return try untyped(value, as: type, nested: nested, depth: depth) }
                text += nested ? "Set([" : "["
                try list(storage.keys) { try $0.typed($1, as: element, nested: true, depth: depth + 1) }
                text += nested ? "])" : "]"
            case .dictionary(let keyType, let valueType):
                guard case .dictionary(let dictionary) = value, dictionary.count > 0 else {
                    return try untyped(value, as: type, nested: nested, depth: depth)
                }
                text += "["
                try list(zip(dictionary.keys, dictionary.values)) { writer, entry in
                    try writer.typed(entry.0, as: keyType, nested: true, depth: depth + 1)
                    writer.text += ": "
                    try writer.typed(entry.1, as: valueType, nested: true, depth: depth + 1)
                }
                text += "]"
            case .tuple(let types):
                guard case .tuple(let elements) = value, elements.count == types.count else {
                    return try untyped(value, as: type, nested: nested, depth: depth)
                }
                try labelled(types, elements, depth: depth)
            case .integer(let kind) where kind.isUnsigned64:
                text += kind.text(value.intValue)
            case .stringView(let view):
                text += view.text(of: value.stringValue, nested: nested)
            case .unicodeScalar:
                text += StringView.scalarText(value.intValue, nested: nested)
            case .stringIndex, .substring, .indexRange:
                text += StringIndexing.describe(value, as: type, nested: nested)
            case .partialRange(let kind):
                text += kind.describe(value.intValue, nested: nested)
            case .objectIdentifier:  // the address, as Swift prints it (different at each run)
                let digits = String(UInt(bitPattern: value.intValue), radix: 16)
                text += type.description + "(0x" + String(repeating: "0", count: max(0, 16 - digits.count)) + digits + ")"
            default:
                try untyped(value, as: type, nested: nested, depth: depth)
            }
        }
    }
}
