import Diagnostics

/// One-sided ranges of Ints used as values: `let upToFive = ...5`, `upToFive.contains(4)`.
enum PartialRangeMembers {
    static let upper = StdlibTable(
        "PartialRangeThrough<Int>", about: "`...b` and `..<b` (`PartialRangeUpTo<Int>`) over Ints, as values.",
        members: [
            bound("var upperBound: Int", "The bound given after `...` or `..<`."),
            contains,
        ])

    static let lower = StdlibTable(
        "PartialRangeFrom<Int>", about: "`a...` over Ints, as a value; a sequence without end (`for i in 1...` until `break`).",
        members: [
            bound("var lowerBound: Int", "The bound given before `...`."),
            contains,
        ],
        viewed: SteppedMembers.wrapper.members.map { $0.viewed(declaration: $0.declaration, convert: Compiler.partialRangeAsStepped) },
        viewedAbout: "The Ints from the bound up, made as they are read (as `sequence(first:next:)`'s elements).")

    static let contains = StdlibMember("func contains(_ element: Int) -> Bool", "Whether `element` lies in the range.") { site in
        guard case .partialRange(let kind) = site.receiver.type else { return nil }
        let range = site.value, x = site.compiler.intArgument(site.arguments[0])
        return Typed(type: .bool, code: .bool { frame in kind.contains(try x(frame), bound: try range(frame).intValue) })
    }

    static func bound(_ declaration: String, _ summary: String) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let range = site.value
            return Typed(type: .int, code: .int { try range($0).intValue })
        }
    }
}
