import Dispatch
import Synchronization

/// Large products split into blocks of rows computed at the same time on the cores, each block on single-threaded
/// OpenBLAS — instead of one call on OpenBLAS's own threads, whose start-up and synchronisation cost a large share
/// of a product of a few hundred rows (see docs/modules.md, "Speed"). Each block reads all of B, so the blocks pack
/// B once each; past `maximumWork` OpenBLAS's own threads, which share one packed B, are faster again.
public enum RowSplitGEMM {
    /// Products with at least this many multiply-adds (m·n·k) are split (about 128³; `Int.max` never splits).
    nonisolated(unsafe) public static var minimumWork = 1 << 21
    /// Products with more multiply-adds than this go to OpenBLAS's own threads.
    nonisolated(unsafe) public static var maximumWork = 1 << 27
    /// Blocks start at multiples of this many rows (the kernels' row unroll).
    static let rowAlignment = 32

    /// Whether a split is running (a nested product then runs whole, on the calling thread).
    private static let active = Atomic<Int>(0)

    /// The number of blocks for an (m, n, k) product: 1 (no split) below `minimumWork`, above `maximumWork`, when
    /// OpenBLAS runs on one thread (the user's OPENBLAS_NUM_THREADS=1, or inside another parallel region), or when
    /// there are fewer than two aligned blocks of rows.
    public static func blocks(m: Int, n: Int, k: Int, threads: Int) -> Int {
        let (mn, overflowA) = m.multipliedReportingOverflow(by: n)
        let (work, overflowB) = mn.multipliedReportingOverflow(by: k)
        guard !overflowA, !overflowB, work >= minimumWork, work <= maximumWork, threads > 1 else { return 1 }
        return Swift.max(1, Swift.min(threads, m / rowAlignment))
    }

    /// Runs `body(rows)` for consecutive blocks of `0..<m` covering it exactly — in parallel, with OpenBLAS on one
    /// thread meanwhile, when `blocks(m:n:k:threads:)` says so; otherwise `body(0..<m)` once.
    static func run(m: Int, n: Int, k: Int, _ body: (Range<Int>) -> Void) {
        let threads = BLAS.threadCount
        let count = blocks(m: m, n: n, k: k, threads: threads)
        guard count > 1, active.compareExchange(expected: 0, desired: 1, ordering: .acquiringAndReleasing).exchanged
        else {
            body(0..<m)
            return
        }
        defer { active.store(0, ordering: .releasing) }
        BLAS.threadCount = 1
        defer { BLAS.threadCount = threads }
        let ranges = partition(rows: m, blocks: count)
        withoutActuallyEscaping(body) { body in
            // The blocks write disjoint rows of C and only read A and B.
            nonisolated(unsafe) let block = body
            DispatchQueue.concurrentPerform(iterations: ranges.count) { index in block(ranges[index]) }
        }
    }

    /// `blocks` consecutive ranges covering `0..<rows`, each but the last a multiple of `rowAlignment` long and
    /// as equal as that allows.
    public static func partition(rows: Int, blocks: Int) -> [Range<Int>] {
        guard blocks > 1 else { return [0..<rows] }
        var ranges: [Range<Int>] = []
        var start = 0
        for index in 0..<blocks {
            let remaining = blocks - index
            var length = (rows - start) / remaining
            if remaining > 1 { length = Swift.max(rowAlignment, length / rowAlignment * rowAlignment) }
            let end = remaining == 1 ? rows : Swift.min(rows, start + length)
            ranges.append(start..<end)
            start = end
        }
        return ranges.filter { !$0.isEmpty }
    }
}
