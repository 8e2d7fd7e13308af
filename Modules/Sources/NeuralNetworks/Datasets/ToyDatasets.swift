import SeededRandom
import Tensors

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Seeded two-dimensional classification problems for lessons (same seed, same points, on every machine).
public enum ToyDatasets {
    /// Two interleaving half circles (scikit-learn's `make_moons`): the upper moon is class 0, the lower
    /// class 1, Gaussian noise of standard deviation `noise` on each coordinate, rows shuffled.
    public static func twoMoons(count: Int = 400, noise: Double = 0.2, seed: UInt32 = 0) throws(TensorError) -> Dataset {
        try checkCount(count, "twoMoons")
        let outer = count / 2, inner = count - outer
        var points: [(Double, Double, Int)] = []
        for i in 0..<outer {
            let t = outer > 1 ? Double.pi * Double(i) / Double(outer - 1) : 0
            points.append((cos(t), sin(t), 0))
        }
        for i in 0..<inner {
            let t = inner > 1 ? Double.pi * Double(i) / Double(inner - 1) : 0
            points.append((1 - cos(t), 1 - sin(t) - 0.5, 1))
        }
        return try finish(points, noise: noise, seed: seed, classes: 2)
    }

    /// A small circle inside a large one (scikit-learn's `make_circles`): outer class 0, inner class 1,
    /// the inner radius is `factor` times the outer.
    public static func circles(
        count: Int = 400, noise: Double = 0.1, factor: Double = 0.5, seed: UInt32 = 0
    ) throws(TensorError) -> Dataset {
        try checkCount(count, "circles")
        guard factor > 0, factor < 1 else { throw .invalidArgument("circles: factor must be in (0, 1)") }
        let outer = count / 2, inner = count - outer
        var points: [(Double, Double, Int)] = []
        for i in 0..<outer {
            let t = 2 * Double.pi * Double(i) / Double(Swift.max(outer, 1))
            points.append((cos(t), sin(t), 0))
        }
        for i in 0..<inner {
            let t = 2 * Double.pi * Double(i) / Double(Swift.max(inner, 1))
            points.append((factor * cos(t), factor * sin(t), 1))
        }
        return try finish(points, noise: noise, seed: seed, classes: 2)
    }

    /// The XOR problem: four clusters at (±1, ±1); class 1 where the coordinates have opposite signs.
    public static func xor(count: Int = 400, noise: Double = 0.3, seed: UInt32 = 0) throws(TensorError) -> Dataset {
        try checkCount(count, "xor")
        let corners: [(Double, Double, Int)] = [(1, 1, 0), (-1, -1, 0), (-1, 1, 1), (1, -1, 1)]
        let points = (0..<count).map { corners[$0 % 4] }
        return try finish(points, noise: noise, seed: seed, classes: 2)
    }

    /// Interleaved spiral arms, one per class (the CS231n data set): radius grows from 0 to 1 while the
    /// angle turns through 4 radians, with noise added to the angle.
    public static func spirals(
        count: Int = 300, classes: Int = 3, noise: Double = 0.2, seed: UInt32 = 0
    ) throws(TensorError) -> Dataset {
        try checkCount(count, "spirals")
        guard classes >= 2 else { throw .invalidArgument("spirals: need at least 2 classes, got \(classes)") }
        var random = Random(seed: seed)
        var points: [(Double, Double, Int)] = []
        for label in 0..<classes {
            let perClass = count / classes + (label < count % classes ? 1 : 0)
            for i in 0..<perClass {
                let fraction = perClass > 1 ? Double(i) / Double(perClass - 1) : 0
                let angle = Double(label) * 4 + 4 * fraction + random.normal() * noise
                points.append((fraction * sin(angle), fraction * cos(angle), label))
            }
        }
        return try finish(points, noise: 0, seed: seed &+ 1, classes: classes)
    }

    private static func checkCount(_ count: Int, _ name: String) throws(TensorError) {
        guard count > 0, count <= 10_000_000 else {
            throw .invalidArgument("\(name): count must be in 1...10000000, got \(count)")
        }
    }

    /// Adds noise (x then y per point, in order), shuffles the rows and builds the data set.
    private static func finish(
        _ points: [(Double, Double, Int)], noise: Double, seed: UInt32, classes: Int
    ) throws(TensorError) -> Dataset {
        var random = Random(seed: seed)
        var noisy = points
        if noise > 0 {
            for index in noisy.indices {
                noisy[index].0 += random.normal(standardDeviation: noise)
                noisy[index].1 += random.normal(standardDeviation: noise)
            }
        }
        let order = random.permutation(noisy.count)
        let features = order.flatMap { [noisy[$0].0, noisy[$0].1] }
        return try Dataset(
            features: Tensor(shape: [noisy.count, 2], scalars: features), labels: order.map { noisy[$0].2 },
            classCount: classes)
    }
}
