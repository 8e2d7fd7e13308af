/// NumPy's pairwise summation (`pairwise_sum_DOUBLE` in `numpy/_core/src/umath/loops_utils.h.src`), operation for
/// operation, so a sum gives NumPy's bits: runs of fewer than 8 numbers are added left to right, runs of up to 128
/// into 8 interleaved partial sums combined as a tree, longer runs split in two (at a multiple of 8) and summed
/// recursively. The rounding error grows with log n instead of n: 100,000 × 0.1 sums to exactly 10000.0, where a
/// left-to-right loop gives 10000.000000018848.
enum PairwiseSum {
    /// NumPy's `PW_BLOCKSIZE`: the longest run summed without splitting.
    static let blockSize = 128

    /// The sum of `count` numbers starting at `start`, `stride` elements apart.
    static func sum(_ start: UnsafePointer<Double>, count: Int, stride: Int = 1) -> Double {
        if count < 8 {
            var result = 0.0
            for index in 0..<count { result += start[index * stride] }
            return result
        }
        if count <= blockSize {
            var r0 = start[0], r1 = start[stride], r2 = start[2 * stride], r3 = start[3 * stride]
            var r4 = start[4 * stride], r5 = start[5 * stride], r6 = start[6 * stride], r7 = start[7 * stride]
            var index = 8
            let whole = count - count % 8
            while index < whole {
                let base = start + index * stride
                r0 += base[0]; r1 += base[stride]; r2 += base[2 * stride]; r3 += base[3 * stride]
                r4 += base[4 * stride]; r5 += base[5 * stride]; r6 += base[6 * stride]; r7 += base[7 * stride]
                index += 8
            }
            var result = ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7))
            while index < count {
                result += start[index * stride]
                index += 1
            }
            return result
        }
        var half = count / 2
        half -= half % 8
        return sum(start, count: half, stride: stride) + sum(start + half * stride, count: count - half, stride: stride)
    }

    /// The sum of all of `values` (0 when empty), as `np.sum` of a contiguous array.
    static func sum(_ values: [Double]) -> Double {
        values.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return 0 }
            return 0.0 + sum(base, count: buffer.count)
        }
    }
}
