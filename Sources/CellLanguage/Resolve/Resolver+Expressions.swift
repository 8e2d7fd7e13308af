import Diagnostics

extension Resolver {
    /// Resolves every name in an expression.
    mutating func expr(_ expr: Expr) {
        switch expr.kind {
        case .name(let name):
            use(expr, name)
        case .typeReference(let type):
            typeExpr(type)
        case .assign(_, let target, let value, _):
            // Left to right, as Swift evaluates them (captures are listed in that order).
            place(target)
            self.expr(value)
        case .closure(let literal):
            closure(literal, at: expr.location)
        case .cast(let value, let type, _):
            self.expr(value)
            typeExpr(type)
        case .inoutArgument(let target):
            place(target)
        default:
            expr.forEachChild { self.expr($0) }
        }
    }

    /// An assigned or mutated place: its root name is recorded as written; indices are read.
    private mutating func place(_ target: Expr) {
        switch target.kind {
        case .name("_"):
            break
        case .name(let name):
            use(target, name, isWrite: true)
        case .member(let base?, _, _), .forceUnwrap(let base), .optionalChain(let base):
            place(base)
        case .subscriptAccess(let base, let arguments):
            place(base)
            for argument in arguments { expr(argument.value) }
        case .tuple(let items):
            for item in items { place(item.value) }
        default:
            expr(target)
        }
    }

    /// A closure: its capture list is resolved outside it, its parameters (`$0`…) and body one level deeper.
    private mutating func closure(_ literal: ClosureLiteral, at location: SourceLocation) {
        for capture in literal.captures { use(capture.name, at: capture.location) }
        for owned in literal.ownedCaptures {
            if let value = literal.ownedCaptureValues[owned.name] { expr(value) } else { use(owned.name, at: owned.location) }
        }
        for type in literal.parameters.compactMap(\.type) { typeExpr(type) }
        if let result = literal.returnType { typeExpr(result) }
        function("{ }", literal, at: location) { resolver in
            for capture in literal.captures { resolver.declare(capture.name, .captureListEntry, at: capture.location) }
            for owned in literal.ownedCaptures { resolver.declare(owned.name, .captureListEntry, at: owned.location) }
            let locations = literal.parameterLocations
            for (index, parameter) in literal.parameters.enumerated() {
                resolver.declare(parameter.name, .closureParameter, at: index < locations.count ? locations[index] : location)
            }
            for index in 0..<literal.anonymousCount { resolver.declare("$\(index)", .closureParameter, at: location) }
            resolver.statements(literal.body)
        }
    }

    /// Resolves the type names a type annotation writes (keyed by their positions).
    mutating func typeExpr(_ type: TypeExpr) {
        type.forEachName { name, location in use(name, at: location) }
    }
}
