import Diagnostics

/// Converts UTF-8 offsets in a cell's code to notebook line/column positions (columns count characters).
struct SourceMap {
    private let code: String
    private let utf8: [UInt8]
    private let lineStarts: [Int]
    private let firstLine: Int
    private let columnOffset: Int

    init(_ cell: CellSource) {
        code = cell.code
        utf8 = Array(cell.code.utf8)
        var starts = [0]
        for (offset, byte) in utf8.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        lineStarts = starts
        firstLine = cell.firstLine
        columnOffset = cell.columnOffset
    }

    /// The notebook position of a UTF-8 offset into the cell's code.
    func location(ofOffset offset: Int) -> SourceLocation {
        let clamped = min(max(0, offset), utf8.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        let start = lineStarts[low]
        let bytes = utf8[start..<clamped]
        let characters = String(decoding: bytes, as: UTF8.self).count
        return SourceLocation(line: firstLine + low, column: columnOffset + characters + 1)
    }
}

/// Positions in this module are always notebook positions (SwiftSyntax has a type of the same name).
typealias SourceLocation = Diagnostics.SourceLocation
