import SeededRandom

/// A generator as cells hold it: one shared, mutable stream (the library's `Random` is a value used through
/// `inout`, which cells do not have), remembering its seed for `print` and `rng.seed`.
final class RandomStream: CellObject, CustomStringConvertible {
    /// The stream; bindings draw from it with `&stream.random`.
    var random: Random
    /// The seed it started from.
    let seed: UInt32

    /// A stream seeded like NumPy's `np.random.seed(seed)`.
    init(seed: UInt32) {
        self.seed = seed
        random = Random(seed: seed)
    }

    /// `Random`.
    static var cellTypeName: String { "Random" }

    /// `Random(seed: 42)`.
    var description: String { "Random(seed: \(seed))" }
}
