import Diagnostics

/// `var p = xs[i]` and `xs[i] = p` for an unpacked struct variable `p` (see `UnpackedStruct`), when the array, the
/// index and `p` are all locals of the frame the code runs in: the one closure reads the array's slot, the index word
/// and `p`'s words from the frame itself, without calling an accessor closure for each (the particle loop of the
/// `lang` bench runs these two statements a million times).
enum UnpackedElementAccess {
    /// `var p = xs[i]`: the element's fields copied into `p`'s words, the element lent without retaining it.
    static func load(array: Int, index: Int, fields: Int, _ kinds: [WordKind],
                     at location: SourceLocation) -> (Frame) throws -> Flow {
        { frame in
            let words = frame.words
            try InPlaceRead.element(frame.values + array, words[index], location) {
                UnpackedStruct.unpack($0, into: words + fields, kinds)
            }
            return .normal
        }
    }

    /// `xs[i] = p`: `p`'s words written into the element's existing storage.
    static func store(array: Int, index: Int, fields: Int, _ kinds: [WordKind],
                      at location: SourceLocation) -> (Frame) throws -> Void {
        { frame in
            let words = frame.words
            let i = words[index]
            let done = (frame.values + array).pointee.updateArray { elements -> Bool in
                guard i >= 0 && i < elements.count else { return false }
                UnpackedStruct.store(words + fields, kinds, into: &elements[i])
                return true
            }
            if done != true { throw RuntimeError(message: "Index out of range", location: location) }
        }
    }
}
