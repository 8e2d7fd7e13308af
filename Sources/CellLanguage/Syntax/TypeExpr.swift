import Diagnostics

/// A type as written in cell code, e.g. `[Double]` or `(Int) -> Int`.
indirect enum TypeExpr {
    case named(String, SourceLocation)
    case array(TypeExpr)
    case dictionary(TypeExpr, TypeExpr)
    case set(TypeExpr)
    case optional(TypeExpr)
    /// `T!`: an optional that is force-unwrapped where a non-optional is needed.
    case implicitlyUnwrapped(TypeExpr)
    case function([TypeExpr], TypeExpr)
    case tuple([String?], [TypeExpr])
    /// `(Int) throws -> Int`.
    case throwingFunction([TypeExpr], TypeExpr)
}

extension TypeExpr {
    /// Whether the type is a function type, throwing or not (a trailing closure may stand for such a parameter).
    var isFunction: Bool {
        switch self {
        case .function, .throwingFunction: return true
        default: return false
        }
    }

    /// Whether a closure literal may be passed for this type, trailing or not: a function type or an optional one.
    var acceptsClosure: Bool {
        if case .optional(let wrapped) = self { return wrapped.isFunction }
        return isFunction
    }

    /// A function type's parameter types and whether it throws (`(T) throws -> U`); no parameters, not throwing,
    /// for any other type.
    var functionParameters: (parameters: [TypeExpr], throwing: Bool) {
        switch self {
        case .function(let parameters, _): return (parameters, false)
        case .throwingFunction(let parameters, _): return (parameters, true)
        default: return ([], false)
        }
    }
}
