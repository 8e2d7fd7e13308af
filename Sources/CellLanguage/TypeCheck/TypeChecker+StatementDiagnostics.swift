import Diagnostics

/// The checker's diagnostics for statements (issue 12), worded and placed as the generator reports them:
/// `return` without a value in a function that declares a result (`missingReturnValue`, at the `return`) and with a
/// value in one that declares none (`returnValueInVoidFunction`, at the value; `Compiler.compileReturn`); a `for`
/// loop over a number, a Boolean or a character (`notASequence`) or whose tuple pattern does not fit the array's
/// elements (`tuplePatternOnNonTuple`, `loopPatternType`), at the sequence (`Compiler+Loops`); a `throw` of a value
/// of a built-in type or of a plain struct or enum, which is no `Error` (`notAnError`, at the value); an enum case
/// pattern with another number of values than the case's payload (`enumCasePatternLength`, at the payload's `(`);
/// a `switch` that is not exhaustive (`switchNotExhaustive`, with swiftc's notes on the missing cases).
extension TypeChecker {
    /// Reports `return` without a value where the function being checked declares a result.
    func checkValuelessReturn(at location: SourceLocation) {
        // A declared function's, and a closure's or an accessor's (`inClosureBody` true or nil) with a result type.
        guard reportsReturnMismatches || bodyContext.inClosureBody != false, case .given = returnTyping, let returnType, returnType != .void,
              !returnType.hasError else { return }
        report(.missingReturnValue, at: location)
    }

    /// Reports `return value` in a declared function without a result, when the value's type is certainly not `()`;
    /// true when the value was checked here.
    func checkReturnInVoidFunction(_ value: Expr) -> Bool {
        guard reportsReturnMismatches, case .given = returnTyping, returnType == .void else { return false }
        if let found = check(value, expected: .void), found != .void, isClosed(found) {
            report(.returnValueInVoidFunction, at: value.location)
        }
        return true
    }

    /// Reports a `for` loop the generator cannot build, before its body (which is then neither compiled nor checked):
    /// a sequence of a type that is no sequence nbrun iterates (a protocol extension adds no conformance to
    /// `Sequence`), or a tuple pattern that does not fit the elements (`Compiler.compileFor`).
    func reportsLoopMistake(_ pattern: BindingPattern, _ sequence: Expr, _ type: CType?) -> Bool {
        guard let type, !type.hasError else { return false }
        guard let element = elementType(of: type) ?? compiler.placeholderSequenceElement(type) else {
            report(.notASequence(type), at: sequence.location)
            return true
        }
        guard case .tuple(let parts) = pattern, !element.hasError else { return false }
        if case .tuple(let elements) = element {
            guard elements.count != parts.count else { return false }
            report(.loopPatternType(element), at: Self.loopPatternLocation(sequence))
        } else {
            report(.tuplePatternOnNonTuple(element, inLoop: true), at: Self.loopPatternLocation(sequence))
        }
        return true
    }

    /// Where swiftc reports a loop's pattern that does not fit the elements: at the sequence (at the operator of
    /// `1...3` or `xs + ys`).
    static func loopPatternLocation(_ sequence: Expr) -> SourceLocation {
        if case .binary(_, _, _, let operatorLocation) = sequence.kind { return operatorLocation }
        return sequence.location
    }

    /// Checks `throw value`: a value of a built-in type, of a plain struct or enum or of a class that conforms to
    /// nothing is no `Error`. swiftc reports at a member's name (`throw Failure.bad`).
    func checkThrown(_ value: Expr) {
        if let thrown = bodyContext.thrownType { return checkTypedThrown(value, thrown) }  // TypeChecker+TypedThrows
        guard let found = check(value, expected: nil), isNoError(found) else { return }
        report(.notAnError(found), at: value.conversionLocation)
    }

    /// Whether a value of `type` certainly cannot be thrown (a protocol extension adds no conformance to `Error`).
    func isNoError(_ type: CType) -> Bool {
        guard !type.isOptional, compiler.protocolState.builtinExtensions[type.description] == nil else { return false }
        if case .user(let user) = type, user.kind == .classType {
            return user.superclass == nil && user.conformances.isEmpty && !isGeneric(user)
        }
        return isClosed(type)
    }

    /// Reports `let (a, b) = (1, 2, 3)` (a tuple of closed types with another number of elements than the pattern),
    /// at the value, outside closures (whose bodies swiftc words it as a conversion); true when it reported.
    func reportsDestructuredCount(_ pattern: BindingPattern, _ value: Expr, _ found: CType?) -> Bool {
        guard case .tuple(let items) = pattern, case .tuple(let elements)? = found, elements.count != items.count,
              elements.allSatisfy({ isClosed($0.type) }), isOutsideClosures(pattern) else { return false }
        report(.destructureCount(found!, elements: items.count), at: value.location)
        return true
    }

    /// Whether the names of `pattern` are declared in top-level code or in a declared function's body (not in a
    /// closure's, nor in an initializer's or accessor's, which the checker does not tell apart).
    private func isOutsideClosures(_ pattern: BindingPattern) -> Bool {
        var first: (String, SourceLocation)?
        func find(_ pattern: BindingPattern) {
            switch pattern {
            case .name(let name, let location): if first == nil { first = (name, location) }
            case .tuple(let items): items.forEach(find)
            case .wildcard: break
            }
        }
        find(pattern)
        guard let (name, location) = first, let index = declarationIndex(name, at: location) else { return false }
        return resolution.declarations[index].function == nil || reportsReturnMismatches
    }

