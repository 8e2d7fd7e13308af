extension RefusedConstruct {
    /// The row of a construct refused by type (library types, conformances, casts) or by syntactic form; nil for
    /// another construct.
    static func row(ofTypesOrForms construct: RefusedConstruct) -> Row? {
        switch construct {
        case .libraryType:
            return Row(.library, "type '{}'",
                       "A library type cells do not have (listed below), or a library protocol used as a type (`any Equatable`): "
                       + "refused rather than reported as an unknown name.",
                       example: "let d = Date()", at: "Date", "Date")
        case .conformance:
            return Row(.generics, "conformance to '{}'",
                       "Library protocols a type may conform to are listed below; others (`Codable`, `Sendable`, `NSObject` …) have "
                       + "requirements cells do not model.",
                       example: "struct S: Codable { var x = 1 }", at: "Codable", "Codable")
        case .cast:
            return Row(.generics, "'{}' from '{}' to '{}'",
                       "Casts run between classes, out of protocol types (`Any` too) and into them; not between numbers, to optionals or "
                       + "to collections (use `Double(n)`, `if let`, `map`).",
                       example: "let n = 1; let d = n as? Double", at: "as?", "as?", "Int", "Double")
                .hinted("casts between classes are")
        case .comparablePayloadEnum:
            return Row(.generics, "'Comparable' for an enum with associated values",
                       "Synthesized `<` of an enum whose payload holds the enum itself (cases compare in order, then payloads).",
                       example: "indirect enum T: Comparable { case leaf(Int), node(T) }\nprint(T.leaf(1) < T.leaf(2))", at: "T: Comparable")
                .hinted("declare 'static func <'")
        case .inoutParameterInRequirement:
            return Row(.generics, "'inout' parameters",
                       "`inout` parameters of a protocol's initializer and subscript requirements (those of method requirements are taken).",
                       example: "protocol P { init(_ x: inout Int) }", at: "_ x").plural()
        case .syntaxForm:
            return Row(.statements, "this {}",
                       "A statement, expression, pattern, type, member or operator form outside the subset (each listed elsewhere in "
                       + "this page is taken).", example: "struct S { infix operator <> }", at: "infix", "member")
        case .operatorForm:
            return Row(.statements, "operator '{}'", "A binary operator neither Swift nor the cell declares.",
                       example: "let x = 1 <=> 2", at: "<=>", "<=>")
        case .postfixOperator:
            return Row(.statements, "postfix operator '{}'",
                       "A postfix operator the cell does not declare (`postfix operator +++` and its `static postfix func` declare one).",
                       example: "let x = 5+++", at: "+++", "+++")
        case .optionalBindingAnnotation:
            return Row(.statements, "type annotations in optional bindings", "Write the type on the optional (`let x: Int? = …`).",
                       example: "let x: Int? = 1; if let y: Int = x { print(y) }", at: ": Int = x").plural()
        case .casePatternAnnotation:
            return Row(.statements, "type annotations in case patterns", "Write `case let y as Int` or annotate the subject.",
                       example: "if case let y: Int = 1 { print(y) }", at: ": Int = 1").plural()
        default:
            return nil
        }
    }
}
