import Diagnostics

/// A variable declared with accessors outside a type: computed (`var a: Int { get … set … }`), or stored with
/// observers (`var a = 0 { willSet … didSet … }`). Its accessors are closures kept in hidden variables.
final class AccessorVariable {
    let name: String
    let type: CType
    let location: SourceLocation
    /// Hidden variables holding the getter (`() -> T`) and setter (`(T) -> ()`) of a computed variable.
    var getter: VariableInfo?
    var setter: VariableInfo?
    /// The value of an observed variable, and hidden variables holding its observers (`(T) -> ()`).
    var storage: VariableInfo?
    var willSet: VariableInfo?
    var didSet: VariableInfo?
    /// While its observers compile: assignments there store without observing, as in Swift.
    var observing = false
    /// The compile number of the cell that declared it.
    var cell = 0

    init(name: String, type: CType, location: SourceLocation) {
        self.name = name
        self.type = type
        self.location = location
    }
}
