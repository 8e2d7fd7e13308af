/// Int, Double and Bool made from their frame word (Double's bit pattern, Bool 0/1), so code that computes a word
/// can return the value itself (see `Typed.fromWord(_:int:double:bool:)`).
protocol FromWord {
    /// The value whose word is `word`.
    static func fromWord(_ word: Int) -> Self
}

extension Int: FromWord {
    @inline(__always) static func fromWord(_ word: Int) -> Int { word }
}

extension Double: FromWord {
    @inline(__always) static func fromWord(_ word: Int) -> Double { Double(bitPattern: UInt64(UInt(bitPattern: word))) }
}

extension Bool: FromWord {
    @inline(__always) static func fromWord(_ word: Int) -> Bool { word != 0 }
}
