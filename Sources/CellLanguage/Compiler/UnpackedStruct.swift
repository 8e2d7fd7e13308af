/// A `var` of a struct type whose stored properties are all Int, Double or Bool, kept as one frame word per
/// property instead of a boxed `Value.tuple`.
///
/// `p.x += p.vx` then works on words, and the struct's fields are never shared with the array element it was read
/// from, so no copy-on-write happens. The whole value is boxed only where it is used whole (passed, printed, stored).
enum UnpackedStruct {
    /// The fields' kinds when values of `type` can be unpacked: a struct of 1 to 16 stored word properties.
    static func kinds(of type: CType) -> [WordKind]? {
        guard case .user(let userType) = type, userType.kind == .structure,
              (1...16).contains(userType.fields.count) else { return nil }
        let kinds = userType.fields.compactMap { WordKind($0.type) }
        return kinds.count == userType.fields.count ? kinds : nil
    }

    /// The boxed struct built from the words at `words`.
    @inline(__always) static func pack(_ words: UnsafeMutablePointer<Int>, _ kinds: [WordKind]) -> Value {
        var fields: [Value] = []
        fields.reserveCapacity(kinds.count)
        for index in kinds.indices { fields.append(kinds[index].value(words[index])) }
        return .tuple(fields)
    }

    /// Stores the fields of the boxed struct `value` into the words at `words`.
    @inline(__always) static func unpack(_ value: Value, into words: UnsafeMutablePointer<Int>, _ kinds: [WordKind]) {
        guard case .tuple(let fields) = value, fields.count == kinds.count else { return }
        for index in kinds.indices { words[index] = WordCoding.word(fields[index]) }
    }

    /// Overwrites the boxed struct `value` with the words at `words`, reusing its storage when it is not shared.
    @inline(__always) static func store(_ words: UnsafeMutablePointer<Int>, _ kinds: [WordKind], into value: inout Value) {
        var taken = Value.void
        swap(&taken, &value)   // a move: the fields stay uniquely referenced, so the stores below happen in place
        guard case .tuple(var fields) = consume taken, fields.count == kinds.count else {
            value = pack(words, kinds)
            return
        }
        fields.withUnsafeMutableBufferPointer { buffer in
            // The fields hold Int, Double or Bool values, which need no destruction: overwrite them in place.
            let base = buffer.baseAddress.unsafelyUnwrapped
            for index in kinds.indices { (base + index).initialize(to: kinds[index].value(words[index])) }
        }
        value = .tuple(fields)
    }
}
