/// The storage of one function activation (or of the notebook's globals): locals addressed by slot index.
///
/// Int, Double and Bool locals live unboxed in `words` (Double as its bit pattern, Bool as 0/1); every other
/// value lives in `values`. `parent` is the frame of the enclosing function, for captured variables.
/// Both banks share one allocation; the pointers are constants, so slot access needs no exclusivity checks.
final class Frame {
    let words: UnsafeMutablePointer<Int>
    let values: UnsafeMutablePointer<Value>
    private let valueCount: Int
    private let storage: UnsafeMutableRawPointer
    let parent: Frame?

    init(words: Int, values: Int, parent: Frame?) {
        let wordCount = max(words, 1)
        let valueCount = max(values, 1)
        let alignment = max(MemoryLayout<Value>.alignment, MemoryLayout<Int>.alignment)
        let offset = (wordCount * MemoryLayout<Int>.stride + alignment - 1) / alignment * alignment
        storage = UnsafeMutableRawPointer.allocate(byteCount: offset + valueCount * MemoryLayout<Value>.stride,
                                                   alignment: alignment)
        self.words = storage.bindMemory(to: Int.self, capacity: wordCount)
        self.words.initialize(repeating: 0, count: wordCount)
        self.values = (storage + offset).bindMemory(to: Value.self, capacity: valueCount)
        self.values.initialize(repeating: .void, count: valueCount)
        self.valueCount = valueCount
        self.parent = parent
    }

    deinit {
        values.deinitialize(count: valueCount)
        storage.deallocate()
    }

    /// Sets every value slot to `()`, releasing what they held without recursing on their depth (the interpreter's
    /// globals are released on the caller's thread, whose stack may be small).
    func clearValues() {
        var released: [Value] = []
        for index in 0..<valueCount {
            var value = Value.void
            swap(&value, &values[index])
            if value.mayNest { released.append(value) }
        }
        ValueTeardown.release(&released)
    }

    /// Sets the first `count` value slots to `()` for the frame's next use, skipping those already `()` (a receiver
    /// swapped back, a moved argument): no store to them, so the next call's swap into the slot reads it without
    /// waiting on a store of another width, and no release call.
    @inline(__always) func resetValues(_ count: Int) {
        for index in 0..<count {
            let slot = values + index
            if case .void = slot.pointee { continue }
            slot.pointee = .void
        }
    }

    /// Reads a word slot (keeps the frame alive during the read, unlike `words[i]` on a temporary).
    @inline(__always) func word(_ slot: Int) -> Int { words[slot] }

    /// Reads a value slot (keeps the frame alive during the read).
    @inline(__always) func value(_ slot: Int) -> Value { values[slot] }

    /// The frame `depth` levels up the chain of enclosing functions.
    @inline(__always) func ancestor(_ depth: Int) -> Frame {
        var frame = self
        var remaining = depth
        while remaining > 0, let next = frame.parent {
            frame = next
            remaining -= 1
        }
        return frame
    }
}
