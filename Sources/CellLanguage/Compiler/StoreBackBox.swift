/// The copy-back of one `inout` argument after a call.
final class StoreBackBox {
    let run: (Frame, Frame) throws -> Void

    init(_ run: @escaping (Frame, Frame) throws -> Void) {
        self.run = run
    }
}
