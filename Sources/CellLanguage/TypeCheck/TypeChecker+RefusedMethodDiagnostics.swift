import Diagnostics

/// Methods of built-in values whose calls the generator refuses (issue 12), reported by the checker as the generator
/// reports them (`ArrayMembers.reduceInto`, `ArrayMembers.map` through `Compiler.compileClosure`, `StringMembers`'
/// `append`): `reduce(into:_:)` given no closure literal, or a closure whose accumulator is written with its type but
/// without `inout`; `map` given a closure literal with another number of parameters than one (swiftc's count error,
/// then each parameter written without a type); `s.append(1)` on a String `var`; a character set nbrun cannot read
/// at the call of `trimmingCharacters(in:)` or `components(separatedBy:)` (`StringMembers`); Array's mutating methods
/// on a slice and `firstIndex`/`lastIndex` on a ClosedRange (`refusedSliceOrRangeMember`). Called by `refusedMethodCall`,
/// once the receiver's members are certainly its table's.
extension TypeChecker {
    /// `xs.reduce(into: initial, f)` where `f` is no closure literal (`reduce(into:_:) needs a closure literal`, at
    /// `f`), or `{ (a: Int, b: Int) in … }` (`cannot convert value of type '(Int, Int) -> ()' to expected argument type
    /// '(inout Int, Int) throws -> ()'`, at the closure). The initial value is checked first, as the generator compiles
    /// it. Nil (nothing checked) for any other call.
    func reduceIntoMistake(_ element: CType, _ arguments: [Argument], expected: CType?) -> CType?? {
        guard arguments.count == 2, arguments[0].label == "into", arguments[1].label == nil else { return nil }
        guard case .closure(let literal) = arguments[1].value.kind else {
            check(arguments[0].value, expected: expected)
            report(.reduceIntoNeedsClosureLiteral, at: arguments[1].value.location)
            return .some(.error)
        }
        // `{ (acc: inout Int, x: Int) -> Int in … }`: a declared result, where the closure returns nothing, at its type.
        if let written = literal.returnType, case .named(_, let resultLocation) = written, let declared = resolve(written),
           declared != .void, !declared.hasError {
            check(arguments[0].value, expected: expected)
            report(.declaredClosureResult(declared, contextual: .void), at: resultLocation)
            return .some(.error)
        }
        guard literal.hasExplicitParameters, literal.parameters.count == 2, literal.parameters[0].type != nil,
              !literal.inoutParameters.contains(true), literal.returnType == nil, literal.accessors == nil,
              literal.captures.isEmpty, literal.ownedCaptures.isEmpty else { return nil }
        let initialExpected = expected ?? compiler.inferredReduceAccumulator(arguments[0].value, literal, element: element)
        guard let result = check(arguments[0].value, expected: initialExpected) else { return .some(nil) }
        let before = checked.diagnostics.count
        let location = arguments[1].value.location
        let type = closureType(literal, at: location, ClosureContext(parameters: [result, element], result: .void))
        guard checked.diagnostics.count == before, case .function(let parameters, .void)? = type,
              parameters.allSatisfy(isClosed) else { return .some(nil) }
        report(.reduceIntoClosureType(type!, result: result, element: element), at: location)
        return .some(.error)
    }

