// Vector helpers for embeddings: plain `[Double]` in, `[Double]` or `Double` out.

/// Throws unless `a` and `b` have the same, non-zero length.
private func checkSameLength(_ a: [Double], _ b: [Double]) throws {
    guard !a.isEmpty else { throw TextModelsError.emptyInput("the vector") }
    guard a.count == b.count else { throw TextModelsError.dimensionMismatch(expected: a.count, actual: b.count) }
}

/// The dot product of two vectors of the same length.
public func dot(_ a: [Double], _ b: [Double]) throws -> Double {
    try checkSameLength(a, b)
    return zip(a, b).reduce(0) { $0 + $1.0 * $1.1 }
}

/// The Euclidean length of a vector.
public func norm(_ vector: [Double]) -> Double {
    vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
}

/// The vector scaled to unit length; throws for the zero vector, which has no direction.
public func normalized(_ vector: [Double]) throws -> [Double] {
    let length = norm(vector)
    guard length > 0 else { throw TextModelsError.invalidArgument("the zero vector has no direction") }
    return vector.map { $0 / length }
}

/// The cosine of the angle between two vectors, in [-1, 1]; throws for a zero vector.
public func cosineSimilarity(_ a: [Double], _ b: [Double]) throws -> Double {
    let product = try dot(a, b)
    let lengths = norm(a) * norm(b)
    guard lengths > 0 else {
        throw TextModelsError.invalidArgument("cosine similarity is undefined for the zero vector")
    }
    return min(1, max(-1, product / lengths))
}

/// The component-wise sum `a + b`.
public func add(_ a: [Double], _ b: [Double]) throws -> [Double] {
    try checkSameLength(a, b)
    return zip(a, b).map { $0 + $1 }
}

/// The component-wise difference `a − b`.
public func subtract(_ a: [Double], _ b: [Double]) throws -> [Double] {
    try checkSameLength(a, b)
    return zip(a, b).map { $0 - $1 }
}

/// The vector multiplied by a number.
public func scale(_ vector: [Double], by factor: Double) -> [Double] {
    vector.map { $0 * factor }
}
