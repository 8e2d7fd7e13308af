import Diagnostics

/// The `String.Index` members of String and Substring (`startIndex`, `index(after:)`, `firstIndex(of:)`, ...) and
/// String's mutating members that take indices; positions are checked as swiftc's program checks them.
enum StringIndexMembers {
    /// The members both String and Substring answer.
    static let members: [StdlibMember] = [
        StdlibMember("var startIndex: String.Index", "The position of the first character.") { site in
            let text = site.value
            return Typed(type: .stringIndex, code: .value { .int(StringIndexing.parts(try text($0)).origin) })
        },
        StdlibMember("var endIndex: String.Index", "The position one past the last character.") { site in
            let text = site.value
            return Typed(type: .stringIndex, code: .value { frame in
                let (text, origin) = StringIndexing.parts(try text(frame))
                return .int(origin &+ text.utf8.count)
            })
        },
        StdlibMember("var indices: [String.Index]", "The position of every character, in order.") { site in
            let text = site.value, location = site.location
            return Typed(type: .array(.stringIndex), code: .value { .array(try StringIndexing.indices(try text($0), at: location)) })
        },
        StdlibMember("func index(after i: String.Index) -> String.Index", "The position after `i` (an error at the end).") { site in
            step(site) { text, index in index < text.endIndex ? text.index(after: index) : nil }
        },
        StdlibMember("func index(before i: String.Index) -> String.Index", "The position before `i` (an error at the start).") { site in
            step(site) { text, index in index > text.startIndex ? text.index(before: index) : nil }
        },
        StdlibMember("func index(_ i: String.Index, offsetBy distance: Int) -> String.Index",
                     "The position `distance` characters from `i` (an error past either end).") { site in
            let text = site.value, start = site.argument(0, as: .stringIndex), distance = site.argument(1, as: .int)
            let location = site.location
            return Typed(type: .stringIndex, code: .value { frame in
                let value = try text(frame), offset = try start(frame).intValue, by = try distance(frame).intValue
                return .int(try StringIndexing.moved(value, offset, by: by, at: location))
            })
        },
        StdlibMember("func index(_ i: String.Index, offsetBy distance: Int, limitedBy limit: String.Index) -> String.Index?",
                     "The position `distance` characters from `i`, or nil when `limit` lies in between.") { site in
            let text = site.value, start = site.argument(0, as: .stringIndex), distance = site.argument(1, as: .int)
            let limit = site.argument(2, as: .stringIndex), location = site.location
            return Typed(type: .optional(.stringIndex), code: .value { frame in
                let value = try text(frame), offset = try start(frame).intValue, by = try distance(frame).intValue
                return try StringIndexing.moved(value, offset, by: by, limitedBy: try limit(frame).intValue, at: location)
                    .map(Value.int) ?? .none
            })
        },
        StdlibMember("func distance(from start: String.Index, to end: String.Index) -> Int",
                     "The number of characters from `start` to `end` (negative when `end` comes first).") { site in
            let text = site.value, start = site.argument(0, as: .stringIndex), end = site.argument(1, as: .stringIndex)
            let location = site.location
            return Typed(type: .int, code: .int { frame in
                let (value, origin) = StringIndexing.parts(try text(frame))
                let from = try StringIndexing.index(value, origin: origin, try start(frame).intValue, at: location)
                let to = try StringIndexing.index(value, origin: origin, try end(frame).intValue, at: location)
                let distance = value.distance(from: from, to: to)
                try LongWork.after(count: Int(distance.magnitude), at: location)
                return distance
            })
        },
        slice("func prefix(upTo end: String.Index) -> Substring", "The characters before `end`.") { _, bound in (nil, bound, false) },
        slice("func prefix(through position: String.Index) -> Substring", "The characters up to and including `position`.") {
            _, bound in (nil, bound, true)
        },
        slice("func suffix(from start: String.Index) -> Substring", "The characters from `start` to the end.") { end, bound in
            (bound, end, false)
        },
        search("func firstIndex(of element: Character) -> String.Index?", "The position of the first `element`, or nil.",
               last: false),
        search("func lastIndex(of element: Character) -> String.Index?", "The position of the last `element`, or nil.",
               last: true),
        predicate("func firstIndex(where predicate: (Character) -> Bool) -> String.Index?",
                  "The position of the first character satisfying `predicate`, or nil.", last: false),
        predicate("func lastIndex(where predicate: (Character) -> Bool) -> String.Index?",
                  "The position of the last character satisfying `predicate`, or nil.", last: true),
    ]

