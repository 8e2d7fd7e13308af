import CellLanguage
import Foundation
import XCTest

/// The listings of *The Swift Programming Language* (Guided Tour and Language Guide) as a conformance suite:
/// `Conformance/` holds every test program of the book with what swiftc's build of it printed
/// (`scripts/conformance.py extract`), and `status.tsv` what each listing does in nbrun (`scripts/conformance.py run`).
/// A listing runs as the program's first k listings in one cell (when swiftc refuses those, `prefixes.tsv`, nbrun must
/// refuse them too). This test runs them all in process and requires
/// exactly the recorded statuses — a listing that starts to fail, or to pass, shows up here until `status.tsv` is
/// regenerated — and that no listing prints something other than what swiftc's program printed unless recorded.
final class ConformanceTests: XCTestCase {
    /// One program of the corpus: its listings and what swiftc's program printed (markers included).
    private struct Program {
        var chapter: String
        var name: String
        var kind: String
        var listings: [String]
        var expected: String?
        /// swiftc's errors for a test it refuses (`NAME.errors`, `line:column: message`).
        var swiftcErrors: [String]
    }

    private static var marker: Regex<Substring> { #/print\("@@listing-end \d+@@"\)\n/# }

    private func corpus() throws -> URL {
        try XCTUnwrap(Bundle.module.url(forResource: "Conformance", withExtension: nil), "Conformance resources missing")
    }

    private func rows(_ file: String) throws -> [[String]] {
        let text = try String(contentsOf: try corpus().appendingPathComponent(file), encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
    }

    private func programs() throws -> [Program] {
        try rows("manifest.tsv").compactMap { row -> Program? in
            let (chapter, name, kind) = (row[0], row[1], row[3])
            guard kind != "skipped" else { return nil }
            let file = name.replacingOccurrences(of: #"[^A-Za-z0-9_-]"#, with: "_", options: .regularExpression)
            let base = try corpus().appendingPathComponent(chapter).appendingPathComponent(file)
            let source = try String(contentsOf: base.appendingPathExtension("swift"), encoding: .utf8)
            let listings = source.split(separator: Self.marker, omittingEmptySubsequences: false).dropLast().map(String.init)
            let expected = try? String(contentsOf: base.appendingPathExtension("out"), encoding: .utf8)
            let errors = (try? String(contentsOf: base.appendingPathExtension("errors"), encoding: .utf8)) ?? ""
            return Program(chapter: chapter, name: name, kind: kind, listings: listings, expected: expected,
                           swiftcErrors: errors.split(separator: "\n").map(String.init))
        }
    }

    /// The first `count` listings, each followed by its marker, as `scripts/conformance.py` builds them.
    private func source(_ listings: [String], count: Int) -> String {
        listings.prefix(count).enumerated().map { index, code in code + "print(\"@@listing-end \(index + 1)@@\")\n" }.joined()
    }

    /// What nbrun does with a program: refused (a compile error), runtime-error (stopped while running) or ran.
    private func run(_ code: String) -> (status: String, output: String, message: String) {
        let interpreter = Interpreter()
        interpreter.moduleName = "main"  // swiftc's programs were main.swift
        let cell = interpreter.compile(CellSource(code: code, firstLine: 1))
        let errors = cell.diagnostics.filter { $0.severity == .error }
        if !errors.isEmpty { return ("refused", "", errors.map(\.message).joined(separator: "; ")) }
        let result = interpreter.run(cell, timeoutSeconds: 20)
        let message = result.diagnostics.filter { $0.severity == .error }.map(\.message).joined(separator: "; ")
        return (result.succeeded ? "ran" : "runtime-error", result.text, message)
    }

    /// Swift leaves the order of sets and dictionaries unspecified: the same lines in another order, holding the
    /// same characters in another order, are the same output (as `scripts/conformance.py` compares them).
    private func unorderedEqual(_ code: String, _ want: String, _ got: String) -> Bool {
        guard code.contains(/\bSet\b|\[\s*\w+\s*:\s*\w+\s*\]|\[\s*"[^"]*"\s*:/) else { return false }
        func normalized(_ text: String) -> [String] {
            text.split(separator: "\n").map { String($0.unicodeScalars.sorted { $0.value < $1.value }.map(Character.init)) }.sorted()
        }
        return normalized(want) == normalized(got)
    }

    /// The listing prefixes swiftc refuses (`prefixes.tsv`, as `Chapter/test #k`): nbrun must refuse them too.
    private func prefixesSwiftcRefuses() throws -> Set<String> {
        Set(try rows("prefixes.tsv").map { "\($0[0])/\($0[1]) #\($0[2])" })
    }

    /// The verdict for listing `count` of `program` (or the whole program, for tests that must be refused or trap);
    /// `swiftcRefuses`: swiftc refuses the program's first `count` listings.
    private func verdict(_ program: Program, count: Int?, swiftcRefuses: Bool = false) -> String {
        let whole = source(program.listings, count: program.listings.count)
        switch program.kind {
        case "refuse":
            return run(whole).status == "refused" ? "pass" : "wrong"
        case "trap":
            let (status, output, _) = run(whole)
            if status == "runtime-error" { return output == program.expected ? "pass" : "wrong" }
            return status == "ran" ? "wrong" : status
        default:
            let count = count ?? program.listings.count
            let marker = "@@listing-end \(count)@@\n"
            let code = source(program.listings, count: count)
            let (status, output, _) = run(code)
            if swiftcRefuses { return status == "refused" ? "pass" : "wrong" }
            guard status == "ran" else { return status }
            guard let expected = program.expected, let end = expected.range(of: marker) else { return "wrong" }
            let want = String(expected[..<end.upperBound])
            return output == want || unorderedEqual(code, want, output) ? "pass" : "wrong"
        }
    }

    /// Checks the recorded status of every listing of the chapters `include` selects (three tests, each well
    /// under a minute in a debug build).
    private func assertRecordedStatuses(_ include: (String) -> Bool) throws {
        let programs = Dictionary(try programs().map { ("\($0.chapter)/\($0.name)", $0) }, uniquingKeysWith: { a, _ in a })
        let recorded = try rows("status.tsv")
        let swiftcRefuses = try prefixesSwiftcRefuses()
        XCTAssertGreaterThan(recorded.count, 700, "the corpus should hold the whole Tour and Guide")
        var changed: [String] = []
        for row in recorded where include(row[0]) {
            let program = try XCTUnwrap(programs["\(row[0])/\(row[1])"], "status.tsv names \(row[0])/\(row[1])")
            let got = verdict(program, count: Int(row[2]), swiftcRefuses: swiftcRefuses.contains("\(row[0])/\(row[1]) #\(row[2])"))
            if got != row[3] { changed.append("\(row[0])/\(row[1]) #\(row[2]): recorded \(row[3]), now \(got)") }
        }
        XCTAssertEqual(changed, [], "listings changed status; if intended, run scripts/conformance.py run")
    }

    func testRecordedStatusesTourAndChaptersAToD() throws {
        try assertRecordedStatuses { $0 == "GuidedTour" || $0 < "E" }
    }

    func testRecordedStatusesChaptersEToM() throws {
        try assertRecordedStatuses { $0 != "GuidedTour" && $0 >= "E" && $0 < "N" }
    }

    func testRecordedStatusesChaptersNToZ() throws {
        try assertRecordedStatuses { $0 >= "N" }
    }

    func testNoListingCrashesOrPrintsSomethingUnrecorded() throws {
        let recorded = try rows("status.tsv")
        let crashes = recorded.filter { $0[3] == "crash" }.map { "\($0[0])/\($0[1]) #\($0[2])" }
        XCTAssertEqual(crashes, [], "a listing crashed or hung nbrun")
        let wrong = recorded.filter { $0[3] == "wrong" || $0[3] == "runtime-error" }.map { "\($0[0])/\($0[1]) #\($0[2])" }
        // Known wrong answers, to be fixed by the front end of issue 12/13; the list may only shrink.
        let known: Set<String> = Self.knownWrong
        XCTAssertEqual(Set(wrong).subtracting(known), [], "new wrong answers")
    }

    /// The tests the book shows refused stop at swiftc's error: nbrun's first error is at the line and column of one
    /// of swiftc's (`NAME.errors`, swiftc's errors with its SIL diagnostics), except the known ones, a list that may
    /// only shrink (and must: a name left there that now stops at swiftc's error fails too).
    func testRefusedTestsStopAtAnErrorSwiftcReports() throws {
        var elsewhere: Set<String> = [], asSwiftc = 0, refuse = 0
        for program in try programs() where program.kind == "refuse" {
            refuse += 1
            let interpreter = Interpreter()
            interpreter.moduleName = "main"
            let code = source(program.listings, count: program.listings.count)
            let errors = interpreter.compile(CellSource(code: code, firstLine: 1)).diagnostics.filter { $0.severity == .error }
            let name = "\(program.chapter)/\(program.name)"
            guard let first = errors.first.map(diagnosticLine) else { elsewhere.insert(name); continue }
            let position = { (line: String) in line.prefix { $0 != " " } }
            if program.swiftcErrors.contains(first) { asSwiftc += 1 }
            if !program.swiftcErrors.contains(where: { position($0) == position(first) }) { elsewhere.insert(name) }
        }
        XCTAssertEqual(refuse, 55, "the book's tests swiftc refuses")
        XCTAssertGreaterThanOrEqual(asSwiftc, Self.refusedAsSwiftc, "tests whose first error is one of swiftc's, message and all")
        XCTAssertEqual(elsewhere, Self.refusedElsewhere, "tests whose first error is at none of swiftc's positions")
    }

    /// Refused tests whose first error is, message and all, one of swiftc's errors (at least).
    static let refusedAsSwiftc = 43

    /// Refused tests whose first error stands where swiftc reports none (nbrun's refusal of a construct it does not
    /// take, or another reading of the mistake).
    static let refusedElsewhere: Set<String> = [
        "AccessControl/typeAliases",  // 'access control on typealias' is not supported, at the declaration
        "AccessControl/useOfPrivateTypeRequiresPrivateModifier",  // 'private nested type' is not supported
        "Extensions/extensionsCannotOverrideExistingBehavior",  // 'override' in an extension is not supported
        "Properties/staticComputedTypePropertiesAreFinal",  // 'override static' is not supported (at `static`)
    ]

    /// The table in docs/language.md is the one `scripts/conformance.py run` derives from status.tsv.
    func testLanguageDocumentShowsTheRecordedTable() throws {
        let kinds = Dictionary(try rows("manifest.tsv").map { ("\($0[0])/\($0[1])", $0[3]) }, uniquingKeysWith: { a, _ in a })
        var table: [String: [String: Int]] = [:]
        for row in try rows("status.tsv") {
            let group = kinds["\(row[0])/\(row[1])"] == "excluded" ? "excluded" : row[0]
            table[group, default: [:]][row[3], default: 0] += 1
        }
        let verdicts = ["pass", "refused", "wrong", "runtime-error", "crash"]
        func line(_ name: String, _ counts: [String: Int]) -> String {
            "| \(name) | \(counts.values.reduce(0, +)) | " + verdicts.map { String(counts[$0] ?? 0) }.joined(separator: " | ") + " |"
        }
        // The Tour first, then the Guide's chapters by name, the excluded ones last (as the script orders them).
        func rank(_ group: String) -> (Int, Int, String) { (group == "GuidedTour" ? 0 : 1, group == "excluded" ? 1 : 0, group) }
        let order = table.keys.sorted { rank($0) < rank($1) }
        var total: [String: Int] = [:]
        for (group, counts) in table where group != "excluded" { total.merge(counts, uniquingKeysWith: +) }
        let lines = ["| chapter | listings | " + verdicts.joined(separator: " | ") + " |",
                     "| --- | ---: | " + verdicts.map { _ in "---:" }.joined(separator: " | ") + " |"]
            + order.map { line($0, table[$0]!) } + [line("**all but excluded**", total)]
        let doc = try String(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/language.md"), encoding: .utf8)
        let expected = "<!-- conformance:begin -->\n" + lines.joined(separator: "\n") + "\n<!-- conformance:end -->"
        XCTAssertTrue(doc.contains(expected), "docs/language.md's conformance table is stale: run scripts/conformance.py run")
    }

    /// Listings where nbrun accepts what swiftc refuses or prints something else — issue 13's "0 wrong outputs": none
    /// (`accessControlWrong`, a private type in an internal function's signature, is refused since session 28).
    static let knownWrong: Set<String> = []
}
