import Diagnostics

/// Insertion-merge sort that lets the comparison throw (run-time errors inside `sorted(by:)` closures); a large
/// array counts its comparisons and checks the cell's deadline as it goes (`LongWork`), whatever `less` is.
func sortThrowing(_ elements: inout [Value], at location: SourceLocation?,
                  by less: (Value, Value) throws -> Bool) throws {
    if elements.count < 2 { return }
    var failure: Error?
    var work = LongWork(count: elements.count, at: location)
    elements.sort { a, b in
        if failure != nil { return false }
        do {
            try work.step()
            return try less(a, b)
        } catch {
            failure = error
            return false
        }
    }
    if let failure { throw failure }
}
