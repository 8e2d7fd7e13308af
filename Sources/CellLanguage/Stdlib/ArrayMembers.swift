import Diagnostics

/// `[Element]`: its properties and non-mutating methods (the mutating ones are in `ArrayMutatingMembers`).
enum ArrayMembers {
    static let table = StdlibTable("Array", about: "`[Element]`, a value type: copies are independent.",
                                   members: properties + transforms + searches + orderings + slices + ArrayMutatingMembers.members
                                       + RandomMembers.array + ArrayPredicateMembers.members + ArraySequenceMembers.members
                                       + ArrayIndexMembers.members + [SteppedMembers.makeIterator])

    static let properties: [StdlibMember] = [
        StdlibMember("var count: Int", "The number of elements.") { site in
            let array = site.value
            return Typed(type: .int, code: .int { try array($0).arrayValue.count })
        },
        StdlibMember("var isEmpty: Bool", "Whether there are no elements.") { site in
            let array = site.value
            return Typed(type: .bool, code: .bool { try array($0).arrayValue.isEmpty })
        },
        StdlibMember("var first: Element?", "The first element, or nil when empty.") { site in
            let array = site.value
            return Typed(type: .optional(site.element), code: .value { try array($0).arrayValue.first ?? .none })
        },
        StdlibMember("var last: Element?", "The last element, or nil when empty.") { site in
            let array = site.value
            return Typed(type: .optional(site.element), code: .value { try array($0).arrayValue.last ?? .none })
        },
        StdlibMember("var indices: Range<Int>", "The valid subscripts, `0..<count`.") { site in
            let array = site.value
            return Typed(type: .range, code: .value { .range(0, try array($0).arrayValue.count, closed: false) })
        },
        StdlibMember("var lazy: [Element]", "The same elements (cells compute lazy sequences eagerly).") { site in
            site.receiver
        },
    ]

    static let transforms: [StdlibMember] = [
        StdlibMember("func enumerated() -> [(offset: Int, element: Element)]", "Each element with its position.") { site in
            let array = site.value
            let pair = CType.tuple([TupleElement(label: "offset", type: .int), TupleElement(label: "element", type: site.element)])
            let location = site.location
            return Typed(type: .array(pair), code: .value { frame in
                let elements = try array(frame).arrayValue
                var work = LongWork(count: elements.count, at: location)
                return .array(try elements.enumerated().map {
                    try work.step()
                    return .tuple([.int($0.offset), $0.element])
                })
            })
        },
        StdlibMember("func map<T>(_ transform: (Element) -> T) -> [T]", "The results of `transform` on each element.", value: map),
        StdlibMember("func compactMap<T>(_ transform: (Element) -> T?) -> [T]", "The non-nil results of `transform`.") { site in
            let (function, result) = site.compiler.mapFunction(site.arguments[0], [site.element])
            guard case .optional(let wrapped) = result else {
                site.compiler.cannotGenerate(at: site.location)
                return .invalid
            }
            let array = site.value
            return Typed(type: .array(wrapped), code: .value { frame in
                let elements = try array(frame).arrayValue
                guard case .function(let f) = try function(frame) else { return .void }
                var output: [Value] = []
                for value in elements {
                    let mapped = try f.call(value)
                    if case .none = mapped { continue }
                    output.append(mapped)
                }
                return .array(output)
            })
        },
        StdlibMember("func flatMap<T>(_ transform: (Element) -> [T]) -> [T]", "The concatenated results of `transform`.") { site in
            let (function, result) = site.compiler.mapFunction(site.arguments[0], [site.element])
            // A String is a sequence of its Characters (`words.flatMap { $0 }`).
            let isText = result == .string || result == .substring
            guard case .array = result else {
                if !isText {
                    site.compiler.cannotGenerate(at: site.location)
                    return .invalid
                }
                return flatMapCharacters(site, function)
            }
            let array = site.value
            return Typed(type: result, code: .value { frame in
                let elements = try array(frame).arrayValue
                guard case .function(let f) = try function(frame) else { return .void }
                var output: [Value] = []
                for value in elements { output.append(contentsOf: try f.call(value).arrayValue) }
                return .array(output)
            })
        },
        StdlibMember("func filter(_ isIncluded: (Element) -> Bool) -> [Element]", "The elements for which `isIncluded` is true.") { site in
            let predicate = site.compiler.compileFunctionArgument(site.arguments[0], [site.element], .bool)
            let array = site.value
            return Typed(type: .array(site.element), code: .value { frame in
                let elements = try array(frame).arrayValue
                guard case .function(let f) = try predicate(frame) else { return .void }
                var output: [Value] = []
                for value in elements where try f.call(value).boolValue { output.append(value) }
                return .array(output)
            })
        },
        StdlibMember("func forEach(_ body: (Element) -> Void)", "Calls `body` on each element, in order.") { site in
            let body = site.compiler.compileFunctionArgument(site.arguments[0], [site.element], .void)
            let array = site.value
            return Typed(type: .void, code: .void { frame in
                let elements = try array(frame).arrayValue
                guard case .function(let f) = try body(frame) else { return }
                for value in elements { _ = try f.call(value) }
                return
            })
        },
        StdlibMember("func reduce<Result>(_ initialResult: Result, _ nextPartialResult: (Result, Element) -> Result) -> Result",
                     "Combines the elements from `initialResult`, left to right.", value: reduce),
        StdlibMember("func reduce<Result>(into initialResult: Result, _ updateAccumulatingResult: (inout Result, Element) -> Void) -> Result",
                     "Updates an accumulator with each element, left to right.", value: reduceInto),
        StdlibMember("func joined(separator: String) -> String where Element: StringProtocol",
                     "The strings concatenated, `separator` between them (an array of arrays: one array).", value: joined),
        StdlibMember("func joined() -> String where Element: StringProtocol", "The strings concatenated (an array of arrays: one array).", value: joined),
        StdlibMember("func reversed() -> [Element]", "The elements in reverse order.") { site in
            let array = site.value, location = site.location
            return Typed(type: .array(site.element), code: .value { frame in
                let elements = try array(frame).arrayValue
                try LongWork.after(count: elements.count, at: location)
                return .array(elements.reversed())
            })
        },
    ]

