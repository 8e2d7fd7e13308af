/// The 64-bit FNV-1a hash, used to derive element ids from SVG content.
enum FNV1a {
    /// The hash of the UTF-8 bytes of `text`.
    static func hash(_ text: String, seed: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 {
        var h = seed
        for byte in text.utf8 {
            h ^= UInt64(byte)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }
}
