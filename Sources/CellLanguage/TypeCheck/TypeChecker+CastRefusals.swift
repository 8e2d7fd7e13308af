import Diagnostics

/// Casts nbrun does not run, refused before generation: the generator builds a test of a value's static type
/// (`x is Int` on a value that is no class instance), casts out of protocol types (`Any` included), from class
/// instances to protocols and between classes (`Compiler.compileTypeCast`), and cast patterns on protocol values and
/// on class instances tested for a subclass (`Compiler.compileCastPattern`). Any other cast is `'as?' from 'S' to 'T'
/// is not supported in nbrun cells (casts between classes are)`, at the cast.
extension TypeChecker {
    /// Reports the cast `source op target` (`is`, `as?`, `as!`) when the generator does not build it; true when
    /// reported.
    func refusesCast(_ source: CType, _ target: CType, _ op: String, at location: SourceLocation) -> Bool {
        guard !source.hasError, !target.hasError, !castRuns(source, target, op) else { return false }
        reportOnce(.unsupported(.cast, op, source.spelledInMessages, target.spelledInMessages), at: location)
        return true
    }

    /// Reports the cast pattern `… as target` (`is target` too) on a subject of type `subject` when the generator does
    /// not build it; true when reported.
    func refusesCastPattern(_ subject: CType, _ target: CType, at location: SourceLocation) -> Bool {
        guard !subject.hasError, !target.hasError, !castPatternRuns(subject, target) else { return false }
        reportOnce(.unsupported(.cast, "as", subject.spelledInMessages, target.spelledInMessages), at: location)
        return true
    }

    /// Whether `Compiler.compileTypeCast` builds `source op target`.
    private func castRuns(_ source: CType, _ target: CType, _ op: String) -> Bool {
        if op == "is", Self.testsStaticType(source, target) { return true }
        let unwrapped: CType
        if case .optional(let wrapped) = source { unwrapped = wrapped } else { unwrapped = source }
        let castsOut = compiler.existentialTest(to: target) != nil
        switch (unwrapped, target) {
        case (.user(let held), _) where held.kind == .protocolType && castsOut:
            return true
        case (.user(let held), .user(let proto)) where held.kind == .classType && proto.kind == .protocolType:
            // Only a class instance that is not optional (`Compiler.classToProtocolCast`).
            return castsOut && !source.isOptional
        case (.user(let held), .user(let other)):
            return held.kind == .classType && other.kind == .classType
        default:
            return false
        }
    }

    /// Whether `x is target` is answered from the static type (`Compiler.valueTypeTest`): the target is no class or
    /// protocol, and the value is a protocol value or of a type that is no class, optional or error.
    private static func testsStaticType(_ source: CType, _ target: CType) -> Bool {
        if case .user(let type) = target, type.kind == .classType || type.kind == .protocolType { return false }
        switch source {
        case .user(let held): return held.kind != .classType
        case .optional, .error: return false
        default: return true
        }
    }

    /// Whether `Compiler.compileCastPattern` builds a cast pattern to `target` on a subject of type `subject`.
    private func castPatternRuns(_ subject: CType, _ target: CType) -> Bool {
        guard case .user(let held) = subject else { return false }
        switch held.kind {
        case .protocolType:
            return compiler.existentialTest(to: target) != nil
        case .classType:
            guard case .user(let sub) = target, sub.kind == .classType else { return false }
            return sub.isSubclass(of: held)
        default:
            return false
        }
    }
}
