extension RefusedConstruct {
    /// The row of a construct of generics or protocols; nil for another group.
    static func row(ofGenerics construct: RefusedConstruct) -> Row? {
        switch construct {
        case .genericWhereClause:
            return Row(.generics, "'generic where clause'",
                       "`where` clauses are taken on generic functions and types, constrained extensions and members of generic types; "
                       + "not on extensions of non-generic types, subscript requirements or members outside generic contexts.",
                       example: "struct S { func f() where Self: Equatable {} }", at: "Self: Equatable")
        case .parameterPack:
            return Row(.generics, "the parameter pack '{} {}' (variadic generics)", "Variadic generics are compiled per call shape, which cells do not do.",
                       example: "func f<each T>(_ x: repeat each T) {}", at: "each", "each", "T")
        case .genericRequirementForm:
            return Row(.generics, "'this generic requirement'",
                       "Requirements other than conformances and same-type requirements on placeholders (layout `T: AnyObject` on an associated type, "
                       + "a protocol's `where` clause on an associated type's associated type …).",
                       example: "protocol P { associatedtype A where A: AnyObject }", at: "A: AnyObject")
        case .genericRequirementMember:
            return Row(.generics, "'generics'", "Generic subscript requirements of protocols.",
                       example: "protocol P { subscript<T>(i: T) -> Int { get } }", at: "<T>")
        case .genericClassInitializer:
            return Row(.generics, "'a generic initializer of a class'",
                       "A class's initializers are inherited and chained; a generic one is compiled per call.",
                       example: "class C { init<T>(_ x: T) {} }", at: "init")
        case .setterOnGenericSubscript:
            return Row(.generics, "'a setter on a generic subscript'", "Generic subscripts are read-only in cells.",
                       example: "struct S { subscript<T>(i: T) -> Int { get { 0 } set {} } }", at: "{ get")
        case .defaultAssociatedType:
            return Row(.generics, "'a default associated type'", "Each conforming type names its associated types (or lets them be inferred).",
                       example: "protocol P { associatedtype A = Int }", at: "= Int")
        case .primaryAssociatedTypes:
            return Row(.generics, "'primary associated types'", "`some P<Int>` is not taken, so `protocol P<A>` has no use.",
                       example: "protocol P<A> { associatedtype A }", at: "<A>")
        case .genericExtension:
            return Row(.generics, "'generic extension'", "`extension Array<Int>` and extensions of nested generic names: write `where Element == Int`.",
                       example: "extension Array<Int> { var total: Int { reduce(0, +) } }", at: "Array<Int>")
        case .associatedTypeClassConstraint:
            return Row(.generics, "'a class constraint on an associated type'",
                       "An associated type is a placeholder constrained by protocols; not by a class or a floating-point protocol.",
                       example: "class K {}; protocol P { associatedtype A: K }", at: "A: K")
        case .classConstraintWithOthers:
            return Row(.generics, "'a class constraint together with other constraints'", "A placeholder is a class or conforms to protocols.",
                       example: "protocol P {}; class K {}; func f<T: K & P>(_ x: T) {}", at: "func ⌃f")
        case .genericConstraint:
            return Row(.generics, "generic constraint '{}'",
                       "Placeholders may conform to declared protocols and the library protocols cells model (Equatable, Hashable, "
                       + "Comparable, Numeric, BinaryInteger, FloatingPoint, Collection, Sequence …), not to others.",
                       example: "func f<T: Codable>(_ x: T) {}", at: "func ⌃f", "Codable")
        case .requirementOnType:
            return Row(.generics, "a requirement on '{}'", "A `where` requirement constrains a placeholder or its associated types (none is known to reach this: the checker refuses first).",
                       example: nil)
        default:
            return rowOfProtocolsAndOpaqueTypes(construct)
        }
    }

    /// The rows of protocol types, compositions, generic type arguments, opaque types and extension members; nil for
    /// another construct.
    private static func rowOfProtocolsAndOpaqueTypes(_ construct: RefusedConstruct) -> Row? {
        switch construct {
        case .protocolWithAssociatedTypesAsType:
            return Row(.generics, "protocol '{}' with associated types as a type (use it as a generic constraint)",
                       "`any P` of a protocol with associated types would need opened existentials.",
                       example: "protocol P { associatedtype A }; func f(_ x: P) {}", at: "P) {}", "P")
        case .compositionMember:
            return Row(.generics, "composition with '{}'", "Compositions of declared protocols and one declared class.",
                       example: "protocol P {}; func f(_ x: P & Equatable) {}", at: "P & Equatable", "Equatable")
        case .typeArgumentsMismatch:
            return Row(.generics, "type arguments that do not match the parameters of '{}'", "A generic type is written with one argument per parameter.",
                       example: "struct Box<T> { var x: T }; let b: Box<Int, Int>? = nil", at: "Box<Int, Int>", "Box")
        case .genericTypeWithoutArguments:
            return Row(.generics, "'a generic type without type arguments'",
                       "A generic type whose arguments nothing determines (`Box(value: nil)`): write them (`Box<Int>(value: nil)`).",
                       example: "struct Box<T> { var value: T? }; let b = Box(value: nil)", at: "Box(value")
        case .resultCatching:
            return Row(.generics, "'{}(catching:)' (a failure of type 'any Error')",
                       "Its failure is `any Error`, a type cells do not name; `Result`'s cases, `get()`, `map` and `mapError` are taken.",
                       example: "func f() throws -> Int { 1 }; let r = Result { try f() }", at: "Result {", "Result")
        case .opaqueProtocol:
            return Row(.generics, "'some {}'",
                       "`some P` of a declared protocol is taken (and `some Collection`/`some Sequence` as a global function's result); "
                       + "not of other library protocols.",
                       example: "func f() -> some Equatable { 1 }", at: "some", "Equatable")
        case .opaqueOrExistentialForm:
            return Row(.generics, "'some/any'", "`some`/`any` of a composition or of a generic type.",
                       example: "protocol P {}; protocol Q {}; func f(_ x: some P & Q) {}", at: "some")
        case .opaqueUnderlyingType:
            return Row(.generics, "'{}' whose underlying type nbrun cannot infer",
                       "An opaque result whose `return` gives no type the checker can read (a closure or nested generic call).",
                       example: nil)
        case .extensionMemberOnDeepCollections:
            return Row(.generics, "an extension's member called on collections nested more than {} deep",
                       "Members of `extension Array` are compiled per element type, up to four levels of nesting.",
                       example: "extension Array { var n: Int { count } }; let x = [[[[[1]]]]].n", at: "[[[[[1]]]]].⌃n", "4")
        case .extensionMemberOnType:
            return Row(.generics, "a member of 'extension {}' called on a '{}' value",
                       "Members of `extension Sequence`/`Collection` run on arrays, strings, ranges and sets; not on dictionaries, slices "
                       + "and string views (and `Collection`'s not on ranges and sets).",
                       example: "extension Sequence { var n: Int { 1 } }; let x = [\"a\": 1].n", at: "[\"a\": 1].⌃n", "Sequence", "[String: Int]")
        case .requirementMethodAsValue:
            return Row(.generics, "a protocol requirement's method '{}' as a function value (call it in a closure)",
                       "A requirement's method is found per conforming type at the call.",
                       example: "protocol P { func f() }; func g(_ x: any P) { let h = x.f; h() }", at: "x.⌃f", "f")
        default:
            return nil
        }
    }
}
