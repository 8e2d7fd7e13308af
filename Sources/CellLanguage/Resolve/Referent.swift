/// What a name use refers to (see `Resolution`); declarations are indices into `Resolution.declarations`.
public enum Referent: Hashable, Sendable {
    /// A local or parameter of the same function or closure (or of top-level code's inner blocks).
    case local(Int)
    /// A local or parameter of an enclosing function or closure, captured.
    case capture(Int)
    /// A top-level declaration of this cell.
    case global(Int)
    /// A top-level name declared by an earlier cell.
    case earlierGlobal
    /// An implicit `self` member or a type member, used inside the body of the named type.
    case member(String)
    /// A name the cell does not declare that the standard library or the bindings provide.
    case builtin
    /// A name nothing declares (the compiler reports it, or knows it as a standard-library function).
    case unresolved

    /// Whether the name is a top-level name of the notebook.
    public var isGlobal: Bool {
        switch self {
        case .global, .earlierGlobal: return true
        default: return false
        }
    }

    /// The declaration it refers to, when the cell declares it.
    public var declaration: Int? {
        switch self {
        case .local(let index), .capture(let index), .global(let index): return index
        default: return nil
        }
    }
}

/// The kinds of declaration a `Resolution` records.
public enum DeclarationKind: String, Hashable, Sendable {
    case constant = "let"
    case variable = "var"
    case parameter
    case closureParameter = "closure parameter"
    case captureListEntry = "capture list entry"
    case function = "func"
    case type
    case member
    case selfValue = "self"
    case genericParameter = "generic parameter"
}
