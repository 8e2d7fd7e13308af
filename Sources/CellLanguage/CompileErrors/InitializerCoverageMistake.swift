/// How an initializer uses `self` before every stored property it must set is set, or leaves without setting one,
/// with swiftc's message (its definite-initialization diagnostics, which come out after SIL generation) and notes.
enum InitializerCoverageMistake: Hashable, Sendable {
    /// `return from initializer without initializing all stored properties`, naming the properties not set.
    case returnWithoutInitializing(missing: [String])
    /// `'self' used before all stored properties are initialized` (a struct's `self`, member or property read).
    case selfUsedBeforeInitialized(missing: [String])
    /// `'self' used in method call 'm' before all stored properties are initialized` (or property access), in a class.
    case selfUsedInMember(use: String, name: String, missing: [String])
    /// `'self' used in method call 'm' before 'super.init' call` (or property access, or `self` alone: use nil).
    case selfUsedBeforeSuperInit(use: String?, name: String)
    /// `property 'self.y' not initialized at super.init call` (or at the implicitly generated one).
    case propertyNotInitializedAtSuperInit(String, implicit: Bool)
    /// `'super.init' isn't called on all paths before returning from initializer`.
    case superInitNotCalled
    /// `variable 'self.x' captured by a closure before being initialized` (a struct's stored property).
    case propertyCapturedBeforeInitialized(String)
    /// `'self' captured by a closure before all members were initialized` (a class's `self`).
    case selfCapturedBeforeInitialized(missing: [String])
    /// `struct 'self.q' must be completely initialized before a member is stored to`.
    case memberStoredBeforeInitialized(String)

    /// swiftc's message.
    var message: String {
        switch self {
        case .returnWithoutInitializing: return "return from initializer without initializing all stored properties"
        case .selfUsedBeforeInitialized: return "'self' used before all stored properties are initialized"
        case .selfUsedInMember(let use, let name, _):
            return "'self' used in \(use) '\(name)' before all stored properties are initialized"
        case .selfUsedBeforeSuperInit(let use?, let name): return "'self' used in \(use) '\(name)' before 'super.init' call"
        case .selfUsedBeforeSuperInit(nil, _): return "'self' used before 'super.init' call"
        case .propertyNotInitializedAtSuperInit(let name, let implicit):
            return "property '\(name)' not initialized at \(implicit ? "implicitly generated " : "")super.init call"
        case .superInitNotCalled: return "'super.init' isn't called on all paths before returning from initializer"
        case .propertyCapturedBeforeInitialized(let name): return "variable '\(name)' captured by a closure before being initialized"
        case .selfCapturedBeforeInitialized: return "'self' captured by a closure before all members were initialized"
        case .memberStoredBeforeInitialized(let name): return "struct '\(name)' must be completely initialized before a member is stored to"
        }
    }

    /// swiftc's notes: one per stored property not set (`'self.x' not initialized`).
    var notes: [String] {
        switch self {
        case .returnWithoutInitializing(let missing), .selfUsedBeforeInitialized(let missing),
             .selfUsedInMember(_, _, let missing), .selfCapturedBeforeInitialized(let missing):
            return missing.map { "'\($0)' not initialized" }
        default:
            return []
        }
    }
}
