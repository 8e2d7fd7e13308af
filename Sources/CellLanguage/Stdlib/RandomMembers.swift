import Diagnostics

/// Random values: `Int.random(in:)`, `Double.random(in:)`, `Bool.random()`, `randomElement()`, `shuffled()` and
/// `shuffle()`, each also with `using: &generator` (a cell's own `RandomNumberGenerator`, drawn with Swift's
/// algorithms, so the numbers are swiftc's). Without `using:` they draw from the cell's stream, seeded from the
/// cell's code, so a page is the same at every render.
enum RandomMembers {
    static let int: [StdlibMember] = [
        StdlibMember("static func random(in range: Range<Int>) -> Int",
                     "A uniformly drawn Int of `range` (or of a `ClosedRange<Int>`, `1...6`), from the cell's stream "
                        + "(seeded from the cell's code).", value: intRandom),
        StdlibMember("static func random(in range: Range<Int>, using generator: inout some RandomNumberGenerator) -> Int",
                     "The same from `generator`: the value Swift draws from it.", value: intRandom),
    ]

    static let double: [StdlibMember] = [
        StdlibMember("static func random(in range: Range<Double>) -> Double",
                     "A uniformly drawn Double of `range` (or of a `ClosedRange<Double>`, `-1...1`), from the cell's stream "
                        + "(seeded from the cell's code).", value: doubleRandom),
        StdlibMember("static func random(in range: Range<Double>, using generator: inout some RandomNumberGenerator) -> Double",
                     "The same from `generator`: the value Swift draws from it.", value: doubleRandom),
    ]

    static let bool: [StdlibMember] = [
        StdlibMember("static func random() -> Bool", "`true` or `false`, from the cell's stream.", value: boolRandom),
        StdlibMember("static func random(using generator: inout some RandomNumberGenerator) -> Bool",
                     "`true` or `false`, from `generator`.", value: boolRandom),
    ]

    static let array: [StdlibMember] = [
        StdlibMember("func randomElement() -> Element?", "An element drawn from the cell's stream, or nil when empty.",
                     value: randomElement),
        StdlibMember("func randomElement(using generator: inout some RandomNumberGenerator) -> Element?",
                     "An element drawn from `generator`, or nil when empty.", value: randomElement),
        StdlibMember("func shuffled() -> [Element]", "The elements in an order drawn from the cell's stream.", value: shuffled),
        StdlibMember("func shuffled(using generator: inout some RandomNumberGenerator) -> [Element]",
                     "The elements in an order drawn from `generator`.", value: shuffled),
        .mutating("mutating func shuffle()", "Shuffles the elements in place, from the cell's stream.", shuffle),
        .mutating("mutating func shuffle(using generator: inout some RandomNumberGenerator)",
                  "Shuffles the elements in place, from `generator`.", shuffle),
    ]

    @Sendable static func intRandom(_ site: ValueSite) -> Typed? {
        guard let (bounds, source) = rangeAndSource(site, [.range, .closedRange]) else { return .invalid }
        let location = site.location
        return Typed(type: .int, code: .int { frame in
            guard case .range(let lower, let upper, let closed) = try bounds(frame) else { return 0 }
            guard closed ? lower <= upper : lower < upper else { throw emptyRange(location) }
            return try SwiftRandom.int(from: lower, to: upper, closed: closed, source(frame))
        })
    }

    @Sendable static func doubleRandom(_ site: ValueSite) -> Typed? {
        guard let (bounds, source) = rangeAndSource(site, [.doubleRange, .doubleClosedRange]) else { return .invalid }
        let location = site.location
        return Typed(type: .double, code: .double { frame in
            guard case .doubleRange(let lower, let upper, let closed) = try bounds(frame) else { return 0 }
            guard closed ? lower <= upper : lower < upper else { throw emptyRange(location) }
            guard (upper - lower).isFinite else {
                throw RuntimeError(message: "There is no uniform distribution on an infinite range", location: location)
            }
            return try SwiftRandom.double(from: lower, to: upper, closed: closed, source(frame))
        })
    }

    @Sendable static func boolRandom(_ site: ValueSite) -> Typed? {
        guard let source = site.randomSource() else { return .invalid }
        return Typed(type: .bool, code: .bool { frame in try SwiftRandom.bool(source(frame)) })
    }

    @Sendable static func randomElement(_ site: ValueSite) -> Typed? {
        let array = site.value
        guard let source = site.randomSource() else { return .invalid }
        return Typed(type: .optional(site.element), code: .value { frame in
            let elements = try array(frame).arrayValue
            guard !elements.isEmpty else { return .none }
            return elements[try SwiftRandom.int(from: 0, to: elements.count, closed: false, source(frame))]
        })
    }

    @Sendable static func shuffled(_ site: ValueSite) -> Typed? {
        let array = site.value
        guard let source = site.randomSource() else { return .invalid }
        return Typed(type: .array(site.element), code: .value { frame in
            var elements = try array(frame).arrayValue
            try SwiftRandom.shuffle(&elements, source(frame))
            return .array(elements)
        })
    }

    @Sendable static func shuffle(_ site: PlaceSite) -> Typed? {
        guard let place = site.place(), let source = site.compiler.randomSource(site.arguments, at: site.location) else { return .invalid }
        let modify = place.modify
        return Typed(type: .void, code: .void { frame in
            let next = source(frame)
            try modify(frame) { stored in
                guard case .array(var elements) = stored else { return ExclusiveAccess.note(stored) }
                stored = .void
                defer { stored = .array(elements) }
                try SwiftRandom.shuffle(&elements, next)
            }
        })
    }

    /// The `in:` range (of one of `kinds`, the first being the contextual type) and the source of the words.
    private static func rangeAndSource(_ site: ValueSite, _ kinds: [CType])
        -> ((Frame) throws -> Value, (Frame) -> SwiftRandom.Next)? {
        let argument = site.arguments[0].value
        let range = site.compiler.compileExpr(argument, expected: kinds[0])
        guard kinds.contains(range.type) else {  // a range of another type: the checker reports it (`stdlibStaticCall`)
            if !range.type.hasError { site.compiler.cannotGenerate(at: argument.location) }
            return nil
        }
        guard let source = site.randomSource() else { return nil }
        return (range.value, source)
    }

    private static func emptyRange(_ location: SourceLocation) -> RuntimeError {
        RuntimeError(message: "Can't get random value with an empty range", location: location)
    }
}

extension ValueSite {
    /// The words a random member draws (`Compiler.randomSource`).
    func randomSource() -> ((Frame) -> SwiftRandom.Next)? {
        compiler.randomSource(arguments, at: location)
    }
}
