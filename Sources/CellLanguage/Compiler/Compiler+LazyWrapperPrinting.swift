import Diagnostics

/// Swift prints the lazy wrappers that `reversed()`, `enumerated()`, `zip`, `stride`, `lazy` and a string's `indices`
/// return by their structure (`ReversedCollection<Array<Int>>(_base: [1, 2, 3])`), and a slice of one as a `Slice`;
/// the interpreter holds them as arrays. Printing one written directly, or a variable declared from one without a
/// type (`let r = xs.reversed()`), is refused at its position rather than printed as an array (`Array(…)` prints the
/// same in both): the checker refuses it (`TypeChecker.refusePrintedWrapper`).
extension Compiler {
    /// Notes that `expr`, printed (by `print`, an interpolation or `String(describing:)`), gives one of these wrappers,
    /// which the checker refused (`TypeChecker.refusePrintedWrapper`): no code is built for it; true then.
    @discardableResult
    func refusePrintedWrapper(_ expr: Expr) -> Bool {
        guard lazyWrapperName(expr) != nil else { return false }
        cannotGenerate(at: expr.location)
        return true
    }

    /// Records that a variable declared without a type holds the wrapper its value gives (`let r = xs.reversed()`),
    /// for the checker of a later cell.
    func markLazyWrapper(_ pattern: BindingPattern, _ type: TypeExpr?, _ value: Expr?) {
        guard type == nil, let value, case .name(let name, _) = pattern, let wrapper = lazyWrapperName(value),
              case .variable(let variable)? = scope.lookup(name) else { return }
        variable.lazyWrapper = wrapper
    }

    /// The name of the Swift type `expr` gives when it is one of the wrappers the interpreter holds as arrays.
    private func lazyWrapperName(_ expr: Expr) -> String? {
        Compiler.lazyWrapperName(expr, variable: { _, name in
            guard case .variable(let variable)? = self.scope.lookup(name) else { return nil }
            return variable.lazyWrapper
        }, type: { self.checkerType($0) })
    }

    /// The name of the Swift type `expr` gives when it is one of the wrappers the interpreter holds as arrays:
    /// `variable` gives the wrapper the variable a name node (and its name) reads holds, `type` a node's type (the
    /// checker's: the name of the type a value prints as depends on it; the value compiles apart).
    static func lazyWrapperName(_ expr: Expr, variable: (Expr, String) -> String?, type: (Expr) -> CType?) -> String? {
        func wrapper(_ expr: Expr) -> String? { lazyWrapperName(expr, variable: variable, type: type) }
        // An Array, a String or a Substring (a user type may declare `reversed()` of its own).
        func isBuiltinCollection(_ base: Expr) -> Bool {
            switch type(base) {
            case .array?, .arraySlice?, .string?, .substring?: return true
            default: return false
            }
        }
        switch expr.kind {
        case .name(let name):
            return variable(expr, name)
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
                return wrapper(base) == nil ? nil : "Slice"
            case "map", "filter", "compactMap", "flatMap":
                guard let inner = wrapper(base), inner.hasPrefix("Lazy") else { return nil }
                return lazyOperationWrappers[name]
            default: return nil
            }
        case .member(let base?, "lazy", _) where isBuiltinCollection(base):
            return "LazySequence"
        case .member(let base?, "indices", _):
            return type(base) == .string || type(base) == .substring ? "DefaultIndices" : nil
        default:
            return nil
        }
    }

    /// The outermost type of a lazy sequence's `map`, `filter`, `compactMap` or `flatMap` (swiftc's
    /// `type(of: xs.lazy.compactMap { … })` is `LazyMapSequence<LazyFilterSequence<…>, Int>`).
    private static let lazyOperationWrappers = ["map": "LazyMapSequence", "filter": "LazyFilterSequence",
                                                "compactMap": "LazyMapSequence", "flatMap": "LazySequence"]
}
