/// Swift's standard-library algorithms that turn a generator's 64-bit words into random values
/// (`Int.random(in:using:)`, `Double.random(in:using:)`, `Bool.random(using:)`, `shuffle(using:)`,
/// `randomElement(using:)`), so that a cell's own `RandomNumberGenerator` gives the numbers swiftc's program gives.
enum SwiftRandom {
    /// Draws the generator's next 64-bit word.
    typealias Next = () throws -> UInt64

    /// `RandomNumberGenerator.next(upperBound:)`: a value in `0..<upperBound`, by Lemire's multiply-and-reject.
    static func next(upperBound: UInt64, _ next: Next) throws -> UInt64 {
        var random = try next()
        var product = random.multipliedFullWidth(by: upperBound)
        if product.low < upperBound {
            let threshold = (0 &- upperBound) % upperBound
            while product.low < threshold {
                random = try next()
                product = random.multipliedFullWidth(by: upperBound)
            }
        }
        return product.high
    }

    /// `Int.random(in: lower..<upper)` or `Int.random(in: lower...upper)`; the range is not empty.
    static func int(from lower: Int, to upper: Int, closed: Bool, _ next: Next) throws -> Int {
        var delta = UInt64(truncatingIfNeeded: upper &- lower)
        if closed {
            if delta == .max { return Int(truncatingIfNeeded: try next()) }
            delta += 1
        }
        return Int(truncatingIfNeeded: UInt64(truncatingIfNeeded: lower) &+ (try self.next(upperBound: delta, next)))
    }

    /// `Double.random(in: lower..<upper)` or `Double.random(in: lower...upper)`; the range is not empty and its
    /// width finite.
    static func double(from lower: Double, to upper: Double, closed: Bool, _ next: Next) throws -> Double {
        let delta = upper - lower
        let significands: UInt64 = 1 << (Double.significandBitCount + 1)
        let unit = Double.ulpOfOne / 2
        if closed {
            let random = try self.next(upperBound: significands + 1, next)
            if random == significands { return upper }
            return delta * (Double(random) * unit) + lower
        }
        while true {
            let value = delta * (Double(try next() & (significands - 1)) * unit) + lower
            if value != upper { return value }
        }
    }

    /// `Bool.random(using:)`.
    static func bool(_ next: Next) throws -> Bool {
        (try next() >> 17) & 1 == 0
    }

    /// `shuffle(using:)`: Fisher–Yates from the front, as the standard library swaps.
    static func shuffle(_ elements: inout [Value], _ next: Next) throws {
        guard elements.count > 1 else { return }
        var amount = elements.count, current = 0
        while amount > 1 {
            let random = try int(from: 0, to: amount, closed: false, next)
            amount -= 1
            elements.swapAt(current, current + random)
            current += 1
        }
    }
}

/// The generator behind `Int.random(in:)` and the other calls without `using:`: SplitMix64, seeded at the start of
/// each cell from the cell's code, so a page is the same at every render (Swift's system generator is not seeded).
struct CellRandomStream {
    private var state: UInt64

    /// A stream seeded from `text` (FNV-1a of its UTF-8 bytes).
    init(seededFrom text: String) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        state = hash
    }

    /// The next 64-bit word.
    mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
