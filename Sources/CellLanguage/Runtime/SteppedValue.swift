import Diagnostics

/// The value of a `CType.stepped` sequence or iterator: a state and the function that gives the next element from it
/// (`.none` at the end) while updating it. A step makes a new value, so a copy keeps its own position, as Swift's
/// iterators (structs) do.
final class SteppedValue: CustomStringConvertible {
    /// Gives the next element (`.none` at the end) and updates the state.
    typealias Advance = (inout Value) throws -> Value

    let state: Value
    let advance: Advance

    init(state: Value, advance: @escaping Advance) {
        self.state = state
        self.advance = advance
    }

    /// The next element (`.none` at the end) and the value positioned after it.
    func next() throws -> (element: Value, rest: SteppedValue) {
        var state = self.state
        let element = try advance(&state)
        return (element, SteppedValue(state: state, advance: advance))
    }

    /// The elements until the end (an error past the array cap or the run's deadline, as a sequence without end).
    func elements(limit: Int = .max, at location: SourceLocation?) throws -> [Value] {
        var state = self.state, elements: [Value] = []
        var work = LongWork(at: location)
        while elements.count < limit {
            let element = try advance(&state)
            if case .none = element { break }
            elements.append(element)
            try work.step()
            try AllocationLimit.checkGrowth(from: elements.count - 1, to: elements.count, at: location)
        }
        return elements
    }

    var description: String { "SteppedValue" }

    /// The stepped value a `Value.native` holds.
    static func of(_ value: Value) -> SteppedValue {
        guard case .native(let object) = value, let stepped = object as? SteppedValue else {
            return SteppedValue(state: .void) { _ in .none }
        }
        return stepped
    }

    /// `sequence(state:next:)`: `step` is called with the state (the closure's result and its final state, as a
    /// closure with an inout first parameter gives them) until it gives nil, and never after.
    static func unfolding(_ initial: Value, _ step: FunctionValue) -> SteppedValue {
        SteppedValue(state: .tuple([initial, .bool(false)])) { state in
            guard case .tuple(let parts) = state, parts.count == 2, !parts[1].boolValue else { return .none }
            let result = try step.call([parts[0]]).tupleValue
            let element = result.first ?? .none
            var ended = false
            if case .none = element { ended = true }
            state = .tuple([result.count > 1 ? result[1] : parts[0], .bool(ended)])
            return element
        }
    }

    /// `sequence(first:next:)`: `first`, then `next` of the previous element until it gives nil.
    static func unfolding(first: Value, _ next: FunctionValue) -> SteppedValue {
        SteppedValue(state: .tuple([first, .bool(true)])) { state in
            guard case .tuple(let parts) = state, parts.count == 2 else { return .none }
            if parts[1].boolValue {
                state = .tuple([parts[0], .bool(false)])
                return parts[0]
            }
            if case .none = parts[0] { return .none }
            let element = try next.call(parts[0])
            state = .tuple([element, .bool(false)])
            return element
        }
    }

    /// `base.prefix(maxLength)`: at most `maxLength` elements of `base`.
    static func prefix(_ base: SteppedValue, _ maxLength: Int) -> SteppedValue {
        SteppedValue(state: .tuple([.native(base), .int(maxLength)])) { state in
            guard case .tuple(let parts) = state, parts.count == 2, parts[1].intValue > 0 else { return .none }
            let (element, rest) = try SteppedValue.of(parts[0]).next()
            state = .tuple([.native(rest), .int(parts[1].intValue - 1)])
            return element
        }
    }

    /// `base.dropFirst(k)`: the elements of `base` after its first `k`, skipped at the first step.
    static func dropFirst(_ base: SteppedValue, _ k: Int) -> SteppedValue {
        SteppedValue(state: .tuple([.native(base), .int(k)])) { state in
            guard case .tuple(let parts) = state, parts.count == 2 else { return .none }
            var current = SteppedValue.of(parts[0])
            for _ in 0..<max(parts[1].intValue, 0) {
                let (element, rest) = try current.next()
                current = rest
                if case .none = element { break }
            }
            let (element, rest) = try current.next()
            state = .tuple([.native(rest), .int(0)])
            return element
        }
    }

    /// `base.lazy.map(transform)`: `transform` of each element of `base`, called as it is read.
    static func mapping(_ base: SteppedValue, _ transform: FunctionValue) -> SteppedValue {
        SteppedValue(state: .native(base)) { state in
            let (element, rest) = try SteppedValue.of(state).next()
            if case .none = element { return .none }
            state = .native(rest)
            return try transform.call(element)
        }
    }

    /// `base.lazy.filter(isIncluded)`: the elements of `base` for which `isIncluded` holds, tested as they are read.
    static func filtering(_ base: SteppedValue, _ isIncluded: FunctionValue, at location: SourceLocation?) -> SteppedValue {
        SteppedValue(state: .native(base)) { state in
            var current = SteppedValue.of(state)
            var work = LongWork(at: location)  // a filter nothing passes runs until the deadline, as Swift's runs forever
            while true {
                try work.step()
                let (element, rest) = try current.next()
                current = rest
                if case .none = element { break }
                if try isIncluded.call(element).boolValue {
                    state = .native(current)
                    return element
                }
            }
            state = .native(current)
            return .none
        }
    }

    /// `AnyIterator(next)`: `next()` for each element (its captured state shared by every copy, as Swift's box is).
    static func generating(_ next: FunctionValue) -> SteppedValue {
        SteppedValue(state: .void) { _ in try next.call([]) }
    }

    /// `a...` as a sequence: `a`, `a + 1`, … (an error past Int.max, where Swift's traps).
    static func counting(from start: Int, at location: SourceLocation?) -> SteppedValue {
        SteppedValue(state: .tuple([.int(start), .bool(false)])) { state in
            guard case .tuple(let parts) = state, parts.count == 2 else { return .none }
            if parts[1].boolValue { throw RuntimeError(message: "arithmetic overflow in '+'", location: location) }
            let current = parts[0].intValue
            state = current == .max ? .tuple([parts[0], .bool(true)]) : .tuple([.int(current + 1), .bool(false)])
            return parts[0]
        }
    }

    /// An iterator over `elements`, in order.
    static func iterating(_ elements: [Value]) -> SteppedValue {
        SteppedValue(state: .tuple([.array(elements), .int(0)])) { state in
            guard case .tuple(let parts) = state, parts.count == 2 else { return .none }
            let index = parts[1].intValue, all = parts[0].arrayValue
            guard index < all.count else { return .none }
            state = .tuple([parts[0], .int(index + 1)])
            return all[index]
        }
    }
}
