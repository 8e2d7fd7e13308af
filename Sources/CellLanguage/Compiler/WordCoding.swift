/// Converts between a boxed Value and a frame word for word types.
enum WordCoding {
    @inline(__always) static func word(_ value: Value) -> Int {
        switch value {
        case .int(let int): return int
        case .double(let double): return Int(bitPattern: UInt(double.bitPattern))
        case .bool(let bool): return bool ? 1 : 0
        default: return 0
        }
    }

    /// The Double whose bit pattern is `word`.
    @inline(__always) static func double(_ word: Int) -> Double {
        Double(bitPattern: UInt64(UInt(bitPattern: word)))
    }

    @inline(__always) static func value(_ word: Int, _ type: CType) -> Value {
        (WordKind(type) ?? .int).value(word)
    }
}
