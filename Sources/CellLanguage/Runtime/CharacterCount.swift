/// `String.count` (the number of Characters) with a fast path for text made of printable ASCII, tabs and line
/// feeds, where every byte is one Character: Swift's own `count` walks grapheme boundaries, which makes
/// `text.count` on a long string the slowest step of a string-building loop.
enum CharacterCount {
    static func of(_ text: String) -> Int {
        let fast = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            // Eight bytes at a time: any byte ≥ 0x80 (non-ASCII) or below 0x20 other than \t and \n sends the
            // string to the general path (a carriage return may pair with a line feed into one Character).
            var index = 0
            let count = bytes.count
            let base = bytes.baseAddress
            if let base {
                while index + 8 <= count {
                    let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 || hasControlByte(word) { break }
                    index += 8
                }
            }
            while index < count {
                let byte = bytes[index]
                if byte >= 0x80 || (byte < 0x20 && byte != 0x09 && byte != 0x0A) { return nil }
                index += 1
            }
            return count
        }
        if let fast, let count = fast { return count }
        return text.count
    }

    /// Whether a word of ASCII bytes has a byte below 0x20 (tabs and line feeds included: the byte loop then
    /// decides).
    @inline(__always) private static func hasControlByte(_ word: UInt64) -> Bool {
        // A byte b < 0x20 exactly when (b + 0x60) & 0x80 == 0, for ASCII bytes (b < 0x80).
        (word &+ 0x6060_6060_6060_6060) & 0x8080_8080_8080_8080 != 0x8080_8080_8080_8080
    }
}
