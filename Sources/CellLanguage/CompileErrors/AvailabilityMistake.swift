/// What is wrong with the arguments of `#available(…)` or `#unavailable(…)` (swiftc's errors).
enum AvailabilityMistake: Hashable, Sendable {
    /// `condition required for target platform '*'` (an `#available` without `*`).
    case conditionRequired
    /// `must handle potential future platforms with '*'`.
    case wildcardRequired
    /// `platform wildcard '*' is always implicit in #unavailable`.
    case wildcardInUnavailable
    /// `expected version number`.
    case versionRequired
    /// `version for iOS already specified`.
    case platformRepeated(String)
    /// `Swift version checks not allowed in #available(...)`.
    case swiftVersion(keyword: String)

    /// swiftc's message.
    var message: String {
        switch self {
        case .conditionRequired: return "condition required for target platform '*'"
        case .wildcardRequired: return "must handle potential future platforms with '*'"
        case .wildcardInUnavailable: return "platform wildcard '*' is always implicit in #unavailable"
        case .versionRequired: return "expected version number"
        case .platformRepeated(let platform): return "version for \(platform) already specified"
        case .swiftVersion(let keyword): return "Swift version checks not allowed in \(keyword)(...)"
        }
    }

    /// One of each wording (for the error reference).
    static let samples: [AvailabilityMistake] = [.conditionRequired, .wildcardRequired, .wildcardInUnavailable, .versionRequired,
                                                 .platformRepeated("iOS"), .swiftVersion(keyword: "#available"),
                                                 .swiftVersion(keyword: "#unavailable")]
}
