import Foundation
import NotebookFormat
import Runner
import XCTest

/// What the lessons' prose says about numbers their cells compute, checked against the cells' actual output, so a
/// change of code, data or module cannot silently make the text false.
///
/// Most claims are checked inside the lessons: a hidden cell (`//| echo: false`) next to the prose states the claim
/// with `precondition`, so every render of the course fails, at that line, as soon as the claim goes false; the
/// `test…RunsWithItsChecks` tests run each lesson whole (a debug build runs the two GPT lessons in about 25 s of CPU
/// each). The other tests check claims about a cell's printed table or about the source, running a lesson only up to
/// the cell whose output the claim is about.
final class CourseClaimsTests: XCTestCase {
    private static let notebooks = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Notebooks")

    /// The printed text of the cell labelled `label`, running `lesson` from the top to that cell, or (`alone`) only
    /// that cell, when it depends on no earlier one (lessons train GPTs, too slow for a debug build).
    private func output(of label: String, in lesson: String, alone: Bool = false,
                        file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let path = Self.notebooks.appendingPathComponent(lesson).path
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let marker = try XCTUnwrap(source.range(of: "//| label: \(label)\n"), "no cell labelled \(label)", file: file, line: line)
        let fenceEnd = try XCTUnwrap(source.range(of: "\n```\n", range: marker.upperBound..<source.endIndex))
        let fenceStart = try XCTUnwrap(source.range(of: "```swift\n", options: .backwards, range: source.startIndex..<marker.lowerBound))
        let prefix = alone ? String(source[fenceStart.lowerBound..<fenceEnd.upperBound]) : String(source[..<fenceEnd.upperBound])
        let notebook = try NotebookParser.parse(source: prefix, path: path)
        let run = NotebookRunner.run(notebook)
        XCTAssertEqual(run.errors.map(\.message), [], file: file, line: line)
        let cell = try XCTUnwrap(notebook.cells.last)
        XCTAssertEqual(cell.options.label, label, file: file, line: line)
        return run.results[cell.index].outputs.compactMap { output -> String? in
            if case .text(let text) = output { return text }
            return nil
        }.joined()
    }

