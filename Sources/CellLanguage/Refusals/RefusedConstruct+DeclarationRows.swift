extension RefusedConstruct {
    /// The row of a construct excluded from the cell language or of a declaration; nil for another group.
    static func row(ofDeclarationsOrExcluded construct: RefusedConstruct) -> Row? {
        // Excluded (issue 13 keeps these refused: a lesson has no use for them and the interpreter runs one thread).
        switch construct {
        case .effectAsync:
            return Row(.excluded, "'{}'", "Cells run on one thread, top to bottom: there is no executor to suspend on.",
                       example: "func load() async -> Int { 1 }", at: "async", "async")
        case .await:
            return Row(.excluded, "'await'", "No `async` functions, so nothing to wait for (`for await` too).",
                       example: "func g() -> Int { 1 }; let x = await g()", at: "await")
        case .actor:
            return Row(.excluded, "'actor'", "Actors isolate state between concurrent tasks, which cells do not have: use a class.",
                       example: "actor Counter { var n = 0 }", at: "actor")
        case .macro:
            return Row(.excluded, "'macro'",
                       "Macros (`#stringify`, `#warning`, `#selector`, macro declarations) expand at compile time with a compiler plugin.",
                       example: "let (a, b) = #stringify(1 + 2)", at: "#stringify")
        case .consume:
            return Row(.excluded, "'consume'", "Ownership is the interpreter's: values are copied or shared as Swift's semantics require.",
                       example: "var s = \"a\"; let t = consume s", at: "consume")
        case .copy:
            return Row(.excluded, "'copy'", "Ownership is the interpreter's (see `consume`).",
                       example: "let s = \"a\"; let t = copy s", at: "copy")
        case .typeSpecifier:
            return Row(.excluded, "'{}'", "Ownership and isolation specifiers of a type (`borrowing`, `consuming`, `sending`, `isolated`).",
                       example: "func f(_ x: borrowing String) { print(x) }", at: "borrowing", "borrowing")
        case .concurrencyTypeAttribute:
            return Row(.excluded, "'{}'", "Concurrency attributes of function types (`@Sendable`, `@MainActor`).",
                       example: "let f: @Sendable () -> Int = { 1 }", at: "@Sendable", "@Sendable")
        case .discard:
            return Row(.excluded, "'discard'", "Non-copyable types are excluded (`consuming` is refused too).",
                       example: "struct S { consuming func f() { discard self } }", at: "discard")
        case .yield:
            return Row(.excluded, "'yield'", "Coroutine accessors (`_read`, `_modify`) are excluded; their bodies are not read.", example: nil)
        default:
            return rowOfDeclarations(construct)
        }
    }

    /// The rows of modifiers, attributes, accessors, operators and type aliases; nil for another construct.
    private static func rowOfDeclarations(_ construct: RefusedConstruct) -> Row? {
        switch construct {
        case .modifier:
            return Row(.declarations, "'{}'",
                       "A modifier cells do not model: isolation (`nonisolated`), `dynamic`, `open`, `optional`, `package`, "
                       + "`convenience` outside a class, `indirect` outside an enum … Access control other than on a typealias is taken and ignored.",
                       example: "class C { nonisolated func f() {} }", at: "nonisolated", "nonisolated")
        case .attribute:
            return Row(.declarations, "'attributes'",
                       "Attributes other than `@discardableResult`, `@autoclosure`, `@escaping`, `@propertyWrapper`, a property wrapper "
                       + "on a stored property or local variable, and a result builder: `@objc`, `@inlinable`, `@available`, `@MainActor` …",
                       example: "class C { @objc func f() {} }", at: "@objc")
        case .labelledAvailabilityArgument:
            return Row(.declarations, "'labelled availability arguments'",
                       "Labelled arguments of `#available` (`renamed:`); swiftc's parser refuses them first, so no cell reaches this.",
                       example: nil)
        case .accessorModifier:
            return Row(.declarations, "'{}'", "`mutating get` and `nonmutating set`: a getter never mutates and a setter always does.",
                       example: "struct S { var x: Int { mutating get { 1 } } }", at: "mutating", "mutating")
        case .accessorEffects:
            return Row(.declarations, "'{}'", "Effectful read-only properties (`get throws`, `get async`).",
                       example: "struct S { var x: Int { get throws { 1 } } }", at: "throws", "throws")
        case .accessorKind:
            return Row(.declarations, "'{}'", "Coroutine and init accessors (`_read`, `_modify`, `init`).",
                       example: "struct S { var x: Int { _read { } } }", at: "_read", "_read")
        case .declarationHere:
            return Row(.declarations, "'{}'",
                       "A declaration where cells do not take it: `init`, `deinit`, `subscript` or `associatedtype` outside a type …",
                       example: "deinit {}", at: "deinit", "deinit")
        case .nestedOperatorDeclaration:
            return Row(.declarations, "'{}'", "Operators and precedence groups are declared at a cell's top level, as Swift requires.",
                       example: "func f() { infix operator <> }", at: "infix", "operator")
        case .conditionalCompilation:
            return Row(.declarations, "'#if'", "A cell is compiled for one configuration: there is nothing to choose between.",
                       example: "#if DEBUG\nlet x = 1\n#endif", at: "#if")
        case .precedenceGroupName:
            return Row(.declarations, "precedence group '{}'",
                       "Operator declarations may name the standard precedence groups and the cell's own; not library ones cells lack.",
                       example: "infix operator <>: FunctionArrowPrecedence", at: "infix", "FunctionArrowPrecedence")
        case .precedenceGroupAttribute:
            return Row(.declarations, "'this precedence group attribute'", "`assignment:` in a precedence group (no operator assigns through it).",
                       example: "precedencegroup P { assignment: true }", at: "assignment")
        case .typealiasAccessControl:
            return Row(.declarations, "'access control on typealias'",
                       "swiftc checks an alias's access against its type's; cells do not track access, so they refuse it rather than accept what Swift refuses.",
                       example: "private typealias Score = Int", at: "private")
        case .genericTypealias:
            return Row(.declarations, "'generics'", "Generic type aliases (`typealias Pair<T> = (T, T)`) and generic subscript requirements.",
                       example: "typealias Pair<T> = (T, T)", at: "<T>")
        case .typealiasInType:
            return Row(.declarations, "'typealias'", "A type alias in an extension, or a generic one in a type: declare it at the top level.",
                       example: "extension Int { typealias Score = Int }", at: "typealias")
        case .typealiasInFunction:
            return Row(.declarations, "'typealias inside a function'", "Type aliases are declared at a cell's top level or in a type.",
                       example: "func f() { typealias Score = Int }", at: "Score")
        default:
            return rowOfMembers(construct)
        }
    }

    /// The rows of members of types: nested types, lazy and observed properties, subscripts, overrides; nil for
    /// another construct.
    private static func rowOfMembers(_ construct: RefusedConstruct) -> Row? {
        switch construct {
        case .privateNestedType:
            return Row(.declarations, "'{} nested type'", "A private nested type restricts where its name may appear, which cells do not check.",
                       example: "struct A { private struct B {} }", at: "private", "private")
        case .deinitOutsideClass:
            return Row(.declarations, "'deinit'", "Only classes have deinitializers.", example: "struct S { deinit {} }", at: "deinit")
        case .lazyInStruct:
            return Row(.declarations, "'lazy' in a struct (reading it mutates the value: make it a class, or compute it in 'init')",
                       "Reading a lazy property of a struct mutates the struct, so a `let` of it could not read it.",
                       example: "struct S { lazy var x = 1 }", at: "lazy")
        case .lazyComputedProperty:
            return Row(.declarations, "'lazy'", "`lazy` on a computed property (swiftc refuses it too).",
                       example: "class C { lazy var x: Int { 1 } }", at: "x")
        case .ownershipOfComputedProperty:
            return Row(.declarations, "'{}'", "`weak`/`unowned` on a computed property, which stores nothing.",
                       example: "class C { weak var c: C? { nil } }", at: "weak", "weak")
        case .ownershipDefaultValue:
            return Row(.declarations, "'a default value for a {} property'",
                       "A weak property's initial value would be released at once; assign it in `init`.",
                       example: "class C { weak var c: C? = C() }", at: "C()", "weak")
        case .observersOnConstant:
            return Row(.declarations, "'observers on a constant'", "A constant never changes, so nothing could observe it.",
                       example: "struct S { let x: Int = 1 { didSet {} } }", at: "{ didSet")
        case .observersOnSubscript:
            return Row(.declarations, "'observers on a subscript'", "Subscripts have no storage to observe.",
                       example: "struct S { subscript(i: Int) -> Int { willSet {} } }", at: "{ willSet")
        case .initialValueOfComputedVariable:
            return Row(.declarations, "'initial value of a computed variable'", "A computed variable stores nothing to initialise.",
                       example: "var x: Int = 1 { get { 2 } }", at: "= 1")
        case .subscriptParameterForm:
            return Row(.declarations, "'this subscript parameter'", "Variadic and `inout` subscript parameters.",
                       example: "struct S { subscript(i: Int...) -> Int { 0 } }", at: "i: Int")
        case .overrideStatic:
            return Row(.declarations, "'override static'", "A static member cannot be overridden; only `class` members can.",
                       example: "class A { class var x: Int { 1 } }; class B: A { override static var x: Int { 2 } }", at: "static")
        case .valueForOverridingProperty:
            return Row(.declarations, "'a value for an overriding property'", "An overriding property adds observers; its storage is the superclass's.",
                       example: "class A { var x = 1 }; class B: A { override var x: Int = 2 { didSet {} } }", at: "= 2")
        default:
            return rowOfMoreDeclarations(construct)
        }
    }

    /// The rows of overrides, overloads, generic functions and extensions; nil for another construct.
    private static func rowOfMoreDeclarations(_ construct: RefusedConstruct) -> Row? {
        switch construct {
        case .overridingStoredProperty:
            return Row(.declarations, "'overriding a stored property'",
                       "An override with a getter and setter of a stored property would need its storage kept beside the new accessors.",
                       example: "class A { var x = 1 }; class B: A { override var x: Int { get { 2 } set {} } }", at: "x: Int {")
        case .overridingSettableClassProperty:
            return Row(.declarations, "'overriding a class property that has a setter'", "Overridden class properties are read-only in cells.",
                       example: "class A { class var x: Int { get { 1 } set {} } }; class B: A { override class var x: Int { get { 2 } set {} } }",
                       at: "x: Int { get { 2 }")
        case .observingInheritedConstant:
            return Row(.declarations, "'observing an inherited constant'", "A `let` never changes (swiftc refuses it as well).",
                       example: "class A { let x = 1 }; class B: A { override var x: Int { didSet {} } }", at: "x: Int { didSet")
        case .observedPropertyThroughSuper:
            return Row(.declarations, "assigning an observed property through 'super'",
                       "`super.x = v` where the subclass observes `x`: assign `self.x`, whose observers run as Swift runs them.",
                       example: "class A { var x = 1 }; class B: A { override var x: Int { didSet {} }; func f() { super.x = 2 } }",
                       at: "super.⌃x")
        case .observingPropertyAssignedEarlier:
            return Row(.declarations, "observing '{}', which code of an earlier cell assigns through '{}'",
                       "Code compiled in an earlier cell assigns the property directly; it would skip the new observers.",
                       example: nil)
        case .subclassBeforeSuperclass:
            return Row(.declarations, "'a subclass declared before its superclass'", "Declare the superclass first in the cell.",
                       example: "class B: A {}; class A {}", at: "B")
        case .overridingGenericMethod:
            return Row(.declarations, "'overriding a generic method'", "Generic methods of classes are dispatched statically in cells.",
                       example: "class A { func f<T>(_ x: T) {} }; class B: A { override func f<T>(_ x: T) {} }", at: "override func ⌃f")
        case .genericOverloadsWithSameLabels:
            return Row(.declarations, "'generic overloads with the same argument labels'",
                       "Overloads of one name in one cell are told apart by labels or by concrete parameter types.",
                       example: "func f<T>(_ x: T) {}; func f<T: Equatable>(_ x: T) {}", at: "func ⌃f<T: Equatable>")
        case .overloadsByReturnTypeOnly:
            return Row(.declarations, "'overloads told apart by their return type only'", "Overloads differ in their parameters in cells.",
                       example: "func f() -> Int { 1 }; func f() -> String { \"a\" }", at: "func ⌃f() -> String")
        case .genericFunctionInFunction:
            return Row(.declarations, "'generic function inside a function'", "Generic functions are declared at a cell's top level or in a type.",
                       example: "func outer() { func id<T>(_ x: T) -> T { x } }", at: "func ⌃id")
        case .genericOperatorFunction:
            return Row(.declarations, "'generic operator functions'", "Operator functions are declared for concrete types.",
                       example: "func +++ <T>(a: T, b: T) -> T { a }", at: "+++")
        case .extensionBeforeType:
            return Row(.declarations, "extension of '{}'", "An extension follows its type's declaration in a cell.",
                       example: "extension Point { func f() {} }; struct Point {}", at: "extension", "Point")
        case .extensionOfLibraryType:
            return Row(.declarations, "extension of '{}'",
                       "Library types the cell language does not model (`Float`, `Data` …) cannot be extended.",
                       example: "extension Float { var twice: Float { self * 2 } }", at: "extension", "Float")
        case .builtinExtensionMembers:
            return Row(.declarations, "conformances, initializers or static properties in an extension of '{}'",
                       "Extensions of a protocol with associated types take methods and computed properties.",
                       example: "protocol P { associatedtype A }; extension P { init() {} }", at: "extension", "P")
        case .builtinExtensionStaticMethods:
            return Row(.declarations, "static methods in an extension of '{}'",
                       "Extensions of built-in types take instance members and operator functions.",
                       example: "extension Int { static func make() -> Int { 1 } }", at: "make", "Int")
        case .builtinExtensionStaticProperties:
            return Row(.declarations, "static properties in an extension of '{}'", "As static methods.",
                       example: "extension Int { static var one: Int { 1 } }", at: "one", "Int")
        case .builtinExtensionInitializer:
            return Row(.declarations, "initializer in an extension of '{}'", "As static methods.",
                       example: "extension Int { init(twice x: Int) { self = 2 * x } }", at: "init", "Int")
        default:
            return nil
        }
    }
}
