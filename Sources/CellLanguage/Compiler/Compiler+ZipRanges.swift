/// `zip(xs, 1...)`: a one-sided range `a...` zipped with a finite sequence gives as many values as that sequence
/// (`Compiler.compileZip`).
extension Compiler {
    /// The code of `a` when `expr` is `a...` (an open range of Ints); nil for any other argument.
    func zipOpenRangeStart(_ expr: Expr) -> ((Frame) throws -> Int)? {
        guard let (op, boundExpr) = Compiler.oneSidedRange(expr), op == Expr.postfixRange else { return nil }
        return coerce(compileExpr(boundExpr, expected: .int), to: .int, at: boundExpr.location) {
            .argumentType($0, expected: $1)
        }.int
    }

    /// `count` Ints from `start` up (stopping at Int.max, where Swift's open range would trap).
    static func countingUp(from start: Int, _ count: Int) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(count)
        var next = start
        for _ in 0..<count {
            values.append(.int(next))
            guard next < Int.max else { break }
            next += 1
        }
        return values
    }
}