    /// `flatMap` whose closure gives Strings: the Characters of each, concatenated.
    private static func flatMapCharacters(_ site: ValueSite, _ function: @escaping (Frame) throws -> Value) -> Typed {
        let array = site.value, location = site.location
        return Typed(type: .array(.character), code: .value { frame in
            let elements = try array(frame).arrayValue
            guard case .function(let f) = try function(frame) else { return .void }
            var output: [Value] = []
            for value in elements {
                let (text, _) = StringIndexing.parts(try f.call(value))
                output.append(contentsOf: text.map { .string(String($0)) })
                try AllocationLimit.checkGrowth(from: 0, to: output.count, at: location)
            }
            return .array(output)
        })
    }

    /// `map`, with `[Double]` expected turning integer literals in the closure into Doubles, as Swift infers: the
    /// closure is compiled for a Double result where the checker typed it so (`TypeChecker.doubleArrayMapCall`).
    @Sendable static func map(_ site: ValueSite) -> Typed? {
        let compiler = site.compiler, element = site.element
        var resultHint: CType = .error
        if case .array(.double)? = site.expected, case .closure = site.arguments[0].value.kind,
           case .function(_, .double)? = compiler.checkedType(site.arguments[0].value) {
            resultHint = .double
        }
        let (function, result) = compiler.mapFunction(site.arguments[0], [element], result: resultHint)
        let array = site.value
        return Typed(type: .array(result), code: .value { frame in
            let elements = try array(frame).arrayValue
            guard case .function(let f) = try function(frame) else { return .void }
            var output: [Value] = []
            output.reserveCapacity(elements.count)
            for value in elements { output.append(try f.call(value)) }
            return .array(output)
        })
    }

    @Sendable static func reduce(_ site: ValueSite) -> Typed? {
        let compiler = site.compiler, element = site.element, arguments = site.arguments
        if let mistake = compiler.floatReduceInitial(arguments, element: element, expected: site.expected) { return mistake }
        let mayRetry = Compiler.isDoubleAccumulatorCandidate(arguments, element: element, expected: site.expected)
        // `shapes.reduce(0) { $0 + $1.area() }`: the accumulator the checker chose, trying an Int then a Double one
        // (`TypeChecker.reduceCall`), compiled once.
        let decided = mayRetry ? compiler.checkedReduceAccumulator(arguments[0].value) : nil
        if mayRetry && decided == nil {
            compiler.cannotGenerate(at: site.location)
            return .invalid
        }
        // The initial value's context, the checker's (`TypeChecker.reduceCall`).
        let initialExpected = !Compiler.reduceInitialIsRuled(arguments[0].value) ? site.expected
            : compiler.decidedContext(arguments[0].value, basis: [element, site.expected]) {
                Compiler.reduceInitialExpected(arguments, element: element, expected: site.expected) ?? site.expected
            }
        let initial = compiler.compileExpr(arguments[0].value, expected: decided == .double ? .double : initialExpected)
        let combine = compiler.compileFunctionArgument(arguments[1], [initial.type, element], initial.type)
        let resultType = initial.type
        let start = initial.value, array = site.value
        return Typed.fromValue(resultType) { frame in
            var accumulator = try start(frame)
            let elements = try array(frame).arrayValue
            guard case .function(let f) = try combine(frame) else { return .void }
            for value in elements { accumulator = try f.call(accumulator, value) }
            return accumulator
        }
    }

