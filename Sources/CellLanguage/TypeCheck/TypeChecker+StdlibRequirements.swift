import Diagnostics

/// Standard-library methods called on a collection whose elements miss the conformance their `where` clause asks
/// for (`ps.sorted()` on structs that are not Comparable, `ps.firstIndex(of: p)` on ones that are not Equatable):
/// swiftc's `referencing instance method … requires that …`, at the method's name, naming the method and the
/// protocol that declares it as swiftc does.
extension TypeChecker {
    /// How swiftc names the methods whose requirement fails, and the protocol it names as their owner; a method not
    /// listed is named bare, on `Sequence`.
    private static let requirementSpellings: [String: (method: String, owner: String)] = [
        "firstIndex": ("firstIndex(of:)", "Collection"),
        "lastIndex": ("lastIndex(of:)", "BidirectionalCollection"),
        "split": ("split(separator:maxSplits:omittingEmptySubsequences:)", "Collection"),
        "starts": ("starts(with:)", "Sequence"),
        "sorted": ("sorted()", "Sequence"),
        "min": ("min()", "Sequence"),
        "max": ("max()", "Sequence"),
        "sort": ("sort()", "MutableCollection"),
    ]

    /// Reports `member` called on `receiver` (an array, set or slice) whose element type is known and misses the
    /// member's `where Element: P` requirement, at `location`; the error type after reporting, nil otherwise.
    func unmetStdlibRequirement(_ member: StdlibMember, _ receiver: CType, _ arguments: [Argument],
                                at location: SourceLocation) -> CType? {
        guard let requirement = StdlibRequirement(declaration: member.declaration), requirement.placeholder == "Element",
              let element = Self.collectionElement(receiver), !element.hasError, closedPlaceholder(element) == nil,
              !compiler.mentionsPlaceholder(element), !isTypeParameterPlaceholder(element),
              StdlibSignature(member.declaration, receiver: receiver).returnType == nil,
              certainlyMisses(requirement.protocolName, element) else { return nil }
        uncheckedArguments(arguments)
        let spelled = Self.requirementSpellings[member.name] ?? (member.name, "Sequence")
        report(.sequenceMethodRequires(method: spelled.method, element: element, protocolName: requirement.protocolName,
                                       owner: spelled.owner), at: location)
        return .error
    }

    /// Whether `element` certainly does not meet `protocolName` where the signature could not tell: a declared type is
    /// Comparable to the generator through its own `<` or a synthesized one (`Compiler.lessThan`), so only one that
    /// declares no `<` and conforms to nothing that could give one misses it.
    private func certainlyMisses(_ protocolName: String, _ element: CType) -> Bool {
        guard protocolName == "Comparable", case .user(let type) = element else { return true }
        return type.kind != .protocolType && !isGeneric(type) && type.staticMethods["<"] == nil
            && type.conformances.allSatisfy { ["Equatable", "Hashable", "CustomStringConvertible"].contains($0) }
    }

    private static func collectionElement(_ receiver: CType) -> CType? {
        switch receiver {
        case .array(let element), .set(let element), .arraySlice(let element): return element
        default: return nil
        }
    }
}