    /// Reports a case pattern naming a case its subject's type does not have (`type 'E' has no member 'zz'`, at the
    /// name: a non-generic enumeration's, a library constant type's, a closed built-in type's), and `if let (a, b) =
    /// pair` of a value that is not optional (swiftc's conditional binding error, at the `let`); true when it reported.
    func reportsMissingCase(_ name: String, _ type: CType, at location: SourceLocation) -> Bool {
        switch type {
        case .user(let user) where user.kind == .enumeration:
            guard !isGeneric(user), user.caseIndex(name) == nil else { return false }
            report(.typeHasNoMember(user.name, member: name), at: location)
        case .constants(let typeName):
            guard !(compiler.registry.constants[typeName]?.contains(name) ?? false) else { return false }
            report(.typeHasNoMember(typeName, member: name), at: location)
        case .optional(let wrapped):
            guard name != "some", name != "none" else { return false }
            if compiler.enumCaseNames(wrapped) != nil { return reportsMissingCase(name, wrapped, at: location) }
            guard isClosed(type) else { return false }
            report(.typeHasNoMember(type.description, member: name), at: location)
        default:
            if name == "some", let keyword = compiler.reportedTokens[location], !type.hasError,
               closedPlaceholder(type) == nil, !compiler.mentionsPlaceholder(type) {
                report(.bindingNotOptional(type), at: keyword)
            } else if isClosed(type) {
                report(.typeHasNoMember(type.description, member: name), at: location)
            } else {
                return false
            }
        }
        return true
    }

    /// Reports `case .two(let a, let b, let c)` for `case two(Int, Int)` of a non-generic enum (at the payload's
    /// `(`, the payload as a tuple type), when the case has a payload of two or more values, and `case .circle(let a,
    /// let b)` for `case circle(Int)` (`tuple pattern cannot match values of the non-tuple type 'Int'`, s17-diag), as
    /// `Compiler.compileEnumCasePattern` does; true when it reported (the pattern's names are then left unknown, as the
    /// generator leaves them).
    func reportsCasePatternLength(_ name: String, _ payload: [CasePattern]?, _ type: CType, at location: SourceLocation) -> Bool {
        guard case .user(let user) = type, user.kind == .enumeration, !isGeneric(user), let payload,
              let index = user.caseIndex(name), let elements = user.cases[index].payload,
              elements.count > 1 || payload.count > 1,
              payload.count != elements.count, elements.allSatisfy({ isClosed($0.type) }) else { return false }
        let mistake: CompileError = elements.count == 1 ? .tuplePatternOnNonTuple(elements[0].type) : .enumCasePatternLength(.tuple(elements))
        report(mistake, at: compiler.reportedTokens[location] ?? location)
        return true
    }

    /// Reports a `switch` that is not exhaustive, at the `switch`, with swiftc's notes on the cases to add: it has no
    /// `default` nor a case that matches every value without a `where`, and its unguarded patterns do not cover every
    /// value of a Boolean, an optional or an enumeration (each case written plainly or with catch-all payloads), or
    /// every combination of a tuple of them (`SwitchCoverage`). A number, a string or a character is never covered.
    func checkExhaustive(_ type: CType?, _ cases: [SwitchCase], at location: SourceLocation) {
        guard let type, !type.hasError else { return }
        var covered = Set<String>(), unguarded: [CasePattern] = []
        for switchCase in cases {
            if switchCase.isDefault { return }
            let patterns = zip(switchCase.patterns, switchCase.guards).filter { $0.1 == nil }.map(\.0)
            if patterns.contains(where: Self.isCatchAll) { return }
            unguarded += patterns
            covered.formUnion(patterns.compactMap(Self.coveredValue))
        }
        if type == .bool && covered.isSuperset(of: ["true", "false"]) { return }
        if let names = compiler.enumCaseNames(type), covered.isSuperset(of: names.map { "." + $0 }) { return }
        if case .tuple = type, SwitchCoverage(caseNames: { self.compiler.enumCaseNames($0) }).covers(unguarded, type: type) { return }
        report(.switchNotExhaustive(missing: missingCases(type, covered: covered)), at: location)
    }

    /// The value an unguarded pattern covers whole: `true`/`false`, `.none` for `nil`, `.name` for an enum case whose
    /// payload patterns (if any) match everything; nil for any other pattern.
    private static func coveredValue(_ pattern: CasePattern) -> String? {
        switch pattern {
        case .expression(let expr):
            if case .boolLiteral(let value) = expr.kind { return value ? "true" : "false" }
            if case .nilLiteral = expr.kind { return ".none" }  // `case nil` on an optional
            return nil
        case .enumCase(let name, let payload, _):
            return payload?.allSatisfy(Self.isCatchAll) ?? true ? "." + name : nil
        default:
            return nil
        }
    }

    /// Whether a pattern matches every value (so the switch is exhaustive without a default).
    static func isCatchAll(_ pattern: CasePattern) -> Bool {
        switch pattern {
        case .wildcard, .binding: return true
        case .tuple(let elements, _): return elements.allSatisfy(isCatchAll)
        default: return false
        }
    }
}
