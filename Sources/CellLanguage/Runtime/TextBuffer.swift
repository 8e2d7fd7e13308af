/// The bytes of a string being interpolated, written into scratch memory and turned into one `String` at the end:
/// `"\(i):\(i % 7);"` then costs one string creation instead of a string per piece and an append per piece.
/// Text that does not fit the scratch memory continues in `spill`.
struct TextBuffer {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    private var count = 0
    private var spill: String?

    /// Capacity of the scratch memory callers provide.
    static let scratchCapacity = 256

    init(scratch: UnsafeMutableBufferPointer<UInt8>) {
        base = scratch.baseAddress.unsafelyUnwrapped
        capacity = scratch.count
    }

    /// Appends UTF-8 bytes (from a string literal or a described value).
    mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        if spill == nil, count + bytes.count <= capacity {
            if let source = bytes.baseAddress { (base + count).update(from: source, count: bytes.count) }
            count += bytes.count
        } else {
            spillOver()
            spill!.append(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Appends a string.
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append(utf8: $0) }
    }

    /// Appends the decimal digits of an integer, as `String(value)` writes them.
    mutating func append(_ value: Int) {
        guard spill == nil, count + 20 <= capacity else {
            spillOver()
            spill!.append(String(value))
            return
        }
        if value < 0 { base[count] = UInt8(ascii: "-"); count += 1 }
        var magnitude = value.magnitude
        var digits = 0
        var scratch: (UInt64, UInt64, UInt64) = (0, 0, 0)   // 24 bytes: room for 20 digits
        withUnsafeMutableBytes(of: &scratch) { raw in
            repeat {
                raw[digits] = UInt8(truncatingIfNeeded: magnitude % 10) &+ 0x30
                magnitude /= 10
                digits += 1
            } while magnitude != 0
            for index in 0..<digits { base[count + index] = raw[digits - 1 - index] }
        }
        count += digits
    }

    /// The finished string.
    func string() -> String {
        let front = String(decoding: UnsafeBufferPointer(start: base, count: count), as: UTF8.self)
        guard let spill else { return front }
        return front + spill
    }

    private mutating func spillOver() {
        if spill == nil { spill = "" }
    }
}
