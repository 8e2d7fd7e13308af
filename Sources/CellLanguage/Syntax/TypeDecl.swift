import Diagnostics

/// A `struct`, `class`, `enum` or `protocol` declaration, or an `extension` (named after the type it extends).
final class TypeDecl {
    enum Kind { case structure, classType, enumeration, protocolType, extensionType }
    /// A stored property (`var x: Double = 0`, `static let origin = …`).
    struct Field {
        var name: String
        var type: TypeExpr?
        var value: Expr?
        var isLet: Bool
        var isStatic: Bool
        var location: SourceLocation
        /// Property observers (`willSet`, `didSet`), nil when absent.
        var willSet: Accessor? = nil
        var didSet: Accessor? = nil
        /// `lazy var`: the value is computed on first access.
        var isLazy = false
        /// `weak` or `unowned` (class properties), or nil.
        var ownership: String? = nil
        /// `private(set)`: only the type's own members (and its extensions) may change it.
        var hasPrivateSetter = false
    }
    /// `private` or `fileprivate` written on the type, nil otherwise.
    var restrictedAccess: String?
    /// A computed property (`var area: Double { w * h }`).
    struct Computed {
        var name: String
        var type: TypeExpr
        var body: [Stmt]
        var isStatic: Bool
        var location: SourceLocation
        /// The getter's closing brace, where swiftc reports a missing `return`.
        var closingBrace: SourceLocation? = nil
        /// The `set` accessor, nil for a read-only property.
        var setter: Accessor? = nil
        /// `override var` / `final var` in a class.
        var isOverride = false
        var isFinal = false
        /// `@Builder var body: T { … }`: the result builder the getter's body is transformed by.
        var resultBuilder: ResultBuilderAttribute?
    }
    /// An enum case (`case circle(radius: Double)`, `case mercury = 1`).
    struct Case {
        var name: String
        var payload: [(label: String?, type: TypeExpr)]?
        var rawValue: Expr?
        var location: SourceLocation
    }
    let kind: Kind
    let name: String
    let location: SourceLocation
    var conformances: [String] = []
    var fields: [Field] = []
    var computed: [Computed] = []
    var methods: [FunctionDecl] = []
    var initializers: [FunctionDecl] = []
    var cases: [Case] = []
    var subscripts: [Subscript] = []
    /// `override var x: T { willSet … didSet … }`: observers added to an inherited stored property.
    var observedOverrides: [Field] = []
    /// `final class`.
    var isFinal = false
    /// `@propertyWrapper struct` (or class, enum).
    var isPropertyWrapper = false
    /// `@resultBuilder struct` (or class, enum): its static `build…` methods transform the bodies it is written on.
    var isResultBuilder = false
    /// Where swiftc reports a missing `required` initializer: the start of the line after the last member (the
    /// closing brace when it is on a line of its own).
    var closingBrace: SourceLocation?
    /// Where each inherited type (`conformances`, in order) is written, when lowered from a type declaration.
    var inheritedLocations: [SourceLocation] = []
    /// Where the first inherited type is written (an enum's raw type: swiftc reports its conformance there).
    var firstInheritedLocation: SourceLocation? { inheritedLocations.first }

    /// Where the inherited type `name` is written (the declaration's name when unknown).
    func location(ofInherited name: String) -> SourceLocation {
        guard let index = conformances.firstIndex(of: name), index < inheritedLocations.count else { return location }
        return inheritedLocations[index]
    }
    /// Types declared inside this one (their names are qualified: `BlackjackCard.Suit`).
    var nested: [TypeDecl] = []
    /// A protocol's requirements.
    var requirements: [ProtocolRequirement] = []
    /// A generic type's type parameters, each with the protocols it must conform to (`<Element: Equatable>`).
    var genericParameters: [(name: String, constraints: [String])] = []
    /// Member type aliases (`typealias Item = Int`, how a type names a protocol's associated type).
    var typeAliases: [(name: String, type: TypeExpr, location: SourceLocation)] = []
    /// A generic type's requirements on its type parameters' associated types (`struct Chain<A: Layer, B: Layer>
    /// where A.Output == B.Input`), which its members are checked under.
    var genericRequirements: [FunctionDecl.GenericRequirement] = []
    /// The `where` clause of an extension (`extension Stack where Element: Equatable`) or protocol.
    var whereRequirements: [FunctionDecl.GenericRequirement] = []
    /// The collection protocol an extension names (`Sequence`, `Collection`), whose members nbrun gives to arrays:
    /// the extension is lowered as one of `Array` (or of `[Double]` for `where Element == Double`).
    var extendedCollectionProtocol: String?

    init(kind: Kind, name: String, location: SourceLocation) {
        self.kind = kind
        self.name = name
        self.location = location
    }
}
