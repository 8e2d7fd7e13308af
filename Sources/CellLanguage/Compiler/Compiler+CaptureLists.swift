import Diagnostics

extension Compiler {
    /// A capture list (`{ [x, self] in … }`) copies each name's value when the closure is created. For a constant
    /// (`let`, or `self` in a class) that is the value the closure sees anyway, so nbrun accepts those (a `let`
    /// declared without a value too: the closure is created after its one assignment); capturing a variable by value
    /// is refused by the checker (`TypeChecker.captureList`), and so is a name nothing declares.
    func checkCaptureList(_ literal: ClosureLiteral) {
        for (name, location) in literal.captures {
            if nameLookups != nil { recordLookup(name, at: location) }
            switch nameBinding(name, at: location) {
            case .variable(let variable)?:
                if !variable.isLet { cannotGenerate(at: location) }
            case .functions?:
                break
            case .accessor?, nil:
                cannotGenerate(at: location)
            }
        }
    }
}

extension Compiler {
    /// Whether the name `node` reads a capture-list entry that copies a name nothing declares (`{ [qq] in print(qq) }`:
    /// the checker reports the entry once, as swiftc does, not the uses).
    func readsUnknownCaptureEntry(_ node: Expr) -> Bool {
        guard let resolution else { return false }
        switch resolution.referent(of: node) {
        case .local(let index)?, .capture(let index)?:
            let declaration = resolution.declarations[index]
            return declaration.kind == .captureListEntry && resolution.referent(at: declaration.location) == .unresolved
        default:
            return false
        }
    }
}
