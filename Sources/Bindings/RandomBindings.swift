import CellLanguage
import SeededRandom

/// `Random`: the NumPy-compatible seeded generator for cells.
///
/// A cell's `Random` is a shared reference (`RandomStream`): `let b = rng` draws from the same stream as `rng`.
///
/// ```swift
/// let rng = Random(seed: 42)
/// let xs = rng.uniform(0.2, 10.0, count: 40)
/// let noise = rng.normal(mean: 0, standardDeviation: 0.5, count: 40)
/// ```
enum RandomBindings {
    static func install(_ bind: ModuleBinder) {
        let type = bind.type(RandomStream.self, doc: "A seeded generator drawing the same numbers as NumPy's legacy RandomState.")
        type.initializer(Param("seed", default: 0), doc: "A generator seeded like `np.random.seed(seed)`.") {
            RandomStream(seed: try BindingSupport.seed($0))
        }
        type.property("seed", doc: "The seed the generator started from.") { Int($0.seed) }
        type.method("nextDouble", doc: "The next uniform Double in [0, 1).") { $0.random.nextDouble() }
        addContinuous(type)
        for closed in [false, true] { addIntegers(type, closed: closed) }
        type.method("permutation", Param<Int>(), doc: "A random order of 0..<n.") { rng, count in
            try BindingSupport.checkCount(count, "permutation")
            return rng.random.permutation(count)
        }
        addElements(type, Double.self)
        addElements(type, Int.self)
        addElements(type, String.self)
        addElements(type, Bool.self)
        type.method("choice", Param<[Double]>("weights"), doc: "An index drawn with the given weights.") {
            try $0.random.choice(weights: $1)
        }
        type.method("choice", Param<[Double]>("weights"), Param<Int>("count"), doc: "`count` indices drawn with the given weights.") {
            rng, weights, count in
            try BindingSupport.checkCount(count, "choice")
            return try rng.random.choice(weights: weights, count: count)
        }
    }

    /// `uniform` (labelled like the library, unlabelled like NumPy's `uniform(low, high, size)`) and `normal`
    /// (`standardDeviation:` as in the library, `std:` as in NumPy-style lessons).
    private static func addContinuous(_ type: TypeBinder<RandomStream>) {
        for labels in [("low", "high"), (nil, nil)] as [(String?, String?)] {
            let low = Param<Double>(labels.0, default: 0), high = Param<Double>(labels.1, default: 1)
            type.method("uniform", low, high, doc: "A Double drawn uniformly from [low, high).") { rng, low, high in
                try checkBounds(low, high)
                return rng.random.uniform(low: low, high: high)
            }
            type.method("uniform", low, high, Param<Int>("count"), doc: "`count` Doubles drawn uniformly from [low, high).") {
                rng, low, high, count in
                try checkBounds(low, high)
                try BindingSupport.checkCount(count, "uniform")
                return rng.random.uniform(low: low, high: high, count: count)
            }
        }
        for label in ["standardDeviation", "std"] {
            let mean = Param<Double>("mean", default: 0), deviation = Param<Double>(label, default: 1)
            type.method("normal", mean, deviation, doc: "A normally distributed Double.") { rng, mean, deviation in
                rng.random.normal(mean: mean, standardDeviation: try checkDeviation(deviation))
            }
            type.method("normal", mean, deviation, Param<Int>("count"), doc: "`count` normally distributed Doubles.") {
                rng, mean, deviation, count in
                try BindingSupport.checkCount(count, "normal")
                return rng.random.normal(mean: mean, standardDeviation: try checkDeviation(deviation), count: count)
            }
        }
    }

    /// `integer(in:)` and `integers(in:count:)` over a half-open or a closed range.
    private static func addIntegers(_ type: TypeBinder<RandomStream>, closed: Bool) {
        let integer = { (rng: RandomStream, range: Range<Int>) in try rng.random.integer(in: range) }
        let integers = { (rng: RandomStream, range: Range<Int>, count: Int) throws -> [Int] in
            try BindingSupport.checkCount(count, "integers")
            return try rng.random.integers(in: range, count: count)
        }
        if closed {
            type.method("integer", Param<ClosedRange<Int>>("in"), doc: "An Int drawn uniformly from the range.") {
                try integer($0, try halfOpen($1))
            }
            type.method("integers", Param<ClosedRange<Int>>("in"), Param<Int>("count"), doc: "`count` Ints drawn uniformly from the range.") {
                try integers($0, try halfOpen($1), $2)
            }
        } else {
            type.method("integer", Param<Range<Int>>("in"), doc: "An Int drawn uniformly from the range.") { try integer($0, $1) }
            type.method("integers", Param<Range<Int>>("in"), Param<Int>("count"), doc: "`count` Ints drawn uniformly from the range.") {
                try integers($0, $1, $2)
            }
        }
    }

    /// `shuffled`, `element(of:)` and `choice(from:count:replace:weights:)` for arrays of `E`.
    private static func addElements<E: CellConvertible>(_ type: TypeBinder<RandomStream>, _ element: E.Type) {
        type.method("shuffled", Param<[E]>(), doc: "The elements in a random order.") { $0.random.shuffled($1) }
        type.method("element", Param<[E]>("of"), doc: "One element drawn uniformly.") { try $0.random.element(of: $1) }
        let from = Param<[E]>("from"), count = Param<Int>("count"), replace = Param("replace", default: true)
        type.method("choice", from, count, replace, doc: "`count` elements drawn as NumPy's `choice(a, count, replace)`.") {
            rng, values, count, replace in
            try BindingSupport.checkCount(count, "choice")
            return try rng.random.choice(from: values, count: count, replace: replace, weights: nil)
        }
        type.method("choice", from, count, replace, Param<[Double]>("weights"),
                    doc: "`count` elements drawn with the given weights, as NumPy's `choice(a, count, replace, p)`.") {
            rng, values, count, replace, weights in
            try BindingSupport.checkCount(count, "choice")
            return try rng.random.choice(from: values, count: count, replace: replace, weights: weights)
        }
    }

    /// A closed range as the half-open one the library takes.
    private static func halfOpen(_ range: ClosedRange<Int>) throws -> Range<Int> {
        guard range.upperBound < Int.max else { throw NativeError("range upper bound is too large") }
        return range.lowerBound..<(range.upperBound + 1)
    }

    private static func checkBounds(_ low: Double, _ high: Double) throws {
        guard low.isFinite, high.isFinite, low <= high else {
            throw NativeError("uniform: need finite bounds with low ≤ high, got \(low) and \(high)")
        }
    }

    private static func checkDeviation(_ value: Double) throws -> Double {
        guard value >= 0, value.isFinite else {
            throw NativeError("normal: the standard deviation must be finite and non-negative, got \(value)")
        }
        return value
    }
}