    /// `xs.map { a, b in … }` (or `{ $0 + $1 }`) on an array: the closure is given one parameter, the element, and a
    /// result the generator leaves open (`T`); it reports the count at the first parameter, then each parameter
    /// written without a type, and compiles no body. Nil (nothing checked) when the closure's count fits.
    func mapClosureCountMistake(_ element: CType, _ arguments: [Argument], expected: CType?) -> CType? {
        guard arguments.count == 1, arguments[0].label == nil, expected != .array(.double),
              case .closure(let literal) = arguments[0].value.kind, literal.accessors == nil,
              literal.captures.isEmpty, literal.ownedCaptures.isEmpty else { return nil }
        if case .tuple = element { return nil }  // a closure over one tuple may name its elements
        let count = literal.hasExplicitParameters ? literal.parameters.count : 1
        // `xs.map { 5 }` uses no parameter, which swiftc refuses as the generator does (but over `()` elements).
        let ignoresElement = !literal.hasExplicitParameters && literal.anonymousCount == 0 && element != .void
        guard count != 1 || literal.anonymousCount > count || ignoresElement else { return nil }
        let location = arguments[0].value.location
        let used = literal.hasExplicitParameters ? literal.parameters.count : literal.anonymousCount
        report(.closureArgumentCount("(\(element)) -> T", expected: 1, used: used), at: literal.parameterLocations.first ?? location)
        guard literal.hasExplicitParameters else { return .error }
        for (index, parameter) in literal.parameters.enumerated() where parameter.type == nil {
            report(.closureParameterNotInferred(parameter.name),
                   at: index < literal.parameterLocations.count ? literal.parameterLocations[index] : location)
        }
        return .error
    }

    /// `s.append(1)` where `s` names a String `var` (a place the generator makes without a mistake of its own) and
    /// the argument has a known type other than String and Character: `no exact matches in call to instance method
    /// 'append'`, at the name. Nil (nothing checked) for any other receiver; `()` when the argument fits.
    func stringAppendMistake(_ base: Expr, _ arguments: [Argument], at nameLocation: SourceLocation) -> CType?? {
        guard arguments.count == 1, arguments[0].label == nil, case .name = base.kind,
              let referent = resolution.referent(of: base), let index = referent.declaration,
              declarationKind(of: referent) == .variable, !accessorDeclarations.contains(index) else { return nil }
        guard let found = check(arguments[0].value, expected: .string) else { return .some(nil) }
        if found == .string || found == .character { return .some(.void) }
        guard isClosed(found) else { return .some(nil) }
        report(.noMatchingInstanceMethod("append"), at: nameLocation)
        return .some(.error)
    }

    /// `s.trimmingCharacters(in: set)` (or `s.components(separatedBy: set)` with an argument that looks like a set) where
    /// `set` is no character set written at the call that nbrun reads (`CharacterSets.set(from:)`): `a character set is
    /// written at the call in nbrun cells: …`, at the argument. Nil (nothing checked) for any other call.
    func characterSetMistake(_ name: String, _ arguments: [Argument]) -> CType?? {
        guard arguments.count == 1, arguments[0].label == (name == "components" ? "separatedBy" : "in") else { return nil }
        let value = arguments[0].value
        guard name == "trimmingCharacters" || CharacterSets.looksLikeSet(value), CharacterSets.set(from: value) == nil else { return nil }
        report(.characterSetNotWritten, at: value.location)
        return .some(.error)
    }

    /// `slice.append(4)` on an ArraySlice, a method of Array the slice's table leaves out (`Compiler.refusesSliceMember`),
    /// or `(1...5).firstIndex(of: 3)`, an index method of a ClosedRange (`RangeMembers.indexMember`): refused at the
    /// method's name, the arguments left unchecked as the generator leaves them. Nil (nothing checked) for any other
    /// call, and where a declaration of the cell may give the receiver such a member.
    func refusedSliceOrRangeMember(_ receiver: CType, _ name: String, _ arguments: [Argument], at nameLocation: SourceLocation) -> CType?? {
        guard !extensionReach.mayAdd(name, to: receiver), let table = StdlibTables.table(for: receiver) else { return nil }
        let mistake: CompileError
        switch receiver {
        case .arraySlice:
            guard table.allMembers.allSatisfy({ $0.name != name }), ArrayMembers.table.allMembers.contains(where: { $0.name == name }) else {
                return nil
            }
            mistake = Compiler.sliceMemberRefusal(name)
        case .closedRange:
            guard ArraySliceMembers.indexMembers.contains(where: { $0.kind == .method && $0.name == name }),
                  table.methods(named: name).filter({ $0.accepts(arguments) }).count == 1 else { return nil }
            mistake = RangeMembers.closedRangeIndexRefusal(name)
        default:
            return nil
        }
        uncheckedArguments(arguments)
        report(mistake, at: nameLocation)
        return .some(.error)
    }
}
