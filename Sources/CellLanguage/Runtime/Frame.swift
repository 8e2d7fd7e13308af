/// The storage of one function activation (or of the notebook's globals): locals addressed by slot index.
///
/// Int, Double and Bool locals live unboxed in `words` (Double as its bit pattern, Bool as 0/1); every other
/// value lives in `values`. `parent` is the frame of the enclosing function, for captured variables.
final class Frame {
    private(set) var words: UnsafeMutablePointer<Int>
    private(set) var values: UnsafeMutablePointer<Value>
    private var wordCapacity: Int
    private var valueCapacity: Int
    let parent: Frame?

    init(words: Int, values: Int, parent: Frame?) {
        wordCapacity = words
        valueCapacity = values
        self.parent = parent
        self.words = UnsafeMutablePointer<Int>.allocate(capacity: max(words, 1))
        self.words.initialize(repeating: 0, count: max(words, 1))
        self.values = UnsafeMutablePointer<Value>.allocate(capacity: max(values, 1))
        self.values.initialize(repeating: .void, count: max(values, 1))
    }

    deinit {
        words.deallocate()
        values.deinitialize(count: max(valueCapacity, 1))
        values.deallocate()
    }

    /// Grows the banks to hold at least the given number of slots, keeping existing contents (used for globals,
    /// which gain slots as later cells are compiled).
    func ensureCapacity(words newWords: Int, values newValues: Int) {
        if newWords > wordCapacity {
            let grown = UnsafeMutablePointer<Int>.allocate(capacity: newWords)
            grown.initialize(repeating: 0, count: newWords)
            grown.update(from: words, count: max(wordCapacity, 1))
            words.deallocate()
            words = grown
            wordCapacity = newWords
        }
        if newValues > valueCapacity {
            let grown = UnsafeMutablePointer<Value>.allocate(capacity: newValues)
            let old = max(valueCapacity, 1)
            grown.moveInitialize(from: values, count: old)
            (grown + old).initialize(repeating: .void, count: newValues - old)
            values.deallocate()
            values = grown
            valueCapacity = newValues
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
