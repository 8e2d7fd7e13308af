import Diagnostics

/// Swift prints the lazy wrappers that `reversed()`, `enumerated()`, `zip`, `stride`, `lazy` and a string's `indices`
/// return by their structure (`ReversedCollection<Array<Int>>(_base: [1, 2, 3])`), and a slice of one as a `Slice`;
/// the interpreter holds them as arrays. Printing one written directly, or a variable declared from one without a
/// type (`let r = xs.reversed()`), is refused at its position rather than printed as an array (`Array(…)` prints the
/// same in both).
extension Compiler {
    /// Reports `expr` when it is printed (by `print`, an interpolation or `String(describing:)`) and gives one of
    /// these wrappers; true when reported.
    @discardableResult
    func refusePrintedWrapper(_ expr: Expr) -> Bool {
        guard let wrapper = lazyWrapperName(expr) else { return false }
        error(.notSupported("printing \(wrapper)<…> values (print Array(…) of them)"), at: expr.location)
        return true
    }

    /// Records that a variable declared without a type holds the wrapper its value gives (`let r = xs.reversed()`).
    func markLazyWrapper(_ pattern: BindingPattern, _ type: TypeExpr?, _ value: Expr?) {
        guard type == nil, let value, case .name(let name, _) = pattern, let wrapper = lazyWrapperName(value),
              case .variable(let variable)? = scope.lookup(name) else { return }
        variable.lazyWrapper = wrapper
    }

    /// The name of the Swift type `expr` gives when it is one of the wrappers the interpreter holds as arrays.
    private func lazyWrapperName(_ expr: Expr) -> String? {
        switch expr.kind {
        case .name(let name):
            guard case .variable(let variable)? = scope.lookup(name) else { return nil }
            return variable.lazyWrapper
        case .call(let callee, let arguments):
            if case .name(let name) = callee.kind {
                if name == "zip" { return "Zip2Sequence" }
                if name == "stride" { return arguments.contains { $0.label == "through" } ? "StrideThrough" : "StrideTo" }
                return nil
            }
            guard case .member(let base?, let name, _) = callee.kind else { return nil }
            switch name {
            case "reversed" where arguments.isEmpty && isBuiltinCollection(base): return "ReversedCollection"
            case "enumerated" where arguments.isEmpty && isBuiltinCollection(base): return "EnumeratedSequence"
            case "prefix", "suffix", "dropFirst", "dropLast":
                return lazyWrapperName(base) == nil ? nil : "Slice"
            case "map", "filter", "compactMap", "flatMap":
                guard let wrapper = lazyWrapperName(base), wrapper.hasPrefix("Lazy") else { return nil }
                return Self.lazyOperationWrappers[name]
            default: return nil
            }
        case .member(let base?, "lazy", _) where isBuiltinCollection(base):
            return "LazySequence"
        case .member(let base?, "indices", _):
            // The checker's type (`checkerType`): the name of the type a value prints as, asked by `print`/`describing`; the value compiles apart.
            let type = checkerType(base)
            return type == .string || type == .substring ? "DefaultIndices" : nil
        default:
            return nil
        }
    }

    /// The outermost type of a lazy sequence's `map`, `filter`, `compactMap` or `flatMap` (swiftc's
    /// `type(of: xs.lazy.compactMap { … })` is `LazyMapSequence<LazyFilterSequence<…>, Int>`).
    private static let lazyOperationWrappers = ["map": "LazyMapSequence", "filter": "LazyFilterSequence",
                                                "compactMap": "LazyMapSequence", "flatMap": "LazySequence"]

    /// Whether `base` is an Array, a String or a Substring (a user type may declare `reversed()` of its own).
    private func isBuiltinCollection(_ base: Expr) -> Bool {
        // The checker's type (`checkerType`): as above, a question about the printed type name; the value compiles apart.
        switch checkerType(base) {
        case .array, .arraySlice, .string, .substring: return true
        default: return false
        }
    }
}
