/// `xs.append(contentsOf: ys)` and `xs.insert(contentsOf: ys, at: i)` on an array, where `ys` is a collection, a
/// range or a string whose elements are of another type: swiftc finds no overload that takes it (`no exact matches in
/// call to instance method 'append'`, at the method's name; for `insert` swiftc fails to word a diagnostic, or words a
/// range's `Strideable` requirement, at the same position, and nbrun words it as for `append`).
extension TypeChecker {
    /// The mistake of `receiver.name(contentsOf: value …)` when `receiver` is an array of a closed element type and
    /// `value` a collection of elements that certainly are not of it, reported at the name (`location`); the error type
    /// after reporting, nil (nothing checked) otherwise.
    func contentsOfElementMistake(_ receiver: CType, _ name: String, _ arguments: [Argument], at location: SourceLocation) -> CType? {
        guard case .array(let element) = receiver,
              (isClosed(element) && certainlyBuiltinMembers(of: receiver)) || closedPlaceholder(element) != nil,
              !extendsBuiltin(member: name), arguments.first?.label == "contentsOf",
              (name == "append" && arguments.count == 1) || (name == "insert" && arguments.count == 2 && arguments[1].label == "at")
        else { return nil }
        // An array literal's elements are checked against the receiver's (`expected element type`), as swiftc does.
        if case .array = arguments[0].value.kind { return nil }
        let mark = beginTrial()
        guard let found = check(arguments[0].value, expected: receiver), let foundElement = Self.collectionElement(found),
              isClosed(foundElement), certainlyMismatches(foundElement, element) else {
            rollback(to: mark)
            return nil
        }
        commit(mark)
        if arguments.count == 2 { check(arguments[1].value, expected: .int) }
        report(.noMatchingInstanceMethod(name), at: location)
        return .error
    }

    /// The element type of an array, a set, an array slice, a range of Ints or a string; nil for other types.
    private static func collectionElement(_ type: CType) -> CType? {
        switch type {
        case .array(let element), .set(let element), .arraySlice(let element): return element
        case .range, .closedRange: return .int
        case .string: return .character
        default: return nil
        }
    }

    /// `text += xs` where `text` is a String and `xs` a collection (no array literal) of elements of a closed type other
    /// than Character: no `+=` takes it (swiftc fails to word a diagnostic at the operator; nbrun words it as for two
    /// operands no operator takes, `binary operator '+=' cannot be applied to operands of type 'String' and
    /// '[String]'`). True when reported.
    func stringAppendSequenceMistake(_ op: String, _ place: CType, _ found: CType?, _ value: Expr, at location: SourceLocation) -> Bool {
        guard op == "+=", place == .string, let found, let element = Self.collectionElement(found), found != .string,
              isClosed(element), element != .character, !declaredOperatorMayTake(op, place: place), !protocolExtensionsDeclare(op) else {
            return false
        }
        if case .array = value.kind { return false }
        report(.binaryOperatorTypes(op, place, found), at: location)
        return true
    }
}

