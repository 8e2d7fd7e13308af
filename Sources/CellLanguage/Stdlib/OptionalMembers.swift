/// `Wrapped?`: unwrap with `if let`, `guard let`, `??`, `!` or `?.`; these methods transform without unwrapping.
enum OptionalMembers {
    static let table = StdlibTable(
        "Optional", about: "`Wrapped?`; other members are reached after unwrapping (`if let`, `guard let`, `??`, `!`, `?.`).",
        members: [
            StdlibMember("func map<U>(_ transform: (Wrapped) -> U) -> U?", "nil, or `transform` of the wrapped value.") { site in
                transform(site, flat: false)
            },
            StdlibMember("func flatMap<U>(_ transform: (Wrapped) -> U?) -> U?", "nil, or `transform` of the wrapped value, not re-wrapped.") { site in
                transform(site, flat: true)
            },
        ])

    static func transform(_ site: ValueSite, flat: Bool) -> Typed? {
        guard case .optional(let wrapped) = site.receiver.type else { return nil }
        let (function, result) = site.compiler.mapFunction(site.arguments[0], [wrapped])
        var resultType = CType.optional(result)
        if flat {
            guard case .optional = result else {
                site.compiler.cannotGenerate(at: site.location)
                return .invalid
            }
            resultType = result
        }
        let code = site.value
        return Typed(type: resultType, code: .value { frame in
            let value = try code(frame)
            if case .none = value { return .none }
            guard case .function(let f) = try function(frame) else { return .none }
            return try f.call(value)
        })
    }
}
