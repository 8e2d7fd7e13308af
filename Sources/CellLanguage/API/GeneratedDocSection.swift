/// The generated part of a document (between two marker lines), which tests compare with what the code generates.
enum GeneratedDocSection {
    /// `document` with the text from the line `begin` through the line `end` replaced by `generated` (which
    /// includes both markers); nil when the markers are missing or out of order.
    static func replacing(between begin: String, and end: String, in document: String, with generated: String) -> String? {
        guard let start = document.range(of: begin), let stop = document.range(of: end), start.lowerBound < stop.lowerBound else {
            return nil
        }
        var trailing = document[stop.upperBound...]
        if trailing.hasPrefix("\n") { trailing = trailing.dropFirst() }
        return String(document[..<start.lowerBound]) + generated + trailing
    }
}
