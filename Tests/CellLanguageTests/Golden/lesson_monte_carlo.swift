// Lesson: a deterministic pseudo-random generator and Monte Carlo estimates.
import Foundation
// A linear congruential generator with wrapping arithmetic (same numbers on every run).
struct LCG {
    var state: Int

    mutating func nextInt() -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return (state >> 33) & 0x7FFF_FFFF
    }

    mutating func nextDouble() -> Double {
        Double(nextInt()) / Double(0x8000_0000)
    }
}

var rng = LCG(state: 42)
print((0..<5).map { _ in rng.nextInt() })
print((0..<3).map { _ in String(format: "%.6f", rng.nextDouble()) })

// Estimating pi by throwing points into the unit square.
func estimatePi(samples: Int, seed: Int) -> Double {
    var g = LCG(state: seed)
    var inside = 0
    for _ in 0..<samples {
        let x = g.nextDouble()
        let y = g.nextDouble()
        if x * x + y * y <= 1 { inside += 1 }
    }
    return 4 * Double(inside) / Double(samples)
}
for n in [100, 1000, 10000] {
    let estimate = estimatePi(samples: n, seed: 7)
    print(n, estimate, String(format: "error %.4f", abs(estimate - Double.pi)))
}

// A fair die: frequencies of each face.
var die = LCG(state: 2024)
var faces = [Int](repeating: 0, count: 6)
for _ in 0..<600 {
    let face = die.nextInt() % 6
    faces[face] += 1
}
print(faces, faces.reduce(0, +))

// Shuffling deterministically (Fisher-Yates).
var deck = Array(1...10)
var shuffler = LCG(state: 99)
for i in stride(from: deck.count - 1, to: 0, by: -1) {
    let j = shuffler.nextInt() % (i + 1)
    deck.swapAt(i, j)
}
print(deck, deck.sorted() == Array(1...10))

// Copies of a generator produce the same sequence: value semantics.
var a = LCG(state: 5)
_ = a.nextInt()
var b = a
print(a.nextInt() == b.nextInt(), a.state == b.state)
