import Diagnostics

/// `Range<Int>` / `ClosedRange<Int>` (`a..<b`, `a...b`) and `Range<Double>` / `ClosedRange<Double>`.
enum RangeMembers {
    static let int = StdlibTable(
        "Range<Int>", about: "`a..<b` and `a...b` (`ClosedRange<Int>`) over Ints; the same members for both.",
        members: [
            SteppedMembers.makeIterator,
            bound("var lowerBound: Int", "The first value.") { lower, _, _ in lower },
            bound("var upperBound: Int", "The bound given after `..<` or `...`.") { _, upper, _ in upper },
            StdlibMember("var count: Int", "The number of values (an error when it exceeds Int.max).") { site in
                let range = site.value, location = site.location
                return Typed(type: .int, code: .int { frame in
                    guard case .range(let lower, let upper, let closed) = try range(frame) else { return 0 }
                    return try RangeArithmetic.count(lower, upper, closed: closed, at: location)
                })
            },
            StdlibMember("var isEmpty: Bool", "Whether the range holds no value.") { site in
                let range = site.value
                return Typed(type: .bool, code: .bool { frame in
                    guard case .range(let lower, let upper, let closed) = try range(frame) else { return true }
                    return closed ? lower > upper : lower >= upper
                })
            },
            StdlibMember("var first: Int?", "The first value, nil when the range is empty.") { site in
                end(site, first: true)
            },
            StdlibMember("var last: Int?", "The last value, nil when the range is empty.") { site in
                end(site, first: false)
            },
            StdlibMember("var lazy: [Int]", "The values (cells compute lazy sequences eagerly).") { site in
                elements(site.receiver, site.location)
            },
            StdlibMember("func contains(_ value: Int) -> Bool", "Whether `value` lies in the range.") { site in
                let range = site.value, x = site.compiler.intArgument(site.arguments[0])
                return Typed(type: .bool, code: .bool { frame in
                    guard case .range(let lower, let upper, let closed) = try range(frame) else { return false }
                    let value = try x(frame)
                    return value >= lower && (closed ? value <= upper : value < upper)
                })
            },
        ],
        viewed: ArrayMembers.table.members.filter { $0.kind == .method && !ArraySliceMembers.indexNames.contains($0.name) }
            .map { member in
                member.viewed(declaration: member.declaration.replacingPlaceholder("Element", with: "Int"),
                              convert: member.declaration.hasSuffix("-> ArraySlice<Element>") ? valuesAsSlice : elements)
            }
            + ArraySliceMembers.indexMembers.filter { $0.kind == .method }.map(indexMember),
        viewedAbout: "A range of Ints answers the Array methods on the array of its values; `firstIndex` and `lastIndex` "
            + "give values (a `Range<Int>`'s indices are its values).")

    static let double = StdlibTable(
        "Range<Double>", about: "`a..<b` and `a...b` (`ClosedRange<Double>`) over Doubles, e.g. a slider's domain.",
        members: [
            doubleBound("var lowerBound: Double", "The first value.", lower: true),
            doubleBound("var upperBound: Double", "The bound given after `..<` or `...`.", lower: false),
            StdlibMember("func contains(_ value: Double) -> Bool", "Whether `value` lies in the range.") { site in
                let range = site.value, x = site.compiler.doubleArgument(site.arguments[0])
                return Typed(type: .bool, code: .bool { frame in
                    guard case .doubleRange(let lower, let upper, let closed) = try range(frame) else { return false }
                    let value = try x(frame)
                    return value >= lower && (closed ? value <= upper : value < upper)
                })
            },
        ])

    /// The first or last value of an Int range (nil when it is empty).
    @Sendable static func end(_ site: ValueSite, first: Bool) -> Typed {
        let range = site.value
        return Typed(type: .optional(.int), code: .value { frame in
            guard case .range(let lower, let upper, let closed) = try range(frame) else { return .none }
            let last = closed ? upper : upper &- 1
            guard closed ? lower <= upper : lower < upper else { return .none }
            return .int(first ? lower : last)
        })
    }

    /// An Int range as the array of its values (bounded by the collection size limit).
    /// A range of Ints as the slice of its values whose indices are the values (`(5..<9).dropFirst()[6]` is 6).
    /// `firstIndex`/`lastIndex` of a `Range<Int>`: its indices are its values, as a slice's are its base's
    /// (`(5..<10).firstIndex(of: 7)` is 7). A `ClosedRange`'s index is a type of its own (`ClosedRange<Int>.Index`),
    /// which nbrun does not model: refused at the member.
    private static func indexMember(_ member: StdlibMember) -> StdlibMember {
        guard case .value(let compile) = member.implementation else { return member }
        return StdlibMember(member.declaration.replacingPlaceholder("Element", with: "Int"), member.summary, value: { site in
            guard site.receiver.type != .closedRange else {
                site.compiler.cannotGenerate(at: site.location)
                return .invalid
            }
            return compile(site.withReceiver(valuesAsSlice(site.receiver, site.location)))
        })
    }

    /// The refusal of the index method `name` on a ClosedRange (the type checker's too).
    static func closedRangeIndexRefusal(_ name: String) -> CompileError {
        .unsupported(.closedRangeIndices, name)
    }

    @Sendable static func valuesAsSlice(_ range: Typed, _ place: SourceLocation) -> Typed {
        let bounds = range.value
        return Typed(type: .arraySlice(.int), code: .value { frame in
            guard case .range(let lower, let upper, let closed) = try bounds(frame) else { return .array([]) }
            return SliceValue.make(try AllocationLimit.rangeElements(lower, upper, closed: closed, at: place), start: lower)
        })
    }

    @Sendable static func elements(_ range: Typed, _ place: SourceLocation) -> Typed {
        let bounds = range.value
        return Typed(type: .array(.int), code: .value { frame in
            guard case .range(let lower, let upper, let closed) = try bounds(frame) else { return .array([]) }
            return .array(try AllocationLimit.rangeElements(lower, upper, closed: closed, at: place))
        })
    }

    static func bound(_ declaration: String, _ summary: String,
                      _ pick: @escaping @Sendable (Int, Int, Bool) -> Int) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let range = site.value
            return Typed(type: .int, code: .int { frame in
                guard case .range(let lower, let upper, let closed) = try range(frame) else { return 0 }
                return pick(lower, upper, closed)
            })
        }
    }

    static func doubleBound(_ declaration: String, _ summary: String, lower isLower: Bool) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let range = site.value
            return Typed(type: .double, code: .double { frame in
                guard case .doubleRange(let lower, let upper, _) = try range(frame) else { return 0 }
                return isLower ? lower : upper
            })
        }
    }
}
