import Diagnostics

extension Resolution {
    /// One line per name use (in source order) with what it refers to, then one line per closure or function with
    /// its captures, positions in notebook coordinates (`nbrun debug resolve`).
    public func listing() -> String {
        var text = ""
        for use in uses.sorted(by: { $0.location < $1.location }) {
            let access = use.isWrite ? " (written)" : ""
            text += "\(use.location.line):\(use.location.column) \(use.name)\(access) → \(describe(use.referent))\n"
        }
        for function in functions where !function.captures.isEmpty {
            let names = function.captures.map { index in
                let declaration = declarations[index]
                return "\(declaration.name) (\(declaration.location.line):\(declaration.location.column))"
            }
            text += "\(function.name) at \(function.location.line):\(function.location.column) captures "
                + names.joined(separator: ", ") + "\n"
        }
        return text
    }

    /// What a referent is, in words.
    public func describe(_ referent: Referent) -> String {
        switch referent {
        case .local(let index): return "local " + describeDeclaration(index)
        case .capture(let index): return "captured " + describeDeclaration(index)
        case .global(let index): return "global " + describeDeclaration(index)
        case .earlierGlobal: return "global of an earlier cell"
        case .member(let type): return "member of \(type)"
        case .builtin: return "built-in"
        case .unresolved: return "unresolved"
        }
    }

    private func describeDeclaration(_ index: Int) -> String {
        let declaration = declarations[index]
        let place = "\(declaration.location.line):\(declaration.location.column)"
        let what = declaration.kind == .selfValue ? "self" : "\(declaration.kind.rawValue) \(declaration.name)"
        return "\(what) declared at \(place), depth \(declaration.depth)"
    }
}
