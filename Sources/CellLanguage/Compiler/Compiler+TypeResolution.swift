import Diagnostics

/// Written types resolved to `CType`s, and conversions between types.
extension Compiler {
    /// Types of the standard library and Foundation that cells do not have, refused as not supported rather than
    /// not found (`func makeIterator() -> IndexingIterator<[Element]>`).
    static let unmodelledLibraryTypes: Set<String> = [
        "IndexingIterator", "AnyIterator", "AnySequence", "AnyCollection", "AnyHashable", "Mirror",
        "StrideTo", "StrideThrough", "LazySequence", "ReversedCollection", "EnumeratedSequence", "Zip2Sequence",
        "Data", "Date", "URL", "UUID", "Decimal", "CGFloat", "Float16", "Float80", "NSString", "NSNumber",
        // Unseeded randomness: a page must come out the same on every run (`Int.random(in:)` is seeded).
        "SystemRandomNumberGenerator",
        // Key paths as values (`\.name` as a function is a closure: `people.map(\.name)`).
        "ReferenceWritableKeyPath", "PartialKeyPath", "AnyKeyPath",
        // Concurrency (issue 13 keeps it refused): its library types, not unknown names.
        "Task", "TaskGroup", "ThrowingTaskGroup", "DiscardingTaskGroup", "AsyncStream", "AsyncThrowingStream",
        "CheckedContinuation", "UnsafeContinuation", "ContinuousClock", "SuspendingClock",
    ]

    /// The library type `name` spells (`AnyIterator<Element>`, `Array<Int>.Iterator`: its first name) when cells do
    /// not have it; nil otherwise. The type checker refuses it (`TypeChecker.unknownTypeName`).
    static func unmodelledLibraryType(_ name: String) -> String? {
        let base = String(name.prefix { $0 != "<" && $0 != "." })
        if name.hasPrefix("Array<") || name.hasPrefix("String."), name.hasSuffix(".Iterator") { return name }
        return unmodelledLibraryTypes.contains(base) ? base : nil
    }

    /// The library type a value name spells when cells do not have it (`Float(x)`, `Date()`, `AnyIterator { … }`);
    /// nil otherwise.
    static func unsupportedLibraryName(_ name: String) -> String? {
        name == "Float" ? name : unmodelledLibraryTypes.contains(name) ? name : nil
    }

    func resolveType(_ type: TypeExpr) -> CType {
        switch type {
        case .named(let name, let location):
            if let builtin = CType.plainBuiltin(named: name) ?? CType.rangeType(named: name) { return builtin }
            switch name {
            case "Set": return .set(.error)
            case "<error>": return .error
            default:
                if let alias = memberTypeAlias(named: name) ?? declarations.typeAliases[name] { return alias }
                if let kind = IntegerKind(name: name) { return .integer(kind) }
                if name == "Unicode.Scalar" || name == "UnicodeScalar" { return .unicodeScalar }
                if let bound = genericBinding(name) { return bound }
                let mark = errorMark()
                if let instance = genericTypeInstance(name, at: location) { return .user(instance) }
                // `Result<Int, Error>`: a type argument reported (`type 'any Error' is not supported`), no more.
                if name.hasSuffix(">"), hasErrors(since: mark) { return .error }
                if let slice = arraySliceType(name, at: location) { return slice }
                if let iterator = libraryIteratorType(name, resolve: { resolveType(Compiler.parseTypeText($0, at: location)) }) {
                    return iterator
                }
                if let type = userType(named: name) { return protocolAsType(type, at: location) }
                if name.contains(" & ") { return protocolComposition(name, at: location) }
                if name == "AnyObject" { return .user(anyObjectType) }
                if name == "Any" { return .user(anyType) }
                if name.hasPrefix("some ") { return opaqueType(String(name.dropFirst(5)), at: location) }
                if registry.types[name] != nil { return .native(name) }
                if registry.constants[name] != nil { return .constants(name) }
                // Refused by the checker (`TypeChecker.unknownTypeName`, `reportsMissingMemberType`): `Float`, a
                // library protocol as a type, a library type nbrun does not model, a missing member type, a name
                // nothing declares.
                cannotGenerate(at: location)
                return .error
            }
        case .array(let element):
            return .array(resolveType(element))
        case .optional(let wrapped), .implicitlyUnwrapped(let wrapped):
            return .optional(resolveType(wrapped))
        case .function(let parameters, let result):
            return .function(parameters.map(resolveType), resolveType(result))
        case .throwingFunction(let parameters, let result):
            return .throwingFunction(parameters.map(resolveType), resolveType(result))
        case .tuple(let labels, let elements):
            if elements.isEmpty { return .void }
            return .tuple(zip(labels, elements).map { TupleElement(label: $0, type: resolveType($1)) })
        case .set(let element):
            let elementType = resolveType(element)
            if !elementType.isHashable && !elementType.hasError {
                cannotGenerate(at: containerLocation(of: element))  // refused by the checker (`TypeChecker.hashable`)
                return .error
            }
            return .set(elementType)
        case .dictionary(let key, let value):
            let keyType = resolveType(key)
            if !keyType.isHashable && !keyType.hasError {
                cannotGenerate(at: containerLocation(of: key))  // refused by the checker (`TypeChecker.hashable`)
                return .error
            }
            return .dictionary(keyType, resolveType(value))
        }
    }

