import Diagnostics

/// What the compiler knows of a protocol declared in a cell (kept on its `UserType`, of kind `.protocolType`):
/// its requirements and parent protocols. Its extension members live on the `UserType` like any type's members.
final class ProtocolInfo {
    enum RequirementKind { case method, property, initializer, subscriptRequirement }

    /// One requirement, with its resolved signature.
    struct Requirement {
        /// A number unique in the compiler, the key of the requirement's witness in an `ExistentialTag`.
        var id: Int
        var name: String
        var kind: RequirementKind
        /// The argument labels of a method or initializer.
        var labels: [String?]
        var parameterTypes: [CType]
        /// A property's type, or a method's result type.
        var type: CType
        var isStatic: Bool
        var isMutating: Bool
        var settable: Bool
        var location: SourceLocation
        /// An `init?` or `init!` requirement (any initializer meets it; a plain `init` requirement takes no `init?`).
        var isFailable = false
        /// Which of a method's parameters are `inout` (`func update(_ params: inout [Double])`); empty when none is.
        var inoutParameters: [Bool] = []
    }

    var requirements: [Requirement] = []
    /// The inherited protocols (for a composition `P & Q`, its parts).
    var parents: [UserType] = []
    /// Built-in protocols it inherits (`protocol P: CustomStringConvertible`).
    var builtinParents: Set<String> = []
    /// Whether this is a composition `P & Q` rather than a declared protocol.
    var isComposition = false
    /// The class a composition `SomeClass & P` requires its values to be instances of (or of a subclass).
    var superclass: UserType?
    /// Its associated types (`associatedtype Item`), each an unknown type with only its constraints, which
    /// requirements mention and each conforming type binds (see `Compiler+AssociatedTypes`).
    var associatedTypes: [(name: String, type: UserType)] = []
    /// `where` clauses of its associated types: `Suffix.Item == Item` (checked for each conforming type).
    var associatedSameTypes: [(left: String, right: String, location: SourceLocation)] = []
    /// A protocol's `where` clause on inherited associated types: `Item: Comparable`.
    var associatedConstraints: [(name: String, constraint: String)] = []
}
