import Diagnostics

/// The checks of a type's member declarations written in the cell, which need nothing but the declaration: stored
/// properties where a type cannot hold them, declared twice or without a type, and enumeration cases (raw values,
/// names declared twice).
extension DeclarationChecks {
    /// Stored properties of an extension or of an enumeration (static ones are allowed in both), at the property.
    /// Extensions of `Array` are templates whose declare phase refuses their properties (`declareGenericArrayExtension`).
    static func storedPropertyErrors(_ decl: TypeDecl) -> [Diagnostic] {
        let error: CompileError
        switch decl.kind {
        case .extensionType: error = .extensionStoredProperty
        case .enumeration: error = .enumStoredProperty
        default: return []
        }
        return decl.fields.filter { !$0.isStatic }.map { error.diagnostic(at: $0.location) }
    }

    /// Methods: an operator that is not `static` (swiftc's error, at its name); a `where` clause on a method or an
    /// initializer without type parameters of a type without any, or of an extension of one (nbrun's refusal, at the
    /// first requirement).
    func methodErrors(_ decl: TypeDecl) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let typeName = decl.name.split(separator: ".").last.map(String.init) ?? decl.name
        for method in decl.methods where decl.kind != .protocolType && !method.isStatic && Compiler.isOperatorName(method.name) {
            diagnostics.append(CompileError.operatorNotStatic(method.name, type: typeName).diagnostic(at: method.location))
        }
        guard decl.kind != .protocolType, decl.genericParameters.isEmpty else { return diagnostics }
        if decl.kind == .extensionType {
            // An extension of a declared type that is not generic (a generic one's members may name its parameters).
            guard let type = declarations.userTypes[decl.name], type.genericArguments.isEmpty, type.extendedBuiltin == nil,
                  type.kind != .protocolType else { return diagnostics }
        }
        for function in decl.methods + decl.initializers where function.genericParameters.isEmpty {
            if let first = function.genericRequirements.first {
                diagnostics.append(CompileError.unsupported(.genericWhereClause).diagnostic(at: first.location))
            }
        }
        return diagnostics
    }

    /// A struct's or class's stored properties: a name declared twice (swiftc's `invalid redeclaration`, at the
    /// second), a property with neither a type nor a value (`type annotation missing in pattern`, at its name), a
    /// `weak` or `unowned` one with a value other than `nil` (nbrun's refusal, at the value).
    static func storedPropertyDeclarationErrors(_ decl: TypeDecl) -> [Diagnostic] {
        guard decl.kind == .structure || decl.kind == .classType else { return [] }
        var diagnostics: [Diagnostic] = []
        var declared: Set<String> = []
        for field in decl.fields where !field.isStatic {
            if field.type == nil, field.value == nil {
                diagnostics.append(CompileError.typeAnnotationMissing.diagnostic(at: field.location))
                continue
            }
            if !declared.insert(field.name).inserted {
                diagnostics.append(CompileError.invalidRedeclaration(field.name).diagnostic(at: field.location))
            }
            if let ownership = field.ownership, let value = field.value, !Self.isNilLiteral(value) {
                diagnostics.append(CompileError.unsupported(.ownershipDefaultValue, ownership).diagnostic(at: value.location))
            }
        }
        return diagnostics
    }

    private static func isNilLiteral(_ value: Expr) -> Bool {
        if case .nilLiteral = value.kind { return true }
        return false
    }

    /// An enumeration's cases: a raw value must be a literal of the raw type, and can only be left out when it can be
    /// inferred (a String raw type, or an integer raw value before it); without a raw type there are no raw values; a
    /// case name is declared once. A raw value of the wrong type or not inferred, or a case declared twice, also fails
    /// the synthesized `RawRepresentable` conformance, which swiftc reports at the raw type.
    static func caseErrors(_ decl: TypeDecl) -> [Diagnostic] {
        guard decl.kind == .enumeration else { return [] }
        let rawType = Self.rawType(of: decl)
        var diagnostics: [Diagnostic] = []
        var followsInteger = true, rawValuesFail = false
        var nextRaw = 0
        for (index, enumCase) in decl.cases.enumerated() {
            if let rawType {
                if let value = enumCase.rawValue {
                    guard let literalType = literalType(value, rawType: rawType) else {
                        diagnostics.append(CompileError.rawValueNotLiteral.diagnostic(at: value.location))
                        continue
                    }
                    followsInteger = literalType == .int
                    if case .intLiteral(let number) = value.kind { nextRaw = number + 1 }
                    if !accepts(rawType, literalType) {
                        rawValuesFail = true
                        diagnostics.append(CompileError.rawValueType(literalType, rawType: rawType).diagnostic(at: value.location))
                    }
                } else if !infers(rawType, followsInteger: followsInteger) {
                    rawValuesFail = true
                    diagnostics.append(CompileError.rawValueNotInferred.diagnostic(at: enumCase.location))
                } else if rawType != .string {
                    // The next integer, which swiftc reports at the case when its raw type cannot hold it.
                    if case .integer(let kind) = rawType, !kind.contains(nextRaw) {
                        diagnostics.append(CompileError.integerLiteralOverflow(String(nextRaw), type: kind.name)
                            .diagnostic(at: enumCase.location))
                    }
                    nextRaw += 1
                }
            } else if let value = enumCase.rawValue {
                diagnostics.append(CompileError.rawValueWithoutRawType.diagnostic(at: value.location))
            }
            if decl.cases[..<index].contains(where: { $0.name == enumCase.name }) {
                rawValuesFail = rawValuesFail || rawType != nil
                diagnostics.append(CompileError.invalidRedeclaration(enumCase.name).diagnostic(at: enumCase.location))
            }
        }
        if rawValuesFail, let rawType {
            let name = decl.name.split(separator: ".").last.map(String.init) ?? decl.name
            diagnostics.append(CompileError.rawTypeNotSynthesized(name, rawType: rawType)
                .diagnostic(at: decl.firstInheritedLocation ?? decl.location))
        }
        return diagnostics
    }

    /// The raw type an enumeration's first raw-type conformance names (as the declare phase reads it), nil without one.
    static func rawType(of decl: TypeDecl) -> CType? {
        for conformance in decl.conformances {
            switch conformance {
            case "Int": return .int
            case "String": return .string
            case "Character": return .character
            case "Double": return .double
            default: if let kind = IntegerKind(name: conformance) { return .integer(kind) }
            }
        }
        return nil
    }

    /// The type of a literal raw value (a string literal is a Character's for a Character raw type); nil for
    /// anything but a literal.
    private static func literalType(_ value: Expr, rawType: CType) -> CType? {
        switch value.kind {
        case .intLiteral: return .int
        case .floatLiteral: return .double
        case .stringLiteral(let parts):
            // Whether a string is one Character is the literal's conversion (`cannot convert … to specified type`).
            return rawType == .character && !parts.isEmpty ? .character : .string
        default: return nil
        }
    }

    /// Whether a literal of `literalType` is a raw value of `rawType` (an integer literal is any number's).
    private static func accepts(_ rawType: CType, _ literalType: CType) -> Bool {
        switch (literalType, rawType) {
        case (.int, .int), (.int, .integer), (.int, .double): return true
        default: return literalType == rawType
        }
    }

    /// Whether a case without a raw value gets one: its name for a String raw type, the next integer for a number
    /// raw type after an integer raw value (or first).
    private static func infers(_ rawType: CType, followsInteger: Bool) -> Bool {
        switch rawType {
        case .string: return true
        case .int, .integer, .double: return followsInteger
        default: return false
        }
    }
}
