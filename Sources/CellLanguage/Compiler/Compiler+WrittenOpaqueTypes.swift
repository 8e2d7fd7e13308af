import Diagnostics

/// `some P` written outside a generic function's signature (`var optimizer: some Optimizer = SGD(lr: 0.1)`,
/// `func makeShape() -> some Shape`): one opaque type per place and compilation of the cell, made by the type checker
/// or by the generator, whichever resolves it first, so that both type the variable and its uses alike.
extension Compiler {
    /// The opaque type `some name` (`proto` the protocol named) written at `location` in the cell compiling.
    func writtenOpaqueType(_ name: String, _ proto: UserType, at location: SourceLocation) -> UserType {
        let place = CellPlace(cell: currentCell, location: location)
        if let made = protocolState.writtenOpaqueTypes[place] { return made }
        let type = newOpaqueType(name, proto)
        protocolState.writtenOpaqueTypes[place] = type
        return type
    }
}