    /// Where the `Set`/`Dictionary` type whose first argument is `argument` starts (recorded by the lowering).
    func containerLocation(of argument: TypeExpr) -> SourceLocation {
        let first = firstLocation(of: argument)
        return containerLocations[first] ?? first
    }

    func firstLocation(of type: TypeExpr) -> SourceLocation {
        TypeExpr.firstLocation(of: type)
    }
}

extension TypeExpr {
    /// Where a written type starts (its first name's position).
    static func firstLocation(of type: TypeExpr) -> SourceLocation {
        switch type {
        case .named(_, let location): return location
        case .array(let inner), .optional(let inner), .dictionary(let inner, _), .set(let inner), .implicitlyUnwrapped(let inner):
            return firstLocation(of: inner)
        case .function(let parameters, let result), .throwingFunction(let parameters, let result):
            return parameters.first.map(firstLocation) ?? firstLocation(of: result)
        case .tuple(_, let elements): return elements.first.map(firstLocation) ?? SourceLocation(line: 1, column: 1)
        }
    }
}

extension Compiler {
    /// `value` as a `type`, converted as Swift converts implicitly. The front end checked that it converts; a value
    /// that does not is code the generator cannot build.
    func converted(_ value: Typed, to type: CType, at location: SourceLocation) -> Typed {
        if let result = convertedIfConverting(value, to: type, at: location) { return result }
        cannotGenerate(at: location)
        return Typed(type: type, code: value.code)
    }

    /// `value` as a `type` when it is one or converts to one (nil otherwise).
    private func convertedIfConverting(_ value: Typed, to type: CType, at location: SourceLocation) -> Typed? {
        if value.type == type || type.hasError || value.type.hasError { return value }
        if let converted = implicitConversion(value, to: type, at: location) { return converted }
        if case .array = type, case .array(.error) = value.type { return Typed(type: type, code: value.code) }
        if case .set(.error) = type, case .set = value.type { return value }
        return nil
    }

