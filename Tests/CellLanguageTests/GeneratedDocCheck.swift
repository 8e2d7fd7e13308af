import Foundation
import XCTest

/// Checks a document whose part between markers is generated from code: it must hold exactly what `updating`
/// makes of it, or, with `NBRUN_UPDATE_DOCS=1`, it is rewritten.
enum GeneratedDocCheck {
    /// Fails when `docs/NAME` (relative to the repository) is stale or has lost its markers; `test` names the
    /// test class that rewrites it.
    static func check(_ name: String, test: String, updating: (String) -> String?,
                      file: StaticString = #filePath, line: UInt = #line) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../docs/\(name)").standardized
        let current = try String(contentsOf: url, encoding: .utf8)
        let updated = try XCTUnwrap(updating(current), "docs/\(name) lost its generated-part markers", file: file, line: line)
        if ProcessInfo.processInfo.environment["NBRUN_UPDATE_DOCS"] == "1", updated != current {
            try updated.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        if current != updated {
            XCTFail("docs/\(name) is stale: run NBRUN_UPDATE_DOCS=1 swift test --filter \(test)\n"
                    + firstDifference(current, updated), file: file, line: line)
        }
    }

    /// The first line where `current` and `updated` differ, both versions, with its line number.
    static func firstDifference(_ current: String, _ updated: String) -> String {
        let old = current.components(separatedBy: "\n"), new = updated.components(separatedBy: "\n")
        let index = zip(old, new).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(old.count, new.count)
        func at(_ lines: [String]) -> String { index < lines.count ? lines[index] : "(end of file)" }
        return "line \(index + 1) is:\n\(at(old))\nand should be:\n\(at(new))"
    }
}
