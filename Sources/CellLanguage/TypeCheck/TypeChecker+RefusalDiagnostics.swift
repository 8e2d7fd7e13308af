import Diagnostics

/// The checker's diagnostics about values nbrun refuses (issue 12, session 17): an enum case with associated values
/// read without them, a one-sided range of a bound that is no Int outside a subscript or pattern, an operator stored
/// as a value without a function context. Each is reported as the generator reports it (same `CompileError`, same
/// position: `Compiler.compileStaticMember`, `compilePrefix`, `operatorFunction`) and only where the checker is
/// certain the generator meets it so.
extension TypeChecker {
    /// `Shape.circle` where `circle` has associated values: the generator's `enum case 'circle' has associated values;
    /// use 'circle(…)'`, at the member's name; returns the error type, nil when the case has none (or is no case).
    func enumCaseWithoutValues(_ type: UserType, _ name: String, at location: SourceLocation) -> CType? {
        guard type.kind == .enumeration, !isGeneric(type), let index = type.caseIndex(name),
              type.cases[index].payload != nil else { return nil }
        reportOnce(.enumCaseNeedsValues(name), at: location)
        return .error
    }

    /// `let r = 1.5...`, `..<xs`: a one-sided range whose bound is of a known type that is not Int (nbrun's partial
    /// ranges are of Ints, `Compiler.compilePartialRange`), `one-sided ranges are supported as array subscripts and case
    /// patterns only in nbrun cells`, at the range; true when reported.
    func oneSidedRangeOfAnotherBound(_ bound: CType?, expected: CType?, at location: SourceLocation) -> Bool {
        guard let bound, bound != .int, !bound.hasError, isClosed(bound) || expected == nil else { return false }
        reportOnce(.oneSidedRangeContext, at: location)
        return true
    }

    /// `let f = (+)` without an annotation: a built-in operator as a value with no function type to take its
    /// operands from, the generator's `operator '+' cannot be used as a value here`, at the operator; true when reported.
    func operatorStoredWithoutContext(_ value: Expr, annotation: TypeExpr?) -> Bool {
        guard annotation == nil, case .name(let op) = value.kind, Compiler.isOperatorName(op), !declaredOperators.contains(op),
              let referent = resolution.referent(of: value), referent == .builtin || referent == .unresolved else { return false }
        reportOnce(.operatorAsValue(op), at: value.location)
        return true
    }

    /// `Dictionary(grouping: 5, by: …)`, `Dictionary(uniqueKeysWithValues: [1])`: a source of a known type that is no
    /// array or set (of pairs, for the second), the generator's `Dictionary(grouping:by:) needs an array or a set, not
    /// 'Int'` or `Dictionary(uniqueKeysWithValues:) needs an array of (key, value) pairs, not '[Int]'`
    /// (`Compiler.compileDictionaryInitializer`), at the call; nil when the call is neither or may fit.
    func dictionarySourceMistake(_ arguments: [Argument], at location: SourceLocation) -> CType?? {
        let labels = arguments.map(\.label)
        let grouping = labels.count == 2 && labels[0] == "grouping" && (labels[1] == "by" || arguments[1].isTrailingClosure)
        guard grouping || labels == ["uniqueKeysWithValues"] else { return nil }
        // Kept only when it is such a mistake; otherwise the initializer's own check types the arguments.
        let isMistake = { (source: CType) in self.isClosed(source) && (!grouping || Compiler.groupedElement(of: source) == nil) }
        guard let source = onTrial({ check(arguments[0].value, expected: nil) }, keepingIf: isMistake) else { return nil }
        report(grouping ? .groupingNeedsArray(source) : .uniqueKeysNeedsPairs(source), at: location)
        return .some(.error)
    }

    /// `[1].compactMap { $0 }`, `[1].flatMap { $0 }`: a transform whose result (inferred from its body, as
    /// `Compiler.mapFunction` compiles it) is of a known type that is no optional (no array or string, for `flatMap`):
    /// the generator's `compactMap needs a closure returning an optional, not 'Int'` or `flatMap needs a closure
    /// returning an array, not 'Int'` (`ArrayMembers`), at the method's name; nil (nothing checked) when it may fit.
    /// `Optional(1).flatMap { $0 }` (`onOptional`, `element` the wrapped type): `flatMap needs a closure returning an
    /// optional, not 'Int'` (`OptionalMembers.transform`).
    func transformResultMistake(_ name: String, _ element: CType, _ arguments: [Argument], onOptional: Bool = false,
                                at nameLocation: SourceLocation) -> CType?? {
        // A closure literal only: function references (`compactMap(Int.init)`) are the generator's to choose.
        // Typed here once, as `higherOrderCall` and `optionalMapCall` type a call that fits (no trial check to undo).
        guard arguments.count == 1, arguments[0].label == nil, case .closure = arguments[0].value.kind else { return nil }
        guard let result = transformResult(arguments[0], element) else { return .some(nil) }
        switch (onOptional, name, result) {
        case (false, "compactMap", .optional(let wrapped)): return .some(.array(wrapped))
        case (false, "flatMap", .array), (true, _, .optional): return .some(result)
        case (false, "flatMap", .string), (false, "flatMap", .substring): return .some(.array(.character))
        case _ where !isClosed(result): return .some(nil)
        default:
            report(onOptional ? .flatMapNeedsOptional(result)
                              : name == "compactMap" ? .compactMapNeedsOptional(result) : .flatMapNeedsArray(result), at: nameLocation)
            return .some(.error)
        }
    }

    /// Whether `base` is a lazy sequence (`xs.lazy`, `xs.lazy.map { … }`), whose operations the generator compiles (or
    /// refuses to print, `Compiler+LazyWrapperPrinting`) apart from the array's.
    static func isLazyChain(_ base: Expr) -> Bool {
        switch base.kind {
        case .member(_, "lazy", _): return true
        case .member(let inner?, _, _): return isLazyChain(inner)
        case .call(let callee, _): return isLazyChain(callee)
        default: return false
        }
    }
}
