#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A seeded Mersenne Twister (MT19937) generator whose streams match NumPy's legacy
/// `np.random.seed(s)` / `RandomState(s)` exactly, so a lesson gets the same numbers in Swift as in Python.
///
/// Every method documents the NumPy call it reproduces. Draws advance the state in the same order as NumPy,
/// so mixing calls (`uniform` then `normal`) also stays in lockstep with the equivalent NumPy program.
public struct Random: RandomNumberGenerator, Sendable {
    private static let stateSize = 624
    private static let shift = 397

    private var state: [UInt32]
    private var position: Int
    private var cachedGaussian: Double?

    /// Creates a generator seeded like `np.random.seed(seed)`.
    public init(seed: UInt32) {
        var key = [UInt32](repeating: 0, count: Random.stateSize)
        var value = seed
        for index in 0..<Random.stateSize {
            key[index] = value
            value = 1_812_433_253 &* (value ^ (value >> 30)) &+ UInt32(index + 1)
        }
        state = key
        position = Random.stateSize
        cachedGaussian = nil
    }

    // MARK: Raw draws

    /// The next raw 32-bit output of MT19937.
    public mutating func nextUInt32() -> UInt32 {
        if position >= Random.stateSize { twist() }
        var y = state[position]
        position += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    /// The next 64-bit value built from two 32-bit draws (high word first), as NumPy's `next_uint64`.
    public mutating func nextUInt64() -> UInt64 {
        let high = UInt64(nextUInt32())
        let low = UInt64(nextUInt32())
        return high << 32 | low
    }

    /// `RandomNumberGenerator` conformance; equal to `nextUInt64()`.
    public mutating func next() -> UInt64 { nextUInt64() }

    /// A double in [0, 1) with 53 random bits, as `np.random.random_sample()`.
    public mutating func nextDouble() -> Double {
        let a = Double(nextUInt32() >> 5)
        let b = Double(nextUInt32() >> 6)
        return (a * 67_108_864.0 + b) / 9_007_199_254_740_992.0
    }

    private mutating func twist() {
        let n = Random.stateSize
        let m = Random.shift
        for index in 0..<n {
            let y = (state[index] & 0x8000_0000) | (state[(index + 1) % n] & 0x7fff_ffff)
            var next = state[(index + m) % n] ^ (y >> 1)
            if y & 1 != 0 { next ^= 0x9908_b0df }
            state[index] = next
        }
        position = 0
    }

    // MARK: Continuous distributions

    /// A uniform double in [low, high), as `np.random.uniform(low, high)`.
    public mutating func uniform(low: Double = 0, high: Double = 1) -> Double {
        low + (high - low) * nextDouble()
    }

    /// `count` uniform doubles in [low, high), as `np.random.uniform(low, high, count)`.
    public mutating func uniform(low: Double = 0, high: Double = 1, count: Int) -> [Double] {
        (0..<max(count, 0)).map { _ in uniform(low: low, high: high) }
    }

    /// A standard normal draw using NumPy's legacy polar Box–Muller method (with its cached second value).
    public mutating func standardNormal() -> Double {
        if let cached = cachedGaussian {
            cachedGaussian = nil
            return cached
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2.0 * nextDouble() - 1.0
            x2 = 2.0 * nextDouble() - 1.0
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1.0 || r2 == 0.0
        let factor = (-2.0 * log(r2) / r2).squareRoot()
        cachedGaussian = factor * x1
        return factor * x2
    }

    /// A normal draw with the given mean and standard deviation, as `np.random.normal(mean, std)`.
    public mutating func normal(mean: Double = 0, standardDeviation: Double = 1) -> Double {
        mean + standardDeviation * standardNormal()
    }

    /// `count` normal draws, as `np.random.normal(mean, std, count)`.
    public mutating func normal(mean: Double = 0, standardDeviation: Double = 1, count: Int) -> [Double] {
        (0..<max(count, 0)).map { _ in normal(mean: mean, standardDeviation: standardDeviation) }
    }

    // MARK: Integers

    /// An integer in `range` (upper bound excluded), as `np.random.randint(low, high)`.
    public mutating func integer(in range: Range<Int>) throws(RandomError) -> Int {
        guard !range.isEmpty else { throw .emptyRange(low: range.lowerBound, high: range.upperBound) }
        let span = UInt64(bitPattern: Int64(range.upperBound) &- Int64(range.lowerBound)) &- 1
        return range.lowerBound &+ Int(truncatingIfNeeded: boundedMasked(span))
    }

    /// `count` integers in `range`, as `np.random.randint(low, high, count)`.
    public mutating func integers(in range: Range<Int>, count: Int) throws(RandomError) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(max(count, 0))
        for _ in 0..<max(count, 0) { result.append(try integer(in: range)) }
        return result
    }

    /// A value in [0, span] by rejection on the smallest covering bit mask (NumPy's masked method).
    private mutating func boundedMasked(_ span: UInt64) -> UInt64 {
        if span == 0 { return 0 }
        var mask = span
        mask |= mask >> 1
        mask |= mask >> 2
        mask |= mask >> 4
        mask |= mask >> 8
        mask |= mask >> 16
        mask |= mask >> 32
        if span <= 0xffff_ffff {
            if span == 0xffff_ffff { return UInt64(nextUInt32()) }
            while true {
                let value = UInt64(nextUInt32()) & mask
                if value <= span { return value }
            }
        }
        if span == UInt64.max { return nextUInt64() }
        while true {
            let value = nextUInt64() & mask
            if value <= span { return value }
        }
    }

    // MARK: Permutations

    /// Shuffles `array` in place, as `np.random.shuffle` on a 1-D array.
    public mutating func shuffle<Element>(_ array: inout [Element]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, through: 1, by: -1) {
            let j = Int(boundedMasked(UInt64(i)))
            array.swapAt(i, j)
        }
    }

    /// A shuffled copy of `array`, as `np.random.permutation(array)`.
    public mutating func shuffled<Element>(_ array: [Element]) -> [Element] {
        var copy = array
        shuffle(&copy)
        return copy
    }

    /// A random ordering of `0..<count`, as `np.random.permutation(count)`.
    public mutating func permutation(_ count: Int) -> [Int] {
        var values = Array(0..<max(count, 0))
        shuffle(&values)
        return values
    }
}
