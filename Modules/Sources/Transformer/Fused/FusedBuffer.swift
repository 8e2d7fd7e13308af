/// A zero-filled, 64-byte aligned block of scalars owned by the fused engine; freed with the object.
/// Hot loops take its `pointer` and never allocate.
final class FusedBuffer<Scalar: FusedScalar>: @unchecked Sendable {
    /// The first element.
    let pointer: UnsafeMutablePointer<Scalar>
    /// The number of elements.
    let count: Int

    /// Allocates `count` zeros.
    init(count: Int) {
        self.count = count
        let raw = UnsafeMutableRawPointer.allocate(
            byteCount: Swift.max(count, 1) * MemoryLayout<Scalar>.stride, alignment: 64)
        pointer = raw.bindMemory(to: Scalar.self, capacity: Swift.max(count, 1))
        pointer.initialize(repeating: 0, count: Swift.max(count, 1))
    }

    deinit {
        UnsafeMutableRawPointer(pointer).deallocate()
    }

    /// The elements as a buffer pointer.
    var buffer: UnsafeMutableBufferPointer<Scalar> { UnsafeMutableBufferPointer(start: pointer, count: count) }

    /// Sets every element to zero.
    func zero() {
        pointer.update(repeating: 0, count: count)
    }
}
