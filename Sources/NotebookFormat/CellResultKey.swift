/// A cell result as a dictionary key, hashed and compared as bytes.
///
/// Live pages deduplicate thousands of results with large SVG texts; Swift's `String` hashing and equality follow
/// Unicode canonical equivalence, which is slow on long non-ASCII text — and two results that differ in their bytes
/// must stay two results, since pages are compared byte for byte.
public struct CellResultKey: Hashable, Sendable {
    private let bytes: [UInt8]

    /// The key of `result`: its status, outputs and diagnostics as tagged, length-prefixed bytes.
    public init(_ result: CellResult) {
        var bytes: [UInt8] = []
        func append(_ tag: UInt8, _ text: String) {
            bytes.append(tag)
            let utf8 = text.utf8
            withUnsafeBytes(of: UInt64(utf8.count).littleEndian) { bytes += $0 }
            bytes += utf8
        }
        append(0, "\(result.status)")
        for output in result.outputs {
            switch output {
            case .text(let text): append(1, text)
            case .svg(let svg, let summary): append(2, svg); append(3, summary)
            case .truncated(let note): append(4, note)
            case .table(let table): append(5, String(reflecting: table))
            case .markdown(let text): append(6, text)
            }
        }
        if !result.diagnostics.isEmpty { append(7, String(reflecting: result.diagnostics)) }
        self.bytes = bytes
    }

    /// The key of a text.
    public init(text: String) {
        bytes = Array(text.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    public static func == (a: CellResultKey, b: CellResultKey) -> Bool {
        a.bytes.count == b.bytes.count && a.bytes.withUnsafeBytes { x in
            b.bytes.withUnsafeBytes { y in x.elementsEqual(y) }
        }
    }
}