    @Sendable static func reduceInto(_ site: ValueSite) -> Typed? {
        let compiler = site.compiler, element = site.element, arguments = site.arguments
        var expected = site.expected
        if expected == nil, case .closure(let literal) = arguments[1].value.kind {
            expected = compiler.inferredReduceAccumulator(arguments[0].value, literal, element: element)
        }
        let initial = compiler.compileExpr(arguments[0].value, expected: expected)
        let resultType = initial.type
        // The closure mutates its first parameter: it is compiled over an inout-style slot, the accumulator passed
        // in and read back from the closure's frame.
        guard case .closure(let literal) = arguments[1].value.kind else {
            compiler.cannotGenerate(at: arguments[1].value.location)
            return .invalid
        }
        let combine = compiler.compileClosure(literal, parameterHints: [resultType, element], returnHint: .void,
                                              at: arguments[1].value.location, firstParameterInout: true)
        if compiler.reportDeclaredClosureResult(literal, combine.type, contextual: .void) { return .invalid }
        // `{ (a: Int, b: Int) in … }`: a first parameter written with its type but without `inout` does not fit.
        let writtenNotInout = literal.parameters.first?.type != nil && literal.inoutParameters.first == false
        guard case .function(let parameters, _) = combine.type, parameters == [resultType, element], !writtenNotInout else {
            compiler.cannotGenerate(at: arguments[1].value.location)
            return .invalid
        }
        let start = initial.value, code = combine.value, array = site.value
        return Typed.fromValue(resultType) { frame in
            var accumulator = try start(frame)
            let elements = try array(frame).arrayValue
            guard case .function(let f) = try code(frame) else { return .void }
            for value in elements { accumulator = try f.call(accumulator, value) }
            return accumulator
        }
    }

    @Sendable static func joined(_ site: ValueSite) -> Typed? {
        let compiler = site.compiler, array = site.value
        if case .array(let inner) = site.element {
            // `[[1, 2], [3]].joined(separator: [0])`: the inner arrays concatenated, as an array.
            let separator: (Frame) throws -> Value = site.arguments.isEmpty ? { _ in .array([]) } : site.argument(0, as: .array(inner))
            let location = site.location
            return Typed(type: .array(inner), code: .value { frame in
                let between = try separator(frame).arrayValue
                var output: [Value] = []
                var work = LongWork(at: location)
                for (index, part) in try array(frame).arrayValue.enumerated() {
                    if index > 0 { output.append(contentsOf: between) }
                    let elements = part.arrayValue
                    output.append(contentsOf: elements)
                    try work.step(by: 1 &+ elements.count &+ between.count)
                    try AllocationLimit.checkGrowth(from: output.count &- elements.count, to: output.count, at: location)
                }
                return .array(output)
            })
        }
        guard site.element == .string || site.element == .substring else { return site.cannotGenerate() }
        let separator: (Frame) throws -> String
        if site.arguments.isEmpty {
            separator = { _ in "" }
        } else {
            let code = compiler.compileExpr(site.arguments[0].value, expected: .string).value
            separator = { try code($0).stringValue }
        }
        let location = site.location
        if site.element == .substring {
            return Typed(type: .string, code: .value { frame in
                .string(try joinedStrings(try array(frame).arrayValue.map { .string(StringIndexing.text($0)) },
                                          separator: try separator(frame), at: location))
            })
        }
        return Typed(type: .string, code: .value { frame in
            .string(try joinedStrings(try array(frame).arrayValue, separator: try separator(frame), at: location))
        })
    }

    /// The strings of `elements` joined; an array of a million strings or more builds its text in slices,
    /// checking the deadline and the memory budget between them (smaller ones are joined in one call, then checked).
    static func joinedStrings(_ elements: [Value], separator: String, at location: SourceLocation) throws -> String {
        let slice = 1 << 18
        guard elements.count >= 4 * slice else {
            let text = elements.map(\.stringValue).joined(separator: separator)
            try LongWork.after(count: elements.count, at: location)
            return text
        }
        var text = ""
        var start = 0
        while start < elements.count {
            let end = min(elements.count, start + slice)
            if start > 0 { text += separator }
            text += elements[start..<end].map(\.stringValue).joined(separator: separator)
            start = end
            try MemoryBudget.check(adding: 0, at: location)
            try Runtime.current?.checkDeadline(location)
        }
        return text
    }
}
