import Diagnostics

/// `Hasher` (what a declared type's `hash(into:)` combines its values into) and `ObjectIdentifier`.
enum HasherMembers {
    static let table = StdlibTable(
        "Hasher", about: "`Hasher`: a `hash(into:)` combines into it the values that decide a key's hash.",
        members: [
            .mutating("mutating func combine<H: Hashable>(_ value: H)",
                      "Feeds `value` into the hash (through its own `hash(into:)` for a declared type).") { site in
                guard let place = site.place() else { return .invalid }
                let typed = site.compiler.compileExpr(site.arguments[0].value, expected: nil)
                guard typed.type.isHashable else {
                    site.compiler.cannotGenerate(at: site.location)
                    return .invalid
                }
                let value = typed.value, type = typed.type, modify = place.modify
                return Typed(type: .void, code: .value { frame in
                    let record = try KeyHashing.record(of: try value(frame), as: type)
                    try modify(frame) { stored in stored = .native(stored.hasherState.combining(record)) }
                    return .void
                })
            },
            StdlibMember("func finalize() -> Int", "The hash of what was combined: a different number at each run, as in Swift.") { site in
                let hasher = site.value
                return Typed(type: .int, code: .int { try hasher($0).hasherState.finalized })
            },
        ])

    /// `ObjectIdentifier` has no members of its own besides `hashValue` (it is Hashable and Equatable).
    static let identifierTable = StdlibTable(
        "ObjectIdentifier", about: "The identity of the class instance it is made from: Hashable (a set element or a "
            + "dictionary key) and Equatable; it keeps nothing alive.", members: [])
}
