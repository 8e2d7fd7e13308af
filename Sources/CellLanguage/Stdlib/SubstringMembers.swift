import Diagnostics

/// `Substring` (`s[i..<j]`, `s[..<i]`): its indices are its base string's, and it answers String's other members on
/// its text; `String(sub)` copies it into a String.
enum SubstringMembers {
    static let table = StdlibTable(
        "Substring", about: "A slice of a String, sharing its indices (`sub.startIndex` is a position in the base string).",
        members: StringIndexMembers.members + StringRangeMembers.members + [StringMembers.split, StringPieceMembers.splitWhere]
            + StringPieceMembers.splitLimited + StringSliceMembers.members,
        viewed: StringMembers.table.allMembers.compactMap { member in
            guard case .value = member.implementation else { return nil }
            return member.viewed(declaration: member.declaration, convert: { typed, _ in text(typed) })
        },
        viewedAbout: "A Substring answers String's other members on its text (those giving a String give a String).")

    /// `Range<String.Index>` and `ClosedRange<String.Index>` (`i..<j`, `i...j`).
    static let rangeTable = StdlibTable(
        "Range<String.Index>", about: "`i..<j` and `i...j` (`ClosedRange<String.Index>`) between positions of a String.",
        members: [
            bound("var lowerBound: String.Index", "The first position.", lower: true),
            bound("var upperBound: String.Index", "The bound given after `..<` or `...`.", lower: false),
            StdlibMember("var isEmpty: Bool", "Whether the range holds no position.") { site in
                let range = site.value
                return Typed(type: .bool, code: .bool { frame in
                    guard case .range(let lower, let upper, let closed) = try range(frame) else { return true }
                    return closed ? lower > upper : lower >= upper
                })
            },
        ])

    /// A String or Substring value as a String.
    @Sendable static func text(_ typed: Typed) -> Typed {
        let code = typed.value
        return Typed(type: .string, code: .value { .string(StringIndexing.text(try code($0))) })
    }

    static func bound(_ declaration: String, _ summary: String, lower: Bool) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let range = site.value
            return Typed(type: .stringIndex, code: .value { frame in
                guard case .range(let low, let high, _) = try range(frame) else { return .int(0) }
                return .int(lower ? low : high)
            })
        }
    }
}
