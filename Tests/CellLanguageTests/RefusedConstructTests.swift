import Foundation
import XCTest
@testable import CellLanguage

/// `RefusedConstruct`, the table behind every `… is not supported in nbrun cells` message: each construct has one row,
/// each row's example cell is refused with the row's message at the row's position, each construct is named by a site
/// of the compiler, and docs/language.md's "What is refused" is generated from the rows.
final class RefusedConstructTests: XCTestCase {
    /// Constructs no cell reaches (their rows say why), so they have no example.
    private static let withoutExample: Set<RefusedConstruct> = [
        .yield, .labelledAvailabilityArgument, .observingPropertyAssignedEarlier, .requirementOnType, .opaqueUnderlyingType,
        .emptyKeyPath, .keyPathSubscript,
        .floatingPointLiteral, .throwsSpecifier,
    ]

    func testEveryConstructHasExactlyOneRow() {
        for construct in RefusedConstruct.allCases {
            let rows = RefusedConstruct.rowTables.compactMap { $0(construct) }
            XCTAssertEqual(rows.count, 1, "\(construct)")
            guard let row = rows.first else { continue }
            XCTAssertFalse(row.reason.isEmpty, "\(construct) says why it is refused")
            let placeholders = row.phrase.components(separatedBy: "{}").count - 1
            if row.example != nil { XCTAssertEqual(row.subjects.count, placeholders, "\(construct): one subject per placeholder") }
        }
    }

    func testEveryExampleIsRefusedWithItsMessageAtItsPosition() throws {
        for construct in RefusedConstruct.allCases {
            let row = construct.row
            guard let example = row.example else {
                XCTAssertTrue(Self.withoutExample.contains(construct), "\(construct) has no example cell")
                continue
            }
            XCTAssertFalse(Self.withoutExample.contains(construct), "\(construct) has an example now: remove it from the list")
            let position = try XCTUnwrap(Self.position(of: row.at, in: example), "\(construct): '\(row.at)' is not in its example")
            let expected = "\(position): \(construct.message(row.subjects))"
            let lines = diagnosticLines(example)
            XCTAssertTrue(lines.contains(expected), "\(construct): expected \(expected), got \(lines)")
        }
    }

    /// The refusals with messages of their own (`OtherRefusal`): each example refused with its kind's message there.
    func testEveryOtherRefusalIsReportedAtItsPosition() throws {
        for refusal in OtherRefusal.all {
            let position = try XCTUnwrap(Self.position(of: refusal.at, in: refusal.example), "'\(refusal.at)' is not in its example")
            let lines = diagnosticLines(refusal.example)
            XCTAssertTrue(lines.contains("\(position): \(refusal.message)"), "\(refusal.kind): expected \(position): \(refusal.message), got \(lines)")
            XCTAssertTrue(CompileError.samples(of: refusal.kind).map(\.message).contains(refusal.message),
                          "\(refusal.kind) prints '\(refusal.message)'")
        }
    }

    /// Every construct is refused somewhere: its case is named in the compiler's sources outside the table.
    func testEveryConstructIsNamedByARefusalSite() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Sources/CellLanguage")
            .standardized
        var sources = ""
        let files = try XCTUnwrap(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        for case let url as URL in files where url.pathExtension == "swift" && !url.path.contains("/Refusals/") {
            sources += try String(contentsOf: url, encoding: .utf8)
        }
        for construct in RefusedConstruct.allCases {
            XCTAssertTrue(sources.contains(".\(construct.rawValue)"), "no site refuses .\(construct.rawValue): remove its row")
        }
    }

    /// docs/language.md's "What is refused" is the table; `NBRUN_UPDATE_DOCS=1` rewrites it.
    func testWhatIsRefusedIsGeneratedFromTheTable() throws {
        try GeneratedDocCheck.check("language.md", test: "RefusedConstructTests", updating: RefusedConstructReference.updating)
    }

    /// `line:column` (1-based, in UTF-8 bytes) of the first occurrence of `needle` in `text`, or of its `⌃` (a mark
    /// inside the needle, not in the text) when it has one.
    private static func position(of needle: String, in text: String) -> String? {
        let offset = needle.firstIndex(of: "⌃").map { needle.distance(from: needle.startIndex, to: $0) } ?? 0
        let plain = needle.replacingOccurrences(of: "⌃", with: "")
        guard !plain.isEmpty, let range = text.range(of: plain) else { return nil }
        let before = text[..<text.index(range.lowerBound, offsetBy: offset)]
        let line = before.filter { $0 == "\n" }.count + 1
        let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
        return "\(line):\(text[lineStart..<before.endIndex].utf8.count + 1)"
    }
}