    /// `value` converted to `type` the way Swift converts implicitly (a function's effects, a class upcast, an
    /// optional promotion, a tuple's labels, an existential), the conversion noted; nil when none applies.
    func implicitConversion(_ value: Typed, to type: CType, at location: SourceLocation) -> Typed? {
        if let converted = functionEffectCoercion(value, to: type) {
            noteConversion(.functionConversion(to: type), at: location)
            return converted
        }
        if let upcast = classUpcast(value, to: type) {
            noteConversion(.upcast(to: type), at: location)
            return upcast
        }
        if case .optional(let wrapped) = type, value.type == wrapped {
            noteConversion(.optionalPromotion, at: location)
            return Typed(type: type, code: .value(value.value))
        }
        // Promoted through more than one optional (`let o: Int?? = 3`): a present value at every depth.
        if case .optional(let wrapped) = type, case .optional = wrapped, let inner = implicitConversion(value, to: wrapped, at: location) {
            return Typed(type: type, code: .value(inner.value))
        }
        if case .tuple(let target) = type, case .tuple(let source) = value.type, Compiler.tupleConverts(source, to: target) {
            // An unlabelled tuple converts to a labelled one of the same element types.
            return Typed(type: type, code: value.code)
        }
        if case .optional(.tuple(let target)) = type, case .tuple(let source) = value.type,
           Compiler.tupleConverts(source, to: target) {
            // `found = (r, c)` where `found: (row: Int, column: Int)?`: relabelled, then wrapped.
            return Typed(type: type, code: .value(value.value))
        }
        if let existential = existentialCoercion(value, to: type) {
            noteConversion(.existential(type), at: location)
            return existential
        }
        if type == anyErrorType, Compiler.isError(value.type) {
            // A value of an error type held as `any Error` (`x = E.a` where `x` took a caught `error`), as `throw` holds it.
            noteConversion(.existential(type), at: location)
            let code = value.value, source = value.type
            return Typed(type: type, code: .value { frame in
                .native(ThrownError(value: try code(frame), type: source, location: location))
            })
        }
        return nil
    }

    /// Whether `converted` takes a value of type `source` where a `target` is expected: the same type, or one of
    /// `implicitConversion`'s conversions (asked about types only, by the checker: `TypeChecker.refusesConversion`).
    func convertsImplicitly(_ source: CType, to target: CType) -> Bool {
        if source == target || source.hasError || target.hasError || Compiler.upcasts(source, to: target) { return true }
        switch (source, target) {
        case (.function(let parameters, let result), .throwingFunction(let expected, let expectedResult)),
             (.function(let parameters, let result), .optional(.throwingFunction(let expected, let expectedResult))),
             (.throwingFunction(let parameters, let result), .function(let expected, let expectedResult)):
            return parameters == expected && result == expectedResult
        case (.tuple(let elements), .tuple(let expected)), (.tuple(let elements), .optional(.tuple(let expected))):
            if Compiler.tupleConverts(elements, to: expected) { return true }
        case (.optional(let wrapped), .optional(let expected)):
            if existentiallyConverts(wrapped, to: expected) { return true }
        case (.array(let element), .array(let expected)):
            return existentiallyConverts(element, to: expected)
        default:
            break
        }
        if case .optional(let wrapped) = target {
            // Promoted to an optional of any depth (`let o: Int?? = 3`).
            return wrapped == source || existentiallyConverts(source, to: wrapped)
                || (wrapped.isOptional && convertsImplicitly(source, to: wrapped))
        }
        // Every error type converts to `any Error` (`implicitConversion`).
        if target == anyErrorType, Compiler.isError(source) { return true }
        return existentiallyConverts(source, to: target)
    }

    /// Whether `existentialConversion` holds a `source` value as one of the protocol type `target`.
    private func existentiallyConverts(_ source: CType, to target: CType) -> Bool {
        guard case .user(let proto) = target, proto.kind == .protocolType, conforms(source, to: proto) else { return false }
        if case .user(let type) = source, type.kind == .protocolType { return true }
        if case .array(let element) = source, conditionallyConforms(element, to: proto) { return true }
        return proto === protocolState.anyType ? source != .void && !source.hasError : memberOwner(source) != nil
    }

    /// Whether a tuple of `source` elements converts to `target`: same element types, labels equal or missing.
    static func tupleConverts(_ source: [TupleElement], to target: [TupleElement]) -> Bool {
        target.count == source.count && zip(target, source).allSatisfy { $0.type == $1.type && ($1.label == nil || $0.label == $1.label) }
    }
}
