import Foundation
import XCTest

/// The table of the front end's oracle figures in `docs/language.md`: each oracle test checks (or, with
/// `NBRUN_UPDATE_DOCS=1`, rewrites) the last cell of its own row, so the figures the document quotes are the ones
/// the tests measure.
enum OracleFigures {
    /// Fails when the row named `oracle` does not show `figure`; `test` names the test that measures it.
    static func check(_ oracle: String, _ figure: String, test: String,
                      file: StaticString = #filePath, line: UInt = #line) throws {
        try GeneratedDocCheck.check("language.md", test: test, updating: { updating($0, oracle: oracle, figure: figure) },
                                    file: file, line: line)
    }

    /// `doc` with the last cell of the row `| oracle | … |` between the figures' markers replaced by `figure`; nil
    /// when the markers or the row are missing.
    static func updating(_ doc: String, oracle: String, figure: String) -> String? {
        guard let begin = doc.range(of: "<!-- oracle-figures:begin -->"),
              let end = doc.range(of: "<!-- oracle-figures:end -->", range: begin.upperBound..<doc.endIndex) else { return nil }
        var lines = doc[begin.upperBound..<end.lowerBound].components(separatedBy: "\n")
        guard let index = lines.firstIndex(where: { $0.hasPrefix("| \(oracle) |") }),
              let lastBar = lines[index].dropLast().lastIndex(of: "|") else { return nil }
        lines[index] = lines[index][...lastBar] + " \(figure) |"
        return doc.replacingCharacters(in: begin.upperBound..<end.lowerBound, with: lines.joined(separator: "\n"))
    }

    /// `n` with a comma between groups of three digits (`59,954`), as the document writes counts.
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return n < 0 ? "-" + result : result
    }

    /// `part` as a percentage of `whole` with two decimals (`99.21 %`).
    static func percent(_ part: Int, of whole: Int) -> String {
        String(format: "%.2f %%", Double(part) * 100 / Double(max(whole, 1)))
    }
}