    /// String's mutating members that take indices.
    static let mutating: [StdlibMember] = [
        .mutating("mutating func insert(_ newElement: Character, at i: String.Index)", "Inserts `newElement` at `i`.") { site in
            let character = site.argument(0, as: .character), position = site.argument(1, as: .stringIndex)
            let location = site.location
            return mutate(site, .void, [character, position]) { values, text in
                text.insert(Character(values[0].stringValue),
                            at: try StringIndexing.index(text, origin: 0, values[1].intValue, at: location))
                return .void
            }
        },
        .mutating("mutating func insert(contentsOf newElements: String, at i: String.Index)",
                  "Inserts the characters of `newElements` at `i`.") { site in
            let inserted = site.argument(0, as: .string), position = site.argument(1, as: .stringIndex)
            let location = site.location
            return mutate(site, .void, [inserted, position]) { values, text in
                let more = values[0].stringValue
                try AllocationLimit.checkGrowth(bytes: text.utf8.count &+ more.utf8.count, at: location)
                text.insert(contentsOf: more, at: try StringIndexing.index(text, origin: 0, values[1].intValue, at: location))
                return .void
            }
        },
        .mutating("mutating func remove(at i: String.Index) -> Character", "Removes and returns the character at `i`.") { site in
            let position = site.argument(0, as: .stringIndex), location = site.location
            return mutate(site, .character, [position]) { values, text in
                .string(String(text.remove(at: try StringIndexing.index(text, origin: 0, values[0].intValue, end: false,
                                                                        at: location))))
            }
        },
        .mutating("mutating func removeSubrange(_ bounds: Range<String.Index>)",
                  "Removes the characters between the bounds (`i..<j` or `i...j`).") { site in
            guard let bounds = StringRangeMembers.boundsArgument(site.compiler, site.arguments[0]) else { return .invalid }
            let location = site.location
            return mutate(site, .void, [bounds]) { values, text in
                text.removeSubrange(try StringIndexing.bounds(values[0], in: text, origin: 0, at: location))
                return .void
            }
        },
    ]

    /// `index(after:)`, `index(before:)`: `move` gives nil where swiftc's program stops.
    static func step(_ site: ValueSite, _ move: @escaping @Sendable (String, String.Index) -> String.Index?) -> Typed {
        let text = site.value, position = site.argument(0, as: .stringIndex), location = site.location
        return Typed(type: .stringIndex, code: .value { frame in
            let (value, origin) = StringIndexing.parts(try text(frame))
            let index = try StringIndexing.index(value, origin: origin, try position(frame).intValue, at: location)
            guard let moved = move(value, index) else { throw RuntimeError(message: StringIndexing.outOfBounds, location: location) }
            return .int(StringIndexing.offset(value, origin: origin, moved))
        })
    }

    /// `prefix(upTo:)`, `prefix(through:)`, `suffix(from:)`: `bounds` gives the lower bound (nil: the start), the
    /// upper one and whether it is included, from the end offset and the argument.
    static func slice(_ declaration: String, _ summary: String,
                      _ bounds: @escaping @Sendable (Int, Int) -> (Int?, Int, Bool)) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let text = site.value, position = site.argument(0, as: .stringIndex), location = site.location
            return Typed(type: .substring, code: .value { frame in
                let value = try text(frame), (string, origin) = StringIndexing.parts(value)
                let (lower, upper, closed) = bounds(origin &+ string.utf8.count, try position(frame).intValue)
                return try StringIndexing.slice(value, lower ?? origin, upper, closed: closed, at: location)
            })
        }
    }

    static func search(_ declaration: String, _ summary: String, last: Bool) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let text = site.value, element = site.argument(0, as: .character), location = site.location
            return Typed(type: .optional(.stringIndex), code: .value { frame in
                let (value, origin) = StringIndexing.parts(try text(frame))
                let character = Character(try element(frame).stringValue)
                let found = last ? value.lastIndex(of: character) : value.firstIndex(of: character)
                try LongWork.after(count: value.utf8.count >> 4, at: location)
                return found.map { .int(StringIndexing.offset(value, origin: origin, $0)) } ?? .none
            })
        }
    }

    static func predicate(_ declaration: String, _ summary: String, last: Bool) -> StdlibMember {
        StdlibMember(declaration, summary) { site in
            let test = site.compiler.compileFunctionArgument(site.arguments[0], [.character], .bool)
            let text = site.value
            return Typed(type: .optional(.stringIndex), code: .value { frame in
                let (value, origin) = StringIndexing.parts(try text(frame))
                guard case .function(let f) = try test(frame) else { return .none }
                let satisfies: (Character) throws -> Bool = { try f.call(.string(String($0))).boolValue }
                let found = last ? try value.lastIndex(where: satisfies) : try value.firstIndex(where: satisfies)
                return found.map { .int(StringIndexing.offset(value, origin: origin, $0)) } ?? .none
            })
        }
    }

    /// Evaluates the inputs, then changes the String in place (never copied).
    static func mutate(_ site: PlaceSite, _ type: CType, _ compileInputs: @autoclosure () -> [(Frame) throws -> Value],
                       _ body: @escaping ([Value], inout String) throws -> Value) -> Typed {
        guard let place = site.place() else { return .invalid }
        let modify = place.modify
        let inputs = compileInputs()
        return Typed.fromValue(type) { frame in
            var values: [Value] = []
            for input in inputs { values.append(try input(frame)) }
            var result = Value.void
            try modify(frame) { stored in
                guard case .string(var text) = stored else { return }
                stored = .void
                defer { stored = .string(text) }
                result = try body(values, &text)
            }
            return result
        }
    }
}
