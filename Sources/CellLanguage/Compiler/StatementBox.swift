/// A compiled statement held in a class, so lists of statements never store closures in generic containers
/// (an `Array` of closures would call each one through a reabstraction thunk, with extra retains and releases).
///
/// A statement that always finishes normally (an assignment, a call, `append`) is kept as `simple`, so blocks
/// run it without a wrapper that returns `.normal`; any other statement is kept as `run`.
final class StatementBox {
    let run: (Frame) throws -> Flow
    let simple: ((Frame) throws -> Void)?

    init(_ run: @escaping (Frame) throws -> Flow) {
        self.run = run
        self.simple = nil
    }

    init(simple: @escaping (Frame) throws -> Void) {
        self.simple = simple
        self.run = { try simple($0); return .normal }
    }
}
