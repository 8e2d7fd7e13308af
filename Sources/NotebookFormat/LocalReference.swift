/// A link or image target inside the notebook's folder, such as `img/plot.png` or `other-lesson.md#part`.
public struct LocalReference: Hashable, Sendable {
    /// The normalised path relative to the notebook's folder, without `.` or `..` parts.
    public var path: String
    /// The `#fragment` or `?query` suffix as written, including its marker, or an empty string.
    public var suffix: String

    /// Parses a link destination; `nil` for URLs with a scheme, absolute paths, fragments alone, and paths that
    /// climb out of the notebook's folder (`../../etc/passwd`).
    public init?(_ destination: String) {
        guard !destination.isEmpty, !destination.hasPrefix("/"), !destination.hasPrefix("#"),
              !destination.hasPrefix("\\") else { return nil }
        let end = destination.firstIndex(where: { $0 == "#" || $0 == "?" }) ?? destination.endIndex
        let pathPart = destination[..<end]
        if let colon = pathPart.firstIndex(of: ":"),
           !pathPart[..<colon].contains("/") { return nil } // a scheme such as https: or javascript:
        // Decoded before the `..` check: `%2e%2e/secret.txt` is `../secret.txt` to the file system and the browser.
        let decoded = String(pathPart).removingPercentEscapes
        guard !decoded.hasPrefix("/"), !decoded.hasPrefix("\\"), !decoded.contains("\0") else { return nil }
        var parts: [Substring] = []
        for part in decoded.split(whereSeparator: { $0 == "/" || $0 == "\\" }) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(part)
            }
        }
        guard !parts.isEmpty else { return nil }
        path = parts.joined(separator: "/")
        suffix = String(destination[end...])
    }

    /// Whether the destination is a relative path that climbs out of the notebook's folder.
    public static func escapesFolder(_ destination: String) -> Bool {
        guard !destination.hasPrefix("/"), !destination.hasPrefix("#"), !destination.isEmpty else {
            return destination.hasPrefix("/")
        }
        let end = destination.firstIndex(where: { $0 == "#" || $0 == "?" }) ?? destination.endIndex
        let pathPart = destination[..<end]
        if let colon = pathPart.firstIndex(of: ":"), !pathPart[..<colon].contains("/") { return false }
        return LocalReference(destination) == nil
    }
}

private extension String {
    /// The path with `%20`-style escapes decoded, so `my%20image.png` finds `my image.png`.
    var removingPercentEscapes: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            let digits = [iterator.next(), iterator.next()].compactMap { $0 }
            if digits.count == 2, let value = UInt8(String(decoding: digits, as: UTF8.self), radix: 16) {
                bytes.append(value)
            } else {
                bytes.append(byte)
                bytes += digits
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
