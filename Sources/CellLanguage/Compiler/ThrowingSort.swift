/// Insertion-merge sort that lets the comparison throw (run-time errors inside `sorted(by:)` closures).
func sortThrowing(_ elements: inout [Value], by less: (Value, Value) throws -> Bool) throws {
    if elements.count < 2 { return }
    var failure: Error?
    elements.sort { a, b in
        if failure != nil { return false }
        do { return try less(a, b) } catch { failure = error; return false }
    }
    if let failure { throw failure }
}
