import Diagnostics

extension Compiler {
    /// A capture list (`{ [x, self] in … }`) copies each name's value when the closure is created. For a constant
    /// (`let`, or `self` in a class) that is the value the closure sees anyway, so nbrun accepts those; capturing a
    /// variable by value stays refused.
    func checkCaptureList(_ literal: ClosureLiteral) {
        for (name, location) in literal.captures {
            if nameLookups != nil { recordLookup(name, at: location) }
            switch nameBinding(name, at: location) {
            case .variable(let variable)?:
                if !variable.isLet || variable.initializedLater {
                    cannotGenerate(at: location)
                }
            case .functions?:
                break
            case .accessor?:
                cannotGenerate(at: location)
            case nil:
                unknownName(name, at: location)
            }
        }
    }
}
