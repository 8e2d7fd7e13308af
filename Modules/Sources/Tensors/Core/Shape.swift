/// Shape arithmetic shared by the tensor operations: element counts, strides, broadcasting, axis checks.
enum Shape {
    /// An array of `count` doubles whose every element `fill` writes (skips zero-filling the memory first).
    @inline(__always)
    static func filledArray(count: Int, _ fill: (UnsafeMutableBufferPointer<Double>) -> Void) -> [Double] {
        [Double](unsafeUninitializedCapacity: count) { buffer, initialized in
            fill(buffer)
            initialized = count
        }
    }

    /// The number of elements of a tensor with `shape`.
    static func count(_ shape: [Int]) -> Int { shape.reduce(1, *) }

    /// NumPy-style text for a shape: `(2, 3)`, `(3,)`, `()`.
    static func describe(_ shape: [Int]) -> String {
        shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// Checks that a user-supplied shape is non-negative and not absurdly large; returns its element count.
    static func validate(_ shape: [Int], operation: String) throws(TensorError) -> Int {
        var total = 1
        for dimension in shape {
            guard dimension >= 0 else {
                throw .invalidArgument("\(operation): negative dimension in shape \(describe(shape))")
            }
            let (product, overflow) = total.multipliedReportingOverflow(by: dimension)
            guard !overflow, product <= Tensor.maxElementCount else {
                throw .tooLarge(
                    "\(operation): shape \(describe(shape)) has more than \(Tensor.maxElementCount) elements")
            }
            total = product
        }
        return total
    }

    /// Row-major strides of `shape`.
    static func strides(_ shape: [Int]) -> [Int] {
        var strides = [Int](repeating: 1, count: shape.count)
        var running = 1
        for axis in stride(from: shape.count - 1, through: 0, by: -1) {
            strides[axis] = running
            running *= shape[axis]
        }
        return strides
    }

    /// The broadcast shape of `a` and `b` under NumPy rules, or a `shapeMismatch` naming `operation`.
    static func broadcast(_ a: [Int], _ b: [Int], operation: String) throws(TensorError) -> [Int] {
        let rank = max(a.count, b.count)
        var result = [Int](repeating: 1, count: rank)
        for index in 0..<rank {
            let da = index < rank - a.count ? 1 : a[index - (rank - a.count)]
            let db = index < rank - b.count ? 1 : b[index - (rank - b.count)]
            if da == db || db == 1 {
                result[index] = da
            } else if da == 1 {
                result[index] = db
            } else {
                throw .shapeMismatch(
                    "\(operation): shapes \(describe(a)) and \(describe(b)) cannot be broadcast together")
            }
        }
        _ = try validate(result, operation: operation)
        return result
    }

    /// Strides that read a tensor of `shape` as if it had the broadcast shape `target` (0 along broadcast axes).
    static func broadcastStrides(_ shape: [Int], to target: [Int]) -> [Int] {
        let own = strides(shape)
        let offset = target.count - shape.count
        var result = [Int](repeating: 0, count: target.count)
        for axis in 0..<shape.count where shape[axis] != 1 {
            result[axis + offset] = own[axis]
        }
        return result
    }

    /// A non-negative axis for `axis` (negative values count from the end) or an `invalidArgument` error.
    static func normalize(axis: Int, rank: Int, operation: String) throws(TensorError) -> Int {
        let resolved = axis < 0 ? axis + rank : axis
        guard resolved >= 0, resolved < max(rank, 1), rank > 0 || resolved == 0 else {
            throw .invalidArgument("\(operation): axis \(axis) is out of range for a tensor of rank \(rank)")
        }
        guard rank > 0 else {
            throw .invalidArgument("\(operation): a scalar tensor has no axis \(axis)")
        }
        return resolved
    }

    /// Splits `shape` around `axis` into (elements before, length of axis, elements after).
    static func split(_ shape: [Int], axis: Int) -> (outer: Int, length: Int, inner: Int) {
        (count(Array(shape[..<axis])), shape[axis], count(Array(shape[(axis + 1)...])))
    }

    /// Visits every element of the broadcast shape `target` in row-major order, passing the running
    /// output offset and the matching offsets into two inputs read with the given strides.
    @inline(__always)
    static func forEachBroadcast(
        _ target: [Int], _ stridesA: [Int], _ stridesB: [Int],
        _ body: (_ output: Int, _ offsetA: Int, _ offsetB: Int, _ innerCount: Int, _ innerA: Int, _ innerB: Int)
            -> Void
    ) {
        let total = count(target)
        guard total > 0 else { return }
        guard let inner = target.last else {
            body(0, 0, 0, 1, 0, 0)
            return
        }
        let rank = target.count
        let innerA = stridesA[rank - 1]
        let innerB = stridesB[rank - 1]
        var index = [Int](repeating: 0, count: rank)
        var offsetA = 0
        var offsetB = 0
        var output = 0
        while output < total {
            body(output, offsetA, offsetB, inner, innerA, innerB)
            output += inner
            var axis = rank - 2
            while axis >= 0 {
                index[axis] += 1
                offsetA += stridesA[axis]
                offsetB += stridesB[axis]
                if index[axis] < target[axis] { break }
                offsetA -= stridesA[axis] * target[axis]
                offsetB -= stridesB[axis] * target[axis]
                index[axis] = 0
                axis -= 1
            }
        }
    }

    /// Whether a tensor of `small` shape, broadcast to `big`, just repeats as a contiguous block
    /// (its shape without leading 1s is a suffix of `big`), as a bias (C) against (B, T, C).
    static func isTrailingBlock(_ small: [Int], of big: [Int]) -> Bool {
        let trimmed = small.drop { $0 == 1 }
        return trimmed.count <= big.count && big.suffix(trimmed.count).elementsEqual(trimmed)
    }

    /// Sums `gradient` (laid out with `target` shape) down to `shape`, undoing a broadcast.
    static func reduce(_ gradient: [Double], from target: [Int], to shape: [Int]) -> [Double] {
        if target == shape { return gradient }
        var result = [Double](repeating: 0, count: count(shape))
        if isTrailingBlock(shape, of: target), !result.isEmpty {
            // Fast path: the gradient is a sequence of blocks of the input's size; add them up.
            let block = result.count
            gradient.withUnsafeBufferPointer { g in
                result.withUnsafeMutableBufferPointer { r in
                    var start = 0
                    while start < g.count {
                        for j in 0..<block { r[j] += g[start + j] }
                        start += block
                    }
                }
            }
            return result
        }
        let stridesIn = broadcastStrides(shape, to: target)
        gradient.withUnsafeBufferPointer { g in
            result.withUnsafeMutableBufferPointer { r in
                forEachBroadcast(target, stridesIn, stridesIn) { output, offset, _, inner, step, _ in
                    if step == 0 {
                        var sum = 0.0
                        for k in 0..<inner { sum += g[output + k] }
                        r[offset] += sum
                    } else {
                        for k in 0..<inner { r[offset + k * step] += g[output + k] }
                    }
                }
            }
        }
        return result
    }
}
