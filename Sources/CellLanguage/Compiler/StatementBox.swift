/// A compiled statement held in a class, so lists of statements never store closures in generic containers
/// (an `Array` of closures would call each one through a reabstraction thunk, with extra retains and releases).
final class StatementBox {
    let run: (Frame) throws -> Flow

    init(_ run: @escaping (Frame) throws -> Flow) {
        self.run = run
    }
}
