import Diagnostics

/// Callees that swiftc's name lookup resolves otherwise than the global function of that name, or refuses:
/// `max(a, b)` inside `extension Int` finds the static `Int.max` first (and inside an `Array` extension the
/// instance method `max()`), so swiftc refuses the call; `Swift.max(a, b)` names the global function. `@W var x`
/// where `W` is not declared `@propertyWrapper` is refused as swiftc refuses it.
extension Compiler {
    /// The global functions that members of the extended built-in types hide inside their extensions.
    static let hiddenByMembers: Set<String> = ["max", "min"]

    /// The modules whose math functions a cell may name through them (`Foundation.sqrt`).
    static let mathModules: Set<String> = ["Foundation", "Glibc", "Darwin"]

    /// Whether `module.name` names a built-in global function: `Swift.min`/`Swift.max`, or a math function through
    /// `Foundation`, `Glibc` or `Darwin`.
    static func isLibraryFunction(_ module: String, _ name: String) -> Bool {
        if module == "Swift" { return hiddenByMembers.contains(name) }
        return mathModules.contains(module) && (unaryMathFunctions[name] != nil || binaryMathFunctions[name] != nil)
    }

    /// Code or an error for a call whose callee lookup differs from the plain one; nil for every other call.
    func checkedCallee(_ callee: Expr, _ arguments: [Argument], expected: CType?, at location: SourceLocation) -> Typed? {
        switch callee.kind {
        case .name(let name):
            // An attribute naming no property wrapper, and wrappers at the top level, are the checks' (`AttributeChecks`).
            if callee.isWrapperAttribute, declarations.userTypes[name]?.isPropertyWrapper == false { return .invalid }
            if callee.isTopLevelWrapper { return .invalid }
            guard !callee.isLibraryQualified, Compiler.hiddenByMembers.contains(name), nameBinding(name, node: callee) == nil,
                  let extended = selfContexts.last?.type.extendedBuiltin else { return nil }
            switch extended {
            case .int, .integer:
                cannotGenerate(at: callee.location)
                return .invalid
            case .array:
                cannotGenerate(at: callee.location)
                return .invalid
            default:
                return nil
            }
        case .member(let base?, let name, let nameLocation):
            // `Swift.max(a, b)`: the standard library's global function; `Foundation.tanh(x)` the C library's (inside a
            // method named `tanh`, say).
            guard case .name(let module) = base.kind, nameBinding(module, node: base) == nil, declarations.userTypes[module] == nil,
                  Compiler.isLibraryFunction(module, name) else { return nil }
            let global = Expr(.name(name), at: nameLocation)
            global.isLibraryQualified = true
            return compileCall(global, arguments, expected: expected, at: location)
        default:
            return nil
        }
    }
}
