import Diagnostics

/// A variable (or constant) known to the compiler: its type and where it lives.
final class VariableInfo {
    let name: String
    let type: CType
    let isLet: Bool
    /// The nesting level of the function whose frame holds it (0 = globals).
    let level: Int
    let slot: Int
    let location: SourceLocation
    /// The compile number of the cell that declared it (later cells may redeclare a global name).
    var cell = 0

    init(name: String, type: CType, isLet: Bool, level: Int, slot: Int, location: SourceLocation) {
        self.name = name
        self.type = type
        self.isLet = isLet
        self.level = level
        self.slot = slot
        self.location = location
    }
}
