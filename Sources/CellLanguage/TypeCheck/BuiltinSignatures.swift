/// The argument labels of the built-in functions and initializers the checker types by hand (`TypeChecker+Builtins`),
/// as the standard library and Foundation declare them: what a call whose labels none of them takes is diagnosed
/// against (`TypeChecker.builtinLabelMistake`), as swiftc does.
struct BuiltinSignature {
    /// The parameters' labels (nil for `_`).
    let labels: [String?]
    /// The parameters that have a default value.
    let defaults: Set<Int>
    /// The variadic parameter, if any (it takes the run of unlabelled arguments from its place).
    let variadic: Int?

    /// A signature spelled as its parameters, comma-separated: a label or `_`, then `...` for a variadic parameter or
    /// `=` for one with a default (`"_..., separator=, terminator="` for `print`).
    init(_ spelled: String) {
        var labels: [String?] = [], defaults: Set<Int> = [], variadic: Int? = nil
        for (index, part) in spelled.split(separator: ",").enumerated() {
            var name = part.filter { $0 != " " }
            if name.hasSuffix("...") {
                variadic = index
                name.removeLast(3)
            } else if name.hasSuffix("=") {
                defaults.insert(index)
                name.removeLast()
            }
            labels.append(name == "_" ? nil : name)
        }
        self.labels = labels
        self.defaults = defaults
        self.variadic = variadic
    }

    /// The parameters for `arguments`, the variadic one repeated for each unlabelled argument of its run.
    func shapes(for arguments: [Argument]) -> [ParameterShape] {
        var shapes: [ParameterShape] = []
        for (index, label) in labels.enumerated() {
            guard index == variadic else {
                shapes.append(ParameterShape(label: label, hasDefault: defaults.contains(index), isFunction: false))
                continue
            }
            let run = arguments.dropFirst(shapes.count).prefix { $0.label == nil }.count
            shapes += Array(repeating: ParameterShape(label: nil, hasDefault: false, isFunction: false), count: run)
        }
        return shapes
    }

    /// The declarations of the built-in functions and initializers by name. `Array` declares `init(repeating:count:)`
    /// twice (its own and `RangeReplaceableCollection`'s), which swiftc does not tell apart when the labels are wrong.
    static let table: [String: [BuiltinSignature]] = [
        "print": ["_..., separator=, terminator="].map(BuiltinSignature.init),
        "debugPrint": ["_..., separator=, terminator="].map(BuiltinSignature.init),
        "String": ["", "_", "describing", "reflecting", "cString", "repeating, count", "_, radix=, uppercase=",
                   "format, _...", "format, arguments", "format, locale, _...", "decoding, as"].map(BuiltinSignature.init),
        "Int": ["", "_", "_, radix=", "truncatingIfNeeded", "bitPattern", "exactly", "clamping"].map(BuiltinSignature.init),
        "Array": ["", "_", "repeating, count", "repeating, count", "unsafeUninitializedCapacity, initializingWith"]
            .map(BuiltinSignature.init),
    ]
}
