/// Frames for the calls of one closure value whose frames nothing can capture, reused per recursion depth so a
/// closure called once per element (`map`, `filter`, `sorted(by:)`) allocates no frame per call.
final class FramePool {
    private struct State {
        var frames: [Frame] = []
        var pointers: [Unmanaged<Frame>] = []
        var inUse = 0
    }

    private let state = UnsafeMutablePointer<State>.allocate(capacity: 1)
    private let words: Int
    private let values: Int
    private let parent: Frame

    init(words: Int, values: Int, parent: Frame) {
        state.initialize(to: State())
        self.words = words
        self.values = values
        self.parent = parent
    }

    deinit {
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// Runs `body` with a free frame; its values are cleared afterwards.
    @inline(__always) func withFrame<T>(_ body: (Frame) throws -> T) rethrows -> T {
        let depth = state.pointee.inUse
        if depth == state.pointee.frames.count {
            let frame = Frame(words: words, values: values, parent: parent)
            state.pointee.frames.append(frame)
            state.pointee.pointers.append(Unmanaged.passUnretained(frame))
        }
        state.pointee.inUse = depth + 1
        return try state.pointee.pointers[depth]._withUnsafeGuaranteedRef { frame in
            defer {
                state.pointee.inUse = depth
                frame.resetValues(values)
            }
            return try body(frame)
        }
    }
}
