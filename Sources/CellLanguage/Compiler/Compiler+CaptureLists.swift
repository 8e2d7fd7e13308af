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
