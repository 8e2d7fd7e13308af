/// Sums over short contiguous vectors with four independent accumulators, so the additions overlap instead
/// of waiting on each other (floating-point sums are not reassociated by the compiler).
enum FusedReduction {
    /// Σ x[i].
    @inline(__always)
    static func sum<S: FusedScalar>(_ x: UnsafePointer<S>, count: Int) -> S {
        var (a, b, c, d): (S, S, S, S) = (0, 0, 0, 0)
        var i = 0
        while i + 3 < count {
            a += x[i]
            b += x[i + 1]
            c += x[i + 2]
            d += x[i + 3]
            i += 4
        }
        while i < count {
            a += x[i]
            i += 1
        }
        return (a + b) + (c + d)
    }

    /// Σ (x[i] − center)².
    @inline(__always)
    static func sumOfSquaredDeviations<S: FusedScalar>(_ x: UnsafePointer<S>, from center: S, count: Int) -> S {
        var (a, b, c, d): (S, S, S, S) = (0, 0, 0, 0)
        var i = 0
        while i + 3 < count {
            let (u, v, w, z) = (x[i] - center, x[i + 1] - center, x[i + 2] - center, x[i + 3] - center)
            a += u * u
            b += v * v
            c += w * w
            d += z * z
            i += 4
        }
        while i < count {
            a += (x[i] - center) * (x[i] - center)
            i += 1
        }
        return (a + b) + (c + d)
    }

    /// Σ x[i]·y[i].
    @inline(__always)
    static func dot<S: FusedScalar>(_ x: UnsafePointer<S>, _ y: UnsafePointer<S>, count: Int) -> S {
        var (a, b, c, d): (S, S, S, S) = (0, 0, 0, 0)
        var i = 0
        while i + 3 < count {
            a += x[i] * y[i]
            b += x[i + 1] * y[i + 1]
            c += x[i + 2] * y[i + 2]
            d += x[i + 3] * y[i + 3]
            i += 4
        }
        while i < count {
            a += x[i] * y[i]
            i += 1
        }
        return (a + b) + (c + d)
    }

    /// The largest x[i] (−∞ for an empty vector).
    @inline(__always)
    static func maximum<S: FusedScalar>(_ x: UnsafePointer<S>, count: Int) -> S {
        var (a, b): (S, S) = (-.infinity, -.infinity)
        var i = 0
        while i + 1 < count {
            a = x[i] > a ? x[i] : a
            b = x[i + 1] > b ? x[i + 1] : b
            i += 2
        }
        if i < count { a = x[i] > a ? x[i] : a }
        return a > b ? a : b
    }
}
