/// A `struct`, `class` or `enum` declared in a cell: its members, compiled once, shared by every value.
///
/// Struct values are `Value.tuple(fields)`, class instances `Value.object(ObjectBox)`, enum values
/// `Value.variant(caseIndex, payload)`.
public final class UserType: Hashable, @unchecked Sendable, CustomStringConvertible {
    enum Kind { case structure, classType, enumeration, protocolType }

    struct Field {
        var name: String
        var type: CType
        var isLet: Bool
        var defaultValue: Typed?
        /// A `weak` or `unowned` property: stored as a `WeakReference` (see `Compiler+WeakReferences`).
        var holdsWeakly = false
        /// `private(set)`: assignable only inside the type's own members.
        var hasPrivateSetter = false
        /// Declared `T!`: read where a non-optional is needed, it is force-unwrapped.
        var isImplicitlyUnwrapped = false
    }

    struct Case {
        var name: String
        var payload: [TupleElement]?
        var rawValue: Value?
    }

    let kind: Kind
    /// The type's name as written (`Point`).
    public let name: String
    /// The name with its module, as Swift's debug descriptions show it (`main.Point`).
    var qualifiedName: String
    /// A generic specialization's name as Swift's runtime prints it (`G<Array<Int>>` for `G<[Int]>`); nil for others.
    var specializedRuntimeName: String?
    /// A generic specialization's type arguments (`[Int]` for `Stack<Int>`); empty for others.
    var genericArguments: [CType] = []
    /// The name `print` and `type(of:)` show: the runtime spelling of a specialization, else the name.
    var runtimeName: String { specializedRuntimeName ?? name }
    var fields: [Field] = []
    var computed: [String: FunctionInfo] = [:]
    var methods: [String: [FunctionInfo]] = [:]
    var staticMethods: [String: [FunctionInfo]] = [:]
    var staticComputed: [String: FunctionInfo] = [:]
    var staticFields: [String: VariableInfo] = [:]
    /// The `set` accessors of computed properties (instance and static), by name.
    var setters: [String: FunctionInfo] = [:]
    var staticSetters: [String: FunctionInfo] = [:]
    /// Observers of stored properties: instance ones by field index, static ones by name.
    var observers: [Int: PropertyObservers] = [:]
    var staticObservers: [String: PropertyObservers] = [:]
    /// Observers a subclass adds to an inherited computed property, by name (see `Compiler+SetterOverrides.swift`).
    var computedObservers: [String: PropertyObservers] = [:]
    /// Fields a subclass observes (`override var x { didSet … }`), and fields assigned by compiled code through this
    /// type (see `Compiler+ObservedOverrides.swift`).
    var fieldsObservedBySubclasses: Set<Int> = []
    var assignedFields: Set<Int> = []
    /// The initial values of `lazy var` properties, by field index (run on first read; `.void` marks "not yet").
    var lazyInitializers: [Int: FunctionInfo] = [:]
    var subscripts: [SubscriptAccessors] = []
    var staticSubscripts: [SubscriptAccessors] = []
    /// While an observer of property `observing` compiles: assignments to it there store without observing.
    var observing: String?
    var initializers: [FunctionInfo] = []
    var cases: [Case] = []
    var rawType: CType?
    var conformances: Set<String> = []
    /// The compiled `description` of a `CustomStringConvertible` type.
    var describe: ((Value) throws -> String)?
    /// The compiled `static func ==` of a type that declares one (used by `contains`, `==` on collections, …).
    var equals: ((Value, Value) throws -> Bool)?
    /// `equals`, or for a subclass that declares no `==` its superclass's (a `Dog` compares as the `Animal` it is).
    var inheritedEquals: ((Value, Value) throws -> Bool)? { equals ?? superclass?.inheritedEquals }
    /// The compiled `func hash(into:)` of a type that declares one: what it combines into a new `Hasher`.
    var hashInto: ((Value) throws -> [DictionaryKey])?
    /// For a Hashable class: the key of an instance in a set or dictionary, made with its `hash(into:)` and `==`.
    var objectKey: ((Value) -> DictionaryKey)?
    /// The compile number of the cell that declared it.
    var cell = 0
    /// Class inheritance (see `Compiler+Inheritance`): the superclass, `final class`, the `final` members, and for
    /// each inherited method, getter or initializer this class overrides (at any depth), its implementation here.
    var superclass: UserType?
    /// `private` or `fileprivate` when the declaration says so (swiftc's access rules for signatures).
    var restrictedAccess: String?
    var isFinal = false
    var finalMembers = IdentitySet<FunctionInfo>()
    var overrides = IdentityTable<FunctionInfo, FunctionInfo>()
    var membersDeclared = false
    /// A class's `deinit` (with its superclasses'), run when an instance is freed; nil for most types.
    var deinitializer: ((Value) -> Void)?
    /// For a protocol: its requirements, parents and extension members.
    var protocolInfo: ProtocolInfo?
    /// For the members added by `extension Int` and the like: the built-in type extended.
    var extendedBuiltin: CType?
    /// A struct whose initializers all come from extensions keeps its memberwise initializer.
    var keepsMemberwise = false
    /// Declared `@propertyWrapper` (only such a type may be written as an attribute: `@W var x`).
    var isPropertyWrapper = false
    /// Declared `@resultBuilder` (only such a type may be written as an attribute on a function or parameter).
    var isResultBuilder = false
    /// A declared protocol (or a composition of them) whose values are existentials: swiftc spells their type
    /// `any P` in messages (`CType.spelledInMessages`); not a generic parameter's placeholder, an opaque type or `Any`.
    var isExistential = false

    init(kind: Kind, name: String, qualifiedName: String) {
        self.kind = kind
        self.name = name
        self.qualifiedName = qualifiedName
    }

    public var description: String { name }

    /// Whether `==` is available: declared Equatable/Hashable, or an enum without payloads.
    var isEquatable: Bool {
        if conformances.contains("Equatable") || conformances.contains("Hashable") || conformances.contains("Comparable") {
            return true
        }
        return kind == .enumeration && cases.allSatisfy { $0.payload == nil }
    }

    /// Whether values can be dictionary keys (a class declares its own `hash(into:)` and `==`, see `CustomKey`).
    var isHashable: Bool {
        conformances.contains("Hashable") || (kind == .enumeration && cases.allSatisfy { $0.payload == nil })
    }

    func fieldIndex(_ name: String) -> Int? {
        fields.firstIndex { $0.name == name }
    }

    func caseIndex(_ name: String) -> Int? {
        cases.firstIndex { $0.name == name }
    }

    public static func == (lhs: UserType, rhs: UserType) -> Bool { lhs === rhs }

    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