    /// The numbers in `text`, in order (a decimal point or comma inside a number is kept).
    private func numbers(_ text: some StringProtocol) -> [Double] {
        let pattern = try! NSRegularExpression(pattern: #"-?\d+(?:[.,]\d+)?(?:e[-+]?\d+)?"#)
        let string = String(text)
        return pattern.matches(in: string, range: NSRange(string.startIndex..., in: string)).compactMap { match in
            Double(String(string[Range(match.range, in: string)!]).replacingOccurrences(of: ",", with: "."))
        }
    }

    private func line(starting prefix: String, in text: String) throws -> Substring {
        try XCTUnwrap(text.split(separator: "\n").first { $0.hasPrefix(prefix) }, "no line starting with \(prefix)")
    }

    /// Runs `lesson` from top to bottom and fails with the first cell error, such as a false claim check.
    private func assertRunsWithItsChecks(_ lesson: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let path = Self.notebooks.appendingPathComponent(lesson).path
        let notebook = try NotebookParser.parse(source: try String(contentsOfFile: path, encoding: .utf8), path: path)
        let checks = notebook.cells.filter { $0.code.contains("precondition(") && $0.options.echo == false }
        XCTAssertFalse(checks.isEmpty, "\(lesson) has no claim checks", file: file, line: line)
        let run = NotebookRunner.run(notebook)
        XCTAssertEqual(run.errors.map { "\($0.location?.line ?? 0): \($0.message)" }, [], file: file, line: line)
        for cell in checks {
            XCTAssertEqual(run.results[cell.index].status, .succeeded, "check cell \(cell.index + 1)", file: file, line: line)
        }
    }

    func testFirstLessonRunsWithItsChecks() throws { try assertRunsWithItsChecks("how-llms-work.md") }
    func testBasicConceptsRunsWithItsChecks() throws { try assertRunsWithItsChecks("concetti-di-base.md") }
    func testInsideAnLLMRunsWithItsChecks() throws { try assertRunsWithItsChecks("come-funzionano-gli-llm.md") }
    func testTransformerSlidesRunWithTheirChecks() throws { try assertRunsWithItsChecks("transformer-e-llm.md") }
    func testFoundationsRunsWithItsChecks() throws { try assertRunsWithItsChecks("fondamenti-llm.md") }

    /// A claim check that goes false stops the run at its line with its message: here the embeddings get 40
    /// dimensions while the prose (and its check) say 48.
    func testAFalseClaimFailsTheRunAtTheCheck() throws {
        let path = Self.notebooks.appendingPathComponent("how-llms-work.md").path
        let source = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(source.contains("let E = italianAnimalEmbeddings()\n"))
        let changed = source.replacingOccurrences(of: "let E = italianAnimalEmbeddings()\n",
                                                  with: "let E = italianAnimalEmbeddings(dimension: 40)\n")
        let run = NotebookRunner.run(try NotebookParser.parse(source: changed, path: path))
        let error = try XCTUnwrap(run.errors.first)
        XCTAssertEqual(error.message, "Precondition failed: il testo dice 48 dimensioni, gli embedding ne hanno 40")
        let line = try XCTUnwrap(error.location?.line)
        XCTAssertEqual(changed.split(separator: "\n", omittingEmptySubsequences: false)[line - 1]
            .hasPrefix("precondition(E.dimension == 48"), true)
    }

    /// how-llms-work.md: "Restano N token" agrees with the printed table, where the count can be redone by hand:
    /// top-p keeps the fewest tokens whose probability after top-k reaches p.
    func testTopKTopPCountMatchesTheTable() throws {
        let text = try output(of: "softmax-temperatura", in: "how-llms-work.md")
        let rows = text.split(separator: "\n").dropFirst().filter { !$0.hasPrefix("Restano") }
        XCTAssertEqual(rows.count, 8)
        let table = rows.map { numbers($0) }   // softmax, after top-k, cumulative, after top-p
        let kept = table.filter { $0[3] > 0 }.count
        let remaining = try line(starting: "Restano", in: text)
        XCTAssertEqual(numbers(remaining).first.map { Int($0) }, kept)
        let topP = 0.9
        let byHand = (table.firstIndex { $0[2] >= topP - 0.0005 } ?? table.count - 1) + 1
        XCTAssertEqual(kept, byHand, text)
        XCTAssertEqual(table.map { $0[0] }, table.map { $0[0] }.sorted(by: >), "the table lists the most probable first")
    }

    /// concetti-di-base.md: "la stessa frase sarebbe di 46 token" (one per character).
    func testCharacterTokenCountOfTheSentence() throws {
        let text = try output(of: "tokenizzazione", in: "concetti-di-base.md", alone: true)
        XCTAssertTrue(text.contains("Token: 10,"), text)
        XCTAssertEqual("il gatto nero insegue il topo e il topo scappa".count, 46)
        let source = try String(contentsOfFile: Self.notebooks.appendingPathComponent("concetti-di-base.md").path,
                                encoding: .utf8)
        XCTAssertTrue(source.contains("let frase = \"il gatto nero insegue il topo e il topo scappa\""))
        XCTAssertTrue(source.contains("(la stessa frase sarebbe di 46 token)"))
    }

    /// concetti-di-base.md and come-funzionano-gli-llm.md: "1682 frasi italiane sugli animali".
    func testAnimalCorpusSentenceCount() throws {
        let text = try output(of: "bpe", in: "concetti-di-base.md", alone: true)
        XCTAssertFalse(text.isEmpty)
        let corpus = try String(contentsOfFile: Self.notebooks.deletingLastPathComponent()
            .appendingPathComponent("Modules/Sources/TextModels/Corpora/ItalianAnimalCorpus.swift").path, encoding: .utf8)
        let body = try XCTUnwrap(corpus.components(separatedBy: "#\"\"\"\n").dropFirst().first?.components(separatedBy: "\n\"\"\"#").first)
        XCTAssertEqual(body.split(separator: "\n").count, 1682)
    }

    /// fondamenti-llm.md: "Con rango 8 si addestrano circa 4 milioni di parametri invece di quasi 7 miliardi: lo 0,06 %".
    func testLoRARankEightFigures() throws {
        let text = try output(of: "lora", in: "fondamenti-llm.md", alone: true)
        let rankEight = numbers(try line(starting: " 8", in: text))   // 8, per matrix, total, percent
        XCTAssertEqual(rankEight.count, 4)
        XCTAssertEqual(rankEight[2], 4_000_000, accuracy: 250_000)
        XCTAssertEqual((rankEight[3] * 100).rounded() / 100, 0.06)
    }

    /// transformer-e-llm.md: "i pesi dei due esperti scelti sono simili" (the router is untrained: no weight is
    /// far from an even split).
    func testUntrainedRouterWeightsAreNearlyEqual() throws {
        let text = try output(of: "moe-modulo", in: "transformer-e-llm.md")
        let weights = text.split(separator: "\n").filter { $0.contains("(pesi ") }.map { numbers($0.split(separator: "(pesi ").last!) }
        XCTAssertFalse(weights.isEmpty)
        for pair in weights {
            XCTAssertEqual(pair.count, 2)
            XCTAssertLessThan(abs(pair[0] - pair[1]), 0.25, text)
        }
    }
}
